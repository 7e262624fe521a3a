import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { RECEIPT_PATTERN } from '../src/modules/assemblies/ballot-receipt.js';
import type { FrozenPollResult } from '../src/modules/assemblies/poll-result.js';
import { tallyPoll } from '../src/modules/assemblies/poll-tally.js';
import type { PollEntity } from '../src/modules/assemblies/poll.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/modules/demo/demo-accounts.js';
import { LOGIN } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const LIST = `query($c: ID!) { assemblies(cooperativeId: $c) {
  id status startsAt endsAt place onlineUrl recordDate proxiesOpen title { text }
  attendance { entitledMembers presentMembers representedMembers quorum { reached } }
  agenda { position kind secret seats title { text } actionProposal { status }
    poll { status results { passed outcome yesPercent election { elected } } } }
  me { entitled checkedIn proxyGiven { holder { displayName } } } } }`;
const GRANT = `mutation($input: GrantProxyInput!) { grantProxy(input: $input) { id grantor { displayName } holder { displayName } } }`;
const OPEN = `mutation($id: ID!) { openAssembly(assemblyId: $id) { id status } }`;
const CHECK_IN = `mutation($input: CheckInInput!) { checkIn(input: $input) { id me { checkedIn checkInMode proxiesHeld { grantor { displayName } } } } }`;
const OPEN_POLL = `mutation($id: ID!) { openPoll(pollId: $id) { id status } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt choice onBehalfOf secret } }`;

const nl = (column: string) => `${column}->'texts'->'nl'->>'text'`;
/** Local Brussels time of a timestamptz column, as text. */
const brussels = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD HH24:MI')`;

/**
 * Everything the demo's assemblies contain, with ids replaced by what they stand for (e-mails,
 * titles, candidate names): two loads in two databases must give the same snapshot.
 */
async function snapshot(t: TestApp): Promise<unknown> {
  const assemblies = await t.sql(
    `SELECT c.slug, a.status, ${nl('a.title')} AS title, ${brussels('a.starts_at')} AS starts, ${brussels('a.ends_at')} AS ends,
            a.place, a.online_url, to_char(a.record_date, 'YYYY-MM-DD') AS record_date,
            ${brussels('a.opened_at')} AS opened, ${brussels('a.closed_at')} AS closed, ${brussels('a.proxies_frozen_at')} AS frozen,
            (SELECT count(*)::int FROM assembly_voter v WHERE v.assembly_id = a.id) AS voters,
            (SELECT array_agg(p.email || ':' || x.mode || ':' || ${brussels('x.checked_in_at')} ORDER BY p.email) FROM assembly_attendance x JOIN person p ON p.id = x.person_id WHERE x.assembly_id = a.id) AS attendance,
            (SELECT array_agg(g.email || '>' || h.email ORDER BY g.email) FROM proxy x JOIN person g ON g.id = x.grantor_id JOIN person h ON h.id = x.holder_id WHERE x.assembly_id = a.id) AS proxies
     FROM assembly a JOIN cooperative c ON c.id = a.cooperative_id ORDER BY c.slug, a.starts_at`,
  );
  const items = await t.sql(
    `SELECT ${nl('a.title')} AS assembly, i.position, i.kind, ${nl('i.title')} AS title, i.majority_rule, i.secret, i.seats, p.status, p.result,
            ${brussels('p.opened_at')} AS opened, ${brussels('p.published_at')} AS published,
            (SELECT array_agg(c.name ORDER BY c.position) FROM candidate c WHERE c.agenda_item_id = i.id) AS candidates,
            (SELECT array_agg(v.email || '/' || b.email || ':' || coalesce(x.choice, '') || ':' || x.receipt || ':' || ${brussels('x.cast_at')} ORDER BY v.email)
               FROM ballot x JOIN person v ON v.id = x.voter_id JOIN person b ON b.id = x.cast_by WHERE x.poll_id = p.id) AS named,
            (SELECT array_agg(x.receipt || ':' || coalesce(x.choice, '') || ':' || x.college ORDER BY x.receipt) FROM secret_ballot x WHERE x.poll_id = p.id) AS secret_ballots,
            (SELECT array_agg(v.email ORDER BY v.email) FROM poll_participation x JOIN person v ON v.id = x.voter_id WHERE x.poll_id = p.id) AS participation
     FROM agenda_item i JOIN assembly a ON a.id = i.assembly_id LEFT JOIN poll p ON p.agenda_item_id = i.id
     ORDER BY a.starts_at, i.position`,
  );
  // Candidate ids differ from one database to the other: name them.
  const names = new Map((await t.sql<{ id: string; name: string }>(`SELECT id, name FROM candidate`)).map((c) => [c.id, c.name]));
  const approvals = await t.sql<{ receipt: string; approvals: string[] }>(
    `SELECT receipt, approvals::text[] AS approvals FROM ballot WHERE approvals IS NOT NULL UNION ALL SELECT receipt, approvals::text[] FROM secret_ballot WHERE approvals IS NOT NULL ORDER BY 1`,
  );
  const named = JSON.parse(JSON.stringify({ assemblies, items, approvals: approvals.map((a) => [a.receipt, a.approvals.map((id) => names.get(id)).sort()]) }), (_k, v: unknown) =>
    typeof v === 'string' && names.has(v) ? names.get(v) : v,
  );
  return named;
}

describe('demo data: the general assemblies', () => {
  let t: TestApp;
  let be: string;
  let fr: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    [{ id: be }] = await t.sql<{ id: string }>(`SELECT id FROM cooperative WHERE slug = 'smart-be'`);
    [{ id: fr }] = await t.sql<{ id: string }>(`SELECT id FROM cooperative WHERE slug = 'smart-fr'`);
  });
  afterAll(() => t.close());

  const login = async (email: string): Promise<TestAgent> => {
    const agent = t.browser();
    const res = await gql(agent, LOGIN, { email, password: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    return agent;
  };

  it('holds Smart Belgium’s assemblies of June 2016–2019 and Smart France’s of June 2019, closed, with voters frozen on the record date', async () => {
    const rows = await t.sql<{ slug: string; status: string; starts: string; ends: string; record_date: string; voters: number; joined: number }>(
      `SELECT c.slug, a.status, ${brussels('a.starts_at')} AS starts, ${brussels('a.ends_at')} AS ends, to_char(a.record_date, 'YYYY-MM-DD') AS record_date,
              (SELECT count(*)::int FROM assembly_voter v WHERE v.assembly_id = a.id) AS voters,
              (SELECT count(*)::int FROM membership m WHERE m.cooperative_id = a.cooperative_id AND m.joined_on <= a.record_date AND (m.left_on IS NULL OR m.left_on > a.record_date)) AS joined
       FROM assembly a JOIN cooperative c ON c.id = a.cooperative_id WHERE a.status = 'CLOSED' ORDER BY c.slug, a.starts_at`,
    );
    expect(rows.map((r) => [r.slug, r.starts, r.ends])).toEqual([
      ['smart-be', '2016-06-18 10:00', '2016-06-18 16:00'],
      ['smart-be', '2017-06-17 10:00', '2017-06-17 15:30'],
      ['smart-be', '2018-06-16 10:00', '2018-06-16 16:00'],
      ['smart-be', '2019-06-17 14:00', '2019-06-18 13:00'],
      ['smart-fr', '2019-06-22 10:00', '2019-06-22 13:00'],
    ]);
    for (const r of rows) {
      expect(r.record_date < r.starts).toBe(true);
      expect(r.voters).toBe(r.joined);
    }
    // Nobody on a list joined after its record date, and each voter carries their category and shares.
    const late = await t.sql(
      `SELECT 1 FROM assembly_voter v JOIN assembly a ON a.id = v.assembly_id JOIN membership m ON m.person_id = v.person_id AND m.cooperative_id = a.cooperative_id
       WHERE m.joined_on > a.record_date OR m.category <> v.category OR m.shares <> v.shares`,
    );
    expect(late).toEqual([]);
  });

  it('has plausible attendance and proxies within the statutes’ cap: no chains, holders present, grantors absent', async () => {
    const rows = await t.sql<{ slug: string; year: number; present: number; online: number; proxies: number; most: number; cap: number }>(
      `SELECT c.slug, extract(year FROM a.starts_at)::int AS year,
              (SELECT count(*)::int FROM assembly_attendance x WHERE x.assembly_id = a.id) AS present,
              (SELECT count(*)::int FROM assembly_attendance x WHERE x.assembly_id = a.id AND x.mode = 'ONLINE') AS online,
              (SELECT count(*)::int FROM proxy p WHERE p.assembly_id = a.id AND p.revoked_at IS NULL) AS proxies,
              (SELECT coalesce(max(n), 0)::int FROM (SELECT count(*) AS n FROM proxy p WHERE p.assembly_id = a.id AND p.revoked_at IS NULL GROUP BY holder_id) h) AS most,
              a.proxy_cap AS cap
       FROM assembly a JOIN cooperative c ON c.id = a.cooperative_id WHERE a.status = 'CLOSED' ORDER BY c.slug, a.starts_at`,
    );
    for (const r of rows.filter((x) => x.slug === 'smart-be')) {
      expect(r.present).toBeGreaterThanOrEqual(140);
      expect(r.present).toBeLessThanOrEqual(220);
      expect(r.online).toBe(r.year === 2019 ? 46 : 0);
      expect(r.proxies).toBeGreaterThanOrEqual(20);
      expect(r.proxies).toBeLessThanOrEqual(40);
      expect(r.most).toBeLessThanOrEqual(r.cap);
      expect(r.cap).toBe(2);
    }
    expect(rows.find((r) => r.slug === 'smart-fr')).toMatchObject({ present: 48, online: 9, proxies: 12 });
    const broken = await t.sql(
      `SELECT p.id FROM proxy p JOIN assembly a ON a.id = p.assembly_id WHERE a.status = 'CLOSED' AND (
         EXISTS (SELECT 1 FROM assembly_attendance x WHERE x.assembly_id = p.assembly_id AND x.person_id = p.grantor_id)
         OR NOT EXISTS (SELECT 1 FROM assembly_attendance x WHERE x.assembly_id = p.assembly_id AND x.person_id = p.holder_id)
         OR EXISTS (SELECT 1 FROM proxy q WHERE q.assembly_id = p.assembly_id AND q.grantor_id = p.holder_id)
         OR p.granted_at >= a.proxies_frozen_at OR p.granted_at::date <= a.record_date)`,
    );
    expect(broken).toEqual([]);
    // Check-in happened while the session was open.
    const outside = await t.sql(
      `SELECT 1 FROM assembly_attendance x JOIN assembly a ON a.id = x.assembly_id WHERE x.checked_in_at < a.opened_at OR x.checked_in_at > a.closed_at`,
    );
    expect(outside).toEqual([]);
  });

  it('freezes every historic result with the API’s tally: counting the ballots again gives the same result', async () => {
    const polls = await t.sql<PollEntity & { closed: Date; stored: FrozenPollResult }>(
      `SELECT id, assembly_id AS "assemblyId", agenda_item_id AS "agendaItemId", method, secret, closed_at AS closed, result AS stored
       FROM poll WHERE status = 'PUBLISHED' ORDER BY id`,
    );
    expect(polls.length).toBeGreaterThanOrEqual(30);
    const db = t.app.get(DataSource);
    for (const poll of polls) {
      const again = await db.transaction((m) => tallyPoll(m, poll, poll.closed));
      expect(again).toEqual(poll.stored);
      expect(poll.stored.quorum.reached).toBe(true);
      expect(poll.stored.ballots).toBeGreaterThan(poll.stored.quorum.required);
    }
    // Secret polls keep who voted apart from what was voted; named ones the other way round.
    const [split] = await t.sql<{ mixed: number; mismatched: number; receipts: string[] }>(
      `SELECT (SELECT count(*)::int FROM poll p WHERE p.secret AND EXISTS (SELECT 1 FROM ballot b WHERE b.poll_id = p.id)) +
              (SELECT count(*)::int FROM poll p WHERE NOT p.secret AND EXISTS (SELECT 1 FROM secret_ballot b WHERE b.poll_id = p.id)) AS mixed,
              (SELECT count(*)::int FROM poll p WHERE p.secret AND
                 (SELECT count(*) FROM poll_participation x WHERE x.poll_id = p.id) <> (SELECT count(*) FROM secret_ballot x WHERE x.poll_id = p.id)) AS mismatched,
              (SELECT array_agg(receipt) FROM (SELECT receipt FROM ballot UNION ALL SELECT receipt FROM secret_ballot) r) AS receipts`,
    );
    expect(split.mixed).toBe(0);
    expect(split.mismatched).toBe(0);
    expect(split.receipts.every((r) => RECEIPT_PATTERN.test(r))).toBe(true);
    // Every ballot was cast by someone checked in, for themselves or for a member whose proxy they held.
    const [{ wrong }] = await t.sql<{ wrong: number }>(
      `SELECT count(*)::int AS wrong FROM (SELECT p.assembly_id, b.voter_id, b.cast_by FROM ballot b JOIN poll p ON p.id = b.poll_id
                                           UNION ALL SELECT p.assembly_id, b.voter_id, b.cast_by FROM poll_participation b JOIN poll p ON p.id = b.poll_id) b
       WHERE NOT EXISTS (SELECT 1 FROM assembly_attendance x WHERE x.assembly_id = b.assembly_id AND x.person_id = b.cast_by)
          OR (b.voter_id <> b.cast_by AND NOT EXISTS (SELECT 1 FROM proxy x WHERE x.assembly_id = b.assembly_id AND x.grantor_id = b.voter_id AND x.holder_id = b.cast_by))`,
    );
    expect(wrong).toBe(0);
    // Opened, closed and published in that order, during the assembly; named ballots cast while open.
    const [{ badTimes }] = await t.sql<{ badTimes: number }>(
      `SELECT count(*)::int AS "badTimes" FROM poll p JOIN assembly a ON a.id = p.assembly_id
       WHERE p.status = 'PUBLISHED' AND NOT (a.opened_at < p.opened_at AND p.opened_at < p.closed_at AND p.closed_at < p.published_at AND p.published_at < a.closed_at
         AND p.opened_at >= a.proxies_frozen_at
         AND NOT EXISTS (SELECT 1 FROM ballot b WHERE b.poll_id = p.id AND (b.cast_at <= p.opened_at OR b.cast_at >= p.closed_at)))`,
    );
    expect(badTimes).toBe(0);
  });

  it('adopts each proposal of editions 1–2 by a passing published motion, and enters it in the plan once, on the day of the vote', async () => {
    const rows = await t.sql<{ edition: number; passed: boolean; yes: string; published: string; entered: string; actions: number; assembly: string }>(
      `SELECT e.number AS edition, (p.result->>'passed')::boolean AS passed, p.result->>'yesPercent' AS yes, ${brussels('p.published_at')} AS published,
              ${brussels('x.entered_at')} AS entered, (SELECT count(*)::int FROM action y WHERE y.action_proposal_id = ap.id) AS actions,
              to_char(a.starts_at, 'YYYY') AS assembly
       FROM action_proposal ap JOIN recommendation r ON r.id = ap.recommendation_id JOIN edition e ON e.id = r.edition_id
       JOIN agenda_item i ON i.action_proposal_id = ap.id JOIN poll p ON p.agenda_item_id = i.id AND p.status = 'PUBLISHED' JOIN assembly a ON a.id = i.assembly_id
       JOIN action x ON x.action_proposal_id = ap.id
       WHERE ap.cooperative_id = $1 AND ap.status = 'ADOPTED' ORDER BY e.number`,
      [be],
    );
    const [{ adopted }] = await t.sql<{ adopted: number }>(`SELECT count(*)::int AS adopted FROM action_proposal WHERE cooperative_id = $1 AND status = 'ADOPTED'`, [be]);
    expect(rows).toHaveLength(adopted);
    expect(adopted).toBe(19);
    for (const r of rows) {
      expect(r.passed).toBe(true);
      expect(r.actions).toBe(1);
      expect(r.entered).toBe(r.published);
      expect(Number(r.yes)).toBeGreaterThanOrEqual(80);
    }
    expect(rows.filter((r) => r.edition === 2).every((r) => r.assembly === '2017')).toBe(true);
    // No "to be placed" box is left empty once the plan placed every action.
    expect(await t.sql(`SELECT 1 FROM action_programme g WHERE NOT EXISTS (SELECT 1 FROM action_project p JOIN action a ON a.project_id = p.id WHERE p.programme_id = g.id)`)).toEqual([]);
  });

  it('elects the ethics committee in 2018 and board members in 2019, and keeps the solidarity rate by a close two-thirds secret vote with the committee’s opinion', async () => {
    const member = await login('lid@smart.demo');
    const res = await gql(member, LIST, { c: be }, { 'Accept-Language': 'en' });
    expect(res.errors).toBeUndefined();
    const list = res.data?.assemblies as {
      status: string; startsAt: string; title: { text: string }; attendance: { presentMembers: number; quorum: { reached: boolean } };
      agenda: { kind: string; secret: boolean; seats: number | null; title: { text: string }; poll: { status: string; results: { passed: boolean; outcome: string; yesPercent: string | null; election: { elected: string[] } | null } | null } | null }[];
      me: { entitled: boolean; checkedIn: boolean; proxyGiven: { holder: { displayName: string } } | null };
    }[];
    // Newest first: the upcoming one, then 2019 back to 2016.
    expect(list.map((a) => [a.status, a.startsAt.slice(0, 4)])).toEqual([
      ['CONVENED', expect.any(String)],
      ['CLOSED', '2019'],
      ['CLOSED', '2018'],
      ['CLOSED', '2017'],
      ['CLOSED', '2016'],
    ]);
    const [, y2019, y2018] = list;
    expect(y2019.me).toEqual({ entitled: true, checkedIn: true, proxyGiven: null });
    expect(y2019.attendance.quorum.reached).toBe(true);
    const ethics = y2018.agenda.find((i) => i.kind === 'ELECTION');
    expect(ethics).toMatchObject({ seats: 15, secret: true, poll: { status: 'PUBLISHED', results: { passed: true, outcome: 'ELECTED' } } });
    const committee = await t.sql<{ id: string }>(
      `SELECT c.id FROM candidate c JOIN agenda_item i ON i.id = c.agenda_item_id JOIN assembly a ON a.id = i.assembly_id
       WHERE i.kind = 'ELECTION' AND i.seats = 15 AND a.cooperative_id = $1
         AND EXISTS (SELECT 1 FROM office o WHERE o.person_id = c.person_id AND o.cooperative_id = $1 AND o.kind = 'ETHICS_COMMITTEE')`,
      [be],
    );
    expect(committee).toHaveLength(15);
    expect(new Set(ethics?.poll?.results?.election?.elected)).toEqual(new Set(committee.map((c) => c.id)));
    const [{ candidates }] = await t.sql<{ candidates: number }>(`SELECT count(*)::int AS candidates FROM candidate c JOIN agenda_item i ON i.id = c.agenda_item_id WHERE i.seats = 15`);
    expect(candidates).toBe(18);
    expect(y2019.agenda.find((i) => i.kind === 'ELECTION')).toMatchObject({ seats: 4, poll: { results: { outcome: 'ELECTED' } } });
    const rate = y2019.agenda.find((i) => i.title.text === 'Keep the solidarity contribution at 6.5 %');
    expect(rate).toMatchObject({ secret: true, poll: { status: 'PUBLISHED', results: { passed: true } } });
    expect(Number(rate?.poll?.results?.yesPercent)).toBeGreaterThan(66.67);
    expect(Number(rate?.poll?.results?.yesPercent)).toBeLessThan(75);
    const opinion = await t.sql<{ stance: string; published: string }>(
      `SELECT o.stance, to_char(o.published_at, 'YYYY-MM-DD') AS published FROM ethics_opinion o JOIN agenda_item i ON i.id = o.agenda_item_id
       WHERE i.majority_rule = 'TWO_THIRDS'`,
    );
    expect(opinion).toEqual([{ stance: 'FAVOURABLE', published: '2019-06-05' }]);
    // Information items have no poll; the others passed, most by a wide margin.
    const motions = list.slice(1).flatMap((a) => a.agenda.filter((i) => i.kind === 'MOTION'));
    expect(motions.every((i) => i.poll?.results?.passed)).toBe(true);
    expect(motions.filter((i) => Number(i.poll?.results?.yesPercent) >= 80).length).toBeGreaterThan(motions.length - 2);
    expect(list.flatMap((a) => a.agenda.filter((i) => i.kind === 'INFORMATION')).every((i) => i.poll === null)).toBe(true);
    // Smart France: one closed assembly.
    const frList = await gql(await login('secretariat@smart-fr.demo'), LIST, { c: fr });
    expect(frList.data?.assemblies.map((a: { status: string }) => a.status)).toEqual(['CLOSED']);
  });

  it('loads the same demo into another database: same assemblies, voters, ballots, receipts and results', async () => {
    const other = await startTestApp({ demo: true });
    try {
      const mine = (await snapshot(t)) as { items: unknown[] };
      expect(await snapshot(other)).toEqual(mine);
      expect(mine.items.length).toBeGreaterThan(40);
    } finally {
      await other.close();
    }
  });

  it('convenes the next assembly two weeks ahead, every demo login entitled; a member gives a proxy, and once the chair opens the session the holder checks in and votes twice', async () => {
    const [next] = await t.sql<{ id: string; starts: string; record_date: string; today: string; in14: string; place: string; online_url: string; attendance: number; frozen: string | null }>(
      `SELECT a.id, ${brussels('a.starts_at')} AS starts, to_char(a.record_date, 'YYYY-MM-DD') AS record_date, to_char(current_date, 'YYYY-MM-DD') AS today,
              to_char((now() AT TIME ZONE 'Europe/Brussels')::date + 14, 'YYYY-MM-DD') AS in14, a.place, a.online_url, a.proxies_frozen_at AS frozen,
              (SELECT count(*)::int FROM assembly_attendance x WHERE x.assembly_id = a.id) AS attendance
       FROM assembly a WHERE a.cooperative_id = $1 AND a.status = 'CONVENED'`,
      [be],
    );
    expect(next).toMatchObject({ starts: `${next.in14} 10:00`, record_date: next.today, place: 'Brussels, Smart, Rue Coenraets 72', attendance: 0, frozen: null });
    expect(next.online_url).toMatch(/^https:\/\//);
    const entitled = await t.sql<{ email: string }>(
      `SELECT p.email FROM assembly_voter v JOIN person p ON p.id = v.person_id WHERE v.assembly_id = $1 AND p.email LIKE '%@smart.demo'`,
      [next.id],
    );
    expect(entitled.map((e) => e.email).sort()).toEqual(DEMO_ACCOUNTS.filter((a) => a.cooperative === 'smart-be').map((a) => a.email).sort());
    const agenda = await t.sql<{ kind: string; secret: boolean; seats: number | null; status: string | null; proposal: string | null; candidates: number }>(
      `SELECT i.kind, i.secret, i.seats, p.status, ap.status AS proposal, (SELECT count(*)::int FROM candidate c WHERE c.agenda_item_id = i.id) AS candidates
       FROM agenda_item i LEFT JOIN poll p ON p.agenda_item_id = i.id LEFT JOIN action_proposal ap ON ap.id = i.action_proposal_id
       WHERE i.assembly_id = $1 ORDER BY i.position`,
      [next.id],
    );
    expect(agenda).toEqual([
      { kind: 'INFORMATION', secret: false, seats: null, status: null, proposal: null, candidates: 0 },
      { kind: 'MOTION', secret: false, seats: null, status: 'DRAFT', proposal: 'ON_AGENDA', candidates: 0 },
      { kind: 'MOTION', secret: true, seats: null, status: 'DRAFT', proposal: 'ON_AGENDA', candidates: 0 },
      { kind: 'ELECTION', secret: true, seats: 3, status: 'DRAFT', proposal: null, candidates: 5 },
    ]);
    const [{ onAgenda }] = await t.sql<{ onAgenda: number }>(
      `SELECT count(*)::int AS "onAgenda" FROM action_proposal ap WHERE ap.cooperative_id = $1 AND ap.status = 'ON_AGENDA'
         AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.action_proposal_id = ap.id AND i.assembly_id = $2)`,
      [be, next.id],
    );
    expect(onAgenda).toBe(0);

    // Through the API: Lotte gives her proxy to Julien; the chair opens the session; Julien checks in and votes for both.
    const lotte = await login('lid@smart.demo');
    const julien = await login('membre@smart.demo');
    const [{ id: julienId }] = await t.sql<{ id: string }>(`SELECT id FROM person WHERE email = 'membre@smart.demo'`);
    const [{ id: lotteId }] = await t.sql<{ id: string }>(`SELECT id FROM person WHERE email = 'lid@smart.demo'`);
    const granted = await gql(lotte, GRANT, { input: { assemblyId: next.id, holderId: julienId } });
    expect(granted.errors).toBeUndefined();
    expect(granted.data?.grantProxy).toMatchObject({ grantor: { displayName: 'Lotte Janssens' }, holder: { displayName: 'Julien Lambert' } });
    const early = await gql(julien, CHECK_IN, { input: { assemblyId: next.id, mode: 'ONLINE' } });
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    const chair = await login('voorzitter@smart.demo');
    expect((await gql(chair, OPEN, { id: next.id })).data?.openAssembly.status).toBe('IN_SESSION');
    const checkedIn = await gql(julien, CHECK_IN, { input: { assemblyId: next.id, mode: 'ONLINE' } });
    expect(checkedIn.data?.checkIn.me).toEqual({ checkedIn: true, checkInMode: 'ONLINE', proxiesHeld: [{ grantor: { displayName: 'Lotte Janssens' } }] });
    const [{ id: pollId }] = await t.sql<{ id: string }>(
      `SELECT p.id FROM poll p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE i.assembly_id = $1 AND i.position = 2`,
      [next.id],
    );
    expect((await gql(chair, OPEN_POLL, { id: pollId })).data?.openPoll.status).toBe('OPEN');
    const own = await gql(julien, CAST, { input: { pollId, choice: 'YES' } });
    expect(own.errors).toBeUndefined();
    expect(own.data?.castBallot.receipt).toMatch(RECEIPT_PATTERN);
    const forLotte = await gql(julien, CAST, { input: { pollId, choice: 'ABSTAIN', onBehalfOf: lotteId } });
    expect(forLotte.data?.castBallot).toMatchObject({ choice: 'ABSTAIN', onBehalfOf: lotteId });
  });
});
