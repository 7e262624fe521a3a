// Ballots benchmark: 30,000 members each cast one ballot through the real HTTP GraphQL endpoint
// (`castBallot`), 64 at a time, against the built API in its own process and a throwaway embedded
// PostgreSQL; then the same ballot transactions straight through `pg` for comparison, then the
// tally of 100,000 ballots. Run: `npm run bench -- ballots` (see README.md).
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const VOTERS = Number(process.env.BENCH_VOTERS ?? 30_000);
const TALLY_BALLOTS = Number(process.env.BENCH_TALLY_BALLOTS ?? 100_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const WARM_UP = Math.min(2_000, VOTERS);
const PROFILE = ['1', 'true', 'yes'].includes(String(process.env.BENCH_PROFILE ?? '').toLowerCase());
const TARGETS = { ratio: 0.5, p99: 50, tally: 100 };

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const CAST = `mutation Cast($pollId: ID!) { castBallot(input: { pollId: $pollId, choice: YES }) { receipt } }`;

// The ballot transaction of PollsService.insertBallot (src/modules/assemblies/polls.service.ts),
// statement for statement: the poll's advisory lock (shared) with every check in one read, then
// the insert that re-reads the status. Keep these in step with the service.
const POLL_LOCK = (param) => `hashtextextended('poll:' || ${param}::uuid::text, 0)`;
const BALLOT_CONTEXT = `SELECT p.status, p.method, p.secret, p.assembly_id AS "assemblyId", a.cooperative_id AS "cooperativeId",
              to_char(a.record_date, 'YYYY-MM-DD') AS "recordDate", i.weight_mode AS "weightMode", i.seats,
              cv.person_id IS NOT NULL AS "casterEntitled",
              EXISTS (SELECT 1 FROM assembly_attendance x WHERE x.assembly_id = p.assembly_id AND x.person_id = $2) AS "casterCheckedIn",
              v.category, v.shares,
              EXISTS (SELECT 1 FROM proxy x WHERE x.assembly_id = p.assembly_id AND x.grantor_id = $3 AND x.holder_id = $2
                        AND x.revoked_at IS NULL) AS "holdsProxy",
              EXISTS (SELECT 1 FROM assembly_attendance x WHERE x.assembly_id = p.assembly_id AND x.person_id = $3) AS "voterCheckedIn",
              (SELECT count(*) FROM candidate c WHERE c.agenda_item_id = i.id AND c.id = ANY($4::uuid[]))::int AS "knownCandidates"
         FROM (SELECT pg_advisory_xact_lock_shared(${POLL_LOCK('$1')})) AS lock
         JOIN poll p ON p.id = $1
         JOIN assembly a ON a.id = p.assembly_id
         JOIN agenda_item i ON i.id = p.agenda_item_id
         LEFT JOIN assembly_voter cv ON cv.assembly_id = p.assembly_id AND cv.person_id = $2
         LEFT JOIN assembly_voter v ON v.assembly_id = p.assembly_id AND v.person_id = $3`;
const BALLOT_INSERT = `INSERT INTO ballot (poll_id, voter_id, cast_by, choice, approvals, weight, college, receipt)
           SELECT $1, $2, $3, $4, $5::uuid[], $6, $7, $8 WHERE EXISTS (SELECT 1 FROM poll WHERE id = $1 AND status = 'OPEN')
           RETURNING 1`;

export default async function ballotsBench() {
  for (const [name, value, min] of [
    ['BENCH_VOTERS', VOTERS, 100],
    ['BENCH_TALLY_BALLOTS', TALLY_BALLOTS, 100],
    ['BENCH_CONCURRENCY', CONCURRENCY, 1],
  ]) {
    if (!Number.isInteger(value) || value < min)
      throw new Error(`${name} must be a whole number >= ${min} (got ${value}).`);
  }
  const { startEmbeddedPostgres } = await import('../dist/database/embedded-postgres.js');
  const { migrate } = await import('../dist/bootstrap.js');
  const { newReceipt } = await import('../dist/modules/assemblies/ballot-receipt.js');
  const { attendanceFigures } = await import('../dist/modules/assemblies/attendance-figures.js');
  const { checkQuorum, humanText, tallyMotion } = await import('@letscoop/domain');
  const { default: pg } = await import('pg');
  const { default: autocannon } = await import('autocannon');

  let db;
  let api;
  let pool;
  let cleaning;
  const profileDir = PROFILE ? mkdtempSync(join(os.tmpdir(), 'letscoop-bench-prof-')) : undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await pool?.end().catch((e) => console.error(`closing the pg pool: ${e}`));
      await api?.stop().catch((e) => console.error(`stopping the API: ${e}`));
      await db?.stop().catch((e) => console.error(`stopping postgres: ${e}`));
    })());
  const onSignal = (signal) => {
    console.error(`\n${signal}: stopping the API and the embedded PostgreSQL…`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const loadAtStart = os.loadavg()[0];
    const t0 = performance.now();
    const dataDir = mkdtempSync(join(os.tmpdir(), 'letscoop-bench-pg-'));
    const port = 45000 + (process.pid % 10000);
    db = await startEmbeddedPostgres({ dataDir, port, persistent: false, log: (l) => console.error(l) });
    await migrate(db.url);
    pool = new pg.Pool({ connectionString: db.url, max: CONCURRENCY });
    const sql = async (text, params) => (await pool.query(text, params)).rows;

    // 1. Seed in bulk: one cooperative, max(VOTERS, TALLY_BALLOTS) members, a chair; assembly A
    //    (the first VOTERS members, everyone checked in) with a poll for the API and one for raw pg;
    //    assembly W (warm-up); assembly T (every member) with the poll whose tally is timed.
    const people = Math.max(VOTERS, TALLY_BALLOTS);
    const [{ id: cooperativeId }] = await sql(
      `INSERT INTO cooperative (slug, name, country, languages, description, quorum_percent, quorum_basis, proxy_cap_per_holder, default_majority, abstentions_count, voting_weight_mode)
       VALUES ('bench-coop', 'Bench Coop', 'BE', '{nl,fr,en}', $1, 5, 'MEMBERS', 2, 'SIMPLE', false, 'ONE_MEMBER_ONE_VOTE') RETURNING id`,
      [humanText('nl', 'Een coöperatie om te meten.')],
    );
    await sql(
      `INSERT INTO person (email, display_name, search_name, preferred_language)
       SELECT 'voter' || i || '@bench.letscoop.test', 'Voter ' || i, 'voter ' || i, 'nl' FROM generate_series(1, $1) AS i`,
      [people],
    );
    const personIds = (
      await sql(
        `SELECT id FROM person WHERE email LIKE 'voter%@bench.letscoop.test' ORDER BY substring(email from 'voter([0-9]+)@')::int`,
      )
    ).map((r) => r.id);
    await sql(
      `INSERT INTO membership (person_id, cooperative_id, category, shares, share_class, joined_on)
       SELECT id, $1, 'WORKER_MEMBER', 1 + abs(hashtext(id::text)) % 10, 'A', '2020-01-01' FROM person WHERE email LIKE 'voter%@bench.letscoop.test'`,
      [cooperativeId],
    );
    const [{ id: chairId }] = await sql(
      `INSERT INTO person (email, display_name, search_name, preferred_language) VALUES ('chair@bench.letscoop.test', 'Chair', 'chair', 'nl') RETURNING id`,
    );
    await sql(
      `INSERT INTO membership (person_id, cooperative_id, category, shares, share_class, joined_on) VALUES ($1, $2, 'PERMANENT_STAFF', 1, 'A', '2020-01-01')`,
      [chairId, cooperativeId],
    );
    await sql(
      `INSERT INTO office (person_id, cooperative_id, kind, starts_on) VALUES ($1, $2, 'BOARD_CHAIR', '2020-01-01')`,
      [chairId, cooperativeId],
    );
    const assembly = async (title, voterIds, motions) => {
      const [{ id }] = await sql(
        `INSERT INTO assembly (cooperative_id, kind, title, starts_at, status, quorum_percent, quorum_basis, proxy_cap, record_date, convened_at, opened_at)
         VALUES ($1, 'ORDINARY', $2, now(), 'IN_SESSION', 5, 'MEMBERS', 2, current_date, now(), now()) RETURNING id`,
        [cooperativeId, humanText('en', title)],
      );
      await sql(
        `INSERT INTO assembly_voter (assembly_id, person_id, category, shares)
         SELECT $1, person_id, category, shares FROM membership WHERE cooperative_id = $2 AND person_id = ANY($3::uuid[])`,
        [id, cooperativeId, voterIds],
      );
      await sql(
        `INSERT INTO assembly_attendance (assembly_id, person_id, mode, checked_in_by)
         SELECT $1, person_id, 'ONLINE', person_id FROM unnest($2::uuid[]) AS v(person_id)`,
        [id, voterIds],
      );
      const polls = [];
      for (const [index, motion] of motions.entries()) {
        const [item] = await sql(
          `INSERT INTO agenda_item (assembly_id, position, kind, title, majority_rule, abstentions_count, quorum_percent, quorum_basis, weight_mode, secret)
           VALUES ($1, $2, 'MOTION', $3, 'SIMPLE', false, 5, 'MEMBERS', 'ONE_MEMBER_ONE_VOTE', false) RETURNING id`,
          [id, index + 1, humanText('en', motion)],
        );
        const [poll] = await sql(
          `INSERT INTO poll (assembly_id, agenda_item_id, method, secret) VALUES ($1, $2, 'MOTION', false) RETURNING id`,
          [id, item.id],
        );
        polls.push(poll.id);
      }
      return { id, polls };
    };
    const voterIds = personIds.slice(0, VOTERS);
    const main = await assembly('Bench assembly', voterIds, ['Cast through the API', 'Cast through pg']);
    const warm = await assembly('Warm-up assembly', personIds.slice(0, WARM_UP), ['Warm-up']);
    const big = await assembly('Tally assembly', personIds.slice(0, TALLY_BALLOTS), ['Tallied']);
    const [apiPoll, rawPoll] = main.polls;

    // Sessions straight into the session table, as AuthService.login stores them: the SHA-256 of
    // a random token; the cookie carries the token. One per voter, so every request is another member.
    const tokens = voterIds.map(() => randomBytes(32).toString('base64url'));
    const chairToken = randomBytes(32).toString('base64url');
    const hash = (token) => createHash('sha256').update(token).digest('hex');
    await sql(
      `INSERT INTO session (token_hash, person_id, expires_at) SELECT h, p, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS s(h, p)`,
      [
        [...tokens.map(hash), hash(chairToken)],
        [...voterIds, chairId],
      ],
    );
    const cookies = tokens.map((token) => `letscoop_session=${token}`);
    const chairCookie = `letscoop_session=${chairToken}`;
    await sql('VACUUM ANALYZE');
    const seeded = performance.now() - t0;

    // 2. The built API in a process of its own (as in production: node dist/main.js), so the load
    //    generator in this process does not share its event loop.
    api = await startApi(db.url, profileDir);
    const base = api.url;
    const graphql = async (query, variables, cookie) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ query, variables }),
      });
      const json = await res.json();
      if (json.errors?.length) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(json.errors)}`);
      return json.data;
    };
    const openPoll = (pollId) =>
      graphql(
        `
          mutation ($id: ID!) {
            openPoll(pollId: $id) {
              status
            }
          }
        `,
        { id: pollId },
        chairCookie,
      );
    const closePoll = (pollId) =>
      graphql(
        `
          mutation ($id: ID!) {
            closePoll(pollId: $id) {
              status
              results {
                outcome
                ballots
                yes
                no
                abstain
                counted
                quorum {
                  reached
                  actual
                }
              }
            }
          }
        `,
        { id: pollId },
        chairCookie,
      );
    const ballotCount = async (pollId) =>
      (await sql(`SELECT count(*)::int AS n FROM ballot WHERE poll_id = $1`, [pollId]))[0].n;
    console.log(
      `Seeded ${people.toLocaleString('en-US')} members and ${VOTERS.toLocaleString('en-US')} sessions in ${ms(seeded)} ms; ` +
        `API (pid ${api.pid}) on ${base}, embedded PostgreSQL on port ${port}, ${os.cpus().length} cores, load ${loadAtStart.toFixed(2)}.`,
    );

    // 3. Warm-up (not measured): the first requests pay for JIT, the pool's connections and
    //    GraphQL's caches. Same mutation, on a poll of another assembly.
    await openPoll(warm.polls[0]);
    await castThroughApi(autocannon, {
      base,
      pollId: warm.polls[0],
      cookies: cookies.slice(0, WARM_UP),
      connections: CONCURRENCY,
    });

    // What a request costs before castBallot's own work, at the same concurrency: an empty
    // public query (HTTP, Nest, Apollo), then the same with a member's cookie (+ the auth guard).
    const probes = Math.min(5_000, VOTERS);
    const appInfo = JSON.stringify({ query: '{ appInfo { version } }' });
    const bare = await hammer(autocannon, {
      base,
      connections: CONCURRENCY,
      amount: probes,
      body: appInfo,
      cookie: () => null,
      ok: (b) => b.includes('"version"'),
    });
    const signedIn = await hammer(autocannon, {
      base,
      connections: CONCURRENCY,
      amount: probes,
      body: appInfo,
      cookie: (i) => cookies[i % cookies.length],
      ok: (b) => b.includes('"version"'),
    });
    for (const probe of [bare, signedIn])
      if (probe.failures.length) throw new Error(`appInfo requests failed: ${probe.failures.slice(0, 3).join(' | ')}`);

    // 4. The API: VOTERS ballots, CONCURRENCY at a time, each request another member's cookie.
    await openPoll(apiPoll);
    const viaApi = await castThroughApi(autocannon, { base, pollId: apiPoll, cookies, connections: CONCURRENCY });
    if (viaApi.failures.length) {
      throw new Error(
        `${viaApi.failures.length} castBallot requests failed; the first: ${viaApi.failures.slice(0, 3).join(' | ')}`,
      );
    }
    expectEqual('ballots in the API poll', await ballotCount(apiPoll), VOTERS);
    const closedApi = await closePoll(apiPoll);
    expectEqual('the API poll closes with every ballot counted', closedApi.closePoll.results.yes, VOTERS);

    // 5. Raw pg: the same transactions, the same concurrency, into the second poll.
    await sql(`UPDATE poll SET status = 'OPEN', opened_at = now() WHERE id = $1`, [rawPoll]);
    const raw = await castThroughPg(pool, { pollId: rawPoll, voterIds, concurrency: CONCURRENCY, newReceipt });
    expectEqual('ballots in the raw poll', await ballotCount(rawPoll), VOTERS);
    await sql(`UPDATE poll SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [rawPoll]);

    // 6. The tally of TALLY_BALLOTS ballots: inserted in bulk (60 % yes, 30 % no, 10 % abstain),
    //    counted (a) as closePoll counts, timed here: the same aggregate SQL and libs/domain's
    //    tallyMotion, and (b) through the closePoll mutation over HTTP.
    const tallyPoll = big.polls[0];
    await sql(`UPDATE poll SET status = 'OPEN', opened_at = now() WHERE id = $1`, [tallyPoll]);
    await sql(
      `INSERT INTO ballot (poll_id, voter_id, cast_by, choice, weight, college, receipt)
       SELECT $1, v.person_id, v.person_id,
              CASE WHEN n % 10 < 6 THEN 'YES' WHEN n % 10 < 9 THEN 'NO' ELSE 'ABSTAIN' END,
              1, v.category, md5(v.person_id::text)
         FROM (SELECT person_id, category, row_number() OVER (ORDER BY person_id) AS n FROM assembly_voter WHERE assembly_id = $2) v`,
      [tallyPoll, big.id],
    );
    await sql('VACUUM ANALYZE ballot');
    const direct = [];
    let tally;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      tally = await tallyAsClosePoll(pool, {
        pollId: tallyPoll,
        assemblyId: big.id,
        checkQuorum,
        tallyMotion,
        attendanceFigures,
      });
      direct.push({ total: performance.now() - started, phases: tally.phases });
    }
    expectEqual('ballots tallied', tally.cast, TALLY_BALLOTS);
    // The HTTP cost of a light authenticated mutation-sized request, to read the closePoll time against.
    const light = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await graphql(
        `
          query ($id: ID!) {
            poll(id: $id) {
              status
            }
          }
        `,
        { id: tallyPoll },
        chairCookie,
      );
      light.push(performance.now() - started);
    }
    const closeStarted = performance.now();
    const closed = await closePoll(tallyPoll);
    const closeMs = performance.now() - closeStarted;
    expectEqual('ballots counted by closePoll', closed.closePoll.results.ballots, TALLY_BALLOTS);
    expectEqual('yes counted by closePoll', closed.closePoll.results.yes, tally.yes);

    const profile = profileDir ? await api.stopAndReadProfile() : null;
    printReport({ viaApi, raw, bare, signedIn, direct, tally, closeMs, light, loadAtStart, profile });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}

/** castBallot for each cookie in turn, `connections` requests in flight; latency of each, from the client. */
function castThroughApi(autocannon, { base, pollId, cookies, connections }) {
  return hammer(autocannon, {
    base,
    connections,
    amount: cookies.length,
    body: JSON.stringify({ query: CAST, variables: { pollId } }),
    cookie: (i) => cookies[i],
    ok: (body) => body.includes('"receipt"') && !body.includes('"errors"'),
  });
}

/**
 * `amount` POSTs of `body` to /graphql, `connections` in flight (autocannon); the i-th request
 * carries `cookie(i)`. Latencies are taken from autocannon's per-response timer (sub-millisecond),
 * not its histogram (whole milliseconds).
 */
async function hammer(autocannon, { base, connections, amount, body, cookie, ok }) {
  let next = 0;
  const failures = [];
  const latencies = [];
  const started = performance.now();
  const instance = autocannon({
    url: `${base}/graphql`,
    connections,
    amount,
    timeout: 60,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    requests: [
      {
        setupRequest: (req) => {
          const value = cookie(next++);
          return value ? { ...req, headers: { ...req.headers, cookie: value } } : req;
        },
        onResponse: (status, responseBody) => {
          if (status !== 200 || !ok(String(responseBody)))
            failures.push(`HTTP ${status} ${String(responseBody).slice(0, 300)}`);
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await new Promise((resolve, reject) => {
    instance.on('done', resolve);
    instance.on('error', reject);
  });
  const elapsed = performance.now() - started;
  if (result.errors || result.timeouts)
    failures.push(`${result.errors} connection errors, ${result.timeouts} timeouts`);
  return { count: amount, elapsed, latencies, failures };
}

/** The ballot transaction straight through pg: `concurrency` clients, each taking the next voter. */
async function castThroughPg(pool, { pollId, voterIds, concurrency, newReceipt }) {
  let next = 0;
  const latencies = [];
  const worker = async () => {
    const client = await pool.connect();
    try {
      for (;;) {
        const i = next++;
        if (i >= voterIds.length) return;
        const voterId = voterIds[i];
        const started = performance.now();
        await client.query('BEGIN');
        const { rows } = await client.query(BALLOT_CONTEXT, [pollId, voterId, voterId, []]);
        const ctx = rows[0];
        if (ctx.status !== 'OPEN' || !ctx.casterEntitled || !ctx.casterCheckedIn)
          throw new Error(`raw ballot refused: ${JSON.stringify(ctx)}`);
        const inserted = await client.query(BALLOT_INSERT, [
          pollId,
          voterId,
          voterId,
          'YES',
          null,
          1,
          ctx.category,
          newReceipt(),
        ]);
        if (inserted.rowCount !== 1) throw new Error('raw ballot not inserted: the poll is not open');
        await client.query('COMMIT');
        latencies.push(performance.now() - started);
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { count: voterIds.length, elapsed: performance.now() - started, latencies };
}

/** What closePoll computes, in the same statements: the attendance figures, the aggregate, libs/domain's tally. */
async function tallyAsClosePoll(pool, { pollId, assemblyId, checkQuorum, tallyMotion, attendanceFigures }) {
  const t0 = performance.now();
  // The API's own function, fed through pg (it only needs `query` returning the rows).
  const figures = await attendanceFigures(
    { query: async (text, params) => (await pool.query(text, params)).rows },
    assemblyId,
  );
  const t1 = performance.now();
  const { rows } = await pool.query(
    `SELECT choice, college, sum(weight)::bigint AS weight, count(*)::int AS n FROM ballot WHERE poll_id = $1 GROUP BY choice, college`,
    [pollId],
  );
  const t2 = performance.now();
  const members = Number(figures.presentMembers) + Number(figures.representedMembers);
  const shares = Number(figures.presentShares) + Number(figures.representedShares);
  const quorum = checkQuorum({
    basis: 'MEMBERS',
    percent: 5,
    entitled: { members: Number(figures.entitledMembers), shares: Number(figures.entitledShares) },
    presentOrRepresented: { members, shares },
  });
  const tally = tallyMotion({
    rule: 'SIMPLE',
    abstentionsCount: false,
    ballots: rows.map((r) => ({ choice: r.choice, college: r.college, weight: Number(r.weight) })),
    mode: 'ONE_MEMBER_ONE_VOTE',
    quorum,
    entitledWeight: Number(figures.entitledMembers),
  });
  return { ...tally, phases: { figures: t1 - t0, aggregate: t2 - t1, domain: performance.now() - t2 } };
}

/** node dist/main.js on a free port against the bench database; resolves once /health answers. */
async function startApi(databaseUrl, profileDir) {
  const port = await freePort();
  const args = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = spawn(process.execPath, [...args, join(apiDir, 'dist', 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      DEMO_MODE: '0',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with code ${child.exitCode} while starting:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not answer /health within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return {
    url,
    pid: child.pid,
    stop,
    // --cpu-prof writes the profile when the process exits.
    stopAndReadProfile: async () => {
      await stop();
      const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
      return file ? summariseProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8'))) : null;
    },
  };
}

/** Self time of a V8 CPU profile by where the code lives: a package, the API's own code, Node, or V8 itself. */
function summariseProfile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;
  const byPlace = new Map();
  const byFunction = new Map();
  for (const id of profile.samples) {
    const frame = nodes.get(id)?.callFrame ?? { url: '', functionName: '' };
    const place = placeOf(frame);
    byPlace.set(place, (byPlace.get(place) ?? 0) + interval);
    if (frame.url) {
      const name = `${frame.functionName || '(anonymous)'}  ${place}  ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + interval);
    }
  }
  const total = [...byPlace.values()].reduce((a, b) => a + b, 0);
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([place, msSpent]) => ({ place, ms: msSpent, share: msSpent / total }));
  return { places: rank(byPlace), functions: rank(byFunction) };
}

function placeOf({ url, functionName }) {
  if (!url) return functionName ? `(${functionName})` : '(v8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node internals';
  if (/libs\/domain\//.test(url)) return 'letscoop domain';
  const own = /apps\/api\/dist\/(.+)$/.exec(url);
  if (own) return `letscoop api: ${own[1].includes('/') ? own[1].slice(0, own[1].lastIndexOf('/')) : own[1]}`;
  return url.replace(/^file:\/\//, '');
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function expectEqual(what, actual, expected) {
  if (actual !== expected) throw new Error(`${what}: ${actual}, expected ${expected}.`);
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const median = (values) => percentile(values, 50);
const ms = (x) => Math.round(x).toLocaleString('en-US');
const ms1 = (x) => x.toFixed(1);
const rate = (r) => (r.count / r.elapsed) * 1000;
const verdict = (ok) => (ok ? 'met' : 'MISSED');

function printReport({ viaApi, raw, bare, signedIn, direct, tally, closeMs, light, loadAtStart, profile }) {
  const apiRate = rate(viaApi);
  const rawRate = rate(raw);
  const ratio = apiRate / rawRate;
  const p50 = percentile(viaApi.latencies, 50);
  const p99 = percentile(viaApi.latencies, 99);
  const tallyMs = median(direct.map((d) => d.total));
  const n = (x) => x.toLocaleString('en-US');
  console.log('');
  console.log(
    `castBallot over HTTP GraphQL: ${n(viaApi.count)} members, ${CONCURRENCY} concurrent clients, one session each (client side)`,
  );
  console.log(`  ballots/s: ${ms(apiRate)}   (${n(viaApi.count)} in ${ms(viaApi.elapsed)} ms)`);
  console.log(
    `  latency p50: ${ms1(p50)} ms   p99: ${ms1(p99)} ms   max: ${ms1(Math.max(...viaApi.latencies))} ms   (target p99 <= ${TARGETS.p99} ms: ${verdict(p99 <= TARGETS.p99)})`,
  );
  console.log(`The same ballot transactions straight through pg: ${CONCURRENCY} clients, ${n(raw.count)} ballots`);
  console.log(
    `  ballots/s: ${ms(rawRate)}   (${n(raw.count)} in ${ms(raw.elapsed)} ms)   latency p50: ${ms1(percentile(raw.latencies, 50))} ms   p99: ${ms1(percentile(raw.latencies, 99))} ms`,
  );
  console.log(
    `ratio: ${ratio.toFixed(2)}   (API / raw; target >= ${TARGETS.ratio}: ${verdict(ratio >= TARGETS.ratio)})`,
  );
  console.log(
    `Tally of ${n(tally.cast)} ballots (${n(tally.yes)} yes, ${n(tally.no)} no, ${n(tally.abstain)} abstain: ${tally.reason})`,
  );
  console.log(
    `  tally: ${ms1(tallyMs)} ms   (closePoll's aggregate SQL + libs/domain tallyMotion, median of ${direct.length}: ${direct.map((d) => ms1(d.total)).join(', ')}; target <= ${TARGETS.tally} ms: ${verdict(tallyMs <= TARGETS.tally)})`,
  );
  const phase = (name) => ms1(median(direct.map((d) => d.phases[name])));
  console.log(
    `    of which: attendance figures ${phase('figures')} ms, GROUP BY over the ballots ${phase('aggregate')} ms, libs/domain ${phase('domain')} ms`,
  );
  console.log(
    `  closePoll mutation over HTTP: ${ms1(closeMs)} ms   (a light authenticated query takes ${ms1(median(light))} ms: the rest is the close and its tally)`,
  );
  console.log(
    `Where a castBallot request's time goes, same ${CONCURRENCY} clients (ballots/s, or requests/s, and p50):`,
  );
  console.log(
    `  { appInfo } without a session (HTTP, Nest, Apollo):     ${ms(rate(bare)).padStart(6)}/s   p50 ${ms1(percentile(bare.latencies, 50))} ms`,
  );
  console.log(
    `  { appInfo } with a member's session (+ the auth guard): ${ms(rate(signedIn)).padStart(6)}/s   p50 ${ms1(percentile(signedIn.latencies, 50))} ms`,
  );
  console.log(
    `  castBallot (+ the ballot transaction):                 ${ms(apiRate).padStart(6)}/s   p50 ${ms1(p50)} ms`,
  );
  console.log(
    `  the ballot transaction alone, through pg:              ${ms(rawRate).padStart(6)}/s   p50 ${ms1(percentile(raw.latencies, 50))} ms`,
  );
  if (profile) {
    console.log('');
    console.log('Where the API process spent its CPU (self time, whole run, BENCH_PROFILE=1):');
    for (const p of profile.places.slice(0, 15))
      console.log(`  ${(p.share * 100).toFixed(1).padStart(5)} %  ${ms(p.ms).padStart(7)} ms  ${p.place}`);
    console.log('The busiest JavaScript functions (self time):');
    for (const p of profile.functions.slice(0, 15))
      console.log(`  ${(p.share * 100).toFixed(1).padStart(5)} %  ${ms(p.ms).padStart(7)} ms  ${p.place}`);
  }
  const loadAtEnd = os.loadavg()[0];
  console.log('');
  console.log(
    `Load average ${loadAtStart.toFixed(2)} before, ${loadAtEnd.toFixed(2)} after, on ${os.cpus().length} cores: the API, PostgreSQL and this load generator share them.`,
  );
}
