// Jest loads globalSetup outside its ESM loader, so this imports the .ts file itself (it has no relative imports).
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
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
    port: await freePort(),
    persistent: false,
  });
  process.env.TEST_ADMIN_DATABASE_URL = db.url;
  (globalThis as { __letscoopDb?: { stop(): Promise<void> } }).__letscoopDb = db;
}

/** A port nothing listens on now (the kernel picks it), so parallel runs on one machine don't collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
