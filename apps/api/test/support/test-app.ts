import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { randomBytes } from 'node:crypto';
import { createApp, migrate } from '../../src/bootstrap.js';
import { loadConfig, type AppConfig } from '../../src/config.js';

export interface TestApp {
  app: INestApplication;
  databaseUrl: string;
  /** A client of its own: its cookies are one browser. */
  browser(): TestAgent;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

/** The real app on a fresh database of its own, migrated, against the run's real PostgreSQL. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const admin = process.env.TEST_ADMIN_DATABASE_URL;
  if (!admin) throw new Error('TEST_ADMIN_DATABASE_URL is not set: run the integration tests through jest (global-setup).');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  await adminClient.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await migrate(databaseUrl);
  // No timers in tests: a test calls the notification jobs itself, with the time it wants.
  const config: AppConfig = { ...loadConfig({ LOG_LEVEL: 'silent' }), demo: false, notificationJobs: false, ...overrides };
  const app = await createApp(config, databaseUrl);
  await app.init();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  return {
    app,
    databaseUrl,
    browser: () => request.agent(app.getHttpServer()),
    sql: async (text, params) => (await pool.query(text, params)).rows,
    close: async () => {
      await app.close();
      await pool.end();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** POSTs a GraphQL operation the way Apollo Client does (JSON, so CSRF prevention lets it through). */
export async function gql<T = Record<string, any>>(
  agent: TestAgent,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await agent.post('/graphql').set('Content-Type', 'application/json').set(headers).send({ query, variables });
  return res.body as GqlResult<T>;
}
