import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** Server secrets kept in the database, generated on first use (the same for every API instance). */
@Injectable()
export class AppSecretService {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(private readonly db: DataSource) {}

  get(name: string): Promise<string> {
    let value = this.cache.get(name);
    if (!value) {
      value = this.load(name);
      value.catch(() => this.cache.delete(name));
      this.cache.set(name, value);
    }
    return value;
  }

  private async load(name: string): Promise<string> {
    // Two instances starting together: the first insert wins, both read the same value.
    await this.db.query(`INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
      name,
      randomBytes(32).toString('base64url'),
    ]);
    const [row] = await this.db.query<{ value: string }[]>(`SELECT value FROM app_secret WHERE name = $1`, [name]);
    return row.value;
  }
}
