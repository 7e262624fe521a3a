import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkQuorum, tallyMotion, type BallotChoice, type StakeholderCategory } from '@letscoop/domain';
import fc from 'fast-check';
import { createClient, type Client as WsClient } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { InMemoryLivePubSub } from '../src/modules/assemblies/live-pubsub.js';
import { LIVE_PUBSUB, LIVE_TOPICS } from '../src/modules/assemblies/live-pubsub.js';
import {
  seedActionProposal,
  seedAssembly,
  type SeededAssembly,
  type SeedAssemblyOptions,
} from './support/assembly-fixtures.js';
import { seedEdition, seedGroup, seedRecommendation } from './support/cycle-fixtures.js';
import { seedCooperative, seedPerson } from './support/fixtures.js';
import { clients, sessionCookies, type Client } from './support/polls-fixtures.js';
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
  let queries: string[] | null = null;

  /** An assembly in session with signed-in voters (voters[i] is client i). */
  async function assembly(o: Omit<SeedAssemblyOptions, 'cooperativeId'>): Promise<SeededAssembly & { as: Client[] }> {
    const a = await seedAssembly(t, { status: 'IN_SESSION', passwords: false, ...o, cooperativeId: coop });
    return {
      ...a,
      as: await clients(
        t,
        a.voters.map((v) => v.id),
      ),
    };
  }

  const cast = (
    as: Client,
    pollId: string,
    ballot: { choice?: BallotChoice; approvals?: string[]; onBehalfOf?: string },
  ) => as<{ castBallot: { receipt: string } }>(CAST, { input: { pollId, ...ballot } });

  beforeAll(async () => {
    t = await startTestApp({ onQuery: (sql) => queries?.push(sql) });
    coop = (await seedCooperative(t)).id;
    chairId = (
      await seedPerson(t, {
        email: 'chair@example.org',
        cooperativeId: coop,
        offices: ['BOARD_CHAIR'],
        password: false,
      })
    ).id;
    const other = (await seedCooperative(t, 'other-coop', 'Other Coop')).id;
    const outsiderId = (await seedPerson(t, { email: 'outsider@example.org', cooperativeId: other, password: false }))
      .id;
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
    const a = await assembly({
      voters: 6,
      checkedIn: 4,
      proxies: [[5, 0]],
      items: [{ actionProposalId: proposalId }, {}],
    });
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
    expect(assemblyNow.data?.assembly).toMatchObject({
      proxiesOpen: false,
      currentPoll: { id: pollId, status: 'OPEN' },
    });
    expect(assemblyNow.data?.assembly.agenda.map((i: { poll: { id: string } }) => i.poll.id)).toEqual([
      pollId,
      otherPollId,
    ]);

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
    expect(mine.data?.castBallot).toMatchObject({
      pollId,
      onBehalfOf: null,
      choice: 'YES',
      approvals: null,
      secret: false,
    });
    expect(mine.data?.castBallot.receipt).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    const proxied = await cast(v0, pollId, { choice: 'NO', onBehalfOf: a.voters[5].id });
    expect(proxied.data?.castBallot).toMatchObject({ onBehalfOf: a.voters[5].id, choice: 'NO' });
    const again = await cast(v0, pollId, { choice: 'NO' });
    expect(code(again)).toBe('ALREADY_VOTED');
    expect(again.errors?.[0].message).toBe(
      'You have already voted in this poll (for yourself); a cast ballot cannot be changed.',
    );
    const againForProxy = await cast(v0, pollId, { choice: 'YES', onBehalfOf: a.voters[5].id });
    expect(code(againForProxy)).toBe('ALREADY_VOTED');
    expect(againForProxy.errors?.[0].message).toContain(`(for Voter 5 `);
    await cast(v1, pollId, { choice: 'YES' });
    await cast(v2, pollId, { choice: 'ABSTAIN' });

    const during = await v0(POLL, { id: pollId });
    expect(during.data?.poll.participation).toEqual({ pollId, status: 'OPEN', ballotsCast: 4, eligible: 5 });
    expect(during.data?.poll.myVotingRights.map((r: { alreadyVoted: boolean }) => r.alreadyVoted)).toEqual([
      true,
      true,
    ]);
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
    const [{ status: stillOnAgenda }] = await t.sql<{ status: string }>(
      `SELECT status FROM action_proposal WHERE id = $1`,
      [proposalId],
    );
    expect(stillOnAgenda).toBe('ON_AGENDA');

    expect((await chair(PUBLISH, { id: pollId })).data?.publishPoll).toMatchObject({ status: 'PUBLISHED' });
    expect(code(await chair(PUBLISH, { id: pollId }))).toBe('CONFLICT');
    const [{ status: adopted }] = await t.sql<{ status: string }>(`SELECT status FROM action_proposal WHERE id = $1`, [
      proposalId,
    ]);
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

  it('refuses with typed errors: not on the list, not checked in, draft or closed poll, proxies not held or not in force, wrong input', async () => {
    // voter 2 absent gave a proxy to 0; voter 3 gave one to 0 but checked in anyway; voter 4 absent, no proxy.
    const a = await assembly({
      voters: 6,
      checkedIn: [0, 1, 3],
      proxies: [
        [2, 0],
        [3, 0],
      ],
      proxyCap: 3,
      items: [
        { pollStatus: 'OPEN' },
        { pollStatus: 'DRAFT' },
        { pollStatus: 'CLOSED' },
        { kind: 'ELECTION', seats: 2, candidates: ['Ann', 'Bob', 'Cleo'], pollStatus: 'DRAFT' },
      ],
    });
    const [open, draft, closed, election] = a.items.map((i) => i.pollId as string);
    const [v0, v1, , , v4] = a.as;
    const notOnList = (
      await clients(t, [(await seedPerson(t, { email: 'late@example.org', cooperativeId: coop, password: false })).id])
    )[0];

    const expectCode = async (res: Promise<GqlResult>, expected: string, message?: RegExp) => {
      const r = await res;
      expect(code(r)).toBe(expected);
      if (message) expect(r.errors?.[0].message).toMatch(message);
    };
    await expectCode(cast(notOnList, open, { choice: 'YES' }), 'NOT_ENTITLED', /not on this assembly's voter list/);
    await expectCode(cast(outsider, open, { choice: 'YES' }), 'FORBIDDEN');
    await expectCode(cast(chair, open, { choice: 'YES' }), 'NOT_ENTITLED');
    await expectCode(cast(v4, open, { choice: 'YES' }), 'NOT_CHECKED_IN', /check in/);
    await expectCode(cast(v0, draft, { choice: 'YES' }), 'POLL_NOT_OPEN', /not open yet/);
    await expectCode(cast(v0, closed, { choice: 'YES' }), 'POLL_NOT_OPEN', /closed/);
    await expectCode(
      cast(v1, open, { choice: 'YES', onBehalfOf: a.voters[2].id }),
      'NOT_ENTITLED',
      /no proxy in force from this member/,
    );
    await expectCode(cast(v0, open, { choice: 'YES', onBehalfOf: a.voters[4].id }), 'NOT_ENTITLED', /no proxy/);
    await expectCode(
      cast(v0, open, { choice: 'YES', onBehalfOf: a.voters[3].id }),
      'NOT_ENTITLED',
      /checked in and votes in person/,
    );
    await expectCode(cast(v0, open, { choice: 'YES', onBehalfOf: chairId }), 'NOT_ENTITLED');
    await expectCode(cast(v0, open, {}), 'VALIDATION', /motion takes a choice/);
    await expectCode(cast(v0, open, { choice: 'YES', approvals: [] }), 'VALIDATION');
    await expectCode(cast(v0, '00000000-0000-4000-8000-000000000000', { choice: 'YES' }), 'NOT_FOUND');
    await expectCode(cast(v0, 'not-a-poll', { choice: 'YES' }), 'VALIDATION');
    await expectCode(cast(v0, open, { choice: 'YES', onBehalfOf: 'nobody' }), 'VALIDATION');

    expect((await chair(CLOSE, { id: open })).errors).toBeUndefined();
    expect((await chair(OPEN, { id: election })).errors).toBeUndefined();
    const [ann, bob, cleo] = a.items[3].candidateIds;
    await expectCode(cast(v0, election, { approvals: [ann, bob, cleo] }), 'VALIDATION', /at most 2 candidates/);
    await expectCode(cast(v0, election, { approvals: [ann, ann] }), 'VALIDATION', /at most once/);
    await expectCode(
      cast(v0, election, { approvals: [ann, a.items[0].id] }),
      'VALIDATION',
      /only candidates of this election/,
    );
    await expectCode(cast(v0, election, { choice: 'YES' }), 'VALIDATION', /election takes approvals/);
    // None of the refusals left a ballot behind.
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM ballot WHERE poll_id = ANY($1::uuid[])`,
      [[open, election]],
    );
    expect(n).toBe(0);
    // The holder votes separately for each member represented; a blank election ballot is allowed.
    expect((await cast(v0, election, { approvals: [ann, cleo] })).errors).toBeUndefined();
    expect((await cast(v0, election, { approvals: [], onBehalfOf: a.voters[2].id })).errors).toBeUndefined();
    const ballots = await t.sql<{ voter_id: string; cast_by: string; approvals: string[] }>(
      `SELECT voter_id, cast_by, approvals::text[] AS approvals FROM ballot WHERE poll_id = $1 ORDER BY cast_at`,
      [election],
    );
    expect(ballots).toEqual([
      { voter_id: a.voters[0].id, cast_by: a.voters[0].id, approvals: [ann, cleo] },
      { voter_id: a.voters[2].id, cast_by: a.voters[0].id, approvals: [] },
    ]);
  });

  it('keeps one ballot per voter under 200 concurrent castBallot by the same member', async () => {
    const a = await assembly({ voters: 2, checkedIn: 2, items: [{ pollStatus: 'OPEN' }] });
    const pollId = a.items[0].pollId as string;
    const choices: BallotChoice[] = ['YES', 'NO', 'ABSTAIN'];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => cast(a.as[0], pollId, { choice: choices[i % 3] })),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'ALREADY_VOTED')).toHaveLength(199);
    const rows = await t.sql<{ choice: string; receipt: string }>(
      `SELECT choice, receipt FROM ballot WHERE poll_id = $1`,
      [pollId],
    );
    expect(rows).toEqual([{ choice: expect.any(String), receipt: ok[0].data?.castBallot.receipt }]);
  });

  it('counts every ballot that raced the close or refuses it: none lost in between', async () => {
    const a = await assembly({ voters: 100, checkedIn: 100, items: [{ pollStatus: 'OPEN', secret: true }] });
    const pollId = a.items[0].pollId as string;
    // The ballots leave one a millisecond apart; the close leaves halfway: those before it are
    // counted (the close waits for them), those after it are refused, none is lost in between.
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let closing: Promise<GqlResult> | undefined;
    const ballots = a.as.map(async (as, i) => {
      await sleep(i);
      if (i === 50) closing = chair(CLOSE, { id: pollId });
      return cast(as, pollId, { choice: i % 2 ? 'YES' : 'NO' });
    });
    const results = await Promise.all(ballots);
    const closed = await closing;
    expect(closed?.errors).toBeUndefined();
    const counted = results.filter((r) => !r.errors).length;
    const refused = results.filter((r) => code(r) === 'POLL_NOT_OPEN').length;
    expect(counted + refused).toBe(100);
    expect(counted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    const [{ participation, secret }] = await t.sql<{ participation: number; secret: number }>(
      `SELECT (SELECT count(*)::int FROM poll_participation WHERE poll_id = $1) AS participation,
              (SELECT count(*)::int FROM secret_ballot WHERE poll_id = $1) AS secret`,
      [pollId],
    );
    expect(participation).toBe(counted);
    expect(secret).toBe(counted);
    const results2 = (await chair(RESULTS, { id: pollId })).data?.poll.results;
    expect(results2.ballots).toBe(counted);
    expect(results2.cast).toBe(counted);
  });

  it('keeps secret ballots apart from the voters: receipts after publication, no column leading to a member', async () => {
    const a = await assembly({
      voters: 5,
      checkedIn: 4,
      proxies: [[4, 1]],
      items: [{ secret: true, pollStatus: 'OPEN' }],
    });
    const pollId = a.items[0].pollId as string;
    const mine: { receipt: string; choice: BallotChoice }[] = [];
    const plan: [Client, BallotChoice, string?][] = [
      [a.as[0], 'YES'],
      [a.as[1], 'NO'],
      [a.as[1], 'YES', a.voters[4].id],
      [a.as[2], 'ABSTAIN'],
      [a.as[3], 'YES'],
    ];
    for (const [as, choice, onBehalfOf] of plan) {
      const res = await cast(as, pollId, { choice, onBehalfOf });
      expect(res.data?.castBallot).toMatchObject({ secret: true, choice });
      mine.push({ receipt: res.data?.castBallot.receipt as string, choice });
    }
    expect(code(await cast(a.as[1], pollId, { choice: 'NO', onBehalfOf: a.voters[4].id }))).toBe('ALREADY_VOTED');
    const openView = (await a.as[0](POLL, { id: pollId })).data?.poll;
    expect(openView).toMatchObject({
      participation: { ballotsCast: 5 },
      results: null,
      receipts: [],
      namedBallots: [],
    });
    await chair(CLOSE, { id: pollId });
    expect((await chair(POLL, { id: pollId })).data?.poll).toMatchObject({
      receipts: [],
      results: { yes: 3, no: 1, abstain: 1 },
    });
    await chair(PUBLISH, { id: pollId });

    const published = (await a.as[2](POLL, { id: pollId })).data?.poll;
    expect(published.namedBallots).toEqual([]);
    expect(published.receipts).toHaveLength(5);
    for (const { receipt, choice } of mine)
      expect(published.receipts).toContainEqual({ receipt, choice, approvals: null });
    // Who voted is known (participation), not what: the two tables share nothing but the poll.
    const who = await t.sql<{ voter_id: string; cast_by: string }>(
      `SELECT voter_id, cast_by FROM poll_participation WHERE poll_id = $1`,
      [pollId],
    );
    expect(who).toHaveLength(5);
    expect(who).toContainEqual({ voter_id: a.voters[4].id, cast_by: a.voters[1].id });
    expect(await t.sql(`SELECT 1 FROM ballot WHERE poll_id = $1`, [pollId])).toEqual([]);

    const columns = await t.sql<{ column_name: string; data_type: string; udt_name: string }>(
      `SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 'secret_ballot' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'id',
      'poll_id',
      'choice',
      'approvals',
      'weight',
      'college',
      'receipt',
    ]);
    expect(columns.filter((c) => c.data_type === 'uuid').map((c) => c.column_name)).toEqual(['id', 'poll_id']);
    // approvals is uuid[]: candidate ids of an election (a candidate, not the voter).
    expect(columns.filter((c) => c.udt_name === '_uuid').map((c) => c.column_name)).toEqual(['approvals']);
    expect(columns.filter((c) => /time|date|interval/.test(c.data_type))).toEqual([]);
    const fks = await t.sql<{ target: string }>(
      `SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE conrelid = 'secret_ballot'::regclass AND contype = 'f'`,
    );
    // No foreign key at all: none to a person, and none to poll (see the migration: no per-ballot lock on the poll).
    expect(fks).toEqual([]);
    const participationColumns = await t.sql<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'poll_participation'`,
    );
    expect(participationColumns.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
  });

  it('weighs by shares and by college exactly as libs/domain counts', async () => {
    const shares = [1, 2, 3, 4, 10, 7];
    const categories: StakeholderCategory[] = [
      'WORKER_MEMBER',
      'WORKER_MEMBER',
      'SALARIED_ENTREPRENEUR',
      'CLIENT',
      'CLIENT',
      'WORKER_MEMBER',
    ];
    const collegeWeights = { WORKER_MEMBER: 50, SALARIED_ENTREPRENEUR: 30, CLIENT: 20 };
    const a = await assembly({
      voters: 6,
      checkedIn: 5,
      shares: (i) => shares[i],
      category: (i) => categories[i],
      proxies: [[5, 0]],
      items: [
        {
          weightMode: 'SHARE_WEIGHTED',
          pollStatus: 'DRAFT',
          abstentionsCount: true,
          majorityRule: 'TWO_THIRDS',
          quorumBasis: 'SHARES',
          quorumPercent: 50,
        },
        { weightMode: 'COLLEGES', collegeWeights, pollStatus: 'DRAFT' },
      ],
    });
    const choices: BallotChoice[] = ['YES', 'NO', 'YES', 'ABSTAIN', 'YES'];
    const figures = {
      entitled: { members: 6, shares: 27 },
      presentOrRepresented: { members: 6, shares: 27 },
    };
    for (const [index, item] of a.items.entries()) {
      const pollId = item.pollId as string;
      expect((await chair(OPEN, { id: pollId })).errors).toBeUndefined();
      for (const [i, choice] of choices.entries())
        expect((await cast(a.as[i], pollId, { choice })).errors).toBeUndefined();
      expect((await cast(a.as[0], pollId, { choice: 'NO', onBehalfOf: a.voters[5].id })).errors).toBeUndefined();
      await chair(CLOSE, { id: pollId });
      const results = (await chair(RESULTS, { id: pollId })).data?.poll.results;
      const votes = [...choices, 'NO' as const].map((choice, i) => ({
        choice,
        weight: index === 0 ? shares[i] : 1,
        college: categories[i],
      }));
      const expected = tallyMotion({
        rule: index === 0 ? 'TWO_THIRDS' : 'SIMPLE',
        abstentionsCount: index === 0,
        ballots: votes,
        mode: index === 0 ? 'SHARE_WEIGHTED' : 'COLLEGES',
        collegeWeights: index === 0 ? undefined : collegeWeights,
        quorum: checkQuorum({ basis: index === 0 ? 'SHARES' : 'MEMBERS', percent: index === 0 ? 50 : 5, ...figures }),
        entitledWeight: index === 0 ? 27 : 6,
      });
      expect(results).toMatchObject({
        outcome: expected.reason,
        passed: expected.passed,
        ruleApplied: expected.ruleApplied,
        yes: expected.yes,
        no: expected.no,
        abstain: expected.abstain,
        cast: expected.cast,
        counted: expected.counted,
        entitled: expected.entitled,
        yesNeeded: expected.yesNeeded,
        yesPercent: expected.yesPercent,
        quorum: expected.quorum,
        ballots: 6,
      });
      expect(results.colleges).toEqual(
        expected.colleges?.map(({ cast: _cast, majorityWithin: _within, ...c }) => c) ?? null,
      );
    }
  });

  it('fails a motion whose quorum is just missed, and publishing rejects its proposal', async () => {
    const editionId = await seedEdition(t, coop, 2);
    const proposalId = await seedActionProposal(t, await seedRecommendation(t, await seedGroup(t, editionId)));
    // 50 % of 20 members is 10: nine present and none represented is one short.
    const a = await assembly({
      voters: 20,
      checkedIn: 9,
      items: [{ quorumPercent: 50, actionProposalId: proposalId, pollStatus: 'OPEN' }],
    });
    const pollId = a.items[0].pollId as string;
    for (let i = 0; i < 9; i++) await cast(a.as[i], pollId, { choice: 'YES' });
    await chair(CLOSE, { id: pollId });
    await chair(PUBLISH, { id: pollId });
    const results = (await a.as[15](RESULTS, { id: pollId })).data?.poll.results;
    expect(results).toMatchObject({
      outcome: 'QUORUM_NOT_REACHED',
      passed: false,
      yes: 9,
      quorum: { reached: false, required: 10, actual: 9, entitled: 20, shortBy: 1 },
    });
    expect(results.ruleApplied).toContain('the quorum was not reached');
    const [{ status }] = await t.sql<{ status: string }>(`SELECT status FROM action_proposal WHERE id = $1`, [
      proposalId,
    ]);
    expect(status).toBe('REJECTED');
  });

  it('elects by approval, reports a tie for the last seat and never picks among the tied', async () => {
    const a = await assembly({
      voters: 5,
      checkedIn: 5,
      items: [
        { kind: 'ELECTION', seats: 2, candidates: ['Ann', 'Bob', 'Cleo', 'Dirk'], secret: true, pollStatus: 'OPEN' },
      ],
    });
    const pollId = a.items[0].pollId as string;
    const [ann, bob, cleo] = a.items[0].candidateIds;
    const plan = [[ann, bob], [ann, cleo], [ann], [bob, cleo], []];
    for (const [i, approvals] of plan.entries())
      expect((await cast(a.as[i], pollId, { approvals })).errors).toBeUndefined();
    await chair(CLOSE, { id: pollId });
    await chair(PUBLISH, { id: pollId });
    const poll = (await a.as[4](POLL, { id: pollId })).data?.poll;
    expect(poll.results).toMatchObject({
      outcome: 'TIE_AT_CUTOFF',
      passed: false,
      ballots: 5,
      cast: 5,
      yes: 0,
      majorityRule: null,
      election: { seats: 2, elected: [ann], tieCandidateIds: [bob, cleo], vacantSeats: 0 },
    });
    expect(poll.results.election.ranking).toEqual([
      { candidate: { id: ann, name: 'Ann' }, approvals: 3, rank: 1, elected: true },
      { candidate: { id: bob, name: 'Bob' }, approvals: 2, rank: 2, elected: false },
      { candidate: { id: cleo, name: 'Cleo' }, approvals: 2, rank: 2, elected: false },
      { candidate: { id: a.items[0].candidateIds[3], name: 'Dirk' }, approvals: 0, rank: 4, elected: false },
    ]);
    expect(poll.results.ruleApplied).toContain('Tie for the last seat between Bob and Cleo');
    expect(poll.receipts).toHaveLength(5);
    expect(poll.receipts).toContainEqual({ receipt: expect.any(String), choice: null, approvals: [] });
  });

  it('answers fuzzed castBallot input with typed errors only, never INTERNAL', async () => {
    const a = await assembly({
      voters: 4,
      checkedIn: [0, 1, 2],
      proxies: [[3, 0]],
      items: [
        { pollStatus: 'OPEN' },
        { kind: 'ELECTION', seats: 2, candidates: ['Ann', 'Bob', 'Cleo'] },
        { pollStatus: 'CLOSED' },
      ],
    });
    // The election opens once the motion closed; half the runs hit each.
    const [motion, election, closed] = a.items.map((i) => i.pollId as string);
    const candidates = a.items[1].candidateIds;
    const people = [...a.voters.map((v) => v.id), chairId];
    const id = fc.oneof(
      fc.uuid(),
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...people, ...candidates, motion, election, closed),
    );
    const input = fc.record(
      {
        pollId: fc.oneof(fc.constantFrom(motion, election, closed), id),
        choice: fc.oneof(fc.constantFrom('YES', 'NO', 'ABSTAIN', 'yes', 'MAYBE', ''), fc.constant(null)),
        approvals: fc.oneof(
          fc.constant(null),
          fc.array(fc.oneof(fc.constantFrom(...candidates), id), { maxLength: 5 }),
        ),
        onBehalfOf: fc.oneof(fc.constant(null), fc.constantFrom(...people), id),
      },
      { requiredKeys: ['pollId'] },
    );
    const allowed = new Set([
      'VALIDATION',
      'BAD_REQUEST',
      'NOT_FOUND',
      'FORBIDDEN',
      'NOT_ENTITLED',
      'NOT_CHECKED_IN',
      'POLL_NOT_OPEN',
      'ALREADY_VOTED',
    ]);
    const seen = new Set<string>();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(input, fc.nat(a.as.length - 1), async (ballot, caster) => {
        if (++run === 60) {
          await chair(CLOSE, { id: motion });
          await chair(OPEN, { id: election });
        }
        const res = await a.as[caster](CAST, { input: ballot });
        const c = res.errors ? code(res) : 'OK';
        seen.add(c as string);
        expect(res.errors?.length ?? 0).toBeLessThanOrEqual(1);
        if (c !== 'OK') expect(allowed).toContain(c);
      }),
      { numRuns: 150, seed: 20260601 },
    );
    expect(seen.has('INTERNAL')).toBe(false);
    expect(seen.size).toBeGreaterThan(4);
  });

  it('loads an agenda of any length with its polls in a constant number of queries', async () => {
    const agenda = (published: number) => [
      { pollStatus: 'OPEN' as const },
      ...Array.from({ length: published }, (_, i) => ({ pollStatus: 'PUBLISHED' as const, secret: i % 2 === 0 })),
    ];
    const small = await assembly({ voters: 3, checkedIn: 2, proxies: [[2, 0]], items: agenda(2) });
    const large = await assembly({ voters: 3, checkedIn: 2, proxies: [[2, 0]], items: agenda(8) });
    const query = `query($id: ID!) { assembly(id: $id) {
      currentPoll { id }
      agenda { poll { id status weightMode agendaItem { id } participation { ballotsCast eligible }
        myVotingRights { voter { displayName } onBehalf alreadyVoted } results { outcome } receipts { receipt } namedBallots { weight } } } } }`;
    const count = async (a: typeof small) => {
      queries = [];
      const res = await a.as[0](query, { id: a.id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.assembly.agenda[0].poll.myVotingRights).toHaveLength(2);
      const n = queries.length;
      queries = null;
      return n;
    };
    expect(await count(large)).toBe(await count(small));
  });

  it('pushes participation while open and the results once published, over graphql-ws with the session cookie', async () => {
    const a = await assembly({ voters: 3, checkedIn: 3, items: [{ secret: true, pollStatus: 'OPEN' }, {}] });
    const [pollId, nextPollId] = a.items.map((i) => i.pollId as string);
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const [cookie, chairCookie] = await sessionCookies(t, [a.voters[0].id, chairId]);
    const connect = (cookieHeader?: string): WsClient =>
      createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        retryAttempts: 0,
        webSocketImpl: class extends WebSocket {
          constructor(url: string, protocols: string[]) {
            super(url, protocols, cookieHeader ? { headers: { Cookie: cookieHeader } } : {});
          }
        },
      });
    const pubsub = t.app.get<InMemoryLivePubSub>(LIVE_PUBSUB);
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 200 && !ok(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(ok()).toBe(true);
    };

    const member = connect(cookie);
    const chairSocket = connect(chairCookie);
    const participation = member.iterate<{ pollParticipation: Record<string, unknown> }>({
      query: `subscription($id: ID!) { pollParticipation(pollId: $id) { pollId status ballotsCast eligible } }`,
      variables: { id: pollId },
    });
    const results = member.iterate<{
      pollResults: { status: string; results: { yes: number; no: number } | null; receipts: unknown[] };
    }>({
      query: `subscription($id: ID!) { pollResults(pollId: $id) { status results { outcome yes no } receipts { receipt choice } } }`,
      variables: { id: pollId },
    });
    const live = chairSocket.iterate<{ assemblyLive: Record<string, any> }>({
      query: `subscription($id: ID!) { assemblyLive(assemblyId: $id) { assemblyId currentPollId attendance { presentMembers quorum { reached } } } }`,
      variables: { id: a.id },
    });
    const nextOf = async <T>(it: AsyncIterableIterator<T>): Promise<T> => (await it.next()).value as T;
    // Subscribing is asynchronous (session, permission): wait until the server listens.
    await until(
      () =>
        pubsub.listenerCount(LIVE_TOPICS.pollParticipation(pollId)) === 1 &&
        pubsub.listenerCount(LIVE_TOPICS.pollResults(pollId)) === 1 &&
        pubsub.listenerCount(LIVE_TOPICS.assemblyLive(a.id)) === 1,
    );

    await cast(a.as[1], pollId, { choice: 'YES' });
    expect((await nextOf(participation)).data?.pollParticipation).toEqual({
      pollId,
      status: 'OPEN',
      ballotsCast: 1,
      eligible: 3,
    });
    await cast(a.as[2], pollId, { choice: 'NO' });
    expect((await nextOf(participation)).data?.pollParticipation).toMatchObject({ status: 'OPEN', ballotsCast: 2 });
    await chair(CLOSE, { id: pollId });
    expect((await nextOf(participation)).data?.pollParticipation).toMatchObject({ status: 'CLOSED', ballotsCast: 2 });
    expect((await nextOf(live)).data?.assemblyLive).toEqual({
      assemblyId: a.id,
      currentPollId: null,
      attendance: { presentMembers: 3, quorum: { reached: true } },
    });
    await chair(PUBLISH, { id: pollId });
    const published = (await nextOf(results)).data?.pollResults;
    expect(published).toMatchObject({ status: 'PUBLISHED', results: { outcome: 'TIE', yes: 1, no: 1 } });
    expect(published?.receipts).toHaveLength(2);
    await chair(OPEN, { id: nextPollId });
    expect((await nextOf(live)).data?.assemblyLive).toMatchObject({ currentPollId: nextPollId });

    // Leaving unsubscribes.
    await participation.return?.();
    await results.return?.();
    await live.return?.();
    await until(() => pubsub.listenerCount(LIVE_TOPICS.pollParticipation(pollId)) === 0);

    // Without a session: a typed error, no events.
    const anonymous = connect();
    const refused = anonymous.iterate({
      query: `subscription($id: ID!) { pollParticipation(pollId: $id) { ballotsCast } }`,
      variables: { id: pollId },
    });
    const answer = await refused.next();
    expect((answer.value as GqlResult).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Not in the cooperative: FORBIDDEN.
    const [outsiderCookie] = await sessionCookies(t, [
      (await t.sql<{ id: string }>(`SELECT id FROM person WHERE email = 'outsider@example.org'`))[0].id,
    ]);
    const stranger = connect(outsiderCookie);
    const forbidden = await stranger
      .iterate({ query: `subscription($id: ID!) { pollResults(pollId: $id) { id } }`, variables: { id: pollId } })
      .next();
    expect((forbidden.value as GqlResult).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await Promise.all([member.dispose(), chairSocket.dispose(), anonymous.dispose(), stranger.dispose()]);
  });
});
