import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letPostgresUserReach } from './embedded-postgres.js';

describe('letPostgresUserReach: the postgres user can pass through the folders above its files', () => {
  it('adds only the traverse bit for others on folders that lack it, and tells which', () => {
    const top = mkdtempSync(join(tmpdir(), 'letscoop-reach-')); // mode 0700, like a `mktemp -d` clone
    const inner = join(top, 'p', 'node_modules');
    mkdirSync(inner, { recursive: true, mode: 0o700 });
    const said: string[] = [];
    letPostgresUserReach([join(inner, 'binaries.js')], (line) => said.push(line));
    for (const dir of [top, join(top, 'p'), inner]) expect(statSync(dir).mode & 0o777).toBe(0o701);
    expect(said).toHaveLength(3);
    // A second start changes nothing.
    said.length = 0;
    letPostgresUserReach([join(inner, 'binaries.js')], (line) => said.push(line));
    expect(said).toEqual([]);
  });
});
