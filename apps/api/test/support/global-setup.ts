// Jest loads globalSetup outside its ESM loader, so this imports the .ts file itself (it has no relative imports).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.ts';

/**
 * One real PostgreSQL for the whole run: DATABASE_URL when set, otherwise an embedded one in
 * a throwaway data dir. Each test file then gets a database of its own (test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const db = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'letscoop-test-pg-')),
    port: 40000 + (process.pid % 20000),
    persistent: false,
  });
  process.env.TEST_ADMIN_DATABASE_URL = db.url;
  (globalThis as { __letscoopDb?: { stop(): Promise<void> } }).__letscoopDb = db;
}
