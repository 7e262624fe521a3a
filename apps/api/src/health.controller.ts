import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** For load balancers and the docker-compose healthcheck. */
@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  @Get()
  async health(): Promise<{ status: string }> {
    await this.db.query('SELECT 1');
    return { status: 'ok' };
  }
}
