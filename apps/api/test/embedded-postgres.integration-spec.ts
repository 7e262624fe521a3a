import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

/** A node process that starts postgres in dataDir and then hangs, like `npm start` would. */
function startInChild(dataDir: string, port: number): Promise<{ pid: number }> {
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(new URL('./support/start-pg-child.mjs', import.meta.url).pathname)};
    await startEmbeddedPostgres(${JSON.stringify(dataDir)}, ${port});
    console.log('ready');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve({ pid: child.pid as number }));
    child.on('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
}

function runningCommand(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

describe('embedded PostgreSQL', () => {
  it('starts again after the node process that owned it was killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'letscoop-orphan-'));
    const port = 50000 + (process.pid % 10000);
    const child = await startInChild(dataDir, port);
    const orphanPid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(child.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    // The orphaned postgres still runs and holds the port: the situation after `kill -9` of npm start.
    expect(() => process.kill(orphanPid, 0)).not.toThrow();

    const db = await startEmbeddedPostgres({ dataDir, port, persistent: false });
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
      await client.end();
      expect(rows).toEqual([{ one: 1 }]);
      // A new postmaster serves; the orphan is gone (or an unreaped zombie with no command line).
      expect(Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])).not.toBe(orphanPid);
      expect(runningCommand(orphanPid)).not.toMatch(/postgres/);
    } finally {
      await db.stop();
    }
  });

  it('says what to do when the port is taken by something else', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'letscoop-busy-'));
    const first = await startEmbeddedPostgres({ dataDir, port: 51000 + (process.pid % 5000), persistent: false });
    try {
      await expect(
        startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'letscoop-busy2-')), port: 51000 + (process.pid % 5000), persistent: false }),
      ).rejects.toThrow(/Could not start the embedded PostgreSQL.*DATABASE_URL/s);
    } finally {
      await first.stop();
    }
  });
});
