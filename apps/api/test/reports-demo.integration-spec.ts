import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { proposalVoteState, type ActionProposalStatus, type PollStatus } from '@letscoop/domain';
import { parse } from 'csv-parse/sync';
import { inflateSync } from 'node:zlib';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-accounts.js';
import { LOGIN } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const REPORT = `query($edition: ID!) { ideaToActionReport(editionId: $edition) {
  cooperativeName editionStatus edition { id number period title { text } }
  totals { recommendations proposals putToAssembly adopted rejected actions actionsDone }
  stageCounts { stage count }
  groups { id theme { text } recommendations {
    id title { text } stage draftedAt submittedAt sentBack
    decision { transition decidedAt boardMeeting boardMeetingOn vote { inFavour against abstaining } reason }
    amendment { groupVersion boardVersion wordsAdded wordsRemoved }
    mergedInto { id stage title { text } } mergedFrom { id title { text } }
    proposals { id number title { text } status
      vote { state assemblyId assembly { text } assemblyDate pollStatus votedAt outcome passed yes no abstain ruleApplied }
      action { id title { text } status progress statusReason } }
    otherActions { id title { text } status progress }
  } }
} }`;

interface Rec {
  id: string;
  title: { text: string };
  stage: string;
  submittedAt: string | null;
  sentBack: number;
  decision: {
    transition: string;
    boardMeeting: string | null;
    boardMeetingOn: string | null;
    vote: { inFavour: number; against: number; abstaining: number } | null;
    reason: string | null;
  } | null;
  amendment: { groupVersion: number | null; boardVersion: number; wordsAdded: number; wordsRemoved: number } | null;
  mergedInto: { id: string; stage: string; title: { text: string } } | null;
  mergedFrom: { id: string; title: { text: string } }[];
  proposals: {
    id: string;
    number: number;
    title: { text: string };
    status: string;
    vote: { state: string; yes: number | null; outcome: string | null };
    action: { id: string; title: { text: string }; status: string; progress: number } | null;
  }[];
  otherActions: { title: { text: string }; status: string; progress: number }[];
}

/** WinAnsi codes 0x80–0x9f that Latin-1 does not have (the standard fonts' encoding). */
const WIN_ANSI: Record<string, string> = {
  '\x80': '€',
  '\x85': '…',
  '\x91': '‘',
  '\x92': '’',
  '\x93': '“',
  '\x94': '”',
  '\x96': '–',
  '\x97': '—',
};

/** The text lines of a pdfkit PDF (standard fonts): the content streams inflated, each TJ array joined. */
function pdfLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  let source = '';
  for (const m of raw.matchAll(/\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    source += inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
  }
  return [...source.matchAll(/\[([^\]]*)\] TJ/g)].map((m) =>
    [...m[1].matchAll(/<([0-9a-f]*)>/gi)]
      .map((h) => Buffer.from(h[1], 'hex').toString('latin1'))
      .join('')
      .replace(/[\x80-\x9f]/g, (c) => WIN_ANSI[c] ?? c),
  );
}

/** The bytes of a download, whatever its type. */
async function download(
  agent: TestAgent,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response & { body: Buffer }> {
  return (await agent
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    })) as Response & { body: Buffer };
}

describe('the "from idea to action" report on the demo editions of Smart Belgium', () => {
  let t: TestApp;
  let member: TestAgent;
  let e1: string;
  let e2: string;
  let recs1: Rec[];
  let recs2: Rec[];

  const login = async (email: string) => {
    const agent = t.browser();
    const res = await gql(agent, LOGIN, { email, password: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    return agent;
  };

  const recommendationKey = async (title: string): Promise<string> => {
    const [row] = await t.sql<{ id: string }>(
      `SELECT recommendation_id AS id FROM recommendation_version WHERE title->'texts'->'nl'->>'text' = $1 LIMIT 1`,
      [title],
    );
    return row.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    [{ id: e1 }] = await t.sql<{ id: string }>(
      `SELECT e.id FROM edition e JOIN cooperative c ON c.id = e.cooperative_id WHERE c.slug = 'smart-be' AND e.number = 1`,
    );
    [{ id: e2 }] = await t.sql<{ id: string }>(
      `SELECT e.id FROM edition e JOIN cooperative c ON c.id = e.cooperative_id WHERE c.slug = 'smart-be' AND e.number = 2`,
    );
    member = await login('lid@smart.demo');
    const one = await gql(member, REPORT, { edition: e1 }, { 'Accept-Language': 'en' });
    expect(one.errors).toBeUndefined();
    recs1 = one.data?.ideaToActionReport.groups.flatMap((g: { recommendations: Rec[] }) => g.recommendations);
    const two = await gql(member, REPORT, { edition: e2 }, { 'Accept-Language': 'en' });
    expect(two.errors).toBeUndefined();
    recs2 = two.data?.ideaToActionReport.groups.flatMap((g: { recommendations: Rec[] }) => g.recommendations);
  });
  afterAll(() => t.close());

  it('lists every recommendation of the edition once, under its working group, with figures that add up', async () => {
    const res = await gql(member, REPORT, { edition: e1 }, { 'Accept-Language': 'en' });
    const report = res.data?.ideaToActionReport;
    expect(report.cooperativeName).toBe('Smart Belgium');
    expect(report.edition).toMatchObject({
      number: 1,
      period: '2015/2016',
      title: { text: 'Smart in Progress 1 — towards a cooperative' },
    });
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM recommendation WHERE edition_id = $1`, [
      e1,
    ]);
    expect(recs1).toHaveLength(n);
    expect(new Set(recs1.map((r) => r.id)).size).toBe(n);
    expect(report.groups).toHaveLength(4);
    expect(report.totals.recommendations).toBe(n);
    expect(report.stageCounts.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(n);
    const [db] = await t.sql<{ proposals: number; adopted: number }>(
      `SELECT count(*)::int AS proposals, count(*) FILTER (WHERE p.status = 'ADOPTED')::int AS adopted
         FROM action_proposal p JOIN recommendation r ON r.id = p.recommendation_id WHERE r.edition_id = $1`,
      [e1],
    );
    expect(report.totals).toMatchObject({ proposals: db.proposals, adopted: db.adopted });
  });

  it('shows the recommendation the board amended, with its vote, reason and the versions to compare', async () => {
    const id = await recommendationKey('Zich openstellen voor alle profielen en alle beroepen');
    const rec = recs1.find((r) => r.id === id) as Rec;
    expect(rec.title.text).toBe('Open up to all profiles and all trades, within the cooperative’s values');
    expect(rec.stage).toBe('AT_ASSEMBLY');
    expect(rec.submittedAt).not.toBeNull();
    expect(rec.decision).toMatchObject({
      transition: 'amendAndEndorse',
      boardMeetingOn: '2016-04-26',
      vote: { inFavour: 13, against: 1, abstaining: 4 },
    });
    expect(rec.decision?.reason).toMatch(/ethisch kader/);
    expect(rec.amendment).not.toBeNull();
    const versions = await t.sql<{ number: number; authored_by: string }>(
      `SELECT number, authored_by FROM recommendation_version WHERE recommendation_id = $1 ORDER BY number`,
      [id],
    );
    const board = versions.filter((v) => v.authored_by === 'BOARD').at(-1);
    expect(rec.amendment?.boardVersion).toBe(board?.number);
    expect(rec.amendment?.groupVersion).toBe(versions.filter((v) => v.authored_by === 'GROUP').at(-1)?.number);
    expect(rec.amendment?.wordsAdded).toBeGreaterThan(10);
    // Endorsed without amendment: no amendment.
    expect(recs1.filter((r) => r.decision?.transition === 'endorse').every((r) => r.amendment === null)).toBe(true);
  });

  it('shows the merged recommendation with where it went, and the action later drawn from it', async () => {
    const id = await recommendationKey('De interfaces van Smart geschikt maken voor smartphones en tablets');
    const target = await recommendationKey('De IT-tools verbeteren via werkgroepen van gebruikers');
    const rec = recs1.find((r) => r.id === id) as Rec;
    expect(rec.stage).toBe('MERGED');
    expect(rec.decision).toMatchObject({ transition: 'merge', vote: { inFavour: 15, against: 0, abstaining: 3 } });
    expect(rec.mergedInto).toMatchObject({
      id: target,
      title: { text: 'Improve the IT tools through user working groups' },
    });
    expect(rec.proposals).toEqual([]);
    expect(rec.otherActions).toEqual([
      expect.objectContaining({
        title: { text: 'Make Smart’s interfaces fit for smartphones and tablets' },
        status: 'IN_PROGRESS',
      }),
    ]);
    const into = recs1.find((r) => r.id === target) as Rec;
    expect(into.mergedFrom.map((m) => m.id)).toContain(id);
  });

  it('shows the declined recommendation with the reason the board gave', async () => {
    const id = await recommendationKey('Vertegenwoordigers vergoeden uit de solidaire bijdrage');
    const rec = recs2.find((r) => r.id === id) as Rec;
    expect(rec.stage).toBe('DECLINED');
    expect(rec.decision).toMatchObject({ transition: 'decline', vote: { inFavour: 12, against: 3, abstaining: 3 } });
    expect(rec.decision?.reason).toContain('De solidaire bijdrage financiert de gemeenschappelijke diensten');
    expect(rec.decision?.reason).toContain('indemnité de volontariat');
    expect(rec.proposals).toEqual([]);
  });

  it('shows an adopted proposal with the action it became and that action’s progress', async () => {
    const id = await recommendationKey('De IT-tools verbeteren via werkgroepen van gebruikers');
    const rec = recs1.find((r) => r.id === id) as Rec;
    expect(rec.proposals).toHaveLength(1);
    const [p] = rec.proposals;
    expect(p.status).toBe('ADOPTED');
    expect(p.action).toMatchObject({
      title: { text: 'A users’ working group on the IT tools in Smart in Progress 2' },
      status: 'DONE',
      progress: 100,
    });
    // Without a poll in the platform the report says so; a published poll shows its figures.
    expect(['NO_VOTE_RECORDED', 'PUBLISHED']).toContain(p.vote.state);
    // Every action the report shows carries the plan's status and progress.
    const actions = recs1.flatMap((r) => r.proposals.flatMap((x) => (x.action ? [x.action] : [])));
    const rows = await t.sql<{ id: string; status: string; progress: number }>(
      `SELECT id, status, progress FROM action WHERE id = ANY($1::uuid[])`,
      [actions.map((a) => a.id)],
    );
    expect(rows).toHaveLength(actions.length);
    for (const row of rows)
      expect(actions.find((a) => a.id === row.id)).toMatchObject({ status: row.status, progress: row.progress });
    expect(actions.some((a) => a.status === 'IN_PROGRESS' && a.progress > 0 && a.progress < 100)).toBe(true);
  });

  it("tells each proposal's vote as it stands: figures once published, else why there are none", async () => {
    // Robust to demo assemblies voting some of these: each proposal is checked against its own rows.
    const rows = await t.sql<{ id: string; status: ActionProposalStatus; pollStatus: PollStatus | null }>(
      `SELECT p.id, p.status, po.status AS "pollStatus"
         FROM action_proposal p
         JOIN recommendation r ON r.id = p.recommendation_id
         JOIN edition e ON e.id = r.edition_id
         JOIN cooperative c ON c.id = e.cooperative_id
         LEFT JOIN agenda_item ai ON ai.action_proposal_id = p.id
         LEFT JOIN poll po ON po.agenda_item_id = ai.id
        WHERE c.slug = 'smart-be'`,
    );
    const editions = await t.sql<{ id: string }>(
      `SELECT e.id FROM edition e JOIN cooperative c ON c.id = e.cooperative_id WHERE c.slug = 'smart-be'`,
    );
    const shown: Rec['proposals'] = [];
    for (const { id } of editions) {
      const res = await gql(member, REPORT, { edition: id }, { 'Accept-Language': 'en' });
      expect(res.errors).toBeUndefined();
      for (const g of res.data?.ideaToActionReport.groups as { recommendations: Rec[] }[])
        for (const r of g.recommendations) shown.push(...r.proposals);
    }
    expect(shown).toHaveLength(rows.length);
    for (const p of shown) {
      const row = rows.find((x) => x.id === p.id);
      expect(row).toBeDefined();
      if (!row) continue;
      expect(p.vote.state).toBe(proposalVoteState(row.status, row.pollStatus));
      if (row.status === 'ON_AGENDA') expect(p.vote.state).toBe('AWAITING');
      if (p.vote.state === 'PUBLISHED') expect(p.vote.yes).not.toBeNull();
      else expect([p.vote.yes, p.vote.outcome]).toEqual([null, null]);
    }
    // Every proposal of the demo went to an assembly: none is "not put".
    expect(shown.some((p) => p.vote.state === 'NOT_PUT')).toBe(false);
  });

  it('gives the CSV: a header, one row per proposal, a row for each recommendation without one, BOM, UTF-8', async () => {
    const res = await download(member, `/api/editions/${e1}/report.csv?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/idea-to-action-2015-2016-smart-in-progress-1/);
    expect(res.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
    const expected = recs1.reduce((n, r) => n + Math.max(1, r.proposals.length + r.otherActions.length), 0);
    expect(rows).toHaveLength(expected);
    const amended = rows.find(
      (r) => r.recommendation === 'Open up to all profiles and all trades, within the cooperative’s values',
    );
    expect(amended).toMatchObject({
      stage: 'AT_ASSEMBLY',
      board_decision: 'amendAndEndorse',
      amended_by_board: 'true',
      board_votes_in_favour: '13',
    });
    const merged = rows.find((r) => r.stage === 'MERGED');
    expect(merged).toMatchObject({
      merged_into: 'Improve the IT tools through user working groups',
      proposal: '',
      action: 'Make Smart’s interfaces fit for smartphones and tablets',
      action_status: 'IN_PROGRESS',
    });
    const done = rows.find((r) => r.proposal === 'A users’ working group on the IT tools in Smart in Progress 2');
    expect(done).toMatchObject({ proposal_status: 'ADOPTED', action_status: 'DONE', action_progress: '100' });
    // Every recommendation is there.
    expect(new Set(rows.map((r) => r.recommendation_id))).toEqual(new Set(recs1.map((r) => r.id)));
  });

  it('gives the PDF: the edition title, each group, the fates, in the reader’s language', async () => {
    const res = await download(member, `/api/editions/${e1}/report.pdf?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const lines = pdfLines(res.body);
    const text = lines.join(' ').replace(/\s+/g, ' ');
    if (process.env.SHOW_REPORT) console.log(lines.join('\n'));
    expect(lines).toContain('From idea to action');
    expect(lines).toContain('Smart in Progress 1 — towards a cooperative');
    expect(text).toContain('Edition 1 (2015/2016)');
    expect(text).toContain('Amended by the board:');
    expect(text).toContain('Merged into Improve the IT tools through user working groups');
    expect(text).toMatch(/Page 1 of \d+/);

    const nl = pdfLines(
      (await download(member, `/api/editions/${e1}/report.pdf`, { 'Accept-Language': 'nl-BE,nl;q=0.9' })).body,
    ).join(' ');
    expect(nl).toContain('Van idee tot actie');
    expect(nl).toContain('Smart in Progress 1 — naar een coöperatie');
    const fr = pdfLines((await download(member, `/api/editions/${e2}/report.pdf?lang=fr`)).body).join(' ');
    expect(fr).toContain("De l'idée à l'action");
    expect(fr).toContain('Refusée');
  });

  it('refuses the signed-out (401), another cooperative (403), unknown (404), malformed (400) and a bad language', async () => {
    const outsider = await login('secretariat@smart-fr.demo');
    for (const ext of ['pdf', 'csv']) {
      expect((await t.browser().get(`/api/editions/${e1}/report.${ext}`)).status).toBe(401);
      const other = await outsider.get(`/api/editions/${e1}/report.${ext}`);
      expect(other.status).toBe(403);
      expect(other.body).toMatchObject({ code: 'FORBIDDEN' });
      expect((await member.get(`/api/editions/00000000-0000-4000-8000-000000000000/report.${ext}`)).status).toBe(404);
      expect((await member.get(`/api/editions/nope/report.${ext}`)).status).toBe(400);
      const bad = await member.get(`/api/editions/${e1}/report.${ext}?lang=de`);
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION' });
    }
    const anonymous = await gql(t.browser(), REPORT, { edition: e1 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await gql(outsider, REPORT, { edition: e1 });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const missing = await gql(member, REPORT, { edition: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
