#!/usr/bin/env node
// Bundle-size budget for the web app, run after `vite build` (npm run size, and in .ci/run).
// Initial JS = the entry script(s) in dist/index.html plus their <link rel="modulepreload">:
// what a first visit downloads before the page can run. Sizes are gzip (node:zlib, default
// level), in KB of 1000 bytes as Vite prints them. Exits 1 above the budget
// (250 KB gzip, or env BUNDLE_BUDGET_KB).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB || 250);
if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
  console.error(`bundle-size: BUNDLE_BUDGET_KB must be a positive number, got "${process.env.BUNDLE_BUDGET_KB}".`);
  process.exit(2);
}

const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(
    `bundle-size: ${relative(process.cwd(), indexHtml)} not found; build the web app first (npm run build).`,
  );
  process.exit(2);
}
const html = readFileSync(indexHtml, 'utf8');

function attributes(tag) {
  const attrs = {};
  for (const m of tag.matchAll(/([^\s=<>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

function isLocal(url) {
  return !/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:');
}

// Map a URL from index.html to a file in dist, whatever Vite's `base` is.
function fileFor(url) {
  const path = decodeURIComponent(url.split(/[?#]/)[0]);
  const candidates = [];
  const parts = path.replace(/^\.?\/+/, '').split('/');
  for (let i = 0; i < parts.length; i++) candidates.push(join(dist, ...parts.slice(i)));
  const found = candidates.find((file) => file.startsWith(dist) && existsSync(file));
  if (!found) throw new Error(`bundle-size: ${url} is referenced by index.html but not found in ${dist}`);
  return found;
}

const initial = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const a = attributes(tag.slice(7, -1));
  if (a.src && isLocal(a.src)) initial.add(fileFor(a.src));
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const a = attributes(tag.slice(5, -1));
  const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('modulepreload') && a.href && isLocal(a.href)) initial.add(fileFor(a.href));
}

function allJs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return allJs(path);
    return /\.(m?js)$/.test(entry.name) ? [path] : [];
  });
}

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const raw = readFileSync(file);
    sizes.set(file, { raw: raw.length, gzip: gzipSync(raw).length });
  }
  return sizes.get(file);
}
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7) + ' KB';
const sum = (files, key) => files.reduce((total, file) => total + size(file)[key], 0);

const initialFiles = [...initial].filter((file) => /\.(m?js)$/.test(file));
const everyJs = allJs(dist);
if (initialFiles.length === 0) {
  console.error('bundle-size: no entry script found in dist/index.html.');
  process.exit(2);
}

console.log('Initial JS (entry script + modulepreload), gzip:');
for (const file of initialFiles.sort((a, b) => size(b).gzip - size(a).gzip)) {
  console.log(`  ${kb(size(file).gzip)}  ${relative(dist, file)}`);
}
const initialGzip = sum(initialFiles, 'gzip');
const allGzip = sum(everyJs, 'gzip');
console.log(
  `Initial JS: ${kb(initialGzip).trim()} gzip (${kb(sum(initialFiles, 'raw')).trim()} raw), budget ${budgetKb} KB`,
);
console.log(
  `All JS:     ${kb(allGzip).trim()} gzip in ${everyJs.length} files (${kb(sum(everyJs, 'raw')).trim()} raw)`,
);

if (initialGzip > budgetKb * 1000) {
  console.error(
    `bundle-size: initial JS is ${(initialGzip / 1000).toFixed(1)} KB gzip, over the ${budgetKb} KB budget. ` +
      `Lazy-load routes (React.lazy + import()) or drop a dependency; ` +
      `raise BUNDLE_BUDGET_KB only deliberately. Largest: ${basename(initialFiles[0])}.`,
  );
  process.exit(1);
}
