import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  /** A plain client on the same server (PUBSUB NUMSUB, …). */
  client: Redis;
  stop(): Promise<void>;
}

const INSTALL_HINT = 'Install it with `apt-get install -y redis-server` (Debian); .ci/run installs it.';

/**
 * A real, throwaway redis-server on a free port (Debian's binary; no persistence). A missing
 * binary fails the test with what to do: a Redis feature that is never tested is not tested.
 */
/**
 * Whether this run can test Redis. CI (CI set: .ci/run installs redis-server) must, so there a
 * missing binary is a failure; elsewhere `npm test` on a fresh machine without Redis skips the
 * Redis file, saying why, instead of failing for want of a system package.
 */
export function redisTestable(): boolean {
  if (process.env.CI) return true;
  const version = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  const present = !version.error && version.status === 0;
  if (!present) console.warn(`Skipping the Redis tests: redis-server is not installed. ${INSTALL_HINT}`);
  return present;
}

export async function startRedisServer(): Promise<TestRedis> {
  const version = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error(
      `redis-server is not installed (or does not run: ${version.error?.message ?? version.stderr}). ${INSTALL_HINT}`,
    );
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}: ${stderr}`);
    try {
      if (client.status !== 'ready') await client.connect();
      if ((await client.ping()) === 'PONG') break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not answer on port ${port} within 10 s: ${stderr}`);
      }
      client.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    client,
    stop: async () => {
      client.disconnect();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
