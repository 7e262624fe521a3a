import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Server secrets generated at first use (e.g. the key that signs calendar feed links). */
export class AppSecret1764057600000 implements MigrationInterface {
  name = 'AppSecret1764057600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE app_secret (name text PRIMARY KEY, value text NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE app_secret`);
  }
}
