// Jest loads globalTeardown outside its ESM loader: no relative imports here. Jest needs the default export.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Stops the API started by global-setup.ts (it stops its embedded Postgres on SIGTERM) and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __letscoopE2E?: { child: ChildProcess; dataDir: string } }).__letscoopE2E;
  if (!started) return;
  const { child, dataDir } = started;
  if (child.exitCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
