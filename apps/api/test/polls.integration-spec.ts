import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkQuorum, tallyMotion, type BallotChoice, type StakeholderCategory } from '@letscoop/domain';
import fc from 'fast-check';
import { seedActionProposal, seedAssembly, type SeededAssembly, type SeedAssemblyOptions } from './support/assembly-fixtures.js';
import { seedEdition, seedGroup, seedRecommendation } from './support/cycle-fixtures.js';
import { seedCooperative, seedPerson } from './support/fixtures.js';
import { clients, type Client } from './support/polls-fixtures.js';
import { startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const OPEN = `mutation($id: ID!) { openPoll(pollId: $id) { id status openedAt } }`;
const CLOSE = `mutation($id: ID!) { closePoll(pollId: $id) { id status closedAt results { outcome passed ballots yes no abstain } } }`;
const PUBLISH = `mutation($id: ID!) { publishPoll(pollId: $id) { id status publishedAt } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { pollId receipt onBehalfOf choice approvals secret } }`;
const RESULT_FIELDS = `results {
  outcome passed ruleApplied majorityRule abstentionsCount weightMode ballots yes no abstain cast counted entitled yesNeeded yesPercent
  quorum { reached required actual entitled shortBy basis percent }
  colleges { college collegeWeight yes no abstain counted yesPercent included }
  election { seats elected tieCandidateIds vacantSeats ranking { candidate { id name } approvals rank elected } }
  frozenAt }`;
const POLL = `query($id: ID!) { poll(id: $id) {
  id assemblyId status method secret weightMode openedAt closedAt publishedAt
  agendaItem { id kind title { text } }
  participation { pollId status ballotsCast eligible }
  myVotingRights { voter { id displayName } onBehalf alreadyVoted }
  ${RESULT_FIELDS}
  receipts { receipt choice approvals }
  namedBallots { voter { id } castBy { id } choice approvals weight }
} }`;
const RESULTS = `query($id: ID!) { poll(id: $id) { status ${RESULT_FIELDS} } }`;
const ASSEMBLY = `query($id: ID!) { assembly(id: $id) { id proxiesOpen currentPoll { id status } agenda { id poll { id status } } } }`;

const code = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.code;

describe('polls and ballots', () => {
  let t: TestApp;
  let coop: string;
  let chair: Client;
  let chairId: string;
  let outsider: Client;

  /** An assembly in session with signed-in voters (voters[i] is client i). */
  async function assembly(o: Omit<SeedAssemblyOptions, 'cooperativeId'>): Promise<SeededAssembly & { as: Client[] }> {
    const a = await seedAssembly(t, { status: 'IN_SESSION', passwords: false, ...o, cooperativeId: coop });
    return { ...a, as: await clients(t, a.voters.map((v) => v.id)) };
  }

  const cast = (as: Client, pollId: string, ballot: { choice?: BallotChoice; approvals?: string[]; onBehalfOf?: string }) =>
    as<{ castBallot: { receipt: string } }>(CAST, { input: { pollId, ...ballot } });

  beforeAll(async () => {
    t = await startTestApp();
    coop = (await seedCooperative(t)).id;
    chairId = (await seedPerson(t, { email: 'chair@example.org', cooperativeId: coop, offices: ['BOARD_CHAIR'], password: false })).id;
    const other = (await seedCooperative(t, 'other-coop', 'Other Coop')).id;
    const outsiderId = (await seedPerson(t, { email: 'outsider@example.org', cooperativeId: other, password: false })).id;
    [chair, outsider] = await clients(t, [chairId, outsiderId]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('runs a named motion from open to published: proxies freeze, ballots for self and by proxy, results shown when allowed, the proposal adopted', async () => {
    const editionId = await seedEdition(t, coop, 1);
    const recommendationId = await seedRecommendation(t, await seedGroup(t, editionId));
    const proposalId = await seedActionProposal(t, recommendationId);
    // voter 5 is absent and gave their proxy to voter 0; 0–3 are checked in; 4 is absent.
    const a = await assembly({ voters: 6, checkedIn: 4, proxies: [[5, 0]], items: [{ actionProposalId: proposalId }, {}] });
    const [pollId, otherPollId] = a.items.map((i) => i.pollId as string);
    const [v0, v1, v2, v3] = a.as;

    expect(code(await v0(OPEN, { id: pollId }))).toBe('FORBIDDEN');
    expect(code(await cast(v0, pollId, { choice: 'YES' }))).toBe('POLL_NOT_OPEN');
    const opened = await chair(OPEN, { id: pollId });
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openPoll).toMatchObject({ id: pollId, status: 'OPEN' });
    expect(code(await chair(OPEN, { id: pollId }))).toBe('CONFLICT');
    const second = await chair(OPEN, { id: otherPollId });
    expect(code(second)).toBe('CONFLICT');
    expect(second.errors?.[0].message).toMatch(/close the open poll first/);

    const assemblyNow = await v1(ASSEMBLY, { id: a.id });
    expect(assemblyNow.data?.assembly).toMatchObject({ proxiesOpen: false, currentPoll: { id: pollId, status: 'OPEN' } });
    expect(assemblyNow.data?.assembly.agenda.map((i: { poll: { id: string } }) => i.poll.id)).toEqual([pollId, otherPollId]);

    const before = await v0(POLL, { id: pollId });
    expect(before.errors).toBeUndefined();
    expect(before.data?.poll).toMatchObject({
      status: 'OPEN',
      method: 'MOTION',
      secret: false,
      weightMode: 'ONE_MEMBER_ONE_VOTE',
      participation: { ballotsCast: 0, eligible: 5 },
      results: null,
      receipts: [],
      namedBallots: [],
    });
    expect(before.data?.poll.myVotingRights).toEqual([
      { voter: expect.objectContaining({ id: a.voters[0].id }), onBehalf: false, alreadyVoted: false },
      { voter: expect.objectContaining({ id: a.voters[5].id }), onBehalf: true, alreadyVoted: false },
    ]);

    const mine = await cast(v0, pollId, { choice: 'YES' });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.castBallot).toMatchObject({ pollId, onBehalfOf: null, choice: 'YES', approvals: null, secret: false });
    expect(mine.data?.castBallot.receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const proxied = await cast(v0, pollId, { choice: 'NO', onBehalfOf: a.voters[5].id });
    expect(proxied.data?.castBallot).toMatchObject({ onBehalfOf: a.voters[5].id, choice: 'NO' });
    const again = await cast(v0, pollId, { choice: 'NO' });
    expect(code(again)).toBe('ALREADY_VOTED');
    expect(again.errors?.[0].message).toBe('You have already voted in this poll (for yourself); a cast ballot cannot be changed.');
    const againForProxy = await cast(v0, pollId, { choice: 'YES', onBehalfOf: a.voters[5].id });
    expect(code(againForProxy)).toBe('ALREADY_VOTED');
    expect(againForProxy.errors?.[0].message).toContain(`(for Voter 5 `);
    await cast(v1, pollId, { choice: 'YES' });
    await cast(v2, pollId, { choice: 'ABSTAIN' });

    const during = await v0(POLL, { id: pollId });
    expect(during.data?.poll.participation).toEqual({ pollId, status: 'OPEN', ballotsCast: 4, eligible: 5 });
    expect(during.data?.poll.myVotingRights.map((r: { alreadyVoted: boolean }) => r.alreadyVoted)).toEqual([true, true]);
    expect((await chair(RESULTS, { id: pollId })).data?.poll.results).toBeNull();

    expect(code(await v0(CLOSE, { id: pollId }))).toBe('FORBIDDEN');
    const closed = await chair(CLOSE, { id: pollId });
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closePoll).toMatchObject({
      status: 'CLOSED',
      results: { outcome: 'MAJORITY_REACHED', passed: true, ballots: 4, yes: 2, no: 1, abstain: 1 },
    });
    expect(code(await cast(v3, pollId, { choice: 'YES' }))).toBe('POLL_NOT_OPEN');
    expect(code(await chair(CLOSE, { id: pollId }))).toBe('CONFLICT');

    // Closed: the chair sees the result, members not yet.
    expect((await v1(RESULTS, { id: pollId })).data?.poll.results).toBeNull();
    const forChair = (await chair(RESULTS, { id: pollId })).data?.poll.results;
    expect(forChair).toMatchObject({
      outcome: 'MAJORITY_REACHED',
      majorityRule: 'SIMPLE',
      abstentionsCount: false,
      weightMode: 'ONE_MEMBER_ONE_VOTE',
      cast: 4,
      counted: 3,
      entitled: 6,
      yesNeeded: 2,
      yesPercent: '66.67',
      quorum: { reached: true, actual: 5, entitled: 6, basis: 'MEMBERS' },
      colleges: null,
      election: null,
    });
    expect(forChair.ruleApplied).toContain('Simple majority');
    expect(code(await v0(PUBLISH, { id: pollId }))).toBe('FORBIDDEN');
    const [{ status: stillOnAgenda }] = await t.sql<{ status: string }>(`SELECT status FROM action_proposal WHERE id = $1`, [proposalId]);
    expect(stillOnAgenda).toBe('ON_AGENDA');

    expect((await chair(PUBLISH, { id: pollId })).data?.publishPoll).toMatchObject({ status: 'PUBLISHED' });
    expect(code(await chair(PUBLISH, { id: pollId }))).toBe('CONFLICT');
    const [{ status: adopted }] = await t.sql<{ status: string }>(`SELECT status FROM action_proposal WHERE id = $1`, [proposalId]);
    expect(adopted).toBe('ADOPTED');

    const published = (await v3(POLL, { id: pollId })).data?.poll;
    expect(published.results).toEqual(forChair);
    expect(published.myVotingRights).toEqual([]);
    expect(published.receipts).toEqual([]);
    expect(published.namedBallots).toHaveLength(4);
    expect(published.namedBallots).toContainEqual({
      voter: { id: a.voters[5].id },
      castBy: { id: a.voters[0].id },
      choice: 'NO',
      approvals: null,
      weight: 1,
    });
    expect(code(await outsider(POLL, { id: pollId }))).toBe('FORBIDDEN');

    const audit = await t.sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE subject_id = ANY($1::text[]) ORDER BY id`,
      [[pollId, proposalId]],
    );
    expect(audit.map((e) => e.action)).toEqual(['poll.open', 'poll.close', 'actionProposal.adopt', 'poll.publish']);
  });
});
