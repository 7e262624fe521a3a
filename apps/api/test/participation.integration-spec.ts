import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson, type SeededCooperative } from './support/fixtures.js';
import { seedEdition, seedGroup, seedRecommendation } from './support/cycle-fixtures.js';
import { gql, startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const SMALL_TALK_FIELDS = `id heldOn groupId theme { text } branch { name } host { displayName } title { text language } report { text language } commentCount`;
const HOST = `mutation($input: HostSmallTalkInput!) { hostSmallTalk(input: $input) { ${SMALL_TALK_FIELDS} } }`;
const REPORT_TALK = `mutation($input: ReportSmallTalkInput!) { reportSmallTalk(input: $input) { ${SMALL_TALK_FIELDS} } }`;
const SMALL_TALKS = `query($edition: ID!, $group: ID) { smallTalks(editionId: $edition, groupId: $group) { ${SMALL_TALK_FIELDS} } }`;
const SMALL_TALK = `query($id: ID!) { smallTalk(id: $id) { ${SMALL_TALK_FIELDS} } }`;

const WRITING_FIELDS = `id status authorName authorKind groupId theme { text } title { text } body { text } submittedBy { displayName } decidedBy { displayName } decidedAt decisionReason commentCount`;
const SUBMIT = `mutation($input: SubmitWritingInput!) { submitWriting(input: $input) { ${WRITING_FIELDS} } }`;
const DECIDE = `mutation($input: DecideWritingInput!) { decideWriting(input: $input) { ${WRITING_FIELDS} } }`;
const WRITINGS = `query($edition: ID!, $group: ID, $status: WritingStatus) { writings(editionId: $edition, groupId: $group, status: $status) { id status title { text } } }`;
const WRITING = `query($id: ID!) { writing(id: $id) { ${WRITING_FIELDS} } }`;

const COMMENT_FIELDS = `id parentId depth subjectType subjectId language body createdAt reportedByViewer author { displayName } hidden { at reason by { displayName } }`;
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { ${COMMENT_FIELDS} } }`;
const COMMENTS = `query($type: CommentSubjectType!, $id: ID!) { comments(subjectType: $type, subjectId: $id) { ${COMMENT_FIELDS} } }`;
const REPORT_COMMENT = `mutation($input: ReportCommentInput!) { reportComment(input: $input) { id reportedByViewer } }`;
const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { ${COMMENT_FIELDS} } }`;
const QUEUE = `query($coop: ID!, $all: Boolean) { moderationQueue(cooperativeId: $coop, includeHidden: $all) { comment { id body author { displayName } } reports { reason reporter { displayName } createdAt } } }`;

const code = (res: GqlResult): unknown => res.errors?.[0]?.extensions?.code;
const fields = (res: GqlResult): string[] =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string }) => f.field);

describe('participation: small talks, writings and comments', () => {
  let t: TestApp;
  let coop: SeededCooperative;
  let other: SeededCooperative;
  let edition: string;
  let group: string;
  let otherEdition: string;
  let otherGroup: string;
  let recommendation: string;
  let otherRecommendation: string;
  const as: Record<'host' | 'member' | 'secretariat' | 'staff' | 'board' | 'outsider', TestAgent> = {} as never;
  let queries = 0;

  beforeAll(async () => {
    t = await startTestApp({ onQuery: () => void queries++ });
    coop = await seedCooperative(t);
    other = await seedCooperative(t, 'other', 'Other Coop');
    edition = await seedEdition(t, coop.id);
    group = await seedGroup(t, edition, 'Economic transparency');
    otherEdition = await seedEdition(t, other.id);
    otherGroup = await seedGroup(t, otherEdition, 'Elsewhere');
    recommendation = await seedRecommendation(t, group);
    otherRecommendation = await seedRecommendation(t, otherGroup);
    const people = {
      host: { email: 'host@example.org', name: 'Hanne Host', cooperativeId: coop.id },
      member: { email: 'member@example.org', name: 'Mia Member', cooperativeId: coop.id },
      secretariat: {
        email: 'sec@example.org',
        name: 'Sam Secretariat',
        cooperativeId: coop.id,
        offices: ['SECRETARIAT' as const],
      },
      staff: { email: 'staff@example.org', name: 'Stijn Staff', cooperativeId: coop.id, offices: ['STAFF' as const] },
      board: {
        email: 'board@example.org',
        name: 'Bea Board',
        cooperativeId: coop.id,
        offices: ['BOARD_MEMBER' as const],
      },
      outsider: {
        email: 'outsider@example.org',
        name: 'Otto Outsider',
        cooperativeId: other.id,
        offices: ['SECRETARIAT' as const],
      },
    };
    for (const [role, person] of Object.entries(people) as [keyof typeof as, (typeof people)[keyof typeof people]][]) {
      await seedPerson(t, person);
      as[role] = t.browser();
      await gql(as[role], LOGIN, { email: person.email, password: PASSWORD });
    }
  });
  afterAll(() => t.close());

  const hostTalk = (agent: TestAgent, input: Record<string, unknown> = {}) =>
    gql(agent, HOST, {
      input: {
        editionId: edition,
        groupId: group,
        branchId: coop.branches['Gent'],
        heldOn: '2016-03-14',
        language: 'nl',
        title: 'Small talk in Gent',
        ...input,
      },
    });
  const submitWriting = (agent: TestAgent, input: Record<string, unknown> = {}) =>
    gql(agent, SUBMIT, {
      input: {
        editionId: edition,
        groupId: group,
        authorName: 'A. Researcher',
        authorKind: 'RESEARCHER',
        language: 'fr',
        title: 'Le travail autonome',
        body: 'Un essai.',
        ...input,
      },
    });
  const post = (agent: TestAgent, input: Record<string, unknown>) =>
    gql(agent, POST, { input: { language: 'en', body: 'A comment.', ...input } });
  const auditActions = async (subjectId: string) =>
    (
      await t.sql<{ action: string }>(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [subjectId])
    ).map((r) => r.action);

  describe('small talks', () => {
    it('lets any member host one at a branch, feeding a theme, and records it', async () => {
      const res = await hostTalk(as.host);
      expect(res.errors).toBeUndefined();
      const talk = res.data?.hostSmallTalk;
      expect(talk).toMatchObject({
        heldOn: '2016-03-14',
        groupId: group,
        theme: { text: 'Economic transparency' },
        branch: { name: 'Gent' },
        host: { displayName: 'Hanne Host' },
        title: { text: 'Small talk in Gent', language: 'nl' },
        report: null,
        commentCount: 0,
      });
      expect(await auditActions(talk.id)).toEqual(['smallTalk.host']);
      const listed = await gql(as.member, SMALL_TALKS, { edition });
      expect(listed.data?.smallTalks.map((s: { id: string }) => s.id)).toContain(talk.id);
      expect((await gql(as.member, SMALL_TALK, { id: talk.id })).data?.smallTalk.title.text).toBe('Small talk in Gent');
    });

    it('takes its report from the host or a coordinator only', async () => {
      const talk = (
        await hostTalk(as.host, { title: 'Small talk in Liège', branchId: coop.branches['Liège'], language: 'fr' })
      ).data?.hostSmallTalk;
      const input = { smallTalkId: talk.id, language: 'fr', report: 'On a parlé de la contribution solidaire.' };
      expect(code(await gql(as.member, REPORT_TALK, { input }))).toBe('FORBIDDEN');
      expect(code(await gql(as.board, REPORT_TALK, { input }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, REPORT_TALK, { input }))).toBe('FORBIDDEN');
      const byHost = await gql(as.host, REPORT_TALK, { input });
      expect(byHost.data?.reportSmallTalk.report).toEqual({
        text: 'On a parlé de la contribution solidaire.',
        language: 'fr',
      });
      const byStaff = await gql(as.staff, REPORT_TALK, {
        input: { ...input, language: 'en', report: 'We discussed the solidarity contribution.' },
      });
      expect(byStaff.data?.reportSmallTalk.report).toEqual({
        text: 'We discussed the solidarity contribution.',
        language: 'en',
      });
      expect(await auditActions(talk.id)).toEqual(['smallTalk.host', 'smallTalk.report', 'smallTalk.report']);
      expect(code(await gql(as.host, REPORT_TALK, { input: { ...input, report: '   ' } }))).toBe('VALIDATION');
    });

    it('refuses a branch or group of another cooperative, a bad day and an empty title', async () => {
      const wrongBranch = await hostTalk(as.host, { branchId: other.branches['Gent'] });
      expect(code(wrongBranch)).toBe('VALIDATION');
      expect(fields(wrongBranch)).toEqual(['branchId']);
      const wrongGroup = await hostTalk(as.host, { groupId: otherGroup });
      expect(fields(wrongGroup)).toEqual(['groupId']);
      expect(fields(await hostTalk(as.host, { heldOn: '2016-02-30' }))).toEqual(['heldOn']);
      expect(fields(await hostTalk(as.host, { heldOn: '14/03/2016' }))).toEqual(['heldOn']);
      expect(fields(await hostTalk(as.host, { title: '  ' }))).toEqual(['title']);
      expect(code(await hostTalk(as.host, { editionId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(await t.sql(`SELECT 1 FROM small_talk WHERE branch_id = $1`, [other.branches['Gent']])).toHaveLength(0);
    });

    it('lists small talks with their host, branch, theme and comment count in a constant number of queries', async () => {
      const count = async () => {
        const before = queries;
        const res = await gql(as.member, SMALL_TALKS, { edition });
        expect(res.errors).toBeUndefined();
        return { queries: queries - before, talks: res.data?.smallTalks.length as number };
      };
      const small = await count();
      for (const agent of [as.member, as.secretariat, as.staff, as.board, as.member, as.host]) {
        await hostTalk(agent, { branchId: coop.branches['Liège'], title: 'One more' });
      }
      const large = await count();
      expect(large.talks).toBe(small.talks + 6);
      expect(large.queries).toBe(small.queries);
    });

    it('refuses a member of another cooperative, even one of its office holders', async () => {
      expect(code(await hostTalk(as.outsider))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, SMALL_TALKS, { edition }))).toBe('FORBIDDEN');
      const [talk] = await t.sql<{ id: string }>(`SELECT id FROM small_talk LIMIT 1`);
      expect(code(await gql(as.outsider, SMALL_TALK, { id: talk.id }))).toBe('FORBIDDEN');
    });
  });

  describe('writings', () => {
    it('shows a submitted writing only to the coordinators and its submitter until accepted', async () => {
      const submitted = await submitWriting(as.member);
      expect(submitted.errors).toBeUndefined();
      const writing = submitted.data?.submitWriting;
      expect(writing).toMatchObject({
        status: 'SUBMITTED',
        authorKind: 'RESEARCHER',
        theme: { text: 'Economic transparency' },
        submittedBy: { displayName: 'Mia Member' },
        decidedBy: null,
      });
      const ids = async (agent: TestAgent) =>
        (await gql(agent, WRITINGS, { edition })).data?.writings.map((w: { id: string }) => w.id);
      expect(await ids(as.member)).toContain(writing.id);
      expect(await ids(as.secretariat)).toContain(writing.id);
      expect(await ids(as.host)).not.toContain(writing.id);
      expect(code(await gql(as.host, WRITING, { id: writing.id }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, WRITINGS, { edition }))).toBe('FORBIDDEN');

      const accept = { writingId: writing.id, accept: true, reason: null };
      expect(code(await gql(as.member, DECIDE, { input: accept }))).toBe('FORBIDDEN');
      expect(code(await gql(as.board, DECIDE, { input: accept }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, DECIDE, { input: accept }))).toBe('FORBIDDEN');
      const accepted = await gql(as.staff, DECIDE, { input: accept });
      expect(accepted.data?.decideWriting).toMatchObject({
        status: 'ACCEPTED',
        decidedBy: { displayName: 'Stijn Staff' },
      });
      expect(await ids(as.host)).toContain(writing.id);
      expect((await gql(as.host, WRITING, { id: writing.id })).data?.writing.body.text).toBe('Un essai.');
      expect(code(await gql(as.secretariat, DECIDE, { input: { ...accept, accept: false, reason: 'Too late' } }))).toBe(
        'CONFLICT',
      );
      expect(await auditActions(writing.id)).toEqual(['writing.submit', 'writing.accept']);
    });

    it('declines only with a reason, and keeps declined writings out of the public list', async () => {
      const writing = (await submitWriting(as.host, { title: 'Hors sujet' })).data?.submitWriting;
      const noReason = await gql(as.secretariat, DECIDE, {
        input: { writingId: writing.id, accept: false, reason: '  ' },
      });
      expect(code(noReason)).toBe('VALIDATION');
      expect(fields(noReason)).toEqual(['reason']);
      const declined = await gql(as.secretariat, DECIDE, {
        input: { writingId: writing.id, accept: false, reason: 'Off the theme.' },
      });
      expect(declined.data?.decideWriting).toMatchObject({ status: 'DECLINED', decisionReason: 'Off the theme.' });
      const declinedFor = async (agent: TestAgent) =>
        (await gql(agent, WRITINGS, { edition, status: 'DECLINED' })).data?.writings.map((w: { id: string }) => w.id);
      expect(await declinedFor(as.host)).toEqual([writing.id]);
      expect(await declinedFor(as.staff)).toEqual([writing.id]);
      expect(await declinedFor(as.member)).toEqual([]);
      const [event] = await t.sql<{ action: string; reason: string }>(
        `SELECT action, reason FROM audit_event WHERE subject_id = $1 AND action = 'writing.decline'`,
        [writing.id],
      );
      expect(event.reason).toBe('Off the theme.');
    });

    it('lets only one of two coordinators deciding at once win', async () => {
      const writing = (await submitWriting(as.member, { title: 'Race' })).data?.submitWriting;
      const [a, b] = await Promise.all([
        gql(as.secretariat, DECIDE, { input: { writingId: writing.id, accept: true } }),
        gql(as.staff, DECIDE, { input: { writingId: writing.id, accept: false, reason: 'No' } }),
      ]);
      expect([a, b].filter((r) => !r.errors)).toHaveLength(1);
      expect([a, b].map(code).filter(Boolean)).toEqual(['CONFLICT']);
      expect(
        await t.sql(
          `SELECT 1 FROM audit_event WHERE subject_id = $1 AND action IN ('writing.accept', 'writing.decline')`,
          [writing.id],
        ),
      ).toHaveLength(1);
    });

    it('refuses bad input with typed codes', async () => {
      const empty = await submitWriting(as.member, { body: ' ', authorName: '' });
      expect(code(empty)).toBe('VALIDATION');
      expect(fields(empty).sort()).toEqual(['authorName', 'body']);
      expect(fields(await submitWriting(as.member, { groupId: otherGroup }))).toEqual(['groupId']);
      expect(code(await submitWriting(as.member, { authorKind: 'ASTROLOGER' }))).toBe('BAD_REQUEST');
      expect(code(await submitWriting(as.outsider))).toBe('FORBIDDEN');
      expect(code(await gql(as.member, WRITING, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    });
  });

  describe('comments', () => {
    let talk: string;

    beforeAll(async () => {
      talk = (await hostTalk(as.host, { title: 'Thread' })).data?.hostSmallTalk.id;
    });

    it('threads replies under their parent, in time order, with depth', async () => {
      const root = (await post(as.host, { subjectType: 'SMALL_TALK', subjectId: talk, body: 'What do you think?' }))
        .data?.postComment;
      expect(root).toMatchObject({
        depth: 0,
        parentId: null,
        author: { displayName: 'Hanne Host' },
        body: 'What do you think?',
        hidden: null,
      });
      const reply = (
        await post(as.member, {
          subjectType: 'SMALL_TALK',
          subjectId: talk,
          parentId: root.id,
          body: 'One rate for all.',
          language: 'nl',
        })
      ).data?.postComment;
      expect(reply).toMatchObject({ depth: 1, parentId: root.id });
      const deeper = (
        await post(as.secretariat, { subjectType: 'SMALL_TALK', subjectId: talk, parentId: reply.id, body: 'Agreed.' })
      ).data?.postComment;
      expect(deeper.depth).toBe(2);
      const second = (await post(as.staff, { subjectType: 'SMALL_TALK', subjectId: talk, body: 'Another topic.' })).data
        ?.postComment;
      const thread = (await gql(as.member, COMMENTS, { type: 'SMALL_TALK', id: talk })).data?.comments;
      expect(
        thread.map((c: { id: string; depth: number; parentId: string | null }) => [c.id, c.depth, c.parentId]),
      ).toEqual([
        [root.id, 0, null],
        [reply.id, 1, root.id],
        [deeper.id, 2, reply.id],
        [second.id, 0, null],
      ]);
      expect(thread[1]).toMatchObject({ language: 'nl', author: { displayName: 'Mia Member' } });
      expect((await gql(as.member, SMALL_TALK, { id: talk })).data?.smallTalk.commentCount).toBe(4);
      expect(await auditActions(root.id)).toEqual(['comment.post']);
    });

    it('comments on recommendations and accepted writings of your own cooperative only', async () => {
      const onRec = await post(as.member, { subjectType: 'RECOMMENDATION', subjectId: recommendation });
      expect(onRec.data?.postComment.subjectId).toBe(recommendation);
      expect(code(await post(as.member, { subjectType: 'RECOMMENDATION', subjectId: otherRecommendation }))).toBe(
        'FORBIDDEN',
      );
      expect(code(await post(as.outsider, { subjectType: 'RECOMMENDATION', subjectId: recommendation }))).toBe(
        'FORBIDDEN',
      );
      expect(code(await post(as.outsider, { subjectType: 'SMALL_TALK', subjectId: talk }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, COMMENTS, { type: 'SMALL_TALK', id: talk }))).toBe('FORBIDDEN');
      expect(code(await post(as.member, { subjectType: 'SMALL_TALK', subjectId: recommendation }))).toBe('NOT_FOUND');

      const pending = (await submitWriting(as.member, { title: 'Pending' })).data?.submitWriting;
      expect(code(await post(as.host, { subjectType: 'WRITING', subjectId: pending.id }))).toBe('FORBIDDEN');
      expect(code(await gql(as.host, COMMENTS, { type: 'WRITING', id: pending.id }))).toBe('FORBIDDEN');
      await gql(as.staff, DECIDE, { input: { writingId: pending.id, accept: true } });
      expect((await post(as.host, { subjectType: 'WRITING', subjectId: pending.id })).errors).toBeUndefined();
      expect((await gql(as.host, WRITING, { id: pending.id })).data?.writing.commentCount).toBe(1);
    });

    it('refuses an empty or too long body and a parent from another thread', async () => {
      const base = { subjectType: 'SMALL_TALK', subjectId: talk };
      expect(fields(await post(as.member, { ...base, body: ' \n ' }))).toEqual(['body']);
      expect(fields(await post(as.member, { ...base, body: 'x'.repeat(10_001) }))).toEqual(['body']);
      expect((await post(as.member, { ...base, body: 'x'.repeat(10_000) })).errors).toBeUndefined();
      const elsewhere = (await post(as.member, { subjectType: 'RECOMMENDATION', subjectId: recommendation })).data
        ?.postComment;
      const wrongParent = await post(as.member, { ...base, parentId: elsewhere.id });
      expect(code(wrongParent)).toBe('VALIDATION');
      expect(fields(wrongParent)).toEqual(['parentId']);
      expect(fields(await post(as.member, { ...base, parentId: '00000000-0000-4000-8000-000000000000' }))).toEqual([
        'parentId',
      ]);
      expect(code(await post(as.member, { ...base, subjectId: 'not-an-id' }))).toBe('VALIDATION');
    });

    it('loads the authors of a long thread without one query per comment', async () => {
      const count = async (subjectId: string) => {
        const before = queries;
        const res = await gql(as.member, COMMENTS, { type: 'RECOMMENDATION', id: subjectId });
        expect(res.errors).toBeUndefined();
        return { queries: queries - before, comments: res.data?.comments.length as number };
      };
      const few = await seedRecommendation(t, group);
      const many = await seedRecommendation(t, group);
      const authors = [as.host, as.member, as.secretariat, as.staff, as.board];
      for (let i = 0; i < 2; i++) await post(authors[i], { subjectType: 'RECOMMENDATION', subjectId: few });
      for (let i = 0; i < 20; i++)
        await post(authors[i % authors.length], { subjectType: 'RECOMMENDATION', subjectId: many });
      const small = await count(few);
      const large = await count(many);
      expect([small.comments, large.comments]).toEqual([2, 20]);
      expect(large.queries).toBe(small.queries);
    });

    describe('reporting and moderation', () => {
      let target: string;

      beforeAll(async () => {
        target = (await post(as.host, { subjectType: 'SMALL_TALK', subjectId: talk, body: 'Something rude.' })).data
          ?.postComment.id;
      });

      it('takes one report per member, even when sent twice at once', async () => {
        const input = { commentId: target, reason: 'Insulting.' };
        const [a, b] = await Promise.all([
          gql(as.member, REPORT_COMMENT, { input }),
          gql(as.member, REPORT_COMMENT, { input }),
        ]);
        expect([a, b].filter((r) => !r.errors).map((r) => r.data?.reportComment.reportedByViewer)).toEqual([true]);
        expect([a, b].map(code).filter(Boolean)).toEqual(['CONFLICT']);
        expect(code(await gql(as.member, REPORT_COMMENT, { input }))).toBe('CONFLICT');
        expect(await t.sql(`SELECT 1 FROM comment_report WHERE comment_id = $1`, [target])).toHaveLength(1);
        expect(
          await t.sql(`SELECT 1 FROM audit_event WHERE subject_id = $1 AND action = 'comment.report'`, [target]),
        ).toHaveLength(1);
        expect(
          (await gql(as.board, REPORT_COMMENT, { input: { commentId: target, reason: 'Me too.' } })).errors,
        ).toBeUndefined();
        expect(fields(await gql(as.staff, REPORT_COMMENT, { input: { commentId: target, reason: ' ' } }))).toEqual([
          'reason',
        ]);
        expect(code(await gql(as.outsider, REPORT_COMMENT, { input }))).toBe('FORBIDDEN');
        const thread = (await gql(as.member, COMMENTS, { type: 'SMALL_TALK', id: talk })).data?.comments;
        expect(thread.find((c: { id: string }) => c.id === target).reportedByViewer).toBe(true);
      });

      it('shows the moderators the reported comments with their reports, and nobody else', async () => {
        for (const agent of [as.member, as.board, as.host, as.outsider])
          expect(code(await gql(agent, QUEUE, { coop: coop.id }))).toBe('FORBIDDEN');
        const queue = (await gql(as.secretariat, QUEUE, { coop: coop.id })).data?.moderationQueue;
        expect(queue).toHaveLength(1);
        expect(queue[0].comment).toEqual({
          id: target,
          body: 'Something rude.',
          author: { displayName: 'Hanne Host' },
        });
        expect(
          queue[0].reports.map((r: { reason: string; reporter: { displayName: string } }) => [
            r.reporter.displayName,
            r.reason,
          ]),
        ).toEqual([
          ['Mia Member', 'Insulting.'],
          ['Bea Board', 'Me too.'],
        ]);
      });

      it('hides a comment with a reason, leaving its trace in the thread', async () => {
        const input = { commentId: target, reason: 'Personal attack.' };
        for (const agent of [as.member, as.board, as.host, as.outsider])
          expect(code(await gql(agent, HIDE, { input }))).toBe('FORBIDDEN');
        expect(fields(await gql(as.secretariat, HIDE, { input: { ...input, reason: '  ' } }))).toEqual(['reason']);
        const hidden = await gql(as.secretariat, HIDE, { input });
        expect(hidden.data?.hideComment).toMatchObject({
          body: 'Something rude.',
          hidden: { reason: 'Personal attack.', by: { displayName: 'Sam Secretariat' } },
        });
        expect(code(await gql(as.staff, HIDE, { input }))).toBe('CONFLICT');

        const seen = async (agent: TestAgent) =>
          (await gql(agent, COMMENTS, { type: 'SMALL_TALK', id: talk })).data?.comments.find(
            (c: { id: string }) => c.id === target,
          );
        const forMember = await seen(as.member);
        expect(forMember).toMatchObject({
          body: null,
          author: { displayName: 'Hanne Host' },
          hidden: { reason: 'Personal attack.', by: { displayName: 'Sam Secretariat' } },
        });
        expect(forMember.hidden.at).toEqual(expect.any(String));
        expect((await seen(as.host)).body).toBeNull();
        expect((await seen(as.staff)).body).toBe('Something rude.');

        expect(fields(await post(as.member, { subjectType: 'SMALL_TALK', subjectId: talk, parentId: target }))).toEqual(
          ['parentId'],
        );
        expect(
          code(await gql(as.staff, REPORT_COMMENT, { input: { commentId: target, reason: 'Late report.' } })),
        ).toBe('CONFLICT');
        expect((await gql(as.secretariat, QUEUE, { coop: coop.id })).data?.moderationQueue).toEqual([]);
        expect((await gql(as.secretariat, QUEUE, { coop: coop.id, all: true })).data?.moderationQueue).toHaveLength(1);
        const [event] = await t.sql<{ reason: string; actor_id: string }>(
          `SELECT reason, actor_id FROM audit_event WHERE subject_id = $1 AND action = 'comment.hide'`,
          [target],
        );
        expect(event.reason).toBe('Personal attack.');
        const trail = await t.sql<{ after: unknown }>(`SELECT after FROM audit_event WHERE subject_id = $1`, [target]);
        expect(JSON.stringify(trail)).not.toContain('Something rude.');
      });
    });
  });
});
