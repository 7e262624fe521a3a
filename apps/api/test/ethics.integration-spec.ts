import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { humanText } from '@letscoop/domain';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { EthicsService } from '../src/modules/ethics/ethics.service.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { gql, startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const code = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.code;
const fieldsOf = (res: GqlResult): string[] =>
  (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field) ?? [];

const OPINION_FIELDS = `id status subjectKind agendaItemId stance suggestedStance mayEdit publishedAt
  agendaItem { id title { text } }
  activity { text translations { language status } }
  activityPerson { displayName }
  findings { criterion rating text { text language } }
  conclusion { text language translations { language status } }
  createdBy { displayName } publishedBy { displayName }`;
const CREATE = `mutation($input: CreateEthicsOpinionInput!) { createEthicsOpinion(input: $input) { ${OPINION_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateEthicsOpinionInput!) { updateEthicsOpinion(input: $input) { ${OPINION_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishEthicsOpinion(opinionId: $id) { ${OPINION_FIELDS} } }`;
const DISCARD = `mutation($id: ID!) { discardEthicsOpinionDraft(opinionId: $id) }`;
const OPINION = `query($id: ID!) { ethicsOpinion(id: $id) { ${OPINION_FIELDS} } }`;
const OF_COOPERATIVE = `query($c: ID!) { ethicsOpinionsOfCooperative(cooperativeId: $c) { ${OPINION_FIELDS} } }`;
const OF_ITEM = `query($i: ID!) { ethicsOpinions(agendaItemId: $i) { id status stance } }`;
const OF_ASSEMBLY = `query($a: ID!) { ethicsOpinionsForAssembly(assemblyId: $a) { id agendaItem { id } } }`;
const COMMITTEE = `query($c: ID!) { ethicsCommittee(cooperativeId: $c) {
  asOf seats seatsFilled
  members { officeId person { displayName } startsOn endsOn daysLeft endingSoon electionPollId }
  endingSoon { person { displayName } endsOn }
  upcoming { person { displayName } startsOn endsOn }
} }`;
const INDICATOR_FIELDS = `id mayManage name { text translations { language status } } unit { text } method { text }
  values { year value note { text } }`;
const DEFINE = `mutation($input: DefineSocialIndicatorInput!) { defineSocialIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
const UPDATE_INDICATOR = `mutation($input: UpdateSocialIndicatorInput!) { updateSocialIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
const RECORD = `mutation($input: RecordIndicatorValueInput!) { recordSocialIndicatorValue(input: $input) { ${INDICATOR_FIELDS} } }`;
const REMOVE = `mutation($id: ID!, $year: Int!) { removeSocialIndicatorValue(indicatorId: $id, year: $year) { ${INDICATOR_FIELDS} } }`;
const INDICATORS = `query($c: ID!) { socialIndicators(cooperativeId: $c) { ${INDICATOR_FIELDS} } }`;
const SERIES = `query($c: ID!, $from: Int, $to: Int) { socialIndicatorSeries(cooperativeId: $c, fromYear: $from, toYear: $to) {
  years lines { indicator { name { text } unit { text } } values }
} }`;

const findings = (
  w: string,
  p: string,
  e: string,
  texts: [string, string, string] = ['Fair pay.', 'Useful work.', ''],
) => [
  { criterion: 'WORKING_CONDITIONS_AND_PAY', rating: w, text: texts[0] },
  { criterion: 'PURPOSE_AND_CONTEXT', rating: p, text: texts[1] },
  { criterion: 'ECOLOGICAL_FOOTPRINT', rating: e, text: texts[2] },
];

function addDays(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('ethics committee: mandates, reminders, opinions and social impact indicators', () => {
  let t: TestApp;
  let coop: string;
  let otherCoop: string;
  let assemblyId: string;
  let motionId: string;
  let secondItemId: string;
  let foreignItemId: string;
  let pollId: string;
  let counting = false;
  let queries = 0;
  const ids: Record<string, string> = {};
  const as: Record<string, TestAgent> = {};

  async function seedAgenda(
    cooperativeId: string,
    items: { kind: 'MOTION' | 'ELECTION'; title: string }[],
  ): Promise<{ assemblyId: string; itemIds: string[] }> {
    const [{ id }] = await t.sql<{ id: string }>(
      `INSERT INTO assembly (cooperative_id, kind, title, starts_at, quorum_percent, quorum_basis, proxy_cap)
       VALUES ($1, 'ORDINARY', $2, '2027-06-17 10:00+02', 5, 'MEMBERS', 2) RETURNING id`,
      [cooperativeId, humanText('nl', 'Algemene vergadering 2027')],
    );
    const itemIds: string[] = [];
    for (const [i, item] of items.entries()) {
      const [row] = await t.sql<{ id: string }>(
        `INSERT INTO agenda_item (assembly_id, position, kind, title, majority_rule, abstentions_count, quorum_percent, quorum_basis, weight_mode, seats, election_method)
         VALUES ($1, $2, $3, $4, 'SIMPLE', false, 5, 'MEMBERS', 'ONE_MEMBER_ONE_VOTE', $5, $6) RETURNING id`,
        [
          id,
          i + 1,
          item.kind,
          humanText('en', item.title),
          item.kind === 'ELECTION' ? 15 : null,
          item.kind === 'ELECTION' ? 'APPROVAL' : null,
        ],
      );
      itemIds.push(row.id);
    }
    return { assemblyId: id, itemIds };
  }

  beforeAll(async () => {
    t = await startTestApp({ onQuery: () => void (counting && queries++) });
    coop = (await seedCooperative(t)).id;
    otherCoop = (await seedCooperative(t, 'coop-other', 'Other Coop')).id;
    const people: [string, Parameters<typeof seedPerson>[1]['offices'], string?][] = [
      ['committee', ['ETHICS_COMMITTEE']],
      ['committeeB', ['ETHICS_COMMITTEE']],
      ['secretariat', ['SECRETARIAT']],
      ['secretariatB', ['SECRETARIAT']],
      ['board', ['BOARD_MEMBER']],
      ['member', []],
      ['outsider', [], 'other'],
    ];
    for (const [name, offices, where] of people) {
      ids[name] = (
        await seedPerson(t, {
          email: `${name.toLowerCase()}@example.org`,
          name: name[0].toUpperCase() + name.slice(1),
          cooperativeId: where === 'other' ? otherCoop : coop,
          offices,
        })
      ).id;
      as[name] = t.browser();
      await gql(as[name], LOGIN, { email: `${name.toLowerCase()}@example.org`, password: PASSWORD });
    }
    // Agenda items: a motion and a second item in this cooperative, one in the other.
    const agenda = await seedAgenda(coop, [
      { kind: 'MOTION', title: 'Keep one solidarity rate for all' },
      { kind: 'MOTION', title: 'Open up to all trades' },
      { kind: 'ELECTION', title: 'Elect the ethics committee' },
    ]);
    assemblyId = agenda.assemblyId;
    [motionId, secondItemId] = agenda.itemIds;
    [{ id: pollId }] = await t.sql<{ id: string }>(
      `INSERT INTO poll (assembly_id, agenda_item_id, method, secret, status) VALUES ($1, $2, 'APPROVAL', true, 'PUBLISHED') RETURNING id`,
      [assemblyId, agenda.itemIds[2]],
    );
    foreignItemId = (await seedAgenda(otherCoop, [{ kind: 'MOTION', title: 'Elsewhere' }])).itemIds[0];
  });
  afterAll(() => t.close());

  describe('mandates', () => {
    it('shows the committee: members, seats filled out of 15, mandates ending within 60 days', async () => {
      await t.sql(`UPDATE office SET ends_on = $2 WHERE person_id = $1 AND kind = 'ETHICS_COMMITTEE'`, [
        ids.committeeB,
        addDays(30),
      ]);
      const res = await gql(as.member, COMMITTEE, { c: coop });
      expect(res.errors).toBeUndefined();
      const committee = res.data?.ethicsCommittee;
      expect(committee).toMatchObject({ seats: 15, seatsFilled: 2, asOf: addDays(0) });
      expect(committee.members[0]).toMatchObject({
        person: { displayName: 'CommitteeB' },
        endsOn: addDays(30),
        daysLeft: 30,
        endingSoon: true,
      });
      expect(committee.members[1]).toMatchObject({
        person: { displayName: 'Committee' },
        endsOn: null,
        endingSoon: false,
      });
      expect(committee.endingSoon).toEqual([{ person: { displayName: 'CommitteeB' }, endsOn: addDays(30) }]);
      expect(code(await gql(as.outsider, COMMITTEE, { c: coop }))).toBe('FORBIDDEN');
    });

    it('seats an elected member for two years, and refuses a 16th seat in force', async () => {
      const ethics = t.app.get(EthicsService);
      const db = t.app.get(DataSource);
      const elected: string[] = [];
      for (let i = 0; i < 13; i++) {
        elected.push(
          (await seedPerson(t, { email: `elected${i}@example.org`, cooperativeId: coop, password: false })).id,
        );
      }
      // Two seats are taken (committee, committeeB); 13 more fill the committee.
      for (const personId of elected) {
        const seat = await db.transaction((m) => ethics.seatElected(m, coop, personId, '2026-06-15', pollId));
        expect(seat).toMatchObject({ startsOn: '2026-06-15', endsOn: '2028-06-14' });
      }
      const sixteenth = (await seedPerson(t, { email: 'sixteenth@example.org', cooperativeId: coop, password: false }))
        .id;
      const refused = await db
        .transaction((m) => ethics.seatElected(m, coop, sixteenth, '2026-06-15', pollId))
        .catch((e: unknown) => e);
      expect((refused as { extensions?: { code?: string; reason?: string } }).extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ETHICS_SEATS_FULL',
      });
      const [{ n }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM office WHERE person_id = $1`, [sixteenth]);
      expect(Number(n)).toBe(0);
      // A sitting member can't be seated twice; a non-member can't sit at all.
      const twice = await db
        .transaction((m) => ethics.seatElected(m, coop, elected[0], '2027-01-01', pollId))
        .catch((e: unknown) => e);
      expect((twice as { extensions?: { code?: string } }).extensions?.code).toBe('CONFLICT');
      const stranger = await db
        .transaction((m) => ethics.seatElected(m, coop, ids.outsider, '2030-01-01', pollId))
        .catch((e: unknown) => e);
      expect((stranger as { extensions?: { code?: string } }).extensions?.code).toBe('VALIDATION');

      const res = await gql(as.member, COMMITTEE, { c: coop });
      expect(res.data?.ethicsCommittee.seatsFilled).toBe(15);
      expect(
        res.data?.ethicsCommittee.members.filter((m: { electionPollId: string | null }) => m.electionPollId === pollId),
      ).toHaveLength(13);
      const [audit] = await t.sql<{ after: Record<string, unknown> }>(
        `SELECT after FROM audit_event WHERE action = 'ethics.seatElected' ORDER BY id LIMIT 1`,
      );
      expect(audit.after).toMatchObject({ electionPollId: pollId, startsOn: '2026-06-15', endsOn: '2028-06-14' });
    });

    it('seats a member once a mandate has ended: the seat is free again', async () => {
      const ethics = t.app.get(EthicsService);
      const db = t.app.get(DataSource);
      const next = (await seedPerson(t, { email: 'next@example.org', cooperativeId: coop, password: false })).id;
      // committeeB's mandate ends in 30 days: from the day after, a seat is free.
      await db.transaction((m) => ethics.seatElected(m, coop, next, addDays(31), pollId));
      const res = await gql(as.member, COMMITTEE, { c: coop });
      expect(res.data?.ethicsCommittee.upcoming).toEqual([
        { person: { displayName: 'next' }, startsOn: addDays(31), endsOn: expect.any(String) },
      ]);
    });
  });

  describe('the reminder to the secretariat', () => {
    let early: string;
    let late: string;

    beforeAll(async () => {
      const holder = (
        await seedPerson(t, { email: 'holder@example.org', name: 'Holder', cooperativeId: otherCoop, password: false })
      ).id;
      // In the other cooperative (no secretariat yet) and this one.
      [{ id: early }] = await t.sql<{ id: string }>(
        `INSERT INTO office (person_id, cooperative_id, kind, starts_on, ends_on) VALUES ($1, $2, 'ETHICS_COMMITTEE', '2028-03-02', '2030-03-01') RETURNING id`,
        [ids.committee, coop],
      );
      [{ id: late }] = await t.sql<{ id: string }>(
        `INSERT INTO office (person_id, cooperative_id, kind, starts_on, ends_on) VALUES ($1, $2, 'ETHICS_COMMITTEE', '2028-06-02', '2030-06-01') RETURNING id`,
        [holder, otherCoop],
      );
      await seedPerson(t, {
        email: 'secretariat-other@example.org',
        cooperativeId: otherCoop,
        offices: ['SECRETARIAT'],
        password: false,
      });
    });

    const notified = (officeId: string) =>
      t.sql<{ person_id: string; payload: Record<string, unknown> }>(
        `SELECT person_id, payload FROM notification WHERE kind = 'ethics.mandateEnding' AND subject_id = $1 ORDER BY person_id`,
        [officeId],
      );

    it('fires once per mandate ending within 60 days, however often it runs', async () => {
      const ethics = t.app.get(EthicsService);
      const asOf = new Date('2030-01-15T06:00:00Z'); // early ends in 45 days, late in 137
      expect(await ethics.remindEndingMandates(asOf)).toBe(1);
      expect(await ethics.remindEndingMandates(asOf)).toBe(0);
      expect(await ethics.remindEndingMandates(new Date('2030-02-01T06:00:00Z'))).toBe(0);

      const rows = await notified(early);
      expect(rows.map((r) => r.person_id).sort()).toEqual([ids.secretariat, ids.secretariatB].sort());
      expect(rows[0].payload).toMatchObject({ memberName: 'Committee', endsOn: '2030-03-01', daysLeft: 45 });
      const mails = await t.sql<{ to_address: string; subject: string; body: string }>(
        `SELECT to_address, subject, body FROM outbox_email WHERE body LIKE '%Committee%' AND body LIKE '%/ethics%' ORDER BY to_address`,
      );
      expect(mails.map((m) => m.to_address)).toEqual(['secretariat@example.org', 'secretariatb@example.org']);
      // seedPerson's people read Dutch.
      expect(mails[0].subject).toContain('ethisch comité');
      expect(mails[0].body).toContain('over 45 dagen');
      expect(await notified(late)).toEqual([]);
      const [{ n }] = await t.sql<{ n: string }>(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'ethics.mandateReminder' AND subject_id = $1`,
        [early],
      );
      expect(Number(n)).toBe(1);
    });

    it('fires once when two runs race', async () => {
      const ethics = t.app.get(EthicsService);
      const asOf = new Date('2030-04-10T06:00:00Z'); // late ends in 52 days; early has ended
      const [a, b, c] = await Promise.all([
        ethics.remindEndingMandates(asOf),
        ethics.remindEndingMandates(asOf),
        ethics.remindEndingMandates(asOf),
      ]);
      expect(a + b + c).toBe(1);
      expect(await notified(late)).toHaveLength(1);
      const [{ n }] = await t.sql<{ n: string }>(
        `SELECT count(*) AS n FROM outbox_email WHERE to_address = 'secretariat-other@example.org'`,
      );
      expect(Number(n)).toBe(1);
      expect(await notified(early)).toHaveLength(2);
    });

    it('reminds again for a renewed mandate with a new end date', async () => {
      const ethics = t.app.get(EthicsService);
      await t.sql(`UPDATE office SET ends_on = '2030-07-01' WHERE id = $1`, [late]);
      expect(await ethics.remindEndingMandates(new Date('2030-05-15T06:00:00Z'))).toBe(1);
      expect(await notified(late)).toHaveLength(2);
    });
  });

  describe('opinions', () => {
    let draftId: string;
    let motionOpinionId: string;

    it('only committee members write an opinion', async () => {
      const input = {
        cooperativeId: coop,
        language: 'nl',
        activity: 'Bemiddeling voor een kledingmerk',
        findings: findings('FAVOURABLE', 'FAVOURABLE', 'NOT_APPLICABLE'),
      };
      for (const who of ['member', 'secretariat', 'board', 'outsider']) {
        expect(code(await gql(as[who], CREATE, { input }))).toBe('FORBIDDEN');
      }
      const res = await gql(as.committee, CREATE, { input: { ...input, activityPersonId: ids.member } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createEthicsOpinion).toMatchObject({
        status: 'DRAFT',
        subjectKind: 'MEMBER_ACTIVITY',
        activity: { text: 'Bemiddeling voor een kledingmerk' },
        activityPerson: { displayName: 'Member' },
        findings: [
          {
            criterion: 'WORKING_CONDITIONS_AND_PAY',
            rating: 'FAVOURABLE',
            text: { text: 'Fair pay.', language: 'nl' },
          },
          { criterion: 'PURPOSE_AND_CONTEXT', rating: 'FAVOURABLE' },
          { criterion: 'ECOLOGICAL_FOOTPRINT', rating: 'NOT_APPLICABLE', text: null },
        ],
        conclusion: null,
        stance: null,
        suggestedStance: 'FAVOURABLE',
        mayEdit: true,
        createdBy: { displayName: 'Committee' },
      });
      draftId = res.data?.createEthicsOpinion.id;
    });

    it('hides drafts from members: not listed, not found', async () => {
      const forMember = await gql(as.member, OF_COOPERATIVE, { c: coop });
      expect(forMember.errors).toBeUndefined();
      expect(forMember.data?.ethicsOpinionsOfCooperative).toEqual([]);
      expect(code(await gql(as.member, OPINION, { id: draftId }))).toBe('NOT_FOUND');
      expect(code(await gql(as.secretariat, OPINION, { id: draftId }))).toBe('NOT_FOUND');
      expect(code(await gql(as.outsider, OPINION, { id: draftId }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, OF_COOPERATIVE, { c: coop }))).toBe('FORBIDDEN');
      const forCommittee = await gql(as.committeeB, OF_COOPERATIVE, { c: coop });
      expect(forCommittee.data?.ethicsOpinionsOfCooperative.map((o: { id: string }) => o.id)).toEqual([draftId]);
      expect((await gql(as.committeeB, OPINION, { id: draftId })).data?.ethicsOpinion.mayEdit).toBe(true);
    });

    it('refuses to publish an incomplete draft, saying what is missing', async () => {
      const res = await gql(as.committee, PUBLISH, { id: draftId });
      expect(code(res)).toBe('VALIDATION');
      expect(fieldsOf(res).sort()).toEqual(['conclusion', 'stance']);
      expect(res.errors?.[0].message).toMatch(/conclusion/);
    });

    it('saves the draft in another language without losing the first, then publishes it', async () => {
      const saved = await gql(as.committeeB, UPDATE, {
        input: {
          opinionId: draftId,
          language: 'fr',
          activity: 'Intermédiation pour une marque de vêtements',
          findings: findings('RESERVATIONS', 'FAVOURABLE', 'NOT_APPLICABLE', ['Salaires à vérifier.', 'Utile.', '']),
          conclusion: "Avis favorable, sous réserve d'un contrôle des salaires.",
          stance: 'FAVOURABLE',
        },
      });
      expect(saved.errors).toBeUndefined();
      const opinion = saved.data?.updateEthicsOpinion;
      expect(opinion.activity.translations).toEqual([
        { language: 'nl', status: 'HUMAN' },
        { language: 'fr', status: 'HUMAN' },
        { language: 'en', status: 'MISSING' },
      ]);
      expect(opinion.findings[0]).toMatchObject({ rating: 'RESERVATIONS' });
      expect(opinion.suggestedStance).toBe('RESERVATIONS');

      // A favourable stance over a finding with reservations is too mild.
      const tooMild = await gql(as.committee, PUBLISH, { id: draftId });
      expect(code(tooMild)).toBe('VALIDATION');
      expect(fieldsOf(tooMild)).toEqual(['stance']);

      await gql(as.committeeB, UPDATE, {
        input: {
          opinionId: draftId,
          language: 'fr',
          findings: findings('RESERVATIONS', 'FAVOURABLE', 'NOT_APPLICABLE', ['Salaires à vérifier.', 'Utile.', '']),
          stance: 'RESERVATIONS',
        },
      });
      const published = await gql(as.committee, PUBLISH, { id: draftId });
      expect(published.errors).toBeUndefined();
      expect(published.data?.publishEthicsOpinion).toMatchObject({
        status: 'PUBLISHED',
        stance: 'RESERVATIONS',
        mayEdit: false,
        publishedBy: { displayName: 'Committee' },
        conclusion: { text: "Avis favorable, sous réserve d'un contrôle des salaires." },
      });
      const [audit] = await t.sql<{ actor_id: string; after: Record<string, unknown> }>(
        `SELECT actor_id, after FROM audit_event WHERE action = 'ethics.opinionPublished' AND subject_id = $1`,
        [draftId],
      );
      expect(audit).toMatchObject({ actor_id: ids.committee, after: { status: 'PUBLISHED', stance: 'RESERVATIONS' } });
    });

    it('shows a published opinion to every member, in their language; it is final', async () => {
      const res = await gql(as.member, OPINION, { id: draftId }, { 'Accept-Language': 'fr' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.ethicsOpinion).toMatchObject({
        status: 'PUBLISHED',
        activity: { text: 'Intermédiation pour une marque de vêtements' },
        mayEdit: false,
      });
      expect((await gql(as.member, OF_COOPERATIVE, { c: coop })).data?.ethicsOpinionsOfCooperative).toHaveLength(1);
      const again = await gql(as.committee, UPDATE, {
        input: { opinionId: draftId, language: 'en', findings: findings('FAVOURABLE', 'FAVOURABLE', 'FAVOURABLE') },
      });
      expect(code(again)).toBe('CONFLICT');
      expect(code(await gql(as.committee, DISCARD, { id: draftId }))).toBe('CONFLICT');
      expect(code(await gql(as.member, PUBLISH, { id: draftId }))).toBe('FORBIDDEN');
    });

    it('gives an opinion on a motion, shown for the agenda item and the assembly', async () => {
      const created = await gql(as.committee, CREATE, {
        input: {
          cooperativeId: coop,
          agendaItemId: motionId,
          language: 'en',
          findings: findings('FAVOURABLE', 'FAVOURABLE', 'NOT_APPLICABLE', [
            'One rate protects the weakest.',
            'Solidarity is the purpose.',
            '',
          ]),
          conclusion: 'The committee supports the motion.',
          stance: 'FAVOURABLE',
        },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createEthicsOpinion).toMatchObject({
        subjectKind: 'AGENDA_ITEM',
        agendaItem: { id: motionId, title: { text: 'Keep one solidarity rate for all' } },
      });
      motionOpinionId = created.data?.createEthicsOpinion.id;
      expect((await gql(as.member, OF_ITEM, { i: motionId })).data?.ethicsOpinions).toEqual([]);
      expect((await gql(as.committee, OF_ITEM, { i: motionId })).data?.ethicsOpinions).toEqual([
        { id: motionOpinionId, status: 'DRAFT', stance: 'FAVOURABLE' },
      ]);
      await gql(as.committee, PUBLISH, { id: motionOpinionId });
      expect((await gql(as.member, OF_ITEM, { i: motionId })).data?.ethicsOpinions).toEqual([
        { id: motionOpinionId, status: 'PUBLISHED', stance: 'FAVOURABLE' },
      ]);
      expect((await gql(as.member, OF_ITEM, { i: secondItemId })).data?.ethicsOpinions).toEqual([]);
      expect((await gql(as.member, OF_ASSEMBLY, { a: assemblyId })).data?.ethicsOpinionsForAssembly).toEqual([
        { id: motionOpinionId, agendaItem: { id: motionId } },
      ]);
      expect(code(await gql(as.outsider, OF_ITEM, { i: motionId }))).toBe('FORBIDDEN');
      expect(code(await gql(as.member, OF_ITEM, { i: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    });

    it('refuses bad input with VALIDATION', async () => {
      const base = {
        cooperativeId: coop,
        language: 'en',
        findings: findings('FAVOURABLE', 'FAVOURABLE', 'FAVOURABLE'),
      };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base }, 'agendaItemId'], // no subject
        [{ ...base, agendaItemId: motionId, activity: 'Both' }, 'agendaItemId'],
        [{ ...base, agendaItemId: foreignItemId }, 'agendaItemId'],
        [{ ...base, activity: 'Something', activityPersonId: ids.outsider }, 'activityPersonId'],
        [{ ...base, activity: 'Something', findings: base.findings.slice(0, 2) }, 'findings'],
        [
          { ...base, activity: 'Something', findings: [base.findings[0], base.findings[0], base.findings[1]] },
          'findings',
        ],
        [{ ...base, activity: 'x'.repeat(2001) }, 'activity'],
        [{ ...base, activity: 'Something', cooperativeId: 'not-a-uuid' }, 'cooperativeId'],
      ];
      for (const [input, field] of cases) {
        const res = await gql(as.committee, CREATE, { input });
        expect([code(res), fieldsOf(res)]).toEqual(['VALIDATION', expect.arrayContaining([field])]);
      }
      expect(code(await gql(as.committee, OPINION, { id: 'nope' }))).toBe('VALIDATION');
    });

    it('discards a draft; lists cost the same number of queries however many opinions', async () => {
      const count = async () => {
        queries = 0;
        counting = true;
        const res = await gql(as.committee, OF_COOPERATIVE, { c: coop });
        counting = false;
        expect(res.errors).toBeUndefined();
        return { n: res.data?.ethicsOpinionsOfCooperative.length as number, queries };
      };
      const before = await count();
      const extra: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await gql(as.committeeB, CREATE, {
          input: {
            cooperativeId: coop,
            language: 'nl',
            activity: `Activiteit ${i}`,
            activityPersonId: ids.board,
            findings: findings('FAVOURABLE', 'FAVOURABLE', 'FAVOURABLE'),
            conclusion: 'Goed.',
            stance: 'FAVOURABLE',
          },
        });
        extra.push(res.data?.createEthicsOpinion.id);
      }
      const after = await count();
      expect(after.n).toBe(before.n + 3);
      expect(after.queries).toBe(before.queries);
      for (const id of extra)
        expect((await gql(as.committee, DISCARD, { id })).data?.discardEthicsOpinionDraft).toBe(true);
      expect((await count()).n).toBe(before.n);
    });
  });

  describe('social impact indicators', () => {
    let indicatorId: string;

    it('are defined by the committee or the secretariat, not by members', async () => {
      const input = {
        cooperativeId: coop,
        language: 'nl',
        name: 'Mediaan uurloon van de vennoten',
        unit: '€ per uur',
        method: 'Mediaan van de gefactureerde uurlonen.',
      };
      expect(code(await gql(as.member, DEFINE, { input }))).toBe('FORBIDDEN');
      expect(code(await gql(as.board, DEFINE, { input }))).toBe('FORBIDDEN');
      const res = await gql(as.secretariat, DEFINE, { input });
      expect(res.errors).toBeUndefined();
      expect(res.data?.defineSocialIndicator).toMatchObject({
        name: { text: 'Mediaan uurloon van de vennoten' },
        unit: { text: '€ per uur' },
        values: [],
        mayManage: true,
      });
      indicatorId = res.data?.defineSocialIndicator.id;
      const translated = await gql(as.committee, UPDATE_INDICATOR, {
        input: {
          indicatorId,
          language: 'fr',
          name: 'Salaire horaire médian des membres',
          unit: '€ par heure',
          method: 'Médiane des salaires horaires facturés.',
        },
      });
      expect(translated.data?.updateSocialIndicator.name.translations).toEqual([
        { language: 'nl', status: 'HUMAN' },
        { language: 'fr', status: 'HUMAN' },
        { language: 'en', status: 'MISSING' },
      ]);
      expect(
        code(
          await gql(as.member, UPDATE_INDICATOR, {
            input: { indicatorId, language: 'en', name: 'x', unit: 'x', method: 'x' },
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('records values by year (a second value for a year replaces the first) and reads them back as a series', async () => {
      for (const [year, value] of [
        [2016, 14.2],
        [2018, 15.1],
        [2019, 15.6],
        [2018, 15.3],
      ] as const) {
        const res = await gql(as.committee, RECORD, {
          input: { indicatorId, year, value, language: 'nl', note: year === 2019 ? 'Voorlopig cijfer' : null },
        });
        expect(res.errors).toBeUndefined();
      }
      const list = await gql(as.member, INDICATORS, { c: coop });
      expect(list.data?.socialIndicators).toHaveLength(1);
      expect(list.data?.socialIndicators[0].mayManage).toBe(false);
      expect(list.data?.socialIndicators[0].values).toEqual([
        { year: 2016, value: 14.2, note: null },
        { year: 2018, value: 15.3, note: null },
        { year: 2019, value: 15.6, note: { text: 'Voorlopig cijfer' } },
      ]);
      const series = await gql(as.member, SERIES, { c: coop });
      expect(series.data?.socialIndicatorSeries).toEqual({
        years: [2016, 2017, 2018, 2019],
        lines: [
          {
            indicator: { name: { text: 'Mediaan uurloon van de vennoten' }, unit: { text: '€ per uur' } },
            values: [14.2, null, 15.3, 15.6],
          },
        ],
      });
      const ranged = await gql(as.member, SERIES, { c: coop, from: 2018, to: 2020 });
      expect(ranged.data?.socialIndicatorSeries.years).toEqual([2018, 2019, 2020]);
      expect(ranged.data?.socialIndicatorSeries.lines[0].values).toEqual([15.3, 15.6, null]);
      const removed = await gql(as.secretariat, REMOVE, { id: indicatorId, year: 2016 });
      expect(removed.data?.removeSocialIndicatorValue.values.map((v: { year: number }) => v.year)).toEqual([
        2018, 2019,
      ]);
      expect(code(await gql(as.secretariat, REMOVE, { id: indicatorId, year: 2016 }))).toBe('NOT_FOUND');
      const [{ n }] = await t.sql<{ n: string }>(
        `SELECT count(*) AS n FROM audit_event WHERE subject_id = $1 AND action LIKE 'indicator.value%'`,
        [indicatorId],
      );
      expect(Number(n)).toBe(5);
    });

    it('refuses bad input with VALIDATION, and outsiders', async () => {
      const bad: [string, Record<string, unknown>, string][] = [
        [RECORD, { indicatorId, year: 1800, value: 1 }, 'year'],
        [RECORD, { indicatorId, year: 2200, value: 1 }, 'year'],
        [RECORD, { indicatorId, year: 2019, value: 1, note: 'Zonder taal' }, 'language'],
        [DEFINE, { cooperativeId: coop, language: 'nl', name: '  ', unit: '%', method: 'm' }, 'name'],
        [DEFINE, { cooperativeId: coop, language: 'nl', name: 'n', unit: '', method: 'm' }, 'unit'],
      ];
      for (const [mutation, input, field] of bad) {
        const res = await gql(as.committee, mutation, { input });
        expect([code(res), fieldsOf(res)]).toEqual(['VALIDATION', [field]]);
      }
      // An unknown language or rating is refused by GraphQL itself, before validation.
      const badEnum = await gql(as.committee, DEFINE, {
        input: { cooperativeId: coop, language: 'xx', name: 'n', unit: '%', method: 'm' },
      });
      expect(code(badEnum)).toBe('BAD_REQUEST');
      expect(code(await gql(as.member, SERIES, { c: coop, from: 2020, to: 2018 }))).toBe('VALIDATION');
      expect(code(await gql(as.outsider, INDICATORS, { c: coop }))).toBe('FORBIDDEN');
      expect(code(await gql(as.outsider, RECORD, { input: { indicatorId, year: 2019, value: 2 } }))).toBe('FORBIDDEN');
    });
  });
});
