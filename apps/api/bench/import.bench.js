// Register import benchmark: the secretariat's `importMemberRegister` mutation with a
// 30,000-line share register, timed over real HTTP against the built API and a throwaway
// embedded PostgreSQL. Run: `npm run bench -- import` (see README.md).
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const ROWS = Number(process.env.BENCH_ROWS ?? 30_000);
const PASSWORD = 'bench password, not secret';
const SECRETARIAT_EMAIL = 'secretariat@bench.letscoop.test';
const BRANCHES = [
  ['Gent', 'Gent'],
  ['Liège', 'Liège'],
  ['Brussel', 'Brussel'],
  ['Antwerpen', 'Antwerpen'],
];
const CATEGORIES = ['WORKER_MEMBER', 'SALARIED_ENTREPRENEUR', 'PERMANENT_STAFF', 'CLIENT', 'PARTNER'];
const LANGUAGES = ['nl', 'fr', 'en'];
const FIRST = [
  'An',
  'Jan',
  'Marie',
  'Luc',
  'Sofie',
  'Élise',
  'Thomas',
  'Fatima',
  'Noah',
  'Zoë',
  'Pieter',
  'Inès',
  'Mohamed',
  'Léa',
  'Bram',
];
const LAST = [
  'Peeters',
  'Janssens',
  'Lefèvre',
  'Dubois',
  'De Smet',
  "O'Brien",
  'Müller',
  'Maes',
  'Lambert',
  'Van den Broeck',
  'Dupont',
  'El Amrani',
  'Willems',
  'Goossens',
];

const IMPORT = `mutation Import($input: ImportRegisterInput!) {
  importMemberRegister(input: $input) { imported rows created updated unchanged errors { line column message } }
}`;
const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { person { id } }
}`;

export default async function importBench() {
  if (!Number.isInteger(ROWS) || ROWS < 30)
    throw new Error(`BENCH_ROWS must be a whole number >= 30 (got ${process.env.BENCH_ROWS}).`);
  const { startEmbeddedPostgres } = await import('../dist/database/embedded-postgres.js');
  const { createApp, migrate } = await import('../dist/bootstrap.js');
  const { loadConfig } = await import('../dist/config.js');
  const { default: pg } = await import('pg');
  const argon2 = await import('argon2');
  const { humanText } = await import('@letscoop/domain');

  let db;
  let app;
  let pool;
  let cleaning;
  // Runs once, from the finally block or from Ctrl-C, so no postgres is left behind.
  const cleanup = () =>
    (cleaning ??= (async () => {
      await pool?.end().catch((e) => console.error(`closing the pg pool: ${e}`));
      await app?.close().catch((e) => console.error(`closing the app: ${e}`));
      await db?.stop().catch((e) => console.error(`stopping postgres: ${e}`));
    })());
  const onSignal = (signal) => {
    console.error(`\n${signal}: stopping the app and the embedded PostgreSQL…`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    // Others' work on the machine changes the figures: say how busy it was.
    const loadAtStart = os.loadavg()[0];
    // 1. Throwaway database, migrated; the real app listening on a free port.
    const t0 = performance.now();
    const dataDir = mkdtempSync(join(os.tmpdir(), 'letscoop-bench-pg-'));
    const port = 45000 + (process.pid % 10000);
    db = await startEmbeddedPostgres({ dataDir, port, persistent: false, log: (l) => console.error(l) });
    await migrate(db.url);
    const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), demo: false };
    app = await createApp(config, db.url);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    console.log(`Embedded PostgreSQL on port ${port}, API on ${base} (setup ${ms(performance.now() - t0)} ms)`);

    // 2. Seed one cooperative with branches and a secretariat account (SQL as in test/support/fixtures.ts).
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const sql = async (text, params) => (await pool.query(text, params)).rows;
    const [{ id: cooperativeId }] = await sql(
      `INSERT INTO cooperative (slug, name, country, languages, description, quorum_percent, quorum_basis, proxy_cap_per_holder, default_majority, abstentions_count, voting_weight_mode)
       VALUES ('bench-coop', 'Bench Coop', 'BE', '{nl,fr,en}', $1, 5, 'MEMBERS', 2, 'SIMPLE', false, 'ONE_MEMBER_ONE_VOTE') RETURNING id`,
      [humanText('nl', 'Een coöperatie om te meten.')],
    );
    for (const [name, city] of BRANCHES) {
      await sql(`INSERT INTO branch (cooperative_id, name, city) VALUES ($1, $2, $3)`, [cooperativeId, name, city]);
    }
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const [{ id: secretariatId }] = await sql(
      `INSERT INTO person (email, display_name, search_name, preferred_language, password_hash) VALUES ($1, 'Secretariat', 'secretariat', 'nl', $2) RETURNING id`,
      [SECRETARIAT_EMAIL, hash],
    );
    await sql(
      `INSERT INTO membership (person_id, cooperative_id, category, shares, share_class, joined_on) VALUES ($1, $2, 'PERMANENT_STAFF', 1, 'A', '2020-01-01')`,
      [secretariatId, cooperativeId],
    );
    await sql(
      `INSERT INTO office (person_id, cooperative_id, kind, starts_on) VALUES ($1, $2, 'SECRETARIAT', '2020-01-01')`,
      [secretariatId, cooperativeId],
    );

    // 3. Log in through the real endpoint and keep the session cookie.
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: SECRETARIAT_EMAIL, password: PASSWORD } }),
    });
    const loginBody = await login.json();
    if (loginBody.errors?.length || loginBody.data?.login?.person?.id !== secretariatId) {
      throw new Error(`Login failed (HTTP ${login.status}): ${JSON.stringify(loginBody.errors ?? loginBody)}`);
    }
    const session = login.headers.getSetCookie().find((c) => c.startsWith('letscoop_session='));
    if (!session) throw new Error('Login answered without a letscoop_session cookie.');
    const cookie = session.split(';')[0];

    const importCsv = async (csv) => {
      const body = JSON.stringify({ query: IMPORT, variables: { input: { cooperativeId, csv } } });
      // The API runs in this process: the longest event-loop delay during the request is how long
      // every other request to this API instance would have waited.
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const start = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body,
      });
      const json = await res.json();
      const elapsed = performance.now() - start;
      loop.disable();
      if (json.errors?.length)
        throw new Error(
          `importMemberRegister failed (HTTP ${res.status}): ${JSON.stringify(json.errors).slice(0, 2000)}`,
        );
      return { report: json.data.importMemberRegister, elapsed, stall: loop.max / 1e6 };
    };
    const counts = async () => {
      const [row] = await sql(
        `SELECT (SELECT count(*) FROM membership WHERE cooperative_id = $1)::int AS memberships,
                (SELECT count(*) FROM person)::int AS people,
                (SELECT count(*) FROM audit_event)::int AS audit_events,
                (SELECT coalesce(sum(shares), 0) FROM membership WHERE cooperative_id = $1)::bigint AS shares`,
        [cooperativeId],
      );
      return { ...row, shares: Number(row.shares) };
    };

    // 4. The four files, generated deterministically.
    const branchNames = BRANCHES.map(([name]) => name);
    const base30k = generateRows(ROWS, branchNames);
    const changedRows = base30k.map((r, i) => (i % 10 === 0 ? { ...r, shares: (r.shares % 40) + 1 } : r));
    const changedCount = changedRows.filter((r, i) => r.shares !== base30k[i].shares).length;
    const { rows: badRows, badLines } = breakRows(base30k);
    const files = {
      a: toCsv(base30k),
      b: toCsv(base30k),
      c: toCsv(changedRows),
      d: toCsv(badRows),
    };
    const results = [];
    const memory = () => Math.round(process.memoryUsage().rss / 1e6);
    // Warm-up, not measured: a refused 10-line file takes the first-request costs (JIT, pool
    // connections, GraphQL schema caches) out of (a) and writes nothing.
    const warmUp = await importCsv(toCsv(breakRows(generateRows(30, branchNames)).rows));
    if (warmUp.report.imported !== false) throw new Error('warm-up: a file with a bad line was imported.');
    const before = await counts();

    // (a) first import: everything is created.
    const a = await importCsv(files.a);
    expectReport('a', a.report, { imported: true, rows: ROWS, created: ROWS, updated: 0, unchanged: 0, errors: 0 });
    const afterA = await counts();
    expectEqual('a: memberships in the cooperative', afterA.memberships, before.memberships + ROWS);
    // One event per created membership plus one for the import itself.
    expectEqual('a: audit events written', afterA.audit_events - before.audit_events, ROWS + 1);
    results.push({
      label: '(a) first import',
      csv: files.a,
      ...a,
      rss: memory(),
      result: `${a.report.created} created`,
    });

    // (b) the same file again: nothing changes, nothing is audited.
    const b = await importCsv(files.b);
    expectReport('b', b.report, { imported: true, rows: ROWS, created: 0, updated: 0, unchanged: ROWS, errors: 0 });
    const afterB = await counts();
    expectEqual('b: audit events (an unchanged import writes none)', afterB.audit_events, afterA.audit_events);
    expectEqual('b: shares total', afterB.shares, afterA.shares);
    results.push({
      label: '(b) same file again',
      csv: files.b,
      ...b,
      rss: memory(),
      result: `${b.report.unchanged} unchanged`,
    });

    // (c) 10% of the lines change their shares.
    const c = await importCsv(files.c);
    expectReport('c', c.report, {
      imported: true,
      rows: ROWS,
      created: 0,
      updated: changedCount,
      unchanged: ROWS - changedCount,
      errors: 0,
    });
    const afterC = await counts();
    expectEqual('c: audit events written', afterC.audit_events - afterB.audit_events, changedCount + 1);
    expectEqual('c: shares total', afterC.shares, afterB.shares - sumShares(base30k) + sumShares(changedRows));
    results.push({
      label: '(c) 10% shares changed',
      csv: files.c,
      ...c,
      rss: memory(),
      result: `${c.report.updated} updated`,
    });

    // (d) bad lines: all or nothing, every bad line reported.
    const d = await importCsv(files.d);
    expectReport('d', d.report, { imported: false, rows: ROWS, created: 0, updated: 0, unchanged: 0 });
    const reportedLines = new Set(d.report.errors.map((e) => e.line));
    if (d.report.errors.length < badLines.size)
      throw new Error(`d: ${d.report.errors.length} errors listed, expected at least ${badLines.size}.`);
    const missed = [...badLines].filter((l) => !reportedLines.has(l));
    const spurious = [...reportedLines].filter((l) => !badLines.has(l));
    if (missed.length || spurious.length) {
      throw new Error(
        `d: error lines differ from the broken lines: missed ${missed.slice(0, 10)}, spurious ${spurious.slice(0, 10)}.`,
      );
    }
    const afterD = await counts();
    expectEqual('d: memberships (nothing imported)', afterD.memberships, afterC.memberships);
    expectEqual('d: shares total (nothing imported)', afterD.shares, afterC.shares);
    expectEqual('d: audit events (nothing imported)', afterD.audit_events, afterC.audit_events);
    results.push({
      label: `(d) ${badLines.size} bad lines`,
      csv: files.d,
      ...d,
      rss: memory(),
      result: `refused, ${d.report.errors.length} errors`,
    });

    printReport({ results, afterA, before, changedCount, badLines, loadAtStart });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

/** A small seeded PRNG (mulberry32): the same file on every run and every machine. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateRows(count, branchNames) {
  const random = prng(20261123);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rows = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    // Some registers write "Last, First": a quoted field with a comma in it.
    const name = random() < 0.1 ? `${last}, ${first}` : `${first} ${last}`;
    rows.push({
      email: `member${String(i + 1).padStart(6, '0')}@bench.letscoop.test`,
      name,
      language: pick(LANGUAGES),
      category: pick(CATEGORIES),
      shares: 1 + Math.floor(random() * 40),
      shareClass: random() < 0.8 ? 'A' : 'B',
      // About one in five members belongs to no branch.
      branch: random() < 0.2 ? '' : pick(branchNames),
    });
  }
  return rows;
}

/** One bad value on every 30th line, six kinds in turn; returns the file's line numbers (header = 1). */
function breakRows(rows) {
  const badLines = new Set();
  const broken = rows.map((r, i) => {
    if (i % 30 !== 15) return r;
    badLines.add(i + 2);
    switch (((i - 15) / 30) % 6) {
      case 0:
        return { ...r, email: `not-an-email-${i}` };
      case 1:
        return { ...r, language: 'de' };
      case 2:
        return { ...r, category: 'VOLUNTEER' };
      case 3:
        return { ...r, shares: 0 };
      case 4:
        return { ...r, branch: 'Atlantis' };
      default:
        return { ...r, email: rows[i - 1].email }; // the line above's member, twice
    }
  });
  return { rows: broken, badLines };
}

function toCsv(rows) {
  const field = (v) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = ['email,name,language,category,shares,share_class,branch'];
  for (const r of rows)
    lines.push([r.email, r.name, r.language, r.category, r.shares, r.shareClass, r.branch].map(field).join(','));
  return `${lines.join('\n')}\n`;
}

const sumShares = (rows) => rows.reduce((sum, r) => sum + r.shares, 0);

function expectReport(scenario, report, expected) {
  for (const [key, value] of Object.entries(expected)) {
    const actual = key === 'errors' ? report.errors.length : report[key];
    if (actual !== value) {
      const sample = report.errors
        .slice(0, 3)
        .map((e) => `line ${e.line} ${e.column}: ${e.message}`)
        .join(' | ');
      throw new Error(
        `${scenario}: ${key} is ${actual}, expected ${value}. Report: ${JSON.stringify({ ...report, errors: report.errors.length })}${sample ? `; first errors: ${sample}` : ''}`,
      );
    }
  }
}

function expectEqual(what, actual, expected) {
  if (actual !== expected) throw new Error(`${what}: ${actual}, expected ${expected}.`);
}

const ms = (x) => Math.round(x).toLocaleString('en-US');
const mb = (text) => (Buffer.byteLength(text) / 1e6).toFixed(2);

function printReport({ results, afterA, before, changedCount, badLines, loadAtStart }) {
  const table = results.map((r) => ({
    scenario: r.label,
    ms: ms(r.elapsed),
    'rows/s': ms((r.report.rows / r.elapsed) * 1000),
    'CSV MB': mb(r.csv),
    result: r.result,
    'max stall ms': ms(r.stall),
    'RSS MB': r.rss,
  }));
  const widths = Object.keys(table[0]).map((k) => Math.max(k.length, ...table.map((row) => String(row[k]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i === 4 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log('');
  console.log(
    `importMemberRegister, ${ROWS.toLocaleString('en-US')} member lines per file, one request each over HTTP (wall clock, client side)`,
  );
  console.log(line(Object.keys(table[0])));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(Object.values(row)));
  console.log('');
  console.log(
    `After (a): ${afterA.memberships.toLocaleString('en-US')} memberships in the cooperative (${before.memberships} seeded + ${ROWS.toLocaleString('en-US')} imported), ` +
      `${afterA.people.toLocaleString('en-US')} people, ${afterA.audit_events.toLocaleString('en-US')} audit_event rows ` +
      `(${(afterA.audit_events - before.audit_events).toLocaleString('en-US')} written by the import: one per membership + one for the import).`,
  );

  const [a, b, c, d] = results.map((r) => r.elapsed);
  // A difference smaller than run-to-run noise says "about the same", not a negative cost.
  const delta = (x, y, what) =>
    x - y < 0.15 * y
      ? `costs about the same (${ms(x - y)} ms, within run-to-run noise): ${what} is cheap next to the rest`
      : `≈ ${ms(x - y)} ms is ${what}`;
  const cpus = os.cpus();
  const n = ROWS.toLocaleString('en-US');
  console.log('');
  console.log('How to read this:');
  console.log(
    `Each figure is one request, measured from the client: JSON-encoding the ${mb(results[0].csv)} MB CSV, HTTP, the GraphQL ` +
      `layer, the service and its transaction, and the JSON answer. (d) writes nothing, so its ${ms(d)} ms is mostly parsing ` +
      `and checking every line in Node (synchronous: the API answers nobody else meanwhile), plus building ` +
      `${badLines.size.toLocaleString('en-US')} error messages. (b) adds the read side (an INSERT … ON CONFLICT DO NOTHING that ` +
      `probes every e-mail, and two lookups of ${n} e-mails): (b) − (d) ${delta(b, d, 'roughly the database reads')}. ` +
      `(a) − (b) ${delta(a, b, `writing ${n} people, memberships and audit events with their indexes and foreign-key checks`)}. ` +
      `(c) − (b) ${delta(c, b, `updating ${changedCount.toLocaleString('en-US')} memberships and auditing them`)}. ` +
      `Node and PostgreSQL share this machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `${Math.round(os.totalmem() / 1e9)} GB RAM, Node ${process.version}, an embedded PostgreSQL with default settings on a ` +
      `fresh database (fsync on, empty caches), so the first import also pays for growing tables. On a quiet machine repeated ` +
      `runs agree within about 15%; anything else running (tests, builds) on these ${cpus.length} cores shows up directly in the ` +
      `figures: the load average was ${loadAtStart.toFixed(2)} at the start and ${os.loadavg()[0].toFixed(2)} at the end ` +
      `(1-minute; well above 1 means the run shared the CPUs, so run it again). Compare runs on the same machine, and look at ` +
      `ratios (a/b, c/b) more than at absolute figures. "max stall" is the longest the event loop was blocked during the ` +
      `request (synchronous work such as CSV parsing): every other request to this API instance waits that long. RSS is this ` +
      `whole process (benchmark + API), after each request.`,
  );
}
