import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { seedActionProposal, seedAssembly } from './support/assembly-fixtures.js';
import { seedEdition, seedGroup, seedRecommendation } from './support/cycle-fixtures.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { gql, startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const CREATE = `mutation($input: CreateAssemblyInput!) { createAssembly(input: $input) {
  id cooperativeId kind status title { text language } startsAt place onlineUrl recordDate convenedAt
  quorumPercent quorumBasis proxyCap proxiesOpen viewerCanConvene viewerCanChair viewerCanCheckInOthers } }`;
const ADD_ITEM = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) {
  id assemblyId position kind title { text } body { text } majorityRule abstentionsCount quorumPercent quorumBasis
  weightMode secret seats candidates { id name position person { id } } actionProposal { id status } recommendationId } }`;
const ADD_REC = `mutation($a: ID!, $r: ID!) { addRecommendationToAgenda(assemblyId: $a, recommendationId: $r) {
  id position kind title { text } actionProposal { id number } recommendationId } }`;
const CONVENE = `mutation($id: ID!) { conveneAssembly(assemblyId: $id) { id status recordDate convenedAt proxiesOpen attendance { entitledMembers entitledShares } } }`;
const OPEN = `mutation($id: ID!) { openAssembly(assemblyId: $id) { id status } }`;
const CLOSE = `mutation($id: ID!) { closeAssembly(assemblyId: $id) { id status proxiesOpen } }`;
const CHECK_IN = `mutation($input: CheckInInput!) { checkIn(input: $input) {
  id attendance { presentMembers } me { entitled checkedIn checkInMode } } }`;
const GRANT = `mutation($input: GrantProxyInput!) { grantProxy(input: $input) {
  id assemblyId grantor { id } holder { id } grantedAt revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeProxy(proxyId: $id) { id revokedAt } }`;
const ASSEMBLY = `query($id: ID!) { assembly(id: $id) {
  id status title { text } proxiesOpen
  agenda { id position kind title { text } secret seats candidates { name } }
  attendance { entitledMembers entitledShares presentMembers representedMembers presentShares representedShares
    quorum { reached required actual entitled shortBy basis percent } }
  me { entitled weightShares category checkedIn checkInMode proxyGiven { id holder { id } } proxiesHeld { id grantor { id } } }
  viewerCanConvene viewerCanChair viewerCanCheckInOthers } }`;
const ATTENDANCE = `query($id: ID!) { assembly(id: $id) { attendance {
  entitledMembers entitledShares presentMembers representedMembers presentShares representedShares
  quorum { reached required actual entitled shortBy basis percent } } } }`;
const PROXIES = `query($id: ID!) { assembly(id: $id) { id proxies { id grantor { id } holder { id } } } }`;
const VOTERS = `query($id: ID!, $search: String, $offset: Int, $limit: Int) { assembly(id: $id) {
  voters(search: $search, offset: $offset, limit: $limit) { total items {
    person { id displayName } category shares checkedIn checkInMode proxyGivenTo { id } proxiesHeld } } } }`;
const SEARCH = `query($id: ID!, $s: String!) { assemblyVoterSearch(assemblyId: $id, search: $s) { id displayName } }`;
const LIST = `query($c: ID!) { assemblies(cooperativeId: $c) { id status title { text }
  agenda { id title { text } candidates { name person { displayName } } actionProposal { id title { text } } recommendationId }
  attendance { presentMembers quorum { reached } } me { entitled proxyGiven { id holder { displayName } } } } }`;

const code = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.code;
const reason = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.reason;

describe('general assemblies: preparation, convocation, session, check-in, proxies', () => {
  let t: TestApp;
  let coop: string;
  let otherCoop: string;
  const ids: Record<string, string> = {};
  const as: Record<string, TestAgent> = {};
  let queries: string[] | null = null;
  let today: () => string;

  async function signIn(email: string): Promise<TestAgent> {
    const agent = t.browser();
    const res = await gql(agent, LOGIN, { email, password: PASSWORD });
    expect(res.errors).toBeUndefined();
    return agent;
  }

  beforeAll(async () => {
    t = await startTestApp({ onQuery: (sql) => queries?.push(sql) });
    coop = (await seedCooperative(t)).id;
    // The record date is the database's today (its time zone), not this process's.
    const [{ day }] = await t.sql<{ day: string }>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS day`);
    today = () => day;
    otherCoop = (await seedCooperative(t, 'other-coop', 'Other Coop')).id;
    const people: [string, Parameters<typeof seedPerson>[1]['offices'], string?][] = [
      ['secretariat', ['SECRETARIAT']],
      ['chair', ['BOARD_CHAIR']],
      ['board', ['BOARD_MEMBER']],
      ['member', []],
      ['member2', []],
      ['outsider', [], 'other'],
    ];
    for (const [name, offices, where] of people) {
      ids[name] = (
        await seedPerson(t, {
          email: `${name}@example.org`,
          name: name[0].toUpperCase() + name.slice(1),
          cooperativeId: where === 'other' ? otherCoop : coop,
          offices,
        })
      ).id;
      as[name] = await signIn(`${name}@example.org`);
    }
    // Left the cooperative yesterday: not entitled.
    const left = await seedPerson(t, { email: 'left@example.org', cooperativeId: coop });
    await t.sql(`UPDATE membership SET left_on = current_date - 1 WHERE id = $1`, [left.membershipId]);
    ids.left = left.id;
    // Joins tomorrow (already registered): not entitled at a convocation today.
    const joining = await seedPerson(t, { email: 'joining@example.org', cooperativeId: coop });
    await t.sql(`UPDATE membership SET joined_on = current_date + 1 WHERE id = $1`, [joining.membershipId]);
  });
  afterAll(() => t.close());

  async function createAssembly(agent = as.board, extra: Record<string, unknown> = {}): Promise<GqlResult> {
    return gql(agent, CREATE, {
      input: {
        cooperativeId: coop,
        kind: 'ORDINARY',
        title: 'Algemene vergadering juni',
        language: 'nl',
        startsAt: '2030-06-17T09:00:00Z',
        endsAt: '2030-06-18T17:00:00Z',
        place: 'Brussel',
        onlineUrl: 'https://meet.example.org/av',
        ...extra,
      },
    });
  }

  describe('the whole life of an assembly through GraphQL', () => {
    let id: string;
    let motionItemId: string;

    it('the board prepares an assembly: DRAFT, with quorum and proxy cap copied from the statutes', async () => {
      const res = await createAssembly();
      expect(res.errors).toBeUndefined();
      const a = res.data?.createAssembly;
      id = a.id;
      expect(a).toMatchObject({
        cooperativeId: coop,
        kind: 'ORDINARY',
        status: 'DRAFT',
        title: { text: 'Algemene vergadering juni', language: 'nl' },
        place: 'Brussel',
        recordDate: null,
        convenedAt: null,
        quorumPercent: 5,
        quorumBasis: 'MEMBERS',
        proxyCap: 2,
        proxiesOpen: false,
        viewerCanConvene: true,
        viewerCanChair: false,
        viewerCanCheckInOthers: false,
      });
      const [event] = await t.sql<{ action: string; actor_id: string }>(
        `SELECT action, actor_id FROM audit_event WHERE subject_id = $1`,
        [id],
      );
      expect(event).toEqual({ action: 'assembly.create', actor_id: ids.board });
    });

    it('a plain member may not prepare an assembly; an assembly that ends before it starts is refused', async () => {
      expect(code(await createAssembly(as.member))).toBe('FORBIDDEN');
      const backwards = await createAssembly(as.board, { endsAt: '2030-06-16T09:00:00Z' });
      expect(code(backwards)).toBe('VALIDATION');
      expect(backwards.errors?.[0].extensions?.fields[0].field).toBe('endsAt');
    });

    it('the agenda: information without a poll, a motion with the statutes defaults, a secret election', async () => {
      const info = await gql(as.board, ADD_ITEM, {
        input: {
          assemblyId: id,
          kind: 'INFORMATION',
          title: 'Jaarverslag',
          body: 'Het verslag van het jaar.',
          language: 'nl',
        },
      });
      expect(info.errors).toBeUndefined();
      expect(info.data?.addAgendaItem).toMatchObject({
        position: 1,
        kind: 'INFORMATION',
        title: { text: 'Jaarverslag' },
        body: { text: 'Het verslag van het jaar.' },
        majorityRule: null,
        weightMode: null,
        secret: false,
        candidates: [],
      });
      const motion = await gql(as.board, ADD_ITEM, {
        input: { assemblyId: id, kind: 'MOTION', title: 'Keep one solidarity rate', language: 'en' },
      });
      expect(motion.errors).toBeUndefined();
      expect(motion.data?.addAgendaItem).toMatchObject({
        position: 2,
        majorityRule: 'SIMPLE',
        abstentionsCount: false,
        quorumPercent: 5,
        quorumBasis: 'MEMBERS',
        weightMode: 'ONE_MEMBER_ONE_VOTE',
        secret: false,
        seats: null,
        actionProposal: null,
        recommendationId: null,
      });
      const election = await gql(as.secretariat, ADD_ITEM, {
        input: {
          assemblyId: id,
          kind: 'ELECTION',
          title: 'Board: three seats',
          language: 'en',
          majorityRule: 'ABSOLUTE',
          secret: true,
          seats: 3,
          candidates: [{ name: 'Ann', personId: ids.member }, { name: 'Bert' }, { name: 'Chloé' }, { name: 'Dirk' }],
        },
      });
      expect(election.errors).toBeUndefined();
      expect(election.data?.addAgendaItem).toMatchObject({
        position: 3,
        kind: 'ELECTION',
        majorityRule: 'ABSOLUTE',
        secret: true,
        seats: 3,
        candidates: [
          { name: 'Ann', position: 1, person: { id: ids.member } },
          { name: 'Bert', position: 2, person: null },
          { name: 'Chloé', position: 3, person: null },
          { name: 'Dirk', position: 4, person: null },
        ],
      });
      const polls = await t.sql<{ agenda_item_id: string; method: string; secret: boolean; status: string }>(
        `SELECT agenda_item_id, method, secret, status FROM poll WHERE assembly_id = $1`,
        [id],
      );
      expect(polls).toHaveLength(2);
      expect(polls).toEqual(
        expect.arrayContaining([
          { agenda_item_id: motion.data?.addAgendaItem.id, method: 'MOTION', secret: false, status: 'DRAFT' },
          { agenda_item_id: election.data?.addAgendaItem.id, method: 'APPROVAL', secret: true, status: 'DRAFT' },
        ]),
      );
      motionItemId = (polls.find((p) => p.method === 'MOTION') as { agenda_item_id: string }).agenda_item_id;
    });

    it('agenda items that make no sense are refused, each mistake named', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ kind: 'MOTION', language: 'en' }, 'title'],
        [{ kind: 'INFORMATION', title: 'News', language: 'en', majorityRule: 'SIMPLE' }, 'majorityRule'],
        [{ kind: 'ELECTION', title: 'Seats', language: 'en' }, 'seats'],
        [{ kind: 'MOTION', title: 'Vote', language: 'en', seats: 2 }, 'seats'],
        [{ kind: 'MOTION', title: 'Vote', language: 'en', weightMode: 'COLLEGES' }, 'collegeWeights'],
        [{ kind: 'MOTION', title: 'Vote', language: 'en', quorumPercent: 101 }, 'quorumPercent'],
        [
          {
            kind: 'ELECTION',
            title: 'Seats',
            language: 'en',
            seats: 1,
            candidates: [{ name: 'Xavier', personId: ids.outsider }],
          },
          'candidates',
        ],
      ];
      for (const [input, field] of cases) {
        const res = await gql(as.board, ADD_ITEM, { input: { assemblyId: id, ...input } });
        expect(code(res)).toBe('VALIDATION');
        expect(res.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field)).toContain(field);
      }
      expect(
        code(
          await gql(as.member, ADD_ITEM, { input: { assemblyId: id, kind: 'MOTION', title: 'Mine', language: 'en' } }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('nobody can give a proxy or check in before the convocation', async () => {
      const res = await gql(as.member, GRANT, { input: { assemblyId: id, holderId: ids.member2 } });
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/convened/);
      expect(code(await gql(as.member, CHECK_IN, { input: { assemblyId: id, mode: 'ONLINE' } }))).toBe('CONFLICT');
    });

    it('a plain member may not convene; the board convenes: the voter list is frozen today', async () => {
      expect(code(await gql(as.member, CONVENE, { id }))).toBe('FORBIDDEN');
      const res = await gql(as.board, CONVENE, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.conveneAssembly).toMatchObject({ status: 'CONVENED', recordDate: today(), proxiesOpen: true });
      // secretariat, chair, board, member, member2: not the one who left, not the one joining tomorrow, not the other cooperative's.
      expect(res.data?.conveneAssembly.attendance).toEqual({ entitledMembers: 5, entitledShares: 5 });
      const voters = await t.sql<{ person_id: string }>(`SELECT person_id FROM assembly_voter WHERE assembly_id = $1`, [
        id,
      ]);
      expect(voters.map((v) => v.person_id).sort()).toEqual(
        [ids.secretariat, ids.chair, ids.board, ids.member, ids.member2].sort(),
      );
    });

    it('convening twice is a CONFLICT that says why', async () => {
      const res = await gql(as.board, CONVENE, { id });
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/convened already/);
      expect(res.errors?.[0].extensions?.reason).toBe('WRONG_STATUS');
    });

    it('a member joining after the convocation is not entitled', async () => {
      const late = await seedPerson(t, { email: 'late@example.org', cooperativeId: coop });
      await t.sql(`UPDATE membership SET joined_on = current_date WHERE id = $1`, [late.membershipId]);
      const lateAgent = await signIn('late@example.org');
      const res = await gql(lateAgent, GRANT, { input: { assemblyId: id, holderId: ids.member } });
      expect(code(res)).toBe('NOT_ENTITLED');
      const me = await gql(lateAgent, ASSEMBLY, { id });
      expect(me.data?.assembly.me).toMatchObject({ entitled: false, weightShares: null, checkedIn: false });
      // Nor can the member who left give their proxy, even through the secretariat.
      const left = await gql(as.secretariat, GRANT, {
        input: { assemblyId: id, holderId: ids.member, grantorId: ids.left },
      });
      expect(code(left)).toBe('NOT_ENTITLED');
    });

    it('the agenda can still change while convened', async () => {
      const res = await gql(as.board, ADD_ITEM, {
        input: { assemblyId: id, kind: 'INFORMATION', title: 'Varia', language: 'nl' },
      });
      expect(res.data?.addAgendaItem.position).toBe(4);
    });

    it('check-in waits for the session; the chair opens it (a plain member may not)', async () => {
      expect(code(await gql(as.member, CHECK_IN, { input: { assemblyId: id, mode: 'ONLINE' } }))).toBe('CONFLICT');
      expect(code(await gql(as.member, OPEN, { id }))).toBe('FORBIDDEN');
      expect(code(await gql(as.board, OPEN, { id }))).toBe('FORBIDDEN');
      expect((await gql(as.chair, OPEN, { id })).data?.openAssembly.status).toBe('IN_SESSION');
      const again = await gql(as.chair, OPEN, { id });
      expect(code(again)).toBe('CONFLICT');
    });

    it('the agenda is fixed once in session', async () => {
      const res = await gql(as.board, ADD_ITEM, {
        input: { assemblyId: id, kind: 'INFORMATION', title: 'Late item', language: 'en' },
      });
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/before the session opens/);
    });

    it('a member checks themselves in; twice is harmless', async () => {
      const first = await gql(as.member, CHECK_IN, { input: { assemblyId: id, mode: 'ONLINE' } });
      expect(first.errors).toBeUndefined();
      expect(first.data?.checkIn).toMatchObject({
        attendance: { presentMembers: 1 },
        me: { entitled: true, checkedIn: true, checkInMode: 'ONLINE' },
      });
      const second = await gql(as.member, CHECK_IN, { input: { assemblyId: id, mode: 'IN_PERSON' } });
      expect(second.errors).toBeUndefined();
      expect(second.data?.checkIn).toMatchObject({ attendance: { presentMembers: 1 }, me: { checkInMode: 'ONLINE' } });
      const events = await t.sql(`SELECT 1 FROM audit_event WHERE subject_id = $1 AND action = 'assembly.checkIn'`, [
        id,
      ]);
      expect(events).toHaveLength(1);
    });

    it('checking in someone else: forbidden to a plain member, done by the secretariat at the door', async () => {
      const res = await gql(as.member, CHECK_IN, {
        input: { assemblyId: id, personId: ids.member2, mode: 'IN_PERSON' },
      });
      expect(code(res)).toBe('FORBIDDEN');
      const desk = await gql(as.secretariat, CHECK_IN, {
        input: { assemblyId: id, personId: ids.member2, mode: 'IN_PERSON' },
      });
      expect(desk.errors).toBeUndefined();
      expect(desk.data?.checkIn.attendance.presentMembers).toBe(2);
      const notOnList = await gql(as.secretariat, CHECK_IN, {
        input: { assemblyId: id, personId: ids.left, mode: 'IN_PERSON' },
      });
      expect(code(notOnList)).toBe('NOT_ENTITLED');
      const [row] = await t.sql<{ checked_in_by: string }>(
        `SELECT checked_in_by FROM assembly_attendance WHERE assembly_id = $1 AND person_id = $2`,
        [id, ids.member2],
      );
      expect(row.checked_in_by).toBe(ids.secretariat);
    });

    it('closing is refused while a poll is open, then closes', async () => {
      await t.sql(`UPDATE poll SET status = 'OPEN', opened_at = now() WHERE agenda_item_id = $1`, [motionItemId]);
      const refused = await gql(as.chair, CLOSE, { id });
      expect(code(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0].message).toMatch(/poll is still open/);
      await t.sql(`UPDATE poll SET status = 'CLOSED', closed_at = now() WHERE agenda_item_id = $1`, [motionItemId]);
      expect(code(await gql(as.member, CLOSE, { id }))).toBe('FORBIDDEN');
      const closed = await gql(as.chair, CLOSE, { id });
      expect(closed.data?.closeAssembly).toEqual({ id, status: 'CLOSED', proxiesOpen: false });
      expect(code(await gql(as.chair, CLOSE, { id }))).toBe('CONFLICT');
      expect(code(await gql(as.chair, OPEN, { id }))).toBe('CONFLICT');
      expect(code(await gql(as.board, CONVENE, { id }))).toBe('CONFLICT');
      expect(code(await gql(as.member2, CHECK_IN, { input: { assemblyId: id, mode: 'ONLINE' } }))).toBe('CONFLICT');
    });

    it('every step is in the audit trail', async () => {
      const events = await t.sql<{ action: string }>(
        `SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`,
        [id],
      );
      const [convened] = await t.sql<{ after: Record<string, unknown> }>(
        `SELECT after FROM audit_event WHERE subject_id = $1 AND action = 'assembly.convene'`,
        [id],
      );
      expect(convened.after).toEqual({
        status: 'CONVENED',
        recordDate: today(),
        entitledMembers: 5,
        entitledShares: 5,
      });
      expect(events.map((e) => e.action)).toEqual([
        'assembly.create',
        'assembly.addAgendaItem',
        'assembly.addAgendaItem',
        'assembly.addAgendaItem',
        'assembly.convene',
        'assembly.addAgendaItem',
        'assembly.open',
        'assembly.checkIn',
        'assembly.checkIn',
        'assembly.close',
      ]);
    });

    it('a DRAFT assembly with an empty agenda cannot be convened', async () => {
      const empty = (await createAssembly()).data?.createAssembly.id;
      const res = await gql(as.board, CONVENE, { id: empty });
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/add at least one agenda item/);
      expect(code(await gql(as.chair, OPEN, { id: empty }))).toBe('CONFLICT');
      expect(code(await gql(as.chair, CLOSE, { id: empty }))).toBe('CONFLICT');
    });
  });

  describe('motions from the cycle', () => {
    let assemblyId: string;
    let recommendationId: string;
    const proposals: string[] = [];
    let proposed: string;

    beforeAll(async () => {
      assemblyId = (await seedAssembly(t, { cooperativeId: coop, voters: 0, status: 'DRAFT', items: [] })).id;
      const group = await seedGroup(t, await seedEdition(t, coop, 7));
      recommendationId = await seedRecommendation(t, group);
      proposals.push(await seedActionProposal(t, recommendationId, { number: 1, title: 'Create a solidarity fund' }));
      proposals.push(
        await seedActionProposal(t, recommendationId, { number: 2, title: 'Publish the accounts every quarter' }),
      );
      proposed = await seedActionProposal(t, recommendationId, {
        number: 3,
        title: 'Not yet decided',
        status: 'PROPOSED',
      });
    });

    it("a motion from an action proposal takes the proposal's title; the same proposal twice is a CONFLICT", async () => {
      const res = await gql(as.board, ADD_ITEM, {
        input: { assemblyId, kind: 'MOTION', language: 'en', actionProposalId: proposals[0] },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.addAgendaItem).toMatchObject({
        position: 1,
        title: { text: 'Create a solidarity fund' },
        body: { text: 'The cooperative sets aside 1 % of turnover.' },
        actionProposal: { id: proposals[0], status: 'ON_AGENDA' },
        recommendationId,
      });
      const twice = await gql(as.board, ADD_ITEM, {
        input: { assemblyId, kind: 'MOTION', language: 'en', actionProposalId: proposals[0] },
      });
      expect(code(twice)).toBe('CONFLICT');
      expect(twice.errors?.[0].message).toMatch(/already on this agenda \(item 1\)/);
    });

    it('a proposal not yet put to the assembly, or of another cooperative, is refused', async () => {
      const notYet = await gql(as.board, ADD_ITEM, {
        input: { assemblyId, kind: 'MOTION', language: 'en', actionProposalId: proposed },
      });
      expect(code(notYet)).toBe('CONFLICT');
      expect(notYet.errors?.[0].message).toMatch(/putToAssembly/);
      const otherRec = await seedRecommendation(t, await seedGroup(t, await seedEdition(t, otherCoop, 1)));
      const foreign = await seedActionProposal(t, otherRec);
      const res = await gql(as.board, ADD_ITEM, {
        input: { assemblyId, kind: 'MOTION', language: 'en', actionProposalId: foreign },
      });
      expect(code(res)).toBe('NOT_FOUND');
      const asElection = await gql(as.board, ADD_ITEM, {
        input: {
          assemblyId,
          kind: 'ELECTION',
          language: 'en',
          actionProposalId: proposals[1],
          seats: 1,
          candidates: [{ name: 'A' }],
        },
      });
      expect(code(asElection)).toBe('VALIDATION');
    });

    it("a recommendation's proposals are added once: the ones already on the agenda are skipped", async () => {
      const res = await gql(as.board, ADD_REC, { a: assemblyId, r: recommendationId });
      expect(res.errors).toBeUndefined();
      expect(res.data?.addRecommendationToAgenda).toEqual([
        expect.objectContaining({ position: 1, actionProposal: { id: proposals[0], number: 1 }, recommendationId }),
        expect.objectContaining({
          position: 2,
          kind: 'MOTION',
          title: { text: 'Publish the accounts every quarter' },
          actionProposal: { id: proposals[1], number: 2 },
        }),
      ]);
      const again = await gql(as.board, ADD_REC, { a: assemblyId, r: recommendationId });
      expect(again.data?.addRecommendationToAgenda.map((i: { position: number }) => i.position)).toEqual([1, 2]);
      const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM agenda_item WHERE assembly_id = $1`, [
        assemblyId,
      ]);
      expect(n).toBe(2);
      const [{ polls }] = await t.sql<{ polls: number }>(
        `SELECT count(*)::int AS polls FROM poll WHERE assembly_id = $1`,
        [assemblyId],
      );
      expect(polls).toBe(2);
    });

    it('the proposal on another agenda already, or a recommendation with nothing on the agenda, is a CONFLICT', async () => {
      const other = (await seedAssembly(t, { cooperativeId: coop, voters: 0, status: 'DRAFT', items: [] })).id;
      const taken = await gql(as.board, ADD_ITEM, {
        input: { assemblyId: other, kind: 'MOTION', language: 'en', actionProposalId: proposals[1] },
      });
      expect(code(taken)).toBe('CONFLICT');
      expect(taken.errors?.[0].message).toMatch(/another assembly's agenda/);
      // Everything of this recommendation is on the first assembly's agenda: nothing to add, nothing refused.
      expect((await gql(as.board, ADD_REC, { a: other, r: recommendationId })).data?.addRecommendationToAgenda).toEqual(
        [],
      );
      const bare = await seedRecommendation(t, await seedGroup(t, await seedEdition(t, coop, 8)));
      const none = await gql(as.board, ADD_REC, { a: other, r: bare });
      expect(code(none)).toBe('CONFLICT');
      expect(code(await gql(as.member, ADD_REC, { a: other, r: recommendationId }))).toBe('FORBIDDEN');
    });
    it('the same proposal added to two assemblies at the same moment becomes one motion', async () => {
      const fresh = await seedActionProposal(t, recommendationId, { number: 4, title: 'Open the books' });
      const [one, two] = await Promise.all(
        [1, 2].map(
          async () => (await seedAssembly(t, { cooperativeId: coop, voters: 0, status: 'DRAFT', items: [] })).id,
        ),
      );
      const results = await Promise.all([
        gql(as.board, ADD_ITEM, {
          input: { assemblyId: one, kind: 'MOTION', language: 'en', actionProposalId: fresh },
        }),
        gql(as.secretariat, ADD_REC, { a: two, r: recommendationId }),
      ]);
      const [{ n }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM agenda_item WHERE action_proposal_id = $1`,
        [fresh],
      );
      expect(n).toBe(1);
      for (const r of results) expect(r.errors === undefined || code(r) === 'CONFLICT').toBe(true);
    });
  });

  describe('proxies', () => {
    it('50 written proxies to one holder at once, cap 2: exactly 2 are given, 48 refused with CAP_REACHED', async () => {
      const a = await seedAssembly(t, { cooperativeId: coop, voters: 51, proxyCap: 2 });
      const holder = a.voters[0].id;
      const results = await Promise.all(
        a.voters
          .slice(1)
          .map((v) => gql(as.secretariat, GRANT, { input: { assemblyId: a.id, holderId: holder, grantorId: v.id } })),
      );
      const given = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect(given).toHaveLength(2);
      expect(refused).toHaveLength(48);
      for (const r of refused) {
        expect(code(r)).toBe('PROXY_REFUSED');
        expect(reason(r)).toBe('CAP_REACHED');
        expect(r.errors?.[0].message).toMatch(/already holds 2 proxies/);
      }
      const [{ n }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM proxy WHERE assembly_id = $1 AND holder_id = $2 AND revoked_at IS NULL`,
        [a.id, holder],
      );
      expect(n).toBe(2);
      const events = await t.sql(`SELECT 1 FROM audit_event WHERE subject_id = $1 AND action = 'proxy.grant'`, [a.id]);
      expect(events).toHaveLength(2);
    });

    it('chains are refused both ways, under concurrency too', async () => {
      const a = await seedAssembly(t, { cooperativeId: coop, voters: 8 });
      const [v0, v1, v2, v3, v4, v5] = a.voters.map((v) => v.id);
      const grant = (grantorId: string, holderId: string) =>
        gql(as.secretariat, GRANT, { input: { assemblyId: a.id, holderId, grantorId } });
      expect((await grant(v0, v1)).errors).toBeUndefined();
      // v1 holds a proxy: can't give theirs away.
      const passOn = await grant(v1, v2);
      expect(reason(passOn)).toBe('GRANTOR_HOLDS_PROXIES');
      expect(passOn.errors?.[0].message).toMatch(/cannot be passed on/);
      // v0 gave theirs: can't hold one.
      expect(reason(await grant(v3, v0))).toBe('HOLDER_GAVE_PROXY');
      // v0 gave already.
      expect(reason(await grant(v0, v3))).toBe('GRANTOR_ALREADY_GAVE');
      // Two grants that would make a chain, at the same moment: one wins.
      const race = await Promise.all([grant(v4, v5), grant(v5, v2)]);
      expect(race.filter((r) => !r.errors)).toHaveLength(1);
      expect(race.map(reason).filter(Boolean)[0]).toMatch(/GRANTOR_HOLDS_PROXIES|HOLDER_GAVE_PROXY/);
      const chains = await t.sql(
        `SELECT 1 FROM proxy p JOIN proxy q ON q.assembly_id = p.assembly_id AND q.grantor_id = p.holder_id
         WHERE p.assembly_id = $1 AND p.revoked_at IS NULL AND q.revoked_at IS NULL`,
        [a.id],
      );
      expect(chains).toHaveLength(0);
    });

    it('a member gives their own proxy (not to themselves, not to someone not entitled); a plain member cannot give another’s', async () => {
      const a = await seedAssembly(t, { cooperativeId: coop, voters: 3, alsoEntitled: [ids.member] });
      const self = await gql(as.member, GRANT, { input: { assemblyId: a.id, holderId: ids.member } });
      expect(code(self)).toBe('PROXY_REFUSED');
      expect(reason(self)).toBe('SELF');
      expect(code(await gql(as.member, GRANT, { input: { assemblyId: a.id, holderId: ids.member2 } }))).toBe(
        'NOT_ENTITLED',
      );
      const others = await gql(as.member, GRANT, {
        input: { assemblyId: a.id, holderId: a.voters[1].id, grantorId: a.voters[0].id },
      });
      expect(code(others)).toBe('FORBIDDEN');
      const res = await gql(as.member, GRANT, { input: { assemblyId: a.id, holderId: a.voters[0].id } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.grantProxy).toMatchObject({
        grantor: { id: ids.member },
        holder: { id: a.voters[0].id },
        revokedAt: null,
      });
      const mine = await gql(as.member, ASSEMBLY, { id: a.id });
      expect(mine.data?.assembly.me).toMatchObject({
        entitled: true,
        weightShares: 1,
        category: 'WORKER_MEMBER',
        proxyGiven: { id: res.data?.grantProxy.id, holder: { id: a.voters[0].id } },
        proxiesHeld: [],
      });
    });

    it('revoke then give again; only the grantor or the secretariat may revoke; twice is a CONFLICT', async () => {
      const a = await seedAssembly(t, { cooperativeId: coop, voters: 3, alsoEntitled: [ids.member, ids.member2] });
      const first = await gql(as.member, GRANT, { input: { assemblyId: a.id, holderId: a.voters[0].id } });
      const proxyId = first.data?.grantProxy.id;
      expect(code(await gql(as.member2, REVOKE, { id: proxyId }))).toBe('FORBIDDEN');
      const revoked = await gql(as.member, REVOKE, { id: proxyId });
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data?.revokeProxy.revokedAt).toBeTruthy();
      expect(code(await gql(as.member, REVOKE, { id: proxyId }))).toBe('CONFLICT');
      const again = await gql(as.member, GRANT, { input: { assemblyId: a.id, holderId: a.voters[1].id } });
      expect(again.errors).toBeUndefined();
      // The secretariat revokes a written proxy on the member's behalf.
      expect((await gql(as.secretariat, REVOKE, { id: again.data?.grantProxy.id })).errors).toBeUndefined();
      const rows = await t.sql<{ revoked_by: string | null }>(
        `SELECT revoked_by FROM proxy WHERE assembly_id = $1 ORDER BY granted_at`,
        [a.id],
      );
      expect(rows.map((r) => r.revoked_by)).toEqual([ids.member, ids.secretariat]);
      const events = await t.sql<{ action: string; actor_id: string }>(
        `SELECT action, actor_id FROM audit_event WHERE subject_id = $1 ORDER BY id`,
        [a.id],
      );
      expect(events).toEqual([
        { action: 'proxy.grant', actor_id: ids.member },
        { action: 'proxy.revoke', actor_id: ids.member },
        { action: 'proxy.grant', actor_id: ids.member },
        { action: 'proxy.revoke', actor_id: ids.secretariat },
      ]);
    });

    it('once the first poll has opened, proxies can be neither given nor revoked: PROXIES_CLOSED', async () => {
      const a = await seedAssembly(t, {
        cooperativeId: coop,
        voters: 4,
        status: 'IN_SESSION',
        alsoEntitled: [ids.member],
        proxies: [[1, 0]],
      });
      expect((await gql(as.member, ASSEMBLY, { id: a.id })).data?.assembly.proxiesOpen).toBe(true);
      await t.sql(`UPDATE assembly SET proxies_frozen_at = now() WHERE id = $1`, [a.id]);
      const grant = await gql(as.member, GRANT, { input: { assemblyId: a.id, holderId: a.voters[0].id } });
      expect(code(grant)).toBe('PROXIES_CLOSED');
      expect(grant.errors?.[0].message).toMatch(/first poll opened/);
      expect(code(await gql(as.secretariat, REVOKE, { id: a.proxyIds[0] }))).toBe('PROXIES_CLOSED');
      expect((await gql(as.member, ASSEMBLY, { id: a.id })).data?.assembly.proxiesOpen).toBe(false);
    });

    it('who holds whose proxy and the check-in desk: for the chair and the secretariat only', async () => {
      const a = await seedAssembly(t, {
        cooperativeId: coop,
        voters: 6,
        status: 'IN_SESSION',
        shares: (i) => i + 1,
        alsoEntitled: [ids.member],
        checkedIn: [0, 2],
        proxies: [
          [1, 0],
          [3, 0],
        ],
      });
      expect(code(await gql(as.member, PROXIES, { id: a.id }))).toBe('FORBIDDEN');
      expect(code(await gql(as.member, VOTERS, { id: a.id }))).toBe('FORBIDDEN');
      const proxies = await gql(as.chair, PROXIES, { id: a.id });
      expect(proxies.errors).toBeUndefined();
      expect(proxies.data?.assembly.proxies).toHaveLength(2);
      const desk = await gql(as.secretariat, VOTERS, { id: a.id, limit: 3 });
      expect(desk.errors).toBeUndefined();
      expect(desk.data?.assembly.voters.total).toBe(7);
      expect(desk.data?.assembly.voters.items).toHaveLength(3);
      const holder = a.voters[0];
      const byName = await gql(as.secretariat, VOTERS, { id: a.id, search: `Voter 0 ` });
      expect(byName.data?.assembly.voters).toEqual({
        total: 1,
        items: [
          {
            person: { id: holder.id, displayName: expect.stringMatching(/^Voter 0 /) },
            category: 'WORKER_MEMBER',
            shares: 1,
            checkedIn: true,
            checkInMode: 'IN_PERSON',
            proxyGivenTo: null,
            proxiesHeld: 2,
          },
        ],
      });
      const grantor = await gql(as.secretariat, VOTERS, { id: a.id, search: 'Voter 1 ' });
      expect(grantor.data?.assembly.voters.items[0]).toMatchObject({
        shares: 2,
        checkedIn: false,
        proxyGivenTo: { id: holder.id },
        proxiesHeld: 0,
      });
      const past = await gql(as.secretariat, VOTERS, { id: a.id, offset: 50 });
      expect(past.data?.assembly.voters).toEqual({ total: 7, items: [] });
      expect(code(await gql(as.secretariat, VOTERS, { id: a.id, limit: 0 }))).toBe('VALIDATION');
      // The proxy form's search: any member of the cooperative, among the entitled only.
      const search = await gql(as.member, SEARCH, { id: a.id, s: 'voter 3' });
      expect(search.data?.assemblyVoterSearch.map((p: { id: string }) => p.id)).toEqual([a.voters[3].id]);
      expect((await gql(as.member, SEARCH, { id: a.id, s: 'member2' })).data?.assemblyVoterSearch).toEqual([]);
    });
  });

  describe('attendance and quorum', () => {
    it('present plus represented; a proxy whose holder is absent does not count; a grantor who comes counts once', async () => {
      const a = await seedAssembly(t, {
        cooperativeId: coop,
        voters: 10,
        status: 'IN_SESSION',
        quorumPercent: 50,
        shares: (i) => i + 1,
        checkedIn: [0, 1, 2, 5],
        proxies: [
          [3, 0],
          [4, 1],
          [5, 2],
          [6, 7],
        ],
      });
      const res = await gql(as.member, ATTENDANCE, { id: a.id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.assembly.attendance).toEqual({
        entitledMembers: 10,
        entitledShares: 55,
        presentMembers: 4,
        representedMembers: 2,
        presentShares: 1 + 2 + 3 + 6,
        representedShares: 4 + 5,
        quorum: { reached: true, required: 5, actual: 6, entitled: 10, shortBy: 0, basis: 'MEMBERS', percent: 50 },
      });
      await t.sql(`UPDATE assembly SET quorum_basis = 'SHARES' WHERE id = $1`, [a.id]);
      const shares = await gql(as.member, ATTENDANCE, { id: a.id });
      expect(shares.data?.assembly.attendance.quorum).toEqual({
        reached: false,
        required: 28,
        actual: 21,
        entitled: 55,
        shortBy: 7,
        basis: 'SHARES',
        percent: 50,
      });
    });

    it('checking in the holder makes the members they represent count', async () => {
      const a = await seedAssembly(t, {
        cooperativeId: coop,
        voters: 4,
        status: 'IN_SESSION',
        proxies: [
          [1, 0],
          [2, 0],
        ],
      });
      const before = await gql(as.member, ATTENDANCE, { id: a.id });
      expect(before.data?.assembly.attendance).toMatchObject({ presentMembers: 0, representedMembers: 0 });
      await gql(as.secretariat, CHECK_IN, { input: { assemblyId: a.id, personId: a.voters[0].id, mode: 'IN_PERSON' } });
      const after = await gql(as.member, ATTENDANCE, { id: a.id });
      expect(after.data?.assembly.attendance).toMatchObject({ presentMembers: 1, representedMembers: 2 });
    });
  });

  describe('who sees what, and bad input', () => {
    let a: Awaited<ReturnType<typeof seedAssembly>>;

    beforeAll(async () => {
      a = await seedAssembly(t, { cooperativeId: coop, voters: 2, status: 'IN_SESSION', alsoEntitled: [ids.member] });
    });

    it('members of another cooperative get FORBIDDEN everywhere', async () => {
      expect(code(await gql(as.outsider, ASSEMBLY, { id: a.id }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, LIST, { c: coop }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, CHECK_IN, { input: { assemblyId: a.id, mode: 'ONLINE' } }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, GRANT, { input: { assemblyId: a.id, holderId: ids.member } }))).toBe(
        'FORBIDDEN',
      );
      expect(code(await gql(as.outsider, SEARCH, { id: a.id, s: 'voter' }))).toBe('FORBIDDEN');
      expect(code(await gql(t.browser(), ASSEMBLY, { id: a.id }))).toBe('UNAUTHENTICATED');
    });

    it('what the viewer may do, from can()', async () => {
      const view = async (agent: TestAgent) => {
        const res = await gql(agent, ASSEMBLY, { id: a.id });
        const { viewerCanConvene, viewerCanChair, viewerCanCheckInOthers } = res.data?.assembly ?? {};
        return [viewerCanConvene, viewerCanChair, viewerCanCheckInOthers];
      };
      expect(await view(as.member)).toEqual([false, false, false]);
      expect(await view(as.board)).toEqual([true, false, false]);
      expect(await view(as.chair)).toEqual([true, true, false]);
      expect(await view(as.secretariat)).toEqual([true, true, true]);
    });

    it('malformed ids are VALIDATION, unknown ones NOT_FOUND', async () => {
      expect(code(await gql(as.member, ASSEMBLY, { id: 'not-an-id' }))).toBe('VALIDATION');
      expect(code(await gql(as.member, LIST, { c: '123' }))).toBe('VALIDATION');
      expect(code(await gql(as.member, GRANT, { input: { assemblyId: 'x', holderId: ids.member } }))).toBe(
        'VALIDATION',
      );
      expect(code(await gql(as.member, REVOKE, { id: 'x' }))).toBe('VALIDATION');
      expect(code(await gql(as.chair, OPEN, { id: 'x' }))).toBe('VALIDATION');
      expect(
        code(await gql(as.member, CHECK_IN, { input: { assemblyId: a.id, personId: 'nope', mode: 'ONLINE' } })),
      ).toBe('VALIDATION');
      expect(code(await gql(as.board, ADD_REC, { a: a.id, r: 'nope' }))).toBe('VALIDATION');
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(code(await gql(as.member, ASSEMBLY, { id: unknown }))).toBe('NOT_FOUND');
      expect(code(await gql(as.member, GRANT, { input: { assemblyId: unknown, holderId: ids.member } }))).toBe(
        'NOT_FOUND',
      );
      expect(code(await gql(as.member, REVOKE, { id: unknown }))).toBe('NOT_FOUND');
      expect(code(await gql(as.chair, CLOSE, { id: unknown }))).toBe('NOT_FOUND');
      expect(code(await createAssembly(as.board, { cooperativeId: unknown }))).toBe('NOT_FOUND');
    });

    it('a list of assemblies costs the same number of queries whatever its length', async () => {
      const listCoop = (await seedCooperative(t, 'list-coop', 'List Coop')).id;
      const viewer = await seedPerson(t, { email: 'lister@example.org', cooperativeId: listCoop });
      const agent = await signIn('lister@example.org');
      const seedSome = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const s = await seedAssembly(t, {
            cooperativeId: listCoop,
            voters: 3,
            status: 'IN_SESSION',
            alsoEntitled: [viewer.id],
            checkedIn: 1,
            items: [{ kind: 'MOTION' }, { kind: 'ELECTION', candidates: ['A', 'B', 'C'] }, { kind: 'INFORMATION' }],
          });
          await t.sql(`INSERT INTO proxy (assembly_id, grantor_id, holder_id, granted_by) VALUES ($1, $2, $3, $2)`, [
            s.id,
            viewer.id,
            s.voters[0].id,
          ]);
          await t.sql(`UPDATE candidate SET person_id = $1 WHERE agenda_item_id = $2`, [viewer.id, s.items[1].id]);
        }
      };
      const count = async () => {
        queries = [];
        const res = await gql(agent, LIST, { c: listCoop });
        expect(res.errors).toBeUndefined();
        const n = queries.length;
        queries = null;
        return { n, res };
      };
      await seedSome(2);
      const small = await count();
      await seedSome(6);
      const large = await count();
      expect(large.res.data?.assemblies).toHaveLength(8);
      expect(large.res.data?.assemblies[0].me.proxyGiven.holder.displayName).toMatch(/^Voter 0/);
      expect(large.n).toBe(small.n);
      expect(large.n).toBeLessThanOrEqual(15);
    });
  });
});
