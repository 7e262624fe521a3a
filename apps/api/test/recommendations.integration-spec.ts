import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { seedEdition, seedGroup } from './support/cycle-fixtures.js';
import { seedBoardMeeting, seedGroupMember, seedMeeting } from './support/recommendations-fixtures.js';
import { gql, startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const DRAFT = `mutation($input: DraftRecommendationInput!) { draftRecommendation(input: $input) { id stage versionCount currentVersion { number authoredBy } } }`;
const SAVE = `mutation($input: SaveRecommendationVersionInput!) { saveRecommendationVersion(input: $input) { id versionCount currentVersion { number title { text translations { language status text } } } } }`;
const SUBMIT = `mutation($input: SubmitRecommendationInput!) { submitRecommendation(input: $input) { id stage } }`;
const START = `mutation($id: ID!) { startBoardReview(recommendationId: $id) { id stage } }`;
const ENDORSE = `mutation($input: EndorseRecommendationInput!) { endorseRecommendation(input: $input) { id stage } }`;
const AMEND = `mutation($input: AmendAndEndorseRecommendationInput!) { amendAndEndorseRecommendation(input: $input) { id stage } }`;
const MERGE = `mutation($input: MergeRecommendationInput!) { mergeRecommendation(input: $input) { id stage } }`;
const SEND_BACK = `mutation($input: SendBackRecommendationInput!) { sendBackRecommendation(input: $input) { id stage } }`;
const DECLINE = `mutation($input: DeclineRecommendationInput!) { declineRecommendation(input: $input) { id stage } }`;
const CONVERT = `mutation($input: ConvertToActionProposalsInput!) { convertToActionProposals(input: $input) { id stage proposals { number title { text } proposedOwner budgetEstimateCents status } } }`;
const PUT = `mutation($id: ID!) { putToAssembly(recommendationId: $id) { id stage proposals { number status } } }`;
const TIMELINE = `query($id: ID!) { recommendation(id: $id) {
  id stage availableTransitions
  timeline {
    recommendationId transition fromStage toStage reason occurredAt actor { displayName }
    groupMeeting { id } boardMeeting { id title } vote { inFavour against abstaining } conflicted { displayName }
    version { number authoredBy } diff { fromVersion toVersion changed title { kind text } body { kind text } }
  }
} }`;

const code = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.code;
const vote = { inFavour: 3, against: 0, abstaining: 1 };

describe('recommendations: drafting, versions and the cycle through the board', () => {
  let t: TestApp;
  let coop: string;
  let editionId: string;
  let groupId: string;
  let otherGroupId: string;
  let meetingId: string;
  let otherMeetingId: string;
  let boardMeetingId: string;
  const ids: Record<string, string> = {};
  const as: Record<string, TestAgent> = {};

  beforeAll(async () => {
    t = await startTestApp();
    coop = (await seedCooperative(t)).id;
    const people: [string, Parameters<typeof seedPerson>[1]['offices']][] = [
      ['boardA', ['BOARD_MEMBER']],
      ['boardB', ['BOARD_MEMBER']],
      ['chair', ['BOARD_CHAIR']],
      ['boardLead', ['BOARD_MEMBER']],
      ['director', ['MANAGING_DIRECTOR']],
      ['secretariat', ['SECRETARIAT']],
      ['lead', []],
      ['secretary', []],
      ['coordinator', []],
      ['participant', []],
      ['coauthor', []],
      ['member', []],
    ];
    for (const [name, offices] of people) {
      ids[name] = (
        await seedPerson(t, {
          email: `${name.toLowerCase()}@example.org`,
          name: name[0].toUpperCase() + name.slice(1),
          cooperativeId: coop,
          offices,
        })
      ).id;
    }
    editionId = await seedEdition(t, coop, 1);
    groupId = await seedGroup(t, editionId, 'The economic model');
    otherGroupId = await seedGroup(t, editionId, 'Transparency');
    await seedGroupMember(t, groupId, ids.lead, 'LEAD');
    await seedGroupMember(t, groupId, ids.boardLead, 'LEAD');
    await seedGroupMember(t, groupId, ids.secretary, 'SECRETARY');
    await seedGroupMember(t, groupId, ids.coordinator, 'COORDINATOR');
    await seedGroupMember(t, groupId, ids.participant, 'PARTICIPANT');
    await seedGroupMember(t, groupId, ids.coauthor, 'PARTICIPANT');
    await seedGroupMember(t, groupId, ids.member, 'PARTICIPANT', 'REQUESTED');
    meetingId = await seedMeeting(t, groupId);
    otherMeetingId = await seedMeeting(t, otherGroupId);
    boardMeetingId = await seedBoardMeeting(t, coop);
    for (const [name] of people) {
      as[name] = t.browser();
      await gql(as[name], LOGIN, { email: `${name.toLowerCase()}@example.org`, password: PASSWORD });
    }
  });
  afterAll(() => t.close());

  async function draft(
    title = 'Set up an internal ethics committee',
    body = 'An ethics committee of 15 members.',
  ): Promise<string> {
    const res = await gql(as.participant, DRAFT, { input: { groupId, language: 'en', title, body } });
    expect(res.errors).toBeUndefined();
    return res.data?.draftRecommendation.id;
  }
  async function underReview(title?: string): Promise<string> {
    const id = await draft(title);
    expect(
      (await gql(as.lead, SUBMIT, { input: { recommendationId: id, meetingId } })).data?.submitRecommendation.stage,
    ).toBe('SUBMITTED');
    expect((await gql(as.boardA, START, { id })).data?.startBoardReview.stage).toBe('UNDER_REVIEW');
    return id;
  }

  describe('drafting in the group', () => {
    let id: string;

    it('drafts version 1 by the group, with co-authors; someone outside the group may not', async () => {
      const res = await gql(as.participant, DRAFT, {
        input: {
          groupId,
          language: 'en',
          title: 'Set up an internal ethics committee',
          body: 'A committee of members.',
          rationale: 'Trust.',
          coAuthorIds: [ids.coauthor],
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.draftRecommendation).toMatchObject({
        stage: 'DRAFT',
        versionCount: 1,
        currentVersion: { number: 1, authoredBy: 'GROUP' },
      });
      id = res.data?.draftRecommendation.id;
      expect(
        code(await gql(as.member, DRAFT, { input: { groupId, language: 'en', title: 'Open up', body: 'x' } })),
      ).toBe('FORBIDDEN');
      expect(
        code(await gql(as.participant, DRAFT, { input: { groupId, language: 'en', title: 'Op', body: 'x' } })),
      ).toBe('VALIDATION');
      expect(
        code(
          await gql(as.participant, DRAFT, {
            input: { groupId, language: 'en', title: 'Open up', body: 'x', coAuthorIds: [ids.member] },
          }),
        ),
      ).toBe('VALIDATION');
    });

    it('makes every save a new version, and a save in another language a translation', async () => {
      const saved = await gql(as.participant, SAVE, {
        input: {
          recommendationId: id,
          language: 'en',
          title: 'Set up an internal ethics committee',
          body: 'A committee of 15 members with 2-year mandates.',
        },
      });
      expect(saved.errors).toBeUndefined();
      expect(saved.data?.saveRecommendationVersion.versionCount).toBe(2);
      const translated = await gql(as.coauthor, SAVE, {
        input: {
          recommendationId: id,
          language: 'fr',
          title: "Créer un comité d'éthique interne",
          body: 'Un comité de 15 membres.',
          machine: true,
        },
      });
      expect(translated.errors).toBeUndefined();
      const current = translated.data?.saveRecommendationVersion.currentVersion;
      expect(current.number).toBe(3);
      expect(current.title.text).toBe('Set up an internal ethics committee');
      expect(current.title.translations).toEqual([
        { language: 'nl', status: 'MISSING', text: null },
        { language: 'fr', status: 'MACHINE', text: "Créer un comité d'éthique interne" },
        { language: 'en', status: 'HUMAN', text: 'Set up an internal ethics committee' },
      ]);
      expect(
        code(
          await gql(as.member, SAVE, { input: { recommendationId: id, language: 'en', title: 'Open all', body: 'x' } }),
        ),
      ).toBe('FORBIDDEN');
      // The coordinator may draft but edits only as an author, a lead or the secretary.
      expect(
        code(
          await gql(as.coordinator, SAVE, {
            input: { recommendationId: id, language: 'en', title: 'Open all', body: 'x' },
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('compares any two versions word by word, and checks the action verb', async () => {
      const res = await gql(
        as.member,
        `query($id: ID!) { recommendation(id: $id) {
        titleStartsWithActionVerb coAuthors { displayName } versions { number authoredBy createdBy { displayName } }
        compare(fromVersion: 1, toVersion: 2, language: en) { changed title { kind text } body { kind text } }
        boardDiff { changed } group { id theme { text } } edition { period } availableTransitions
      } }`,
        { id },
      );
      expect(res.errors).toBeUndefined();
      const r = res.data?.recommendation;
      expect(r.titleStartsWithActionVerb).toBe(true);
      expect(r.coAuthors.map((p: { displayName: string }) => p.displayName).sort()).toEqual([
        'Coauthor',
        'Participant',
      ]);
      expect(r.versions.map((v: { number: number }) => v.number)).toEqual([1, 2, 3]);
      expect(r.versions[0]).toMatchObject({ authoredBy: 'GROUP', createdBy: { displayName: 'Participant' } });
      expect(r.compare.changed).toBe(true);
      expect(r.compare.title.every((p: { kind: string }) => p.kind === 'SAME')).toBe(true);
      expect(r.compare.body).toEqual([
        { kind: 'SAME', text: 'A committee of ' },
        { kind: 'ADDED', text: '15 ' },
        { kind: 'SAME', text: 'members' },
        { kind: 'ADDED', text: ' with 2-year mandates' },
        { kind: 'SAME', text: '.' },
      ]);
      expect(r.boardDiff).toBeNull();
      expect(r.group).toMatchObject({ id: groupId, theme: { text: 'The economic model' } });
      expect(r.availableTransitions).toEqual([]);
      const bad = await gql(
        as.member,
        `query($id: ID!) { recommendation(id: $id) { compare(fromVersion: 1, toVersion: 9) { changed } } }`,
        { id },
      );
      expect(code(bad)).toBe('VALIDATION');
      const leadView = await gql(as.lead, `query($id: ID!) { recommendation(id: $id) { availableTransitions } }`, {
        id,
      });
      expect(leadView.data?.recommendation.availableTransitions).toEqual(['submit']);
    });

    it('adds co-authors and testimonies', async () => {
      expect(
        code(
          await gql(as.lead, `mutation($i: AddCoAuthorInput!) { addCoAuthor(input: $i) { id } }`, {
            i: { recommendationId: id, personId: ids.member },
          }),
        ),
      ).toBe('VALIDATION');
      const added = await gql(
        as.lead,
        `mutation($i: AddCoAuthorInput!) { addCoAuthor(input: $i) { coAuthors { displayName } } }`,
        { i: { recommendationId: id, personId: ids.secretary } },
      );
      expect(added.data?.addCoAuthor.coAuthors).toHaveLength(3);
      const testimony = await gql(
        as.participant,
        `mutation($i: AddTestimonyInput!) { addTestimony(input: $i) { testimonies { quote { text } attributedTo } } }`,
        {
          i: {
            recommendationId: id,
            language: 'nl',
            quote: 'Vertrouwen is alles.',
            attributedTo: 'A worker member in Ghent',
          },
        },
      );
      expect(testimony.data?.addTestimony.testimonies).toEqual([
        { quote: { text: 'Vertrouwen is alles.' }, attributedTo: 'A worker member in Ghent' },
      ]);
      expect(
        code(
          await gql(as.member, `mutation($i: AddTestimonyInput!) { addTestimony(input: $i) { id } }`, {
            i: { recommendationId: id, language: 'en', quote: 'x', attributedTo: 'y' },
          }),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  describe('the whole path as the owning roles', () => {
    let id: string;

    it('submits: a lead or the secretary, citing a meeting of the group', async () => {
      id = await draft('Keep one solidarity rate for all', 'The rate stays at 6.5 %.');
      for (const who of ['participant', 'coordinator', 'member', 'boardA']) {
        expect([who, code(await gql(as[who], SUBMIT, { input: { recommendationId: id, meetingId } }))]).toEqual([
          who,
          'FORBIDDEN',
        ]);
      }
      expect(code(await gql(as.lead, SUBMIT, { input: { recommendationId: id, meetingId: otherMeetingId } }))).toBe(
        'VALIDATION',
      );
      const res = await gql(as.secretary, SUBMIT, {
        input: { recommendationId: id, meetingId, reason: 'Adopted unanimously.' },
      });
      expect(res.data?.submitRecommendation.stage).toBe('SUBMITTED');
      const again = await gql(as.lead, SUBMIT, { input: { recommendationId: id, meetingId } });
      expect(code(again)).toBe('CONFLICT');
      expect(again.errors?.[0].extensions?.stage).toBe('SUBMITTED');
      expect(
        code(
          await gql(as.participant, SAVE, {
            input: { recommendationId: id, language: 'en', title: 'Keep it', body: 'x' },
          }),
        ),
      ).toBe('CONFLICT');
    });

    it("shows the board's queue to the board and the managing director only", async () => {
      for (const who of ['boardA', 'director']) {
        const res = await gql(as[who], `query($c: ID!) { boardQueue(cooperativeId: $c) { id stage } }`, { c: coop });
        expect(res.data?.boardQueue).toEqual([{ id, stage: 'SUBMITTED' }]);
      }
      for (const who of ['member', 'lead'])
        expect(code(await gql(as[who], `query($c: ID!) { boardQueue(cooperativeId: $c) { id } }`, { c: coop }))).toBe(
          'FORBIDDEN',
        );
    });

    it('starts the review: board only; a board member who co-leads the group is told it is a conflict of interest', async () => {
      for (const who of ['member', 'participant', 'lead', 'secretary'])
        expect([who, code(await gql(as[who], START, { id }))]).toEqual([who, 'FORBIDDEN']);
      const conflicted = await gql(as.boardLead, START, { id });
      expect(code(conflicted)).toBe('FORBIDDEN');
      expect(conflicted.errors?.[0].message).toMatch(/conflict of interest/);
      expect(conflicted.errors?.[0].message).toMatch(/abstain/);
      expect((await gql(as.boardA, START, { id })).data?.startBoardReview.stage).toBe('UNDER_REVIEW');
      const board = await gql(as.boardA, `query($id: ID!) { recommendation(id: $id) { availableTransitions } }`, {
        id,
      });
      expect(board.data?.recommendation.availableTransitions).toEqual([
        'endorse',
        'amendAndEndorse',
        'merge',
        'sendBack',
        'decline',
      ]);
    });

    it('keeps review notes for the board', async () => {
      const NOTE = `mutation($i: AddReviewNoteInput!) { addReviewNote(input: $i) { id } }`;
      expect(code(await gql(as.lead, NOTE, { i: { recommendationId: id, body: 'Hm' } }))).toBe('FORBIDDEN');
      expect(
        (await gql(as.boardB, NOTE, { i: { recommendationId: id, body: 'Check the cost of the rate.' } })).errors,
      ).toBeUndefined();
      const NOTES = `query($id: ID!) { recommendation(id: $id) { reviewNotes { body author { displayName } } } }`;
      expect((await gql(as.chair, NOTES, { id })).data?.recommendation.reviewNotes).toEqual([
        { body: 'Check the cost of the rate.', author: { displayName: 'BoardB' } },
      ]);
      expect((await gql(as.member, NOTES, { id })).data?.recommendation.reviewNotes).toEqual([]);
    });

    it('records board meetings (board or secretariat)', async () => {
      const CREATE = `mutation($i: CreateBoardMeetingInput!) { createBoardMeeting(input: $i) { id heldOn title } }`;
      expect(
        code(await gql(as.member, CREATE, { i: { cooperativeId: coop, heldOn: '2016-05-10', title: 'May board' } })),
      ).toBe('FORBIDDEN');
      expect(
        code(
          await gql(as.secretariat, CREATE, { i: { cooperativeId: coop, heldOn: '10/05/2016', title: 'May board' } }),
        ),
      ).toBe('VALIDATION');
      const res = await gql(as.secretariat, CREATE, {
        i: { cooperativeId: coop, heldOn: '2016-05-10', title: 'May board' },
      });
      expect(res.data?.createBoardMeeting).toMatchObject({ heldOn: '2016-05-10', title: 'May board' });
      const list = await gql(as.chair, `query($c: ID!) { boardMeetings(cooperativeId: $c) { title } }`, { c: coop });
      expect(list.data?.boardMeetings.map((m: { title: string }) => m.title)).toEqual(['May board', 'Board meeting']);
      expect(code(await gql(as.member, `query($c: ID!) { boardMeetings(cooperativeId: $c) { id } }`, { c: coop }))).toBe('FORBIDDEN');
    });

    it('amends and endorses: a new version by the board, the group text stays, the diff is shown', async () => {
      const input = {
        recommendationId: id,
        boardMeetingId,
        vote,
        language: 'en',
        title: 'Keep one solidarity rate for all',
        body: 'The rate stays at 6.5 % for everyone.',
      };
      expect(code(await gql(as.boardA, AMEND, { input }))).toBe('VALIDATION');
      expect(code(await gql(as.lead, AMEND, { input: { ...input, reason: 'Clarified' } }))).toBe('FORBIDDEN');
      expect(
        code(
          await gql(as.boardA, AMEND, {
            input: { ...input, reason: 'Clarified', vote: { inFavour: 1, against: 2, abstaining: 0 } },
          }),
        ),
      ).toBe('VALIDATION');
      expect(
        code(
          await gql(as.boardA, AMEND, {
            input: { ...input, reason: 'Clarified', vote: { inFavour: 9, against: 0, abstaining: 0 } },
          }),
        ),
      ).toBe('VALIDATION');
      const res = await gql(as.boardA, AMEND, { input: { ...input, reason: 'Clarified who the rate applies to.' } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.amendAndEndorseRecommendation.stage).toBe('AMENDED');
      const view = await gql(
        as.member,
        `query($id: ID!) { recommendation(id: $id) {
        versionCount groupVersion { number authoredBy body { text } } boardVersion { number authoredBy body { text } }
        currentVersion { authoredBy } boardDiff { changed body { kind text } }
      } }`,
        { id },
      );
      const r = view.data?.recommendation;
      expect(r.versionCount).toBe(2);
      expect(r.groupVersion).toEqual({ number: 1, authoredBy: 'GROUP', body: { text: 'The rate stays at 6.5 %.' } });
      expect(r.boardVersion).toEqual({
        number: 2,
        authoredBy: 'BOARD',
        body: { text: 'The rate stays at 6.5 % for everyone.' },
      });
      expect(r.currentVersion.authoredBy).toBe('BOARD');
      expect(r.boardDiff.changed).toBe(true);
      expect(r.boardDiff.body).toContainEqual({ kind: 'ADDED', text: ' for everyone' });
      const timeline = (await gql(as.member, TIMELINE, { id })).data?.recommendation.timeline;
      expect(timeline.map((s: { transition: string }) => s.transition)).toEqual([
        'submit',
        'startReview',
        'amendAndEndorse',
      ]);
      // The board's votes record the group's leads who sit on the board as abstaining for conflict of interest;
      // steps without a vote (submitting, opening the review) do not.
      expect(timeline[0].conflicted).toEqual([]);
      expect(timeline[1].conflicted).toEqual([]);
      expect(timeline[2].conflicted).toEqual([{ displayName: 'BoardLead' }]);
      expect(timeline[0]).toMatchObject({
        fromStage: 'DRAFT',
        toStage: 'SUBMITTED',
        actor: { displayName: 'Secretary' },
        reason: 'Adopted unanimously.',
        groupMeeting: { id: meetingId },
        version: { number: 1 },
      });
      const amend = timeline[2];
      expect(amend).toMatchObject({
        fromStage: 'UNDER_REVIEW',
        toStage: 'AMENDED',
        actor: { displayName: 'BoardA' },
        reason: 'Clarified who the rate applies to.',
        boardMeeting: { id: boardMeetingId, title: 'Board meeting' },
        vote,
        conflicted: [{ displayName: 'BoardLead' }],
        version: { number: 2, authoredBy: 'BOARD' },
      });
      expect(amend.diff).toMatchObject({ fromVersion: 1, toVersion: 2, changed: true });
      expect(amend.diff.body).toContainEqual({ kind: 'ADDED', text: ' for everyone' });
      // Both texts stay: versions are append-only in the database too.
      await expect(
        t.sql(`UPDATE recommendation_version SET number = 9 WHERE recommendation_id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
    });

    it('converts into numbered action proposals, then puts them to the assembly', async () => {
      expect(code(await gql(as.boardA, CONVERT, { input: { recommendationId: id, proposals: [] } }))).toBe(
        'VALIDATION',
      );
      const proposals = [
        {
          language: 'en',
          title: 'Keep the rate at 6.5 %',
          body: 'For all members.',
          proposedOwner: 'Finance',
          budgetEstimateCents: 0,
        },
        { language: 'en', title: 'Review the rate yearly', body: 'At each assembly.' },
      ];
      expect(code(await gql(as.lead, CONVERT, { input: { recommendationId: id, proposals } }))).toBe('FORBIDDEN');
      expect(code(await gql(as.boardLead, CONVERT, { input: { recommendationId: id, proposals } }))).toBe('FORBIDDEN');
      const res = await gql(as.chair, CONVERT, { input: { recommendationId: id, proposals } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.convertToActionProposals).toMatchObject({
        stage: 'CONVERTED',
        proposals: [
          {
            number: 1,
            title: { text: 'Keep the rate at 6.5 %' },
            proposedOwner: 'Finance',
            budgetEstimateCents: '0',
            status: 'PROPOSED',
          },
          {
            number: 2,
            title: { text: 'Review the rate yearly' },
            proposedOwner: null,
            budgetEstimateCents: null,
            status: 'PROPOSED',
          },
        ],
      });
      expect(code(await gql(as.member, PUT, { id }))).toBe('FORBIDDEN');
      const put = await gql(as.chair, PUT, { id });
      expect(put.data?.putToAssembly).toEqual({
        id,
        stage: 'AT_ASSEMBLY',
        proposals: [
          { number: 1, status: 'ON_AGENDA' },
          { number: 2, status: 'ON_AGENDA' },
        ],
      });
      expect(code(await gql(as.chair, PUT, { id }))).toBe('CONFLICT');
    });

    it('notified every active member of the group but the actor, and wrote audit events', async () => {
      const rows = await t.sql<{ kind: string; person_id: string }>(
        `SELECT kind, person_id FROM notification WHERE subject_id = $1`,
        [id],
      );
      const submitted = rows
        .filter((r) => r.kind === 'recommendation.submit')
        .map((r) => r.person_id)
        .sort();
      // Active members: lead, boardLead, secretary (the actor), coordinator, participant, coauthor; not the requested member.
      expect(submitted).toEqual([ids.lead, ids.boardLead, ids.coordinator, ids.participant, ids.coauthor].sort());
      expect(rows.filter((r) => r.kind === 'recommendation.amendAndEndorse')).toHaveLength(6);
      const events = await t.sql<{ action: string; actor_id: string; reason: string | null }>(
        `SELECT action, actor_id, reason FROM audit_event WHERE subject_id = $1 ORDER BY id`,
        [id],
      );
      expect(events.map((e) => e.action)).toEqual([
        'recommendation.draft',
        'recommendation.submit',
        'recommendation.startReview',
        'recommendation.addReviewNote',
        'recommendation.amendAndEndorse',
        'recommendation.convert',
        'recommendation.putToAssembly',
      ]);
      expect(events[4]).toMatchObject({ actor_id: ids.boardA, reason: 'Clarified who the rate applies to.' });
    });
  });

  describe('other board decisions', () => {
    it('lets exactly one of two board members endorsing at once succeed', async () => {
      const id = await underReview('Open up to all profiles');
      const input = { recommendationId: id, boardMeetingId, vote };
      const results = await Promise.all([gql(as.boardA, ENDORSE, { input }), gql(as.boardB, ENDORSE, { input })]);
      const ok = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect(ok).toHaveLength(1);
      expect(ok[0].data?.endorseRecommendation.stage).toBe('ENDORSED');
      expect(refused.map(code)).toEqual(['CONFLICT']);
      expect(refused[0].errors?.[0].extensions?.stage).toBe('ENDORSED');
      const [{ n }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM recommendation_step WHERE recommendation_id = $1 AND transition = 'endorse'`,
        [id],
      );
      expect(n).toBe(1);
    });

    it('declines with a reason every member reads', async () => {
      const id = await underReview('Create a new internal currency');
      expect(code(await gql(as.chair, DECLINE, { input: { recommendationId: id, boardMeetingId, vote } }))).toBe(
        'VALIDATION',
      );
      expect(
        code(await gql(as.chair, DECLINE, { input: { recommendationId: id, boardMeetingId, vote, reason: '   ' } })),
      ).toBe('VALIDATION');
      expect(
        code(await gql(as.boardLead, DECLINE, { input: { recommendationId: id, boardMeetingId, vote, reason: 'No' } })),
      ).toBe('FORBIDDEN');
      expect(
        code(
          await gql(as.chair, DECLINE, {
            input: { recommendationId: id, boardMeetingId: '00000000-0000-4000-8000-000000000000', vote, reason: 'No' },
          }),
        ),
      ).toBe('VALIDATION');
      const res = await gql(as.chair, DECLINE, {
        input: { recommendationId: id, boardMeetingId, vote, reason: 'Outside the legal frame of a cooperative.' },
      });
      expect(res.data?.declineRecommendation.stage).toBe('DECLINED');
      const seen = await gql(as.member, TIMELINE, { id });
      expect(seen.data?.recommendation.stage).toBe('DECLINED');
      expect(seen.data?.recommendation.timeline.at(-1)).toMatchObject({
        transition: 'decline',
        reason: 'Outside the legal frame of a cooperative.',
        actor: { displayName: 'Chair' },
      });
      expect(seen.data?.recommendation.availableTransitions).toEqual([]);
    });

    it('merges into another recommendation of the edition, keeping the trail on both', async () => {
      const target = await underReview('Strengthen the training offer');
      const source = await underReview('Train the members in governance');
      const declined = await underReview('Simplify everything');
      await gql(as.chair, DECLINE, {
        input: { recommendationId: declined, boardMeetingId, vote, reason: 'Too vague.' },
      });
      const input = {
        recommendationId: source,
        intoRecommendationId: target,
        boardMeetingId,
        vote,
        reason: 'The same training plan.',
      };
      expect(code(await gql(as.boardA, MERGE, { input: { ...input, intoRecommendationId: declined } }))).toBe(
        'VALIDATION',
      );
      expect(code(await gql(as.boardA, MERGE, { input: { ...input, intoRecommendationId: source } }))).toBe(
        'VALIDATION',
      );
      expect(code(await gql(as.boardA, MERGE, { input: { ...input, reason: undefined } }))).toBe('VALIDATION');
      const res = await gql(as.boardA, MERGE, { input });
      expect(res.data?.mergeRecommendation.stage).toBe('MERGED');
      const view = await gql(
        as.member,
        `query($s: ID!, $t: ID!) {
        s: recommendation(id: $s) { mergedInto { id stage title { text } } timeline { transition } }
        t: recommendation(id: $t) { mergedFrom { id stage title { text } } timeline { recommendationId transition reason } }
      }`,
        { s: source, t: target },
      );
      expect(view.errors).toBeUndefined();
      expect(view.data?.s.mergedInto).toEqual({
        id: target,
        stage: 'UNDER_REVIEW',
        title: { text: 'Strengthen the training offer' },
      });
      expect(view.data?.s.timeline.at(-1).transition).toBe('merge');
      expect(view.data?.t.mergedFrom).toEqual([
        { id: source, stage: 'MERGED', title: { text: 'Train the members in governance' } },
      ]);
      expect(view.data?.t.timeline).toContainEqual({
        recommendationId: source,
        transition: 'merge',
        reason: 'The same training plan.',
      });
    });

    it('sends back to the group with questions: a draft again, which the group can edit and resubmit', async () => {
      const id = await underReview('Measure the social impact');
      expect(code(await gql(as.boardA, SEND_BACK, { input: { recommendationId: id } }))).toBe('VALIDATION');
      expect(code(await gql(as.lead, SEND_BACK, { input: { recommendationId: id, reason: 'Why?' } }))).toBe(
        'FORBIDDEN',
      );
      const res = await gql(as.boardA, SEND_BACK, {
        input: { recommendationId: id, reason: 'Which indicators do you propose?' },
      });
      expect(res.data?.sendBackRecommendation.stage).toBe('DRAFT');
      expect(code(await gql(as.boardA, ENDORSE, { input: { recommendationId: id, boardMeetingId, vote } }))).toBe(
        'CONFLICT',
      );
      const saved = await gql(as.participant, SAVE, {
        input: {
          recommendationId: id,
          language: 'en',
          title: 'Measure the social impact',
          body: 'With three indicators.',
        },
      });
      expect(saved.errors).toBeUndefined();
      await gql(as.lead, SUBMIT, { input: { recommendationId: id, meetingId } });
      const timeline = (await gql(as.member, TIMELINE, { id })).data?.recommendation.timeline;
      expect(timeline.map((s: { transition: string }) => s.transition)).toEqual([
        'submit',
        'startReview',
        'sendBack',
        'submit',
      ]);
      expect(timeline[2]).toMatchObject({ reason: 'Which indicators do you propose?', toStage: 'DRAFT', vote: null });
      // The resubmission shows what changed since the first submission.
      expect(timeline[3].diff).toMatchObject({ fromVersion: 1, toVersion: 2, changed: true });
      expect(timeline[0].diff).toBeNull();
    });

    it('refuses unknown recommendations and other cooperatives', async () => {
      expect(code(await gql(as.boardA, START, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      const other = (await seedCooperative(t, 'other', 'Other')).id;
      await seedPerson(t, { email: 'outsider@example.org', cooperativeId: other, offices: ['BOARD_MEMBER'] });
      const outsider = t.browser();
      await gql(outsider, LOGIN, { email: 'outsider@example.org', password: PASSWORD });
      const id = await underReview('Share the annual accounts');
      expect(code(await gql(outsider, `query($id: ID!) { recommendation(id: $id) { id } }`, { id }))).toBe('FORBIDDEN');
      expect(code(await gql(outsider, ENDORSE, { input: { recommendationId: id, boardMeetingId, vote } }))).toBe(
        'FORBIDDEN',
      );
      expect(
        code(await gql(outsider, `query($e: ID!) { recommendations(editionId: $e) { id } }`, { e: editionId })),
      ).toBe('FORBIDDEN');
      expect(code(await gql(outsider, `query($c: ID!) { boardQueue(cooperativeId: $c) { id } }`, { c: coop }))).toBe(
        'FORBIDDEN',
      );
      const declined = await gql(
        as.member,
        `query($e: ID!) { recommendations(editionId: $e, stage: DECLINED) { stage currentVersion { title { text } } } }`,
        { e: editionId },
      );
      expect(
        declined.data?.recommendations
          .map((r: { currentVersion: { title: { text: string } } }) => r.currentVersion.title.text)
          .sort(),
      ).toEqual(['Create a new internal currency', 'Simplify everything']);
    });
  });
});
