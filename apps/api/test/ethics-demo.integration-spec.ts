import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { humanText } from '@letscoop/domain';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { DemoEthicsService } from '../src/modules/demo/demo-ethics.service.js';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-accounts.js';
import { LOGIN } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const OPINIONS = `query($c: ID!) { ethicsOpinionsOfCooperative(cooperativeId: $c) {
  id status stance activity { text } activityPerson { displayName } findings { criterion rating } conclusion { text } agendaItem { title { text } }
} }`;
const SERIES = `query($c: ID!) { socialIndicatorSeries(cooperativeId: $c) { years lines { indicator { name { text } unit { text } } values } } }`;
const COMMITTEE = `query($c: ID!) { ethicsCommittee(cooperativeId: $c) { seats seatsFilled members { person { displayName } endsOn } } }`;

describe('demo data: the ethics committee', () => {
  let t: TestApp;
  let be: string;
  const as: Record<string, TestAgent> = {};

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    [{ id: be }] = await t.sql<{ id: string }>(`SELECT id FROM cooperative WHERE slug = 'smart-be'`);
    for (const email of ['ethiek@smart.demo', 'lid@smart.demo']) {
      as[email] = t.browser();
      await gql(as[email], LOGIN, { email, password: DEMO_PASSWORD });
    }
  });
  afterAll(() => t.close());

  it('has a full committee of 15 whose mandates run to June 2027', async () => {
    const res = await gql(as['lid@smart.demo'], COMMITTEE, { c: be });
    expect(res.errors).toBeUndefined();
    expect(res.data?.ethicsCommittee).toMatchObject({ seats: 15, seatsFilled: 15 });
    expect(new Set(res.data?.ethicsCommittee.members.map((m: { endsOn: string }) => m.endsOn))).toEqual(
      new Set(['2027-06-15']),
    );
  });

  it('shows members the published opinions on member activities; the committee also its draft', async () => {
    const member = await gql(as['lid@smart.demo'], OPINIONS, { c: be }, { 'Accept-Language': 'nl' });
    expect(member.errors).toBeUndefined();
    // The assemblies' demo adds the opinion on the 2019 motion on the solidarity contribution: activities only here.
    const published = member.data?.ethicsOpinionsOfCooperative.filter((o: { activity: unknown }) => o.activity !== null);
    expect(published.map((o: { stance: string }) => o.stance)).toEqual(['FAVOURABLE', 'RESERVATIONS', 'UNFAVOURABLE']);
    expect(published[0]).toMatchObject({
      status: 'PUBLISHED',
      activity: { text: 'Workshops over het herstellen van elektrische toestellen in repaircafés' },
      activityPerson: { displayName: 'Lotte Janssens' },
    });
    for (const o of published) expect(o.findings).toHaveLength(3);
    const committee = await gql(as['ethiek@smart.demo'], OPINIONS, { c: be });
    const onActivities = committee.data?.ethicsOpinionsOfCooperative.filter((o: { activity: unknown }) => o.activity !== null);
    expect(onActivities.map((o: { status: string }) => o.status)).toEqual([
      'DRAFT',
      'PUBLISHED',
      'PUBLISHED',
      'PUBLISHED',
    ]);
  });

  it('has indicators with a value for every year 2016–2019', async () => {
    const res = await gql(as['lid@smart.demo'], SERIES, { c: be }, { 'Accept-Language': 'en' });
    expect(res.errors).toBeUndefined();
    const series = res.data?.socialIndicatorSeries;
    expect(series.years).toEqual([2016, 2017, 2018, 2019]);
    expect(series.lines.length).toBeGreaterThanOrEqual(4);
    for (const line of series.lines) expect(line.values.every((v: number | null) => typeof v === 'number')).toBe(true);
    expect(
      series.lines.find(
        (l: { indicator: { name: { text: string } } }) => l.indicator.name.text === 'Solidarity contribution',
      ).values,
    ).toEqual([6.5, 6.5, 6.5, 6.5]);
  });

  it('lets the assembly demo attach the opinion on the solidarity motion to an agenda item', async () => {
    const [{ id: assemblyId }] = await t.sql<{ id: string }>(
      `INSERT INTO assembly (cooperative_id, kind, title, starts_at, quorum_percent, quorum_basis, proxy_cap)
       VALUES ($1, 'ORDINARY', $2, '2027-06-17 10:00+02', 5, 'MEMBERS', 2) RETURNING id`,
      [be, humanText('nl', 'Algemene vergadering')],
    );
    const [{ id: itemId }] = await t.sql<{ id: string }>(
      `INSERT INTO agenda_item (assembly_id, position, kind, title, majority_rule, abstentions_count, quorum_percent, quorum_basis, weight_mode)
       VALUES ($1, 1, 'MOTION', $2, 'SIMPLE', false, 5, 'MEMBERS', 'ONE_MEMBER_ONE_VOTE') RETURNING id`,
      [assemblyId, humanText('nl', 'Eén solidair tarief behouden voor iedereen')],
    );
    const demo = t.app.get(DemoEthicsService);
    const opinionId = await t.app.get(DataSource).transaction((m) => demo.attachOpinionToAgendaItem(m, be, itemId));
    const res = await gql(
      as['lid@smart.demo'],
      `query($i: ID!) { ethicsOpinions(agendaItemId: $i) { id stance status conclusion { text } } }`,
      { i: itemId },
      { 'Accept-Language': 'nl' },
    );
    expect(res.data?.ethicsOpinions).toEqual([
      {
        id: opinionId,
        stance: 'FAVOURABLE',
        status: 'PUBLISHED',
        conclusion: { text: expect.stringContaining('solidaire bijdrage') },
      },
    ]);
  });
});
