#!/usr/bin/env node
// Why: the npm registry this project's machines reach serves only the Linux builds of some
// native packages (@swc/core-darwin-arm64 and friends answer 404). `npm install` then writes a
// package-lock.json without the other platforms' optional packages, and `npm ci` refuses it
// ("Missing: @swc/core-darwin-arm64@ from lock file"). This adds, for each optional dependency
// missing from the lock whose platform can be read from its name, the entry a complete lockfile
// would have (version, optional, os/cpu/libc). npm skips such entries on other platforms
// without downloading them, exactly as with a lockfile made on a full registry.
// Usage: node scripts/lockfile-platform-stubs.js [--check]   (--check: exit 1 if stubs are missing)
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const text = readFileSync(lockPath, 'utf8');
const lock = JSON.parse(text);
const packages = lock.packages;

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'openbsd', 'netbsd', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];

// "@swc/core-linux-arm-gnueabihf" -> { os: ['linux'], cpu: ['arm'], libc: ['glibc'] }
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  for (let i = 0; i < parts.length - 1; i++) {
    if (OS.includes(parts[i]) && CPU.includes(parts[i + 1])) {
      const abi = parts.slice(i + 2).join('-');
      const platform = { os: [parts[i]], cpu: [parts[i + 1]] };
      if (parts[i] === 'linux' && /^gnu/.test(abi)) platform.libc = ['glibc'];
      if (parts[i] === 'linux' && /^musl/.test(abi)) platform.libc = ['musl'];
      return platform;
    }
  }
  return undefined;
}

// Where node would find `dep` from the package at `location` (walks up node_modules folders).
function resolved(location, dep) {
  let base = location;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${dep}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

const added = [];
for (const [location, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    if (resolved(location, dep)) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue;
    const at = `node_modules/${dep}`;
    // Field order as npm writes it, so a later `npm install` leaves these lines alone.
    packages[at] = {
      version,
      cpu: platform.cpu,
      ...(pkg.dev ? { dev: true } : {}),
      ...(pkg.devOptional ? { devOptional: true } : {}),
      ...(platform.libc ? { libc: platform.libc } : {}),
      optional: true,
      os: platform.os,
    };
    added.push(`${dep}@${version}`);
  }
}

if (added.length === 0) {
  console.log('lockfile-platform-stubs: package-lock.json has every platform package it needs.');
  process.exit(0);
}
if (process.argv.includes('--check')) {
  console.log(`lockfile-platform-stubs: ${added.length} platform packages missing from package-lock.json:`);
  for (const name of added) console.log(`  ${name}`);
  process.exit(1);
}
// Keep npm's key order (alphabetical) so the diff stays small and npm does not reorder it.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platform-stubs: added ${added.length} entries to package-lock.json:`);
for (const name of added) console.log(`  ${name}`);
