import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { seedEdition, seedGroup, seedRecommendation } from './support/cycle-fixtures.js';
import { signedIn } from './support/editions-fixtures.js';
import { seedCooperative, seedPerson, type SeededCooperative } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const CREATE_EDITION = `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id number period status title { text } nextStatuses viewerCanManage } }`;
const SET_STATUS = `mutation($input: SetEditionStatusInput!) { setEditionStatus(input: $input) { id status nextStatuses } }`;
const CREATE_GROUP = `mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id theme { text } question { text } frameWarnings { role missing } } }`;
const ASSIGN = `mutation($input: AssignGroupRoleInput!) { assignGroupRole(input: $input) { id frameWarnings { role missing } } }`;
const JOIN = `mutation($id: ID!) { requestToJoinGroup(groupId: $id) { id myRole myStatus } }`;
const ACCEPT = `mutation($input: AcceptJoinRequestInput!) { acceptJoinRequest(input: $input) { id pendingRequests { person { id } } } }`;
const GROUP = `query($id: ID!) { workingGroup(id: $id) {
  id theme { text } question { text } description { text } edition { id number }
  membersByCategory { category count members { person { id displayName } role } }
  roles { leads { id displayName } coordinator { id } secretary { id } }
  frameWarnings { role missing } pendingRequests { person { id displayName } category }
  myRole myStatus viewerCan { manageGroup acceptMembers manageMeetings approveMinutes join }
  lineage { recommendationId title { text } note { text } }
  meetings { id startsAt place agenda { text } minutes { status } }
  documents { id filename mimeType sizeBytes url }
  calendarUrl
} }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id startsAt endsAt place onlineUrl agenda { text } guests { name role } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) {
  id place agenda { text } guests { name role } group { id }
  attendance { person { id displayName } present }
  documents { id filename }
  minutes { status text { text } writtenBy { id } approvedBy { id } approvedAt addenda { text { text } author { id } createdAt } }
} }`;
const WRITE = `mutation($input: WriteMinutesInput!) { writeMinutes(input: $input) { id status text { text } } }`;
const APPROVE = `mutation($id: ID!) { approveMinutes(meetingId: $id) { id status text { text } approvedBy { id } approvedAt } }`;
const ADDENDUM = `mutation($input: AddMinutesAddendumInput!) { addMinutesAddendum(input: $input) { id status addenda { text { text } author { id } } } }`;

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

describe('editions, working groups, meetings, minutes, documents and calendars', () => {
  let t: TestApp;
  let coop: SeededCooperative;
  const ids: Record<string, string> = {};
  const as: Record<string, TestAgent> = {};
  let editionId: string;
  let groupId: string;
  let meetingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coop = await seedCooperative(t);
    const other = await seedCooperative(t, 'sister', 'Sister Coop');
    const people = [
      { key: 'sec', category: 'PERMANENT_STAFF', offices: ['SECRETARIAT'] },
      { key: 'staff', category: 'PERMANENT_STAFF', offices: ['STAFF'] },
      { key: 'lead1', category: 'CLIENT', offices: ['BOARD_MEMBER'] },
      { key: 'lead2', category: 'WORKER_MEMBER', offices: ['BOARD_CHAIR'] },
      { key: 'lead3', category: 'WORKER_MEMBER', offices: ['BOARD_MEMBER'] },
      { key: 'scribe', category: 'WORKER_MEMBER', offices: [] },
      { key: 'member', category: 'SALARIED_ENTREPRENEUR', offices: [] },
      { key: 'partner', category: 'PARTNER', offices: [] },
    ] as const;
    for (const p of people) {
      ids[p.key] = (await seedPerson(t, { email: `${p.key}@example.org`, name: p.key, cooperativeId: coop.id, category: p.category, offices: [...p.offices] })).id;
    }
    ids.outsider = (await seedPerson(t, { email: 'outsider@example.org', name: 'outsider', cooperativeId: other.id })).id;
    for (const key of Object.keys(ids)) as[key] = await signedIn(t, `${key}@example.org`);
  });
  afterAll(() => t.close());

  describe('editions', () => {
    it('lets the secretariat create an edition, PLANNED, and refuses members', async () => {
      const input = { cooperativeId: coop.id, number: 2, period: '2016/2017', language: 'nl', title: 'Editie 2' };
      const res = await gql(as.sec, CREATE_EDITION, { input });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createEdition).toMatchObject({ number: 2, period: '2016/2017', status: 'PLANNED', title: { text: 'Editie 2' }, nextStatuses: ['OPEN', 'CLOSED'], viewerCanManage: true });
      editionId = res.data?.createEdition.id;
      expect(code(await gql(as.member, CREATE_EDITION, { input: { ...input, number: 3 } }))).toBe('FORBIDDEN');
      expect(code(await gql(as.lead1, CREATE_EDITION, { input: { ...input, number: 3 } }))).toBe('FORBIDDEN');
      const again = await gql(as.staff, CREATE_EDITION, { input });
      expect(code(again)).toBe('CONFLICT');
      expect(again.errors?.[0].message).toMatch(/already has an edition number 2/);
      expect(code(await gql(as.sec, CREATE_EDITION, { input: { ...input, number: 4, period: 'next year' } }))).toBe('VALIDATION');
      const audit = await t.sql(`SELECT action, actor_id FROM audit_event WHERE subject_id = $1`, [editionId]);
      expect(audit).toEqual([{ action: 'edition.create', actor_id: ids.sec }]);
    });

    it('moves forward one step at a time or closes, and never back', async () => {
      const move = (who: TestAgent, status: string) => gql(who, SET_STATUS, { input: { editionId, status, reason: 'assembly of June' } });
      expect((await move(as.sec, 'OPEN')).data?.setEditionStatus.status).toBe('OPEN');
      const skip = await move(as.sec, 'BOARD_REVIEW');
      expect(code(skip)).toBe('CONFLICT');
      expect(skip.errors?.[0].message).toMatch(/can only move to DRAFTING or CLOSED/);
      expect(code(await move(as.sec, 'PLANNED'))).toBe('CONFLICT');
      expect(code(await move(as.lead1, 'DRAFTING'))).toBe('FORBIDDEN');
      expect((await move(as.staff, 'DRAFTING')).data?.setEditionStatus).toMatchObject({ status: 'DRAFTING', nextStatuses: ['BOARD_REVIEW', 'CLOSED'] });
      const [event] = await t.sql(`SELECT reason, before, after FROM audit_event WHERE subject_id = $1 AND action = 'edition.setStatus' ORDER BY id DESC LIMIT 1`, [editionId]);
      expect(event).toEqual({ reason: 'assembly of June', before: { status: 'OPEN' }, after: { status: 'DRAFTING' } });
    });

    it('closes an edition for good', async () => {
      const closing = await seedEdition(t, coop.id, 9, 'OPEN');
      expect((await gql(as.sec, SET_STATUS, { input: { editionId: closing, status: 'CLOSED' } })).data?.setEditionStatus.status).toBe('CLOSED');
      const reopen = await gql(as.sec, SET_STATUS, { input: { editionId: closing, status: 'OPEN' } });
      expect(reopen.errors?.[0]).toMatchObject({ message: expect.stringMatching(/CLOSED/), extensions: { code: 'CONFLICT' } });
    });

    it("lists a cooperative's editions with their groups to members only", async () => {
      await seedGroup(t, editionId, 'Transparantie');
      const list = await gql(as.member, `query($c: ID!) { editions(cooperativeId: $c) { number status viewerCanManage groups { theme { text } frameWarnings { role } } } }`, { c: coop.id });
      expect(list.errors).toBeUndefined();
      expect(list.data?.editions.map((e: { number: number }) => e.number)).toEqual([2, 9]);
      expect(list.data?.editions[0]).toMatchObject({ status: 'DRAFTING', viewerCanManage: false, groups: [{ theme: { text: 'Transparantie' } }] });
      expect(code(await gql(as.outsider, `query($c: ID!) { editions(cooperativeId: $c) { id } }`, { c: coop.id }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, `query($id: ID!) { edition(id: $id) { id } }`, { id: editionId }))).toBe('FORBIDDEN');
      expect(code(await gql(as.member, `{ edition(id: "00000000-0000-4000-8000-000000000000") { id } }`))).toBe('NOT_FOUND');
    });
  });

  describe('working groups', () => {
    it('is created by coordinators and warns until its frame is filled', async () => {
      const input = { editionId, language: 'en', theme: 'Economic model', question: 'A sharing economy: a viable economic model?', description: 'We look at the solidarity rate.' };
      expect(code(await gql(as.member, CREATE_GROUP, { input }))).toBe('FORBIDDEN');
      expect(code(await gql(as.sec, CREATE_GROUP, { input: { ...input, theme: '' } }))).toBe('VALIDATION');
      const res = await gql(as.sec, CREATE_GROUP, { input });
      expect(res.errors).toBeUndefined();
      groupId = res.data?.createWorkingGroup.id;
      expect(res.data?.createWorkingGroup).toMatchObject({
        theme: { text: 'Economic model' },
        frameWarnings: [
          { role: 'LEAD', missing: 2 },
          { role: 'COORDINATOR', missing: 1 },
          { role: 'SECRETARY', missing: 1 },
        ],
      });
    });

    it('takes leads from the board only, at most two, one coordinator and one secretary', async () => {
      const assign = (personId: string, role: string, who = as.sec) => gql(who, ASSIGN, { input: { groupId, personId, role, reason: 'framing' } });
      const notBoard = await assign(ids.scribe, 'LEAD');
      expect(code(notBoard)).toBe('VALIDATION');
      expect(notBoard.errors?.[0].message).toMatch(/lead must be a member of the board/);
      expect(code(await assign(ids.lead1, 'LEAD', as.lead2))).toBe('FORBIDDEN');
      expect(code(await assign(ids.outsider, 'PARTICIPANT'))).toBe('VALIDATION');
      expect((await assign(ids.lead1, 'LEAD')).data?.assignGroupRole.frameWarnings).toEqual([
        { role: 'LEAD', missing: 1 },
        { role: 'COORDINATOR', missing: 1 },
        { role: 'SECRETARY', missing: 1 },
      ]);
      expect((await assign(ids.lead2, 'LEAD')).errors).toBeUndefined();
      const third = await assign(ids.lead3, 'LEAD');
      expect(third.errors?.[0]).toMatchObject({ message: expect.stringMatching(/already has 2 leads/), extensions: { code: 'CONFLICT' } });
      expect((await assign(ids.staff, 'COORDINATOR')).errors).toBeUndefined();
      const second = await assign(ids.sec, 'COORDINATOR');
      expect(second.errors?.[0]).toMatchObject({ message: expect.stringMatching(/already has a coordinator/), extensions: { code: 'CONFLICT' } });
      expect((await assign(ids.scribe, 'SECRETARY')).data?.assignGroupRole.frameWarnings).toEqual([]);
      expect(await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND action = 'group.assignRole'`, [groupId])).toEqual([{ n: 4 }]);
    });

    it('refuses a third lead even when two are assigned at once', async () => {
      const racing = await seedGroup(t, editionId, 'Race');
      const results = await Promise.all(
        [ids.lead1, ids.lead2, ids.lead3].map((personId) => gql(as.sec, ASSIGN, { input: { groupId: racing, personId, role: 'LEAD' } })),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(2);
      expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(1);
    });

    it('lets a member ask to join once, and a lead accept', async () => {
      const asked = await gql(as.member, JOIN, { id: groupId });
      expect(asked.data?.requestToJoinGroup).toMatchObject({ myRole: 'PARTICIPANT', myStatus: 'REQUESTED' });
      const twice = await gql(as.member, JOIN, { id: groupId });
      expect(twice.errors?.[0]).toMatchObject({ message: expect.stringMatching(/already asked/), extensions: { code: 'CONFLICT' } });
      expect(code(await gql(as.outsider, JOIN, { id: groupId }))).toBe('FORBIDDEN');
      expect((await gql(as.partner, JOIN, { id: groupId })).errors).toBeUndefined();

      const seenByLead = await gql(as.lead1, GROUP, { id: groupId });
      expect(seenByLead.data?.workingGroup.pendingRequests).toEqual([
        { person: { id: ids.member, displayName: 'member' }, category: 'SALARIED_ENTREPRENEUR' },
        { person: { id: ids.partner, displayName: 'partner' }, category: 'PARTNER' },
      ]);
      expect((await gql(as.partner, GROUP, { id: groupId })).data?.workingGroup.pendingRequests).toEqual([]);

      const accept = (who: TestAgent, personId: string) => gql(who, ACCEPT, { input: { groupId, personId } });
      expect(code(await accept(as.scribe, ids.member))).toBe('FORBIDDEN');
      expect(code(await accept(as.partner, ids.member))).toBe('FORBIDDEN');
      expect((await accept(as.lead1, ids.member)).data?.acceptJoinRequest.pendingRequests).toEqual([{ person: { id: ids.partner } }]);
      expect((await accept(as.staff, ids.partner)).errors).toBeUndefined();
      expect(code(await accept(as.staff, ids.partner))).toBe('NOT_FOUND');
      expect(code(await gql(as.member, JOIN, { id: groupId }))).toBe('CONFLICT');
    });

    it('shows who is in the group by category, the roles, and what the viewer may do', async () => {
      const res = await gql(as.member, GROUP, { id: groupId });
      expect(res.errors).toBeUndefined();
      const g = res.data?.workingGroup;
      expect(g.membersByCategory).toEqual([
        { category: 'WORKER_MEMBER', count: 2, members: [{ person: { id: ids.lead2, displayName: 'lead2' }, role: 'LEAD' }, { person: { id: ids.scribe, displayName: 'scribe' }, role: 'SECRETARY' }] },
        { category: 'SALARIED_ENTREPRENEUR', count: 1, members: [{ person: { id: ids.member, displayName: 'member' }, role: 'PARTICIPANT' }] },
        { category: 'PERMANENT_STAFF', count: 1, members: [{ person: { id: ids.staff, displayName: 'staff' }, role: 'COORDINATOR' }] },
        { category: 'CLIENT', count: 1, members: [{ person: { id: ids.lead1, displayName: 'lead1' }, role: 'LEAD' }] },
        { category: 'PARTNER', count: 1, members: [{ person: { id: ids.partner, displayName: 'partner' }, role: 'PARTICIPANT' }] },
      ]);
      expect(g.roles).toEqual({ leads: [{ id: ids.lead1, displayName: 'lead1' }, { id: ids.lead2, displayName: 'lead2' }], coordinator: { id: ids.staff }, secretary: { id: ids.scribe } });
      expect(g).toMatchObject({ myRole: 'PARTICIPANT', myStatus: 'ACTIVE', edition: { id: editionId, number: 2 }, frameWarnings: [] });
      expect(g.viewerCan).toEqual({ manageGroup: false, acceptMembers: false, manageMeetings: false, approveMinutes: false, join: false });
      const lead = (await gql(as.lead1, GROUP, { id: groupId })).data?.workingGroup;
      expect(lead.viewerCan).toEqual({ manageGroup: false, acceptMembers: true, manageMeetings: true, approveMinutes: true, join: false });
      const stranger = (await gql(as.lead3, GROUP, { id: groupId })).data?.workingGroup;
      expect(stranger).toMatchObject({ myRole: null, myStatus: null, calendarUrl: null, viewerCan: { join: true } });
      expect(code(await gql(as.outsider, GROUP, { id: groupId }))).toBe('FORBIDDEN');
    });

    it('cites recommendations of an earlier edition in its lineage', async () => {
      const earlier = await seedGroup(t, await seedEdition(t, coop.id, 1, 'CLOSED'), 'Coöperatie');
      const cited = await seedRecommendation(t, earlier, 'Keep one solidarity rate for all');
      const own = await seedRecommendation(t, groupId, 'Not this one');
      const cite = (who: TestAgent, recommendationId: string) =>
        gql(who, `mutation($input: CiteInLineageInput!) { citeInLineage(input: $input) { lineage { recommendationId title { text } note { text } } } }`, {
          input: { groupId, recommendationId, language: 'en', note: 'Edition 1 led to this group' },
        });
      expect(code(await cite(as.lead1, cited))).toBe('FORBIDDEN');
      expect(code(await cite(as.sec, own))).toBe('VALIDATION');
      const res = await cite(as.sec, cited);
      expect(res.data?.citeInLineage.lineage).toEqual([{ recommendationId: cited, title: { text: 'Keep one solidarity rate for all' }, note: { text: 'Edition 1 led to this group' } }]);
      expect(code(await cite(as.sec, cited))).toBe('CONFLICT');
    });
  });

  describe('meetings and minutes', () => {
    const startsAt = '2026-12-03T18:00:00.000Z';

    it('is scheduled by the group runners only, with valid times', async () => {
      const input = {
        groupId,
        startsAt,
        endsAt: '2026-12-03T20:00:00.000Z',
        place: 'Head office, Brussels',
        language: 'en',
        agenda: '1. Solidarity rate\n2. Next steps',
        guests: [{ name: 'Dr. Economist', role: 'expert in social economy' }],
      };
      expect(code(await gql(as.member, SCHEDULE, { input }))).toBe('FORBIDDEN');
      expect(code(await gql(as.sec, SCHEDULE, { input }))).toBe('FORBIDDEN');
      expect(code(await gql(as.scribe, SCHEDULE, { input: { ...input, endsAt: '2026-12-03T17:00:00.000Z' } }))).toBe('VALIDATION');
      expect(code(await gql(as.scribe, SCHEDULE, { input: { ...input, onlineUrl: 'javascript:alert(1)' } }))).toBe('VALIDATION');
      const res = await gql(as.scribe, SCHEDULE, { input });
      expect(res.errors).toBeUndefined();
      meetingId = res.data?.scheduleMeeting.id;
      expect(res.data?.scheduleMeeting).toMatchObject({ startsAt, place: 'Head office, Brussels', agenda: { text: '1. Solidarity rate\n2. Next steps' }, guests: input.guests });
      const updated = await gql(as.staff, `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { place onlineUrl agenda { text } } }`, {
        input: { meetingId, place: 'Gent branch', onlineUrl: 'https://meet.example.org/eco' },
      });
      expect(updated.data?.updateMeeting).toEqual({ place: 'Gent branch', onlineUrl: 'https://meet.example.org/eco', agenda: { text: '1. Solidarity rate\n2. Next steps' } });
      const actions = await t.sql<{ action: string }>(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [meetingId]);
      expect(actions.map((a) => a.action)).toEqual(['meeting.schedule', 'meeting.update']);
    });

    it("records attendance of the group's members only", async () => {
      const record = (present: string[], absent: string[]) =>
        gql(as.scribe, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance { person { id } present } } }`, { input: { meetingId, present, absent } });
      const outsider = await record([ids.lead1, ids.lead3], []);
      expect(outsider.errors?.[0]).toMatchObject({ message: expect.stringMatching(/members only/), extensions: { code: 'VALIDATION' } });
      expect(code(await record([ids.lead1], [ids.lead1]))).toBe('VALIDATION');
      const res = await record([ids.lead1, ids.lead2, ids.scribe], [ids.member]);
      expect(res.errors).toBeUndefined();
      expect(res.data?.recordAttendance.attendance).toHaveLength(4);
      expect(res.data?.recordAttendance.attendance).toContainEqual({ person: { id: ids.member }, present: false });
    });

    it('drafts minutes, has them approved by a lead, then only takes addenda', async () => {
      const write = (who: TestAgent, text: string) => gql(who, WRITE, { input: { meetingId, language: 'en', text } });
      expect(code(await write(as.member, 'mine'))).toBe('FORBIDDEN');
      expect(code(await gql(as.lead1, APPROVE, { id: meetingId }))).toBe('CONFLICT');
      expect((await write(as.scribe, 'We discussed the rate.')).data?.writeMinutes).toMatchObject({ status: 'DRAFT', text: { text: 'We discussed the rate.' } });
      expect((await write(as.scribe, 'We discussed the 6.5 % rate.')).data?.writeMinutes.text.text).toBe('We discussed the 6.5 % rate.');
      expect(code(await gql(as.lead1, ADDENDUM, { input: { meetingId, language: 'en', text: 'too early' } }))).toBe('CONFLICT');
      expect(code(await gql(as.scribe, APPROVE, { id: meetingId }))).toBe('FORBIDDEN');
      expect(code(await gql(as.staff, APPROVE, { id: meetingId }))).toBe('FORBIDDEN');
      const approved = await gql(as.lead2, APPROVE, { id: meetingId });
      expect(approved.data?.approveMinutes).toMatchObject({ status: 'APPROVED', approvedBy: { id: ids.lead2 }, text: { text: 'We discussed the 6.5 % rate.' } });
      expect(code(await gql(as.lead1, APPROVE, { id: meetingId }))).toBe('CONFLICT');

      const late = await write(as.scribe, 'Rewritten history');
      expect(late.errors?.[0]).toMatchObject({ message: 'approved minutes are immutable: add an addendum', extensions: { code: 'CONFLICT' } });
      expect(code(await gql(as.member, ADDENDUM, { input: { meetingId, language: 'en', text: 'no' } }))).toBe('FORBIDDEN');
      const added = await gql(as.scribe, ADDENDUM, { input: { meetingId, language: 'en', text: 'Correction: the rate is 6.5 % of turnover.' } });
      expect(added.data?.addMinutesAddendum.addenda).toEqual([{ text: { text: 'Correction: the rate is 6.5 % of turnover.' }, author: { id: ids.scribe } }]);

      const meeting = (await gql(as.member, MEETING, { id: meetingId })).data?.meeting;
      expect(meeting).toMatchObject({
        place: 'Gent branch',
        group: { id: groupId },
        guests: [{ name: 'Dr. Economist', role: 'expert in social economy' }],
        minutes: { status: 'APPROVED', text: { text: 'We discussed the 6.5 % rate.' }, writtenBy: { id: ids.scribe }, approvedBy: { id: ids.lead2 } },
      });
      expect(meeting.minutes.addenda).toHaveLength(1);
      const actions = await t.sql<{ action: string }>(`SELECT action FROM audit_event WHERE subject_type = 'minutes' ORDER BY id`);
      expect(actions.map((a) => a.action)).toEqual(['minutes.write', 'minutes.write', 'minutes.approve', 'minutes.addAddendum']);
    });

    it('keeps approved minutes unchanged when writes race the approval', async () => {
      for (let round = 0; round < 5; round++) {
        const m = (await gql(as.scribe, SCHEDULE, { input: { groupId, startsAt, language: 'en', agenda: `Race ${round}` } })).data?.scheduleMeeting.id as string;
        await gql(as.scribe, WRITE, { input: { meetingId: m, language: 'en', text: 'draft' } });
        const [approval, ...writes] = await Promise.all([
          gql(as.lead1, APPROVE, { id: m }),
          gql(as.scribe, WRITE, { input: { meetingId: m, language: 'en', text: 'write A' } }),
          gql(as.staff, WRITE, { input: { meetingId: m, language: 'en', text: 'write B' } }),
        ]);
        expect(approval.errors).toBeUndefined();
        const approvedText = approval.data?.approveMinutes.text.text;
        for (const w of writes) {
          if (w.errors) expect(w.errors[0]).toMatchObject({ message: 'approved minutes are immutable: add an addendum', extensions: { code: 'CONFLICT' } });
        }
        const after = (await gql(as.member, MEETING, { id: m })).data?.meeting.minutes;
        expect(after).toMatchObject({ status: 'APPROVED', text: { text: approvedText } });
        // Even straight SQL cannot change them: the trigger refuses.
        await expect(t.sql(`UPDATE minutes SET text = '{}' WHERE meeting_id = $1`, [m])).rejects.toThrow(/immutable/);
      }
    });
  });

  describe('documents', () => {
    const upload = (who: TestAgent | ReturnType<TestApp['browser']>, file: Buffer, filename: string, extra: { meetingId?: string; header?: boolean } = {}) => {
      let req = who.post(`/api/groups/${groupId}/documents`);
      if (extra.header !== false) req = req.set('X-LetsCoop-Upload', '1');
      if (extra.meetingId) req = req.field('meetingId', extra.meetingId);
      return req.attach('file', file, { filename, contentType: 'application/pdf' });
    };

    it('takes a pdf from a group runner and gives it back to members', async () => {
      const res = await upload(as.scribe, PDF, 'verslag é.pdf', { meetingId });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(String), filename: 'verslag é.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length });
      const down = await as.partner.get(`/api/documents/${res.body.id}`).buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(down.status).toBe(200);
      expect(down.headers['content-type']).toBe('application/pdf');
      expect(down.headers['content-disposition']).toMatch(/^attachment; filename=.*verslag/);
      expect(Buffer.compare(down.body as Buffer, PDF)).toBe(0);
      const group = (await gql(as.member, GROUP, { id: groupId })).data?.workingGroup;
      expect(group.documents).toEqual([{ id: res.body.id, filename: 'verslag é.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length, url: `/api/documents/${res.body.id}` }]);
      expect((await gql(as.member, MEETING, { id: meetingId })).data?.meeting.documents).toEqual([{ id: res.body.id, filename: 'verslag é.pdf' }]);
      expect(await t.sql(`SELECT action FROM audit_event WHERE subject_id = $1`, [res.body.id])).toEqual([{ action: 'document.upload' }]);

      const outsider = await as.outsider.get(`/api/documents/${res.body.id}`);
      expect(outsider.status).toBe(403);
      expect(outsider.body.code).toBe('FORBIDDEN');
      expect((await t.browser().get(`/api/documents/${res.body.id}`)).status).toBe(401);
      expect((await as.member.get('/api/documents/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('refuses other types by their content, whatever the name says', async () => {
      const res = await upload(as.scribe, Buffer.from('MZ\x90\x00 this is a program'), 'report.pdf');
      expect(res.status).toBe(415);
      expect(res.body).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringMatching(/Accepted: pdf, odt, docx, png, jpg, webp, gif/) });
    });

    it('refuses files over 20 MB with 413', async () => {
      const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
      const res = await upload(as.scribe, big, 'big.pdf');
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/larger than 20 MB/) });
      // Far over the limit, the upload stops while it is read, with the same answer.
      const huge = await upload(as.scribe, Buffer.alloc(23 * 1024 * 1024, 0x25), 'huge.pdf');
      expect(huge.status).toBe(413);
      expect(huge.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/larger than 20 MB/) });
      expect(await t.sql(`SELECT count(*)::int AS n FROM document WHERE filename IN ('big.pdf', 'huge.pdf')`)).toEqual([{ n: 0 }]);
    });

    it('asks for a session, the upload header and a group runner', async () => {
      const anonymous = await upload(t.browser(), PDF, 'a.pdf');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');
      const noHeader = await upload(as.scribe, PDF, 'a.pdf', { header: false });
      expect(noHeader.status).toBe(400);
      expect(noHeader.body.message).toMatch(/X-LetsCoop-Upload/);
      const participant = await upload(as.member, PDF, 'a.pdf');
      expect(participant.status).toBe(403);
      expect(participant.body.code).toBe('FORBIDDEN');
      const noFile = await as.scribe.post(`/api/groups/${groupId}/documents`).set('X-LetsCoop-Upload', '1').field('meetingId', meetingId);
      expect(noFile.status).toBe(400);
      expect(noFile.body.code).toBe('VALIDATION');
    });
  });

  describe('calendar feed', () => {
    it('gives group members a private link to the meetings as iCal', async () => {
      const url = (await gql(as.member, GROUP, { id: groupId })).data?.workingGroup.calendarUrl as string;
      expect(url).toMatch(new RegExp(`^http://localhost:\\d+/api/groups/${groupId}/calendar\\.ics\\?token=`));
      const path = url.replace(/^https?:\/\/[^/]+/, '');
      const res = await t.browser().get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const ics = res.text.replace(/\r\n /g, '');
      expect(ics).toMatch(/^BEGIN:VCALENDAR/);
      expect(ics).toContain('SUMMARY:Economic model');
      expect(ics).toContain('DTSTART:20261203T180000Z');
      expect(ics).toContain('LOCATION:Gent branch');
      expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(6);

      const wrong = await t.browser().get(`/api/groups/${groupId}/calendar.ics?token=${'x'.repeat(43)}`);
      expect(wrong.status).toBe(404);
      expect((await t.browser().get(`/api/groups/${groupId}/calendar.ics`)).status).toBe(404);
      const otherGroup = await seedGroup(t, editionId, 'Other');
      expect((await t.browser().get(path.replace(groupId, otherGroup))).status).toBe(404);
    });
  });
});

describe('the edition page costs a constant number of SQL queries', () => {
  let t: TestApp;
  let queries = 0;

  beforeAll(async () => {
    t = await startTestApp({ onQuery: () => void queries++ });
  });
  afterAll(() => t.close());

  const PAGE = `query($c: ID!) { editions(cooperativeId: $c) { title { text } groups {
    theme { text } edition { number } roles { leads { id } coordinator { id } } frameWarnings { role missing }
    membersByCategory { category count } pendingRequests { person { id } } myRole myStatus viewerCan { join manageMeetings }
    lineage { recommendationId title { text } } documents { id } calendarUrl
    meetings { agenda { text } attendance { present } documents { id } minutes { status text { text } approvedBy { id } addenda { text { text } author { id } } } }
  } } }`;

  async function pageCost(groups: number): Promise<number> {
    const coop = await seedCooperative(t, `coop-${groups}`, `Coop ${groups}`);
    const viewer = await seedPerson(t, { email: `viewer${groups}@example.org`, cooperativeId: coop.id, offices: ['BOARD_MEMBER'] });
    const editionId = await seedEdition(t, coop.id, 1);
    for (let i = 0; i < groups; i++) {
      const group = await seedGroup(t, editionId, `Group ${i}`);
      await t.sql(`INSERT INTO group_member (group_id, person_id, role, status) VALUES ($1, $2, 'LEAD', 'ACTIVE')`, [group, viewer.id]);
      const [{ id: meeting }] = await t.sql<{ id: string }>(`INSERT INTO meeting (group_id, starts_at, agenda) VALUES ($1, now(), '{"original":"en","texts":{"en":{"text":"a","origin":"HUMAN"}}}') RETURNING id`, [group]);
      const [{ id: minutes }] = await t.sql<{ id: string }>(
        `INSERT INTO minutes (meeting_id, text, status, approved_by, approved_at) VALUES ($1, '{"original":"en","texts":{"en":{"text":"m","origin":"HUMAN"}}}', 'APPROVED', $2, now()) RETURNING id`,
        [meeting, viewer.id],
      );
      await t.sql(`INSERT INTO minutes_addendum (minutes_id, text, author_id) VALUES ($1, '{"original":"en","texts":{"en":{"text":"x","origin":"HUMAN"}}}', $2)`, [minutes, viewer.id]);
      await t.sql(`INSERT INTO meeting_attendance (meeting_id, person_id, present) VALUES ($1, $2, true)`, [meeting, viewer.id]);
    }
    const agent = await signedIn(t, `viewer${groups}@example.org`);
    await gql(agent, PAGE, { c: coop.id }); // warms the calendar secret and the session
    queries = 0;
    const res = await gql(agent, PAGE, { c: coop.id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.editions[0].groups).toHaveLength(groups);
    return queries;
  }

  it('is the same for 2 groups and for 12', async () => {
    const small = await pageCost(2);
    const large = await pageCost(12);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(20);
  });
});
