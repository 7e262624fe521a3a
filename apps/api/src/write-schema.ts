import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, migrate } from './bootstrap.js';
import { loadConfig } from './config.js';
import { startEmbeddedPostgres } from './database/embedded-postgres.js';

/** Writes apps/api/schema.gql from the schema the app really serves (a throwaway database). */
async function main(): Promise<void> {
  const db = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'letscoop-schema-')),
    port: 30000 + (process.pid % 10000),
    persistent: false,
  });
  try {
    await migrate(db.url);
    const app = await createApp({ ...loadConfig({ LOG_LEVEL: 'silent' }), demo: false, notificationJobs: false }, db.url);
    await app.init();
    const schema = printSchema(app.get(GraphQLSchemaHost).schema);
    const target = fileURLToPath(new URL('../schema.gql', import.meta.url));
    writeFileSync(target, `${schema}\n`);
    await app.close();
    console.log(`Wrote ${target}`);
  } finally {
    await db.stop();
  }
}

void main();
