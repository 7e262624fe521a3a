import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationsService } from '../src/modules/notifications/notifications.service.js';
import { seedActionProposal, seedAssembly } from './support/assembly-fixtures.js';
import { seedEdition, seedGroup, seedRecommendation } from './support/cycle-fixtures.js';
import { seedCooperative, seedPerson } from './support/fixtures.js';
import { clients, type Client } from './support/polls-fixtures.js';
import { startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const OPEN = `mutation($id: ID!) { openPoll(pollId: $id) { id status } }`;
const CLOSE = `mutation($id: ID!) { closePoll(pollId: $id) { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishPoll(pollId: $id) { id status } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`;
const FOLLOW = `mutation($input: FollowSubjectInput!) { follow(input: $input) { following } }`;
const PROPOSAL_ACTION = `query($id: ID!) { recommendation(id: $id) { proposals { id status action { id status } } } }`;

const code = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.code;

/** What the assembly's vote sets going: the action plan, the notifications. */
describe('after the vote: the action plan and the followers', () => {
  let t: TestApp;
  let coop: string;
  let chair: Client;
  let chairId: string;
  let secretariatId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coop = (await seedCooperative(t)).id;
    chairId = (
      await seedPerson(t, {
        email: 'chair@example.org',
        cooperativeId: coop,
        offices: ['BOARD_CHAIR'],
        password: false,
      })
    ).id;
    secretariatId = (
      await seedPerson(t, { email: 'sec@example.org', cooperativeId: coop, offices: ['SECRETARIAT'], password: false })
    ).id;
    [chair] = await clients(t, [chairId]);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** An assembly in session with one motion from a fresh action proposal, and `n` voters checked in. */
  async function motion(n: number) {
    const recommendationId = await seedRecommendation(
      t,
      await seedGroup(t, await seedEdition(t, coop, Math.floor(Math.random() * 1e6) + 2)),
    );
    const proposalId = await seedActionProposal(t, recommendationId, { status: 'ON_AGENDA' });
    const a = await seedAssembly(t, {
      cooperativeId: coop,
      status: 'IN_SESSION',
      voters: n,
      checkedIn: n,
      quorumPercent: 10,
      passwords: false,
      items: [{ actionProposalId: proposalId }],
    });
    const voters = await clients(
      t,
      a.voters.map((v) => v.id),
    );
    return { recommendationId, proposalId, pollId: a.items[0].pollId as string, assemblyId: a.id, voters };
  }

  it('an adopted motion puts its proposal into the action plan exactly once, even when publish is retried at the same time', async () => {
    const m = await motion(5);
    expect((await chair(OPEN, { id: m.pollId })).errors).toBeUndefined();
    for (const [i, v] of m.voters.entries()) {
      expect((await v(CAST, { input: { pollId: m.pollId, choice: i < 4 ? 'YES' : 'NO' } })).errors).toBeUndefined();
    }
    expect((await chair(CLOSE, { id: m.pollId })).errors).toBeUndefined();

    const attempts = await Promise.all(Array.from({ length: 6 }, () => chair(PUBLISH, { id: m.pollId })));
    expect(attempts.filter((r) => r.data?.publishPoll?.status === 'PUBLISHED')).toHaveLength(1);
    expect(attempts.filter((r) => code(r) === 'CONFLICT')).toHaveLength(5);

    const actions = await t.sql('SELECT id, status FROM action WHERE action_proposal_id = $1', [m.proposalId]);
    expect(actions).toHaveLength(1);
    const page = await m.voters[0](PROPOSAL_ACTION, { id: m.recommendationId });
    expect(page.data?.recommendation.proposals).toEqual([
      { id: m.proposalId, status: 'ADOPTED', action: { id: actions[0].id, status: 'PLANNED' } },
    ]);
  });

  it('a rejected motion leaves the action plan alone', async () => {
    const m = await motion(3);
    await chair(OPEN, { id: m.pollId });
    for (const v of m.voters) await v(CAST, { input: { pollId: m.pollId, choice: 'NO' } });
    await chair(CLOSE, { id: m.pollId });
    expect((await chair(PUBLISH, { id: m.pollId })).errors).toBeUndefined();
    const [proposal] = await t.sql('SELECT status FROM action_proposal WHERE id = $1', [m.proposalId]);
    expect(proposal.status).toBe('REJECTED');
    expect(await t.sql('SELECT 1 FROM action WHERE action_proposal_id = $1', [m.proposalId])).toEqual([]);
  });

  it("the assembly's followers hear that a poll opened, closed and was published, once each; the chair who did it does not", async () => {
    const m = await motion(2);
    const follower = m.voters[1];
    expect(
      (await follower(FOLLOW, { input: { subjectType: 'ASSEMBLY', subjectId: m.assemblyId } })).errors,
    ).toBeUndefined();
    await chair(OPEN, { id: m.pollId });
    await m.voters[0](CAST, { input: { pollId: m.pollId, choice: 'YES' } });
    await chair(CLOSE, { id: m.pollId });
    await chair(PUBLISH, { id: m.pollId });
    // The hourly reminder looks at the same events afterwards: it must not repeat them.
    await t.app.get(NotificationsService).runReminders(new Date());

    const rows = await t.sql(
      `SELECT n.person_id AS "personId", n.kind FROM notification n WHERE n.subject_id = $1 ORDER BY n.created_at, n.kind`,
      [m.assemblyId],
    );
    const followerId = (
      await t.sql('SELECT person_id FROM assembly_voter WHERE assembly_id = $1 ORDER BY person_id', [m.assemblyId])
    ).map((r) => r.person_id as string);
    const forFollower = rows.filter((r) => followerId.includes(r.personId as string)).map((r) => r.kind as string);
    expect(forFollower.sort()).toEqual(['poll.closed', 'poll.opened', 'poll.published']);
    expect(rows.filter((r) => r.personId === chairId)).toEqual([]);
  });

  it('an overdue action reminds its owner and the secretariat once', async () => {
    const m = await motion(1);
    await chair(OPEN, { id: m.pollId });
    await m.voters[0](CAST, { input: { pollId: m.pollId, choice: 'YES' } });
    await chair(CLOSE, { id: m.pollId });
    await chair(PUBLISH, { id: m.pollId });
    const [action] = await t.sql('SELECT id FROM action WHERE action_proposal_id = $1', [m.proposalId]);
    await t.sql(
      `INSERT INTO action_milestone (action_id, title, due_on) VALUES ($1, '{"original":"en","texts":{"en":{"text":"Survey","origin":"HUMAN"}}}', '2020-01-31')`,
      [action.id],
    );

    const notifications = t.app.get(NotificationsService);
    const first = await notifications.runReminders(new Date('2026-11-23T10:00:00Z'));
    const again = await notifications.runReminders(new Date('2026-11-23T11:00:00Z'));
    expect(first.actions).toBeGreaterThanOrEqual(1);
    expect(again.actions).toBe(0);
    const rows = await t.sql(
      `SELECT person_id AS "personId" FROM notification WHERE kind = 'action.overdue' AND subject_id = $1`,
      [action.id],
    );
    expect(rows).toEqual([{ personId: secretariatId }]);
  });

  it('an election for the ethics committee seats the elected for two years when the result is published', async () => {
    const a = await seedAssembly(t, {
      cooperativeId: coop,
      status: 'IN_SESSION',
      voters: 4,
      checkedIn: 4,
      quorumPercent: 10,
      passwords: false,
      items: [{ kind: 'ELECTION', seats: 2, secret: true, candidates: ['Ann', 'Bert', 'Carla'] }],
    });
    const [item] = a.items;
    // The three candidates are three of the voters.
    await t.sql(`UPDATE agenda_item SET fills_seats_of = 'ETHICS_COMMITTEE' WHERE id = $1`, [item.id]);
    for (const [i, id] of item.candidateIds.entries())
      await t.sql('UPDATE candidate SET person_id = $2 WHERE id = $1', [id, a.voters[i].id]);
    const voters = await clients(
      t,
      a.voters.map((v) => v.id),
    );
    const pollId = item.pollId as string;
    await chair(OPEN, { id: pollId });
    const [ann, bert, carla] = item.candidateIds;
    for (const [i, v] of voters.entries())
      expect((await v(CAST, { input: { pollId, approvals: i < 3 ? [ann, bert] : [carla] } })).errors).toBeUndefined();
    await chair(CLOSE, { id: pollId });
    expect(await t.sql(`SELECT 1 FROM office WHERE kind = 'ETHICS_COMMITTEE' AND cooperative_id = $1`, [coop])).toEqual(
      [],
    );
    expect((await chair(PUBLISH, { id: pollId })).errors).toBeUndefined();

    const seated = await t.sql(
      `SELECT person_id AS "personId", (ends_on - starts_on) AS days FROM office
        WHERE kind = 'ETHICS_COMMITTEE' AND cooperative_id = $1 ORDER BY person_id`,
      [coop],
    );
    expect(seated.map((o) => o.personId).sort()).toEqual([a.voters[0].id, a.voters[1].id].sort());
    // Two years, ending the day before the anniversary.
    for (const o of seated) expect([729, 730]).toContain(o.days);
  });

  it('refuses candidates for seats on a body who are not chosen among the members', async () => {
    const a = await seedAssembly(t, {
      cooperativeId: coop,
      status: 'CONVENED',
      voters: 1,
      passwords: false,
      items: [{}],
    });
    const [secretariat] = await clients(t, [secretariatId]);
    const res = await secretariat(
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id fillsSeatsOf } }`,
      {
        input: {
          assemblyId: a.id,
          kind: 'ELECTION',
          title: 'Ethics committee',
          language: 'en',
          seats: 1,
          fillsSeatsOf: 'ETHICS_COMMITTEE',
          candidates: [{ name: 'Someone from outside' }],
        },
      },
    );
    expect(code(res)).toBe('VALIDATION');
    expect(res.errors?.[0].message).toMatch(/must be members/);
    const ok = await secretariat(
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id fillsSeatsOf } }`,
      {
        input: {
          assemblyId: a.id,
          kind: 'ELECTION',
          title: 'Ethics committee',
          language: 'en',
          seats: 1,
          fillsSeatsOf: 'ETHICS_COMMITTEE',
          candidates: [{ name: a.voters[0].email, personId: a.voters[0].id }],
        },
      },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.addAgendaItem.fillsSeatsOf).toBe('ETHICS_COMMITTEE');
  });

  it('an election with a majority per seat leaves a seat vacant when nobody is approved by more than half', async () => {
    const a = await seedAssembly(t, {
      cooperativeId: coop,
      status: 'IN_SESSION',
      voters: 5,
      checkedIn: 5,
      quorumPercent: 10,
      passwords: false,
      items: [
        { kind: 'ELECTION', seats: 2, electionMethod: 'MAJORITY_PER_SEAT', candidates: ['Ann', 'Bert', 'Carla'] },
      ],
    });
    const [item] = a.items;
    const pollId = item.pollId as string;
    const [ann, bert, carla] = item.candidateIds;
    const voters = await clients(
      t,
      a.voters.map((v) => v.id),
    );
    await chair(OPEN, { id: pollId });
    // ann 4 of 5, bert 2 of 5 (not more than half), carla 1; one blank ballot counts in the five.
    const approvals = [[ann, bert], [ann, bert], [ann], [ann, carla], []];
    for (const [i, v] of voters.entries())
      expect((await v(CAST, { input: { pollId, approvals: approvals[i] } })).errors).toBeUndefined();
    const closed = await chair(
      `mutation($id: ID!) { closePoll(pollId: $id) { results { outcome ruleApplied election { elected vacantSeats } } } }`,
      { id: pollId },
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closePoll.results.election).toEqual({ elected: [ann], vacantSeats: 1 });
    expect(closed.data?.closePoll.results.ruleApplied).toMatch(/more than half of the ballots \(more than 2 of 5\)/);
  });
});
