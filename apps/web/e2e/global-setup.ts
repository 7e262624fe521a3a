// Jest loads globalSetup outside its ESM loader: no relative imports here. Jest needs the default export.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PORT = 3999;

async function waitForGraphql(url: string, child: { exitCode: number | null }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before answering.`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ appInfo { demo } }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not answer on ${url} within ${timeoutMs / 1000} s.`);
}

/** Starts the built API with demo data in a throwaway database, unless E2E_BASE_URL points at a server. */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const main = join(root, 'apps/api/dist/main.js');
  if (!existsSync(main) || !existsSync(join(root, 'apps/web/dist/index.html'))) {
    throw new Error('apps/api/dist or apps/web/dist is missing: run `npm run build` first, or set E2E_BASE_URL.');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'letscoop-e2e-pg-'));
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      PGDATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(30000 + (process.pid % 10000)),
      DEMO_MODE: '1',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The API's log is kept quiet unless it fails to start (then it explains why).
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  (globalThis as { __letscoopE2E?: unknown }).__letscoopE2E = { child, dataDir };
  try {
    await waitForGraphql(`http://localhost:${PORT}/graphql`, child, 90_000);
  } catch (error) {
    console.error(`\n--- API output ---\n${output}\n---`);
    child.kill('SIGTERM');
    throw error;
  }
  process.env.E2E_BASE_URL = `http://localhost:${PORT}`;
}
