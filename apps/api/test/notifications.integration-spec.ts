import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { humanText } from '@letscoop/domain';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { NotificationsService, pollEventKey } from '../src/modules/notifications/notifications.service.js';
import { seedEdition, seedGroup } from './support/cycle-fixtures.js';
import { signedIn } from './support/editions-fixtures.js';
import { seedCooperative, seedPerson } from './support/fixtures.js';
import { seedGroupMember, seedMeeting } from './support/recommendations-fixtures.js';
import { gql, startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const DRAFT = `mutation($input: DraftRecommendationInput!) { draftRecommendation(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitRecommendationInput!) { submitRecommendation(input: $input) { id stage } }`;
const START = `mutation($id: ID!) { startBoardReview(recommendationId: $id) { id stage } }`;
const SEND_BACK = `mutation($input: SendBackRecommendationInput!) { sendBackRecommendation(input: $input) { id stage } }`;
const FOLLOW = `mutation($input: FollowSubjectInput!) { follow(input: $input) { subjectType subjectId following reason chosen subjectTitle { text } } }`;
const UNFOLLOW = `mutation($input: FollowSubjectInput!) { unfollow(input: $input) { following reason chosen } }`;
const STATE = `query($type: FollowSubjectType!, $id: ID!) { followState(subjectType: $type, subjectId: $id) { following reason chosen } }`;
const MY_FOLLOWS = `{ myFollows { subjectType subjectId subjectTitle { text } } }`;
const LIST = `query($unreadOnly: Boolean, $offset: Int, $limit: Int) {
  notifications(unreadOnly: $unreadOnly, offset: $offset, limit: $limit) {
    totalCount unreadCount
    items { id kind subjectType subjectId read readAt createdAt fromStage toStage reason startsAt relatedId payloadJson
            subjectTitle { text } actor { displayName } }
  }
}`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const SETTINGS = `{ notificationSettings { emailMode } }`;
const SET_MODE = `mutation($mode: EmailNotificationMode!) { setEmailNotificationMode(mode: $mode) { emailMode } }`;

const code = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.code;
const HOUR = 3_600_000;

describe('notifications: follows, the notification centre, e-mail, digests and reminders', () => {
  let t: TestApp;
  let service: NotificationsService;
  let coop: string;
  let editionId: string;
  let groupId: string;
  let meetingId: string;
  const ids: Record<string, string> = {};
  const as: Record<string, TestAgent> = {};
  let recId: string;

  const mailTo = (person: string) =>
    t.sql<{ subject: string; body: string }>(
      `SELECT subject, body FROM outbox_email WHERE to_address = $1 ORDER BY created_at`,
      [`${person.toLowerCase()}@example.org`],
    );

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(NotificationsService);
    coop = (await seedCooperative(t)).id;
    const other = (await seedCooperative(t, 'coop-other', 'Other Coop')).id;
    const people: [string, string, ('BOARD_MEMBER' | 'BOARD_CHAIR')[]][] = [
      ['lead', coop, []],
      ['participant', coop, []],
      ['coordinator', coop, []],
      ['follower', coop, []],
      ['reader', coop, []],
      ['edFollower', coop, []],
      ['immediate', coop, []],
      ['off', coop, []],
      ['bystander', coop, []],
      ['board', coop, ['BOARD_MEMBER']],
      ['outsider', other, []],
    ];
    for (const [name, cooperativeId, offices] of people) {
      ids[name] = (
        await seedPerson(t, {
          email: `${name.toLowerCase()}@example.org`,
          name: name[0].toUpperCase() + name.slice(1),
          cooperativeId,
          offices,
        })
      ).id;
    }
    await t.sql(`UPDATE person SET preferred_language = 'fr' WHERE id = $1`, [ids.reader]);
    await t.sql(`UPDATE person SET preferred_language = 'en' WHERE id = $1`, [ids.immediate]);
    editionId = await seedEdition(t, coop, 1);
    groupId = await seedGroup(t, editionId, 'The economic model');
    await seedGroupMember(t, groupId, ids.lead, 'LEAD');
    await seedGroupMember(t, groupId, ids.participant, 'PARTICIPANT');
    await seedGroupMember(t, groupId, ids.coordinator, 'COORDINATOR');
    meetingId = await seedMeeting(t, groupId);
    for (const [name] of people) as[name] = await signedIn(t, `${name.toLowerCase()}@example.org`);
    const draft = await gql(as.participant, DRAFT, {
      input: { groupId, language: 'en', title: 'Set up an ethics committee', body: 'Fifteen members.' },
    });
    expect(draft.errors).toBeUndefined();
    recId = draft.data?.draftRecommendation.id;
  });
  afterAll(() => t.close());

  describe('following', () => {
    it('follows and unfollows a recommendation; a group member follows it without asking', async () => {
      const res = await gql(as.follower, FOLLOW, { input: { subjectType: 'RECOMMENDATION', subjectId: recId } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.follow).toEqual({
        subjectType: 'RECOMMENDATION',
        subjectId: recId,
        following: true,
        reason: 'FOLLOWING',
        chosen: true,
        subjectTitle: { text: 'Set up an ethics committee' },
      });
      // Following twice changes nothing.
      expect(
        (await gql(as.follower, FOLLOW, { input: { subjectType: 'RECOMMENDATION', subjectId: recId } })).data?.follow
          .following,
      ).toBe(true);
      expect((await gql(as.lead, STATE, { type: 'RECOMMENDATION', id: recId })).data?.followState).toEqual({
        following: true,
        reason: 'GROUP_MEMBER',
        chosen: false,
      });
      expect((await gql(as.participant, STATE, { type: 'RECOMMENDATION', id: recId })).data?.followState.reason).toBe(
        'AUTHOR',
      );
      expect((await gql(as.bystander, STATE, { type: 'RECOMMENDATION', id: recId })).data?.followState).toEqual({
        following: false,
        reason: null,
        chosen: false,
      });
      const myFollows = await gql(as.follower, MY_FOLLOWS);
      expect(myFollows.data?.myFollows).toEqual([
        { subjectType: 'RECOMMENDATION', subjectId: recId, subjectTitle: { text: 'Set up an ethics committee' } },
      ]);
    });

    it('following an edition follows what is inside it', async () => {
      const res = await gql(as.edFollower, FOLLOW, { input: { subjectType: 'EDITION', subjectId: editionId } });
      expect(res.data?.follow).toMatchObject({
        following: true,
        reason: 'FOLLOWING',
        subjectTitle: { text: 'Editie 1' },
      });
      expect((await gql(as.edFollower, STATE, { type: 'RECOMMENDATION', id: recId })).data?.followState).toEqual({
        following: true,
        reason: 'FOLLOWING_EDITION',
        chosen: false,
      });
      expect((await gql(as.edFollower, STATE, { type: 'GROUP', id: groupId })).data?.followState.reason).toBe(
        'FOLLOWING_EDITION',
      );
    });

    it('a member who unfollows a recommendation of their group is silenced for it; following again restores it', async () => {
      expect(
        (await gql(as.coordinator, UNFOLLOW, { input: { subjectType: 'RECOMMENDATION', subjectId: recId } })).data
          ?.unfollow,
      ).toEqual({ following: false, reason: null, chosen: true });
      expect((await gql(as.coordinator, STATE, { type: 'GROUP', id: groupId })).data?.followState.following).toBe(true);
      // Back to the implicit follow: no row is kept for it.
      expect(
        (await gql(as.coordinator, FOLLOW, { input: { subjectType: 'RECOMMENDATION', subjectId: recId } })).data
          ?.follow,
      ).toMatchObject({ following: true, reason: 'GROUP_MEMBER', chosen: false });
      expect(await t.sql(`SELECT 1 FROM follow WHERE person_id = $1`, [ids.coordinator])).toHaveLength(0);
      await gql(as.coordinator, UNFOLLOW, { input: { subjectType: 'RECOMMENDATION', subjectId: recId } });
      const audit = await t.sql<{ action: string }>(`SELECT action FROM audit_event WHERE actor_id = $1 ORDER BY id`, [
        ids.coordinator,
      ]);
      expect(audit.map((a) => a.action)).toEqual([
        'notification.unfollow',
        'notification.follow',
        'notification.unfollow',
      ]);
    });

    it('refuses bad input with typed errors', async () => {
      expect(code(await gql(as.outsider, FOLLOW, { input: { subjectType: 'RECOMMENDATION', subjectId: recId } }))).toBe(
        'FORBIDDEN',
      );
      expect(code(await gql(as.outsider, STATE, { type: 'GROUP', id: groupId }))).toBe('FORBIDDEN');
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(code(await gql(as.follower, FOLLOW, { input: { subjectType: 'ASSEMBLY', subjectId: unknown } }))).toBe(
        'NOT_FOUND',
      );
      expect(code(await gql(as.follower, FOLLOW, { input: { subjectType: 'GROUP', subjectId: 'not-an-id' } }))).toBe(
        'VALIDATION',
      );
      expect(code(await gql(as.follower, STATE, { type: 'GROUP', id: 'not-an-id' }))).toBe('VALIDATION');
      expect(code(await gql(as.follower, FOLLOW, { input: { subjectType: 'PERSON', subjectId: recId } }))).toBe(
        'BAD_REQUEST',
      );
      expect(code(await gql(t.browser(), FOLLOW, { input: { subjectType: 'GROUP', subjectId: groupId } }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(code(await gql(t.browser(), UNREAD))).toBe('UNAUTHENTICATED');
    });
  });

  describe('a cycle step notifies the followers', () => {
    beforeAll(async () => {
      expect(
        (await gql(as.reader, FOLLOW, { input: { subjectType: 'RECOMMENDATION', subjectId: recId } })).errors,
      ).toBeUndefined();
      expect(
        (await gql(as.off, FOLLOW, { input: { subjectType: 'GROUP', subjectId: groupId } })).errors,
      ).toBeUndefined();
      expect(
        (await gql(as.immediate, FOLLOW, { input: { subjectType: 'RECOMMENDATION', subjectId: recId } })).errors,
      ).toBeUndefined();
      expect((await gql(as.immediate, SET_MODE, { mode: 'IMMEDIATE' })).data?.setEmailNotificationMode.emailMode).toBe(
        'IMMEDIATE',
      );
      expect((await gql(as.off, SET_MODE, { mode: 'OFF' })).data?.setEmailNotificationMode.emailMode).toBe('OFF');
      const submit = await gql(as.lead, SUBMIT, { input: { recommendationId: recId, meetingId } });
      expect(submit.data?.submitRecommendation.stage).toBe('SUBMITTED');
      expect((await gql(as.board, START, { id: recId })).data?.startBoardReview.stage).toBe('UNDER_REVIEW');
    });

    it('reaches followers of the recommendation, its group and its edition, members and authors; not the actor, not the silenced, not bystanders', async () => {
      const rows = await t.sql<{ person_id: string }>(
        `SELECT person_id FROM notification WHERE subject_id = $1 AND kind = 'recommendation.submit'`,
        [recId],
      );
      const got = rows.map((r) => r.person_id).sort();
      expect(got).toEqual([ids.participant, ids.follower, ids.reader, ids.edFollower, ids.immediate, ids.off].sort());
      expect(got).not.toContain(ids.lead);
      expect(got).not.toContain(ids.coordinator);
      // The board member who started the review is not told of their own step; the lead is.
      const review = (
        await t.sql<{ person_id: string }>(
          `SELECT person_id FROM notification WHERE subject_id = $1 AND kind = 'recommendation.startReview'`,
          [recId],
        )
      ).map((r) => r.person_id);
      expect(review).toContain(ids.lead);
      expect(review).not.toContain(ids.board);
    });

    it('lists the viewer’s notifications newest first, with what the sentence and the link need', async () => {
      const res = await gql(as.follower, LIST, {});
      expect(res.errors).toBeUndefined();
      const page = res.data?.notifications;
      expect(page.totalCount).toBe(2);
      expect(page.unreadCount).toBe(2);
      expect(page.items.map((n: { kind: string }) => n.kind)).toEqual([
        'recommendation.startReview',
        'recommendation.submit',
      ]);
      expect(page.items[1]).toMatchObject({
        subjectType: 'recommendation',
        subjectId: recId,
        read: false,
        readAt: null,
        fromStage: 'DRAFT',
        toStage: 'SUBMITTED',
        subjectTitle: { text: 'Set up an ethics committee' },
        actor: { displayName: 'Lead' },
      });
      expect(JSON.parse(page.items[1].payloadJson)).toMatchObject({ toStage: 'SUBMITTED', actorId: ids.lead });
    });

    it('counts the unread and marks them read', async () => {
      expect((await gql(as.follower, UNREAD)).data?.unreadNotificationCount).toBe(2);
      const items = (await gql(as.follower, LIST, {})).data?.notifications.items as { id: string }[];
      expect((await gql(as.follower, MARK, { ids: [items[1].id] })).data?.markNotificationsRead).toBe(1);
      const unread = (await gql(as.follower, LIST, { unreadOnly: true })).data?.notifications;
      expect(unread.items.map((n: { id: string }) => n.id)).toEqual([items[0].id]);
      expect(unread.totalCount).toBe(2);
      // Marking again is harmless.
      expect((await gql(as.follower, MARK, { ids: [items[1].id] })).data?.markNotificationsRead).toBe(1);
      expect((await gql(as.follower, MARK_ALL)).data?.markAllNotificationsRead).toBe(0);
      expect((await gql(as.follower, UNREAD)).data?.unreadNotificationCount).toBe(0);
      expect((await gql(as.follower, LIST, {})).data?.notifications.items[0].read).toBe(true);
    });

    it('refuses bad input to the notification centre with typed errors', async () => {
      const theirs = (await gql(as.reader, LIST, {})).data?.notifications.items[0].id as string;
      expect(code(await gql(as.follower, MARK, { ids: [theirs] }))).toBe('NOT_FOUND');
      expect((await gql(as.reader, UNREAD)).data?.unreadNotificationCount).toBe(2);
      expect(code(await gql(as.follower, MARK, { ids: ['nope'] }))).toBe('VALIDATION');
      expect(code(await gql(as.follower, MARK, { ids: [] }))).toBe('VALIDATION');
      expect(code(await gql(as.follower, LIST, { limit: 0 }))).toBe('VALIDATION');
      expect(code(await gql(as.follower, LIST, { limit: 101 }))).toBe('VALIDATION');
      expect(code(await gql(as.follower, LIST, { offset: -1 }))).toBe('VALIDATION');
      expect(code(await gql(as.follower, SET_MODE, { mode: 'HOURLY' }))).toBe('BAD_REQUEST');
    });

    it('IMMEDIATE: one outbox e-mail per notification, in the person’s language, with the link', async () => {
      expect((await gql(as.immediate, SETTINGS)).data?.notificationSettings.emailMode).toBe('IMMEDIATE');
      const mails = await mailTo('immediate');
      expect(mails).toHaveLength(2);
      expect(mails[0].subject).toBe('LetsCoop: Lead submitted “Set up an ethics committee” to the board.');
      expect(mails[0].body).toContain(`http://localhost:3000/recommendations/${recId}`);
      expect(mails[1].subject).toContain('The board has started reviewing');
      // Nobody else got an immediate e-mail: the others are on the daily digest (the default) or off.
      expect(await mailTo('follower')).toHaveLength(0);
      expect(await mailTo('off')).toHaveLength(0);
      expect((await gql(as.follower, SETTINGS)).data?.notificationSettings.emailMode).toBe('DAILY_DIGEST');
    });
  });

  describe('the daily digest', () => {
    let firstRun: Date;

    it('gathers each DAILY_DIGEST person’s unread notifications into one e-mail, once a day even when run twice or concurrently', async () => {
      firstRun = new Date();
      const [a, b] = await Promise.all([service.sendDigests(firstRun), service.sendDigests(firstRun)]);
      expect(await service.sendDigests(firstRun)).toBe(0);
      // reader, edFollower, participant, lead, coordinator (startReview)… each exactly once.
      expect(a + b).toBeGreaterThan(0);
      const perPerson = await t.sql<{ to_address: string; n: number }>(
        `SELECT to_address, count(*)::int AS n FROM outbox_email WHERE subject LIKE '%LetsCoop%' AND body LIKE '%•%' GROUP BY to_address`,
      );
      expect(perPerson.every((r) => r.n === 1)).toBe(true);
      expect(perPerson.length).toBe(a + b);
      const reader = await mailTo('reader');
      expect(reader).toHaveLength(1);
      // French, both events, with links.
      expect(reader[0].subject).toBe('LetsCoop : votre récapitulatif du jour, 2 nouvelles');
      expect(reader[0].body).toContain('Bonjour Reader,');
      expect(reader[0].body).toContain("Lead a soumis « Set up an ethics committee » au conseil d'administration.");
      expect(reader[0].body).toContain(
        "Le conseil d'administration a commencé l'examen de « Set up an ethics committee ».",
      );
      expect(reader[0].body).toContain(`/recommendations/${recId}`);
    });

    it('leaves out people on IMMEDIATE or OFF, and what was already read', async () => {
      expect(await mailTo('immediate')).toHaveLength(2); // the two immediate ones, no digest
      expect(await mailTo('off')).toHaveLength(0);
      expect(await mailTo('follower')).toHaveLength(0); // read everything in the app
    });

    it('the next day, only what happened since the last digest', async () => {
      const back = await gql(as.board, SEND_BACK, {
        input: { recommendationId: recId, reason: 'Who appoints the committee?' },
      });
      expect(back.data?.sendBackRecommendation.stage).toBe('DRAFT');
      // Later the same day: the reader already had today's digest and gets no second one; the
      // follower, who had nothing unread this morning, gets their first of the day.
      await service.sendDigests(new Date());
      expect(await mailTo('reader')).toHaveLength(1);
      const follower = await mailTo('follower');
      expect(follower).toHaveLength(1);
      expect(follower[0].body).toContain(
        'De Raad van bestuur heeft “Set up an ethics committee” teruggestuurd naar de werkgroep.',
      );
      expect(follower[0].body).toContain('Toelichting: Who appoints the committee?');
      // The next day: only what happened since each one's last digest.
      const nextDay = new Date(Date.now() + 24 * HOUR);
      expect(await service.sendDigests(nextDay)).toBeGreaterThan(0);
      const reader = await mailTo('reader');
      expect(reader).toHaveLength(2);
      expect(reader[1].subject).toBe('LetsCoop : votre récapitulatif du jour, 1 nouvelle');
      expect(reader[1].body).toContain('a renvoyé « Set up an ethics committee » au groupe de travail.');
      expect(reader[1].body).toContain('Motif : Who appoints the committee?');
      expect(reader[1].body).not.toContain('a soumis');
      expect(await mailTo('follower')).toHaveLength(1);
      expect(await mailTo('off')).toHaveLength(0);
      const runs = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM digest_run WHERE person_id = $1`, [
        ids.reader,
      ]);
      expect(runs[0].n).toBe(2);
    });
  });

  describe('reminders', () => {
    it('reminds the group’s members and followers of a meeting tomorrow, once', async () => {
      const now = new Date();
      const soon = await seedMeeting(t, groupId, new Date(now.getTime() + 20 * HOUR).toISOString());
      const later = await seedMeeting(t, groupId, new Date(now.getTime() + 30 * HOUR).toISOString());
      await gql(as.bystander, FOLLOW, { input: { subjectType: 'GROUP', subjectId: groupId } });
      const [a, b] = await Promise.all([service.runReminders(now), service.runReminders(now)]);
      expect(a.meetings + b.meetings).toBe(1);
      expect((await service.runReminders(now)).meetings).toBe(0);
      const rows = await t.sql<{ person_id: string; payload: { meetingId: string } }>(
        `SELECT person_id, payload FROM notification WHERE kind = 'meeting.tomorrow'`,
      );
      expect(rows.every((r) => r.payload.meetingId === soon)).toBe(true);
      expect(rows.map((r) => r.person_id).sort()).toEqual(
        [ids.lead, ids.participant, ids.coordinator, ids.bystander, ids.off].sort(),
      );
      // Edition followers are not reminded of every group's meetings.
      expect(rows.map((r) => r.person_id)).not.toContain(ids.edFollower);
      // Ten hours later the other meeting is within a day: its own reminder, once.
      expect((await service.runReminders(new Date(now.getTime() + 10 * HOUR))).meetings).toBe(1);
      const laterRows = await t.sql(
        `SELECT 1 FROM notification WHERE kind = 'meeting.tomorrow' AND payload->>'meetingId' = $1`,
        [later],
      );
      expect(laterRows).toHaveLength(5);
      const page = (await gql(as.bystander, LIST, {})).data?.notifications.items[0];
      expect(page).toMatchObject({
        kind: 'meeting.tomorrow',
        subjectType: 'group',
        relatedId: later,
        actor: null,
        subjectTitle: { text: 'The economic model' },
      });
      expect(page.startsAt).toBeTruthy();
    });

    it('notifies the followers of an assembly once when a poll opens, and once when it closes (whoever tells first)', async () => {
      const [{ id: assemblyId }] = await t.sql<{ id: string }>(
        `INSERT INTO assembly (cooperative_id, kind, title, starts_at, status, quorum_percent, quorum_basis, proxy_cap)
         VALUES ($1, 'ORDINARY', $2, now(), 'IN_SESSION', 5, 'MEMBERS', 2) RETURNING id`,
        [coop, humanText('en', 'General assembly 2016')],
      );
      const [{ id: itemId }] = await t.sql<{ id: string }>(
        `INSERT INTO agenda_item (assembly_id, position, kind, title, majority_rule, abstentions_count, quorum_percent, quorum_basis, weight_mode)
         VALUES ($1, 1, 'MOTION', $2, 'SIMPLE', false, 5, 'MEMBERS', 'ONE_MEMBER_ONE_VOTE') RETURNING id`,
        [assemblyId, humanText('en', 'An ethics committee')],
      );
      const [{ id: pollId }] = await t.sql<{ id: string }>(
        `INSERT INTO poll (assembly_id, agenda_item_id, method, secret, status, opened_at, opened_by) VALUES ($1, $2, 'MOTION', false, 'OPEN', now() - interval '5 minutes', $3) RETURNING id`,
        [assemblyId, itemId, ids.board],
      );
      for (const name of ['follower', 'reader', 'board']) {
        expect(
          (await gql(as[name], FOLLOW, { input: { subjectType: 'ASSEMBLY', subjectId: assemblyId } })).errors,
        ).toBeUndefined();
      }
      const now = new Date();
      const [a, b] = await Promise.all([service.runReminders(now), service.runReminders(now)]);
      expect(a.polls + b.polls).toBe(1);
      expect((await service.runReminders(now)).polls).toBe(0);
      const opened = await t.sql<{ person_id: string }>(
        `SELECT person_id FROM notification WHERE kind = 'poll.opened' AND subject_id = $1`,
        [assemblyId],
      );
      // The chair who opened it is not told; nobody else but the followers is.
      expect(opened.map((r) => r.person_id).sort()).toEqual([ids.follower, ids.reader].sort());

      // The assembly module notifies at close with the shared key; the reminder job then stays silent.
      await t.sql(`UPDATE poll SET status = 'CLOSED', closed_at = now(), closed_by = $2 WHERE id = $1`, [
        pollId,
        ids.board,
      ]);
      const db = t.app.get(DataSource);
      const input = {
        cooperativeId: coop,
        subjectType: 'assembly' as const,
        subjectId: assemblyId,
        kind: 'poll.closed',
        payload: { pollId },
        actorId: ids.board,
        onceKey: pollEventKey('poll.closed', pollId),
      };
      expect(await db.transaction((m) => service.notifySubject(m, input))).toBe(2);
      expect(await db.transaction((m) => service.notifySubject(m, input))).toBe(0);
      expect((await service.runReminders(new Date())).polls).toBe(0);
      expect(await t.sql(`SELECT 1 FROM notification WHERE kind = 'poll.closed'`)).toHaveLength(2);
      const item = (await gql(as.reader, LIST, {})).data?.notifications.items[0];
      expect(item).toMatchObject({
        kind: 'poll.closed',
        subjectType: 'assembly',
        relatedId: pollId,
        subjectTitle: { text: 'General assembly 2016' },
      });
    });

    it('notifies named people (the secretariat of a mandate ending), once, and lists it even for a subject type it does not know', async () => {
      const db = t.app.get(DataSource);
      const mandateId = '11111111-1111-4111-8111-111111111111';
      const input = {
        cooperativeId: coop,
        personIds: [ids.bystander, ids.immediate, ids.bystander],
        subjectType: 'mandate',
        subjectId: mandateId,
        kind: 'mandate.ending',
        payload: { endsOn: '2020-06-30' },
        onceKey: `mandate.ending:${mandateId}`,
      };
      expect(await db.transaction((m) => service.notifyPeople(m, input))).toBe(2);
      expect(await db.transaction((m) => service.notifyPeople(m, input))).toBe(0);
      const item = (await gql(as.bystander, LIST, {})).data?.notifications.items[0];
      expect(item).toMatchObject({
        kind: 'mandate.ending',
        subjectType: 'mandate',
        subjectId: mandateId,
        subjectTitle: null,
        actor: null,
      });
      // IMMEDIATE: an e-mail, with the generic sentence and a link to the notification centre.
      const mails = await mailTo('immediate');
      expect(mails[mails.length - 1].body).toContain('http://localhost:3000/notifications');
    });

    it('a notifySubject that rolls back leaves nothing behind', async () => {
      const db = t.app.get(DataSource);
      const before = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM notification`);
      await expect(
        db.transaction(async (m) => {
          await service.notifySubject(m, {
            cooperativeId: coop,
            subjectType: 'group',
            subjectId: groupId,
            kind: 'test.rollback',
            onceKey: 'test:rollback',
          });
          throw new Error('the caller failed');
        }),
      ).rejects.toThrow('the caller failed');
      expect((await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM notification`))[0].n).toBe(before[0].n);
      expect(await t.sql(`SELECT 1 FROM reminder_sent WHERE key = 'test:rollback'`)).toHaveLength(0);
    });
  });

  describe('cost', () => {
    let queries: string[] | null = null;
    let counted: TestApp;

    beforeAll(async () => {
      counted = await startTestApp({ onQuery: (sql) => queries?.push(sql) });
      const c = (await seedCooperative(counted)).id;
      const people = await Promise.all(
        ['few', 'many', 'actor1', 'actor2', 'actor3'].map((name) =>
          seedPerson(counted, { email: `${name}@example.org`, name, cooperativeId: c }),
        ),
      );
      const edition = await seedEdition(counted, c, 1);
      const groups = [await seedGroup(counted, edition, 'A'), await seedGroup(counted, edition, 'B')];
      const recs: string[] = [];
      for (const g of groups) {
        for (let i = 0; i < 3; i++) {
          const [{ id }] = await counted.sql<{ id: string }>(
            `INSERT INTO recommendation (cooperative_id, edition_id, group_id, stage) VALUES ($1, $2, $3, 'DRAFT') RETURNING id`,
            [c, edition, g],
          );
          await counted.sql(
            `INSERT INTO recommendation_version (recommendation_id, number, authored_by, title, body) VALUES ($1, 1, 'GROUP', $2, $2)`,
            [id, humanText('en', `R${i}`)],
          );
          recs.push(id);
        }
      }
      const subjects = [
        ...recs.map((id) => ['recommendation', id]),
        ...groups.map((id) => ['group', id]),
        ['edition', edition],
      ];
      for (const [person, count] of [
        [people[0].id, 5],
        [people[1].id, 60],
      ] as const) {
        await counted.sql(
          `INSERT INTO notification (person_id, cooperative_id, kind, subject_type, subject_id, payload, created_at)
           SELECT $1, $2, 'recommendation.submit', ($3::text[])[1 + i % $5], ($4::uuid[])[1 + i % $5],
                  jsonb_build_object('actorId', ($6::uuid[])[1 + i % 3], 'toStage', 'SUBMITTED'), now() - i * interval '1 minute'
           FROM generate_series(0, $7 - 1) AS i`,
          [
            person,
            c,
            subjects.map((s) => s[0]),
            subjects.map((s) => s[1]),
            subjects.length,
            people.slice(2).map((p) => p.id),
            count,
          ],
        );
      }
    });
    afterAll(() => counted.close());

    async function cost(email: string): Promise<{ n: number; items: number }> {
      const agent = await signedIn(counted, email);
      queries = [];
      const res = await gql(agent, LIST, { limit: 100 });
      const n = queries.length;
      queries = null;
      expect(res.errors).toBeUndefined();
      expect(
        res.data?.notifications.items.every(
          (i: { subjectTitle: unknown; actor: unknown }) => i.subjectTitle && i.actor,
        ),
      ).toBe(true);
      return { n, items: res.data?.notifications.items.length };
    }

    it('a page of 5 or of 60 notifications, over many subjects and actors, costs the same few queries', async () => {
      const few = await cost('few@example.org');
      const many = await cost('many@example.org');
      expect(few.items).toBe(5);
      expect(many.items).toBe(60);
      expect(many.n).toBe(few.n);
      expect(few.n).toBeLessThanOrEqual(8);
    });
  });
});
