import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { createHash, randomBytes } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import type { Response } from 'supertest';
import { seedAssembly, type SeededAssembly } from './support/assembly-fixtures.js';
import { PASSWORD, seedCooperative, seedPerson, type SeededPerson } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const TITLE = 'Assemblée générale ordinaire de juin 2019';

/** A signed-in cookie without the password round: a session row, as the auth module stores it (SHA-256 of the token). */
async function sessionCookie(t: TestApp, personId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await t.sql(`INSERT INTO session (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    createHash('sha256').update(token).digest('hex'),
    personId,
  ]);
  return `letscoop_session=${token}`;
}

/** The bytes of a response, whatever its type (supertest parses only text and JSON by itself). */
async function download(t: TestApp, path: string, cookie?: string): Promise<Response & { body: Buffer }> {
  let req = t
    .browser()
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (cookie) req = req.set('Cookie', cookie);
  return (await req) as Response & { body: Buffer };
}

/**
 * The text lines of a PDF made by pdfkit with the standard fonts: its content streams inflated,
 * each line a TJ array of hex strings (WinAnsi codes: Latin-1 for the letters used here) and
 * kerning numbers.
 */
function pdfLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  let source = '';
  for (const m of raw.matchAll(/\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    source += inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
  }
  return [...source.matchAll(/\[([^\]]*)\] TJ/g)].map((m) =>
    [...m[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''),
  );
}

type CsvRow = Record<string, string>;
const csvRows = (body: Buffer): CsvRow[] => parse(body, { bom: true, columns: true }) as CsvRow[];

describe('assembly minutes (PDF and CSV downloads)', () => {
  let t: TestApp;
  let a: SeededAssembly;
  let chair: SeededPerson;
  let chairCookie: string;
  let memberCookie: string;
  let outsiderCookie: string;
  let motionResults: Record<string, any>;

  beforeAll(async () => {
    t = await startTestApp();
    const coop = await seedCooperative(t);
    const other = await seedCooperative(t, 'other-coop', 'Other Coop');
    chair = await seedPerson(t, { email: 'chair@example.org', cooperativeId: coop.id, offices: ['BOARD_CHAIR'] });
    const outsider = await seedPerson(t, { email: 'outsider@example.org', cooperativeId: other.id });
    // 10 entitled, 6 checked in, voter 6 represented by voter 0: 7 present or represented.
    a = await seedAssembly(t, {
      cooperativeId: coop.id,
      voters: 10,
      status: 'IN_SESSION',
      checkedIn: 6,
      proxies: [[6, 0]],
      title: TITLE,
      items: [
        {
          kind: 'MOTION',
          title: 'Create a solidarity fund, "1 %" of turnover',
          majorityRule: 'TWO_THIRDS',
          pollStatus: 'OPEN',
        },
        {
          kind: 'ELECTION',
          title: 'Board election',
          seats: 1,
          candidates: ['Zoë Peeters', 'Luc Dubois'],
          secret: true,
        },
        { kind: 'INFORMATION', title: 'Annual report' },
        { kind: 'MOTION', title: 'Statute change' },
      ],
    });
    chairCookie = await sessionCookie(t, chair.id);
    memberCookie = await sessionCookie(t, a.voters[3].id);
    outsiderCookie = await sessionCookie(t, outsider.id);
    const asChair = (query: string, variables: Record<string, unknown>) =>
      gql(t.browser(), query, variables, { Cookie: chairCookie });

    // The motion: 5 yes (one of them by proxy), 1 no, 1 abstention; closed and published by the chair.
    const [motion, election] = a.items;
    const choices: [number, number, string][] = [
      [0, 0, 'YES'],
      [1, 1, 'YES'],
      [2, 2, 'YES'],
      [3, 3, 'YES'],
      [4, 4, 'NO'],
      [5, 5, 'ABSTAIN'],
      [6, 0, 'YES'],
    ];
    for (const [voter, castBy, choice] of choices) {
      await t.sql(
        `INSERT INTO ballot (poll_id, voter_id, cast_by, choice, weight, college, receipt) VALUES ($1, $2, $3, $4, 1, 'WORKER_MEMBER', $5)`,
        [motion.pollId, a.voters[voter].id, a.voters[castBy].id, choice, randomBytes(6).toString('hex')],
      );
    }
    for (const step of ['closePoll', 'publishPoll']) {
      const res = await asChair(`mutation($id: ID!) { ${step}(pollId: $id) { id status } }`, { id: motion.pollId });
      expect(res.errors).toBeUndefined();
    }
    const read = await asChair(
      `query($id: ID!) { poll(id: $id) { results { outcome passed ruleApplied yes no abstain ballots counted entitled yesNeeded quorum { required actual } } } }`,
      { id: motion.pollId },
    );
    expect(read.errors).toBeUndefined();
    motionResults = read.data?.poll.results;

    // The election: secret, 4 approvals for Zoë and 2 for Luc; closed but not published.
    expect(
      (await asChair(`mutation($id: ID!) { openPoll(pollId: $id) { status } }`, { id: election.pollId })).errors,
    ).toBeUndefined();
    for (let i = 0; i < 6; i++) {
      await t.sql(`INSERT INTO poll_participation (poll_id, voter_id, cast_by) VALUES ($1, $2, $2)`, [
        election.pollId,
        a.voters[i].id,
      ]);
      await t.sql(
        `INSERT INTO secret_ballot (poll_id, approvals, weight, college, receipt) VALUES ($1, $2, 1, 'WORKER_MEMBER', $3)`,
        [election.pollId, [election.candidateIds[i < 4 ? 0 : 1]], randomBytes(6).toString('hex')],
      );
    }
    expect(
      (await asChair(`mutation($id: ID!) { closePoll(pollId: $id) { status } }`, { id: election.pollId })).errors,
    ).toBeUndefined();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('gives a member the CSV: a header row, one row per agenda item in order, UTF-8 with a BOM', async () => {
    const res = await download(t, `/api/assemblies/${a.id}/minutes.csv?lang=en`, memberCookie);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename=minutes-${new Date().toISOString().slice(0, 10)}-assemblee-generale-ordinaire-de-juin-2019.csv`,
    );
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(res.body);
    expect(rows.map((r) => [r.position, r.item_kind, r.title, r.poll_status])).toEqual([
      ['1', 'MOTION', 'Create a solidarity fund, "1 %" of turnover', 'PUBLISHED'],
      ['2', 'ELECTION', 'Board election', 'CLOSED'],
      ['3', 'INFORMATION', 'Annual report', ''],
      ['4', 'MOTION', 'Statute change', 'DRAFT'],
    ]);
    // The assembly's record on every row, accents intact.
    for (const row of rows) {
      expect(row).toMatchObject({
        assembly: TITLE,
        assembly_kind: 'ORDINARY',
        entitled_members: '10',
        entitled_shares: '10',
        present_members: '6',
        represented_members: '1',
        assembly_quorum_reached: 'true',
      });
      expect(row.record_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('prints the published motion with the figures and the rule frozen at close', async () => {
    const [motion] = csvRows((await download(t, `/api/assemblies/${a.id}/minutes.csv?lang=en`, memberCookie)).body);
    expect(motion).toMatchObject({
      ballot: 'NAMED',
      result_published: 'true',
      majority_rule: 'TWO_THIRDS',
      abstentions_count: 'false',
      threshold: 'at least two-thirds of the votes counted, abstentions not counted',
      ballots: '7',
      yes: '5',
      no: '1',
      abstain: '1',
      cast: '7',
      counted: '6',
      entitled: '10',
      yes_needed: '4',
      yes_percent: '83.33',
      quorum_basis: 'MEMBERS',
      quorum_required: '1',
      quorum_actual: '7',
      quorum_reached: 'true',
      outcome: 'MAJORITY_REACHED',
      passed: 'true',
    });
    // The same figures as the API's own result.
    expect(motionResults).toMatchObject({
      outcome: 'MAJORITY_REACHED',
      yes: 5,
      no: 1,
      abstain: 1,
      ballots: 7,
      counted: 6,
      yesNeeded: 4,
    });
    expect(motion.rule_applied).toBe(motionResults.ruleApplied);
    expect(motion.rule_applied).toContain('Two-thirds majority');
  });

  it('keeps a result that is not published yet from members, and shows it to the chair, marked', async () => {
    const member = csvRows((await download(t, `/api/assemblies/${a.id}/minutes.csv`, memberCookie)).body)[1];
    expect(member).toMatchObject({
      ballot: 'SECRET',
      poll_status: 'CLOSED',
      result_published: 'false',
      outcome: '',
      elected: '',
      ranking: '',
      ballots: '',
    });

    const chairRow = csvRows((await download(t, `/api/assemblies/${a.id}/minutes.csv`, chairCookie)).body)[1];
    expect(chairRow).toMatchObject({
      poll_status: 'CLOSED',
      result_published: 'false',
      outcome: 'ELECTED',
      passed: 'true',
      seats: '1',
      ballots: '6',
      elected: 'Zoë Peeters',
      ranking: '1. Zoë Peeters: 4 (elected); 2. Luc Dubois: 2',
      vacant_seats: '0',
      yes: '',
    });

    const memberPdf = pdfLines(
      (await download(t, `/api/assemblies/${a.id}/minutes.pdf?lang=en`, memberCookie)).body,
    ).join('\n');
    const chairPdf = pdfLines(
      (await download(t, `/api/assemblies/${a.id}/minutes.pdf?lang=en`, chairCookie)).body,
    ).join('\n');
    expect(memberPdf).toContain('The result appears here once it is published.');
    expect(memberPdf).not.toContain('Zoë Peeters');
    expect(chairPdf).toContain('Not yet published: shown to the chair only.');
    expect(chairPdf).toContain('1. Zoë Peeters: 4 approvals (elected)');
  });

  it('gives a member the PDF: A4, the title, attendance, quorum, each item with its result, page numbers', async () => {
    const res = await download(t, `/api/assemblies/${a.id}/minutes.pdf?lang=en`, memberCookie);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.body.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const lines = pdfLines(res.body);
    // Long lines wrap: read the text as one.
    const text = lines.join(' ').replace(/\s+/g, ' ');
    if (process.env.SHOW_MINUTES) console.log(lines.join('\n'));
    expect(lines).toContain(TITLE);
    expect(text).toContain('Minutes of the general assembly');
    expect(text).toContain('Ordinary general assembly');
    expect(text).toContain('Entitled to vote 10 members, 10 shares');
    expect(text).toContain('Represented by proxy 1 member, 1 share');
    expect(text).toContain('reached: 7 members present or represented, 1 required (5% of 10 entitled)');
    expect(text).toContain('1. Create a solidarity fund, "1 %" of turnover');
    expect(text).toContain('Adopted (majority reached)');
    expect(text).toContain(
      'Two-thirds majority: at least two-thirds of the votes counted, abstentions not counted (at least 4 yes)',
    );
    expect(text).toContain('2. Board election Election · secret ballot · one member, one vote · 1 seat');
    expect(text).toContain('3. Annual report');
    expect(text).toContain('Information item, no vote.');
    expect(text).toContain('4. Statute change');
    expect(text).toContain('Not put to the vote');
    expect(text).toMatch(/Page 1 of 1/);
  });

  it("speaks the reader's language: ?lang=, else Accept-Language", async () => {
    const fr = pdfLines((await download(t, `/api/assemblies/${a.id}/minutes.pdf?lang=fr`, memberCookie)).body).join(
      '\n',
    );
    expect(fr).toContain("Procès-verbal de l'assemblée générale");
    expect(fr).toContain('Adoptée (majorité atteinte)');
    expect(fr).toContain('Page 1 sur 1');
    const nl = await t
      .browser()
      .get(`/api/assemblies/${a.id}/minutes.csv`)
      .set('Cookie', memberCookie)
      .set('Accept-Language', 'nl-BE,nl;q=0.9');
    expect(csvRows(Buffer.from(nl.text))[0].threshold).toBe(
      'minstens twee derde van de getelde stemmen, onthoudingen tellen niet mee',
    );
    const bad = await t.browser().get(`/api/assemblies/${a.id}/minutes.csv?lang=de`).set('Cookie', memberCookie);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses the signed-out (401), people of another cooperative (403), unknown (404) and malformed (400) ids', async () => {
    for (const ext of ['pdf', 'csv']) {
      const anonymous = await t.browser().get(`/api/assemblies/${a.id}/minutes.${ext}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });

      const outsider = await t.browser().get(`/api/assemblies/${a.id}/minutes.${ext}`).set('Cookie', outsiderCookie);
      expect(outsider.status).toBe(403);
      expect(outsider.body).toMatchObject({ code: 'FORBIDDEN' });

      const unknown = await t
        .browser()
        .get(`/api/assemblies/00000000-0000-4000-8000-000000000000/minutes.${ext}`)
        .set('Cookie', memberCookie);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });

      const malformed = await t.browser().get(`/api/assemblies/not-an-id/minutes.${ext}`).set('Cookie', memberCookie);
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ code: 'VALIDATION' });
    }
  });

  it('signs in with a password too (the cookie of a real login works)', async () => {
    const agent = t.browser();
    const login = await gql(
      agent,
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { person { id } } }`,
      {
        e: chair.email,
        p: PASSWORD,
      },
    );
    expect(login.errors).toBeUndefined();
    const res = await agent.get(`/api/assemblies/${a.id}/minutes.csv`);
    expect(res.status).toBe(200);
  });
});
