import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { seedEdition, seedGroup } from './support/cycle-fixtures.js';
import { seedGroupMember, seedRecommendations } from './support/recommendations-fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

/** What the edition page shows: group, stage, version count, current title, proposals. */
const LIST = `query($edition: ID!) {
  recommendations(editionId: $edition) {
    id stage versionCount
    group { id theme { text } }
    currentVersion { number title { text } }
    proposals { number title { text } status }
  }
}`;
/** Everything nested the list can ask for: still a constant number of queries. */
const RICH = `query($edition: ID!) {
  recommendations(editionId: $edition) {
    id stage versionCount titleStartsWithActionVerb availableTransitions
    edition { period } group { id theme { text } }
    currentVersion { number authoredBy title { text } createdBy { displayName } }
    proposals { number title { text } status }
    coAuthors { displayName } testimonies { attributedTo } mergedFrom { id }
  }
}`;

describe('listing recommendations costs a constant number of SQL queries', () => {
  let t: TestApp;
  let queries: string[] | null = null;
  let member: TestAgent;
  let small: string;
  let large: string;

  beforeAll(async () => {
    t = await startTestApp({ onQuery: (sql) => queries?.push(sql) });
    const coop = await seedCooperative(t);
    const lead = await seedPerson(t, { email: 'lead@example.org', cooperativeId: coop.id });
    await seedPerson(t, { email: 'member@example.org', cooperativeId: coop.id });
    small = await seedEdition(t, coop.id, 1);
    large = await seedEdition(t, coop.id, 2);
    for (const [edition, count] of [
      [small, 10],
      [large, 1000],
    ] as const) {
      // Spread over several groups, so group and roles are batched too.
      for (let g = 0; g < 5; g++) {
        const group = await seedGroup(t, edition, `Theme ${g}`);
        await seedGroupMember(t, group, lead.id, 'LEAD');
        await seedRecommendations(t, {
          cooperativeId: coop.id,
          editionId: edition,
          groupId: group,
          createdBy: lead.id,
          count: count / 5,
        });
      }
    }
    member = t.browser();
    await gql(member, LOGIN, { email: 'member@example.org', password: PASSWORD });
  });
  afterAll(() => t.close());

  async function countQueries(edition: string, query = LIST): Promise<{ n: number; items: number }> {
    queries = [];
    const res = await gql(member, query, { edition });
    const n = queries.length;
    queries = null;
    expect(res.errors).toBeUndefined();
    return { n, items: res.data?.recommendations.length };
  }

  it('answers 10 and 1,000 recommendations with the same number of queries, at most 10', async () => {
    const ten = await countQueries(small);
    const thousand = await countQueries(large);
    expect(ten.items).toBe(10);
    expect(thousand.items).toBe(1000);
    expect(thousand.n).toBe(ten.n);
    expect(ten.n).toBeLessThanOrEqual(10);
  });

  it('keeps every nested field batched: the same count at both sizes', async () => {
    const ten = await countQueries(small, RICH);
    const thousand = await countQueries(large, RICH);
    expect(thousand.items).toBe(1000);
    expect(thousand.n).toBe(ten.n);
  });

  it('filters by stage and group, and says when the edition does not exist', async () => {
    const Q = `query($e: ID!, $s: RecommendationStage, $g: ID) { recommendations(editionId: $e, stage: $s, groupId: $g) { id group { id } } }`;
    expect((await gql(member, Q, { e: small, s: 'DRAFT' })).data?.recommendations).toHaveLength(10);
    expect((await gql(member, Q, { e: small, s: 'ENDORSED' })).data?.recommendations).toEqual([]);
    const all = (await gql(member, Q, { e: small })).data?.recommendations;
    const group = all[0].group.id;
    const ofGroup = (await gql(member, Q, { e: small, g: group })).data?.recommendations;
    expect(ofGroup).toHaveLength(2);
    expect(ofGroup.every((r: { group: { id: string } }) => r.group.id === group)).toBe(true);
    expect((await gql(member, Q, { e: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('returns each recommendation with its group, version count, current title and proposals', async () => {
    const res = await gql(member, RICH, { edition: small });
    const first = res.data?.recommendations[0];
    expect(first.versionCount).toBe(2);
    expect(first.currentVersion.number).toBe(2);
    expect(first.currentVersion.title.text).toMatch(/^Set up thing \d+ v2$/);
    expect(first.titleStartsWithActionVerb).toBe(true);
    expect(first.group.theme.text).toMatch(/^Theme \d$/);
    expect(first.proposals).toEqual([{ number: 1, title: { text: 'Do it' }, status: 'PROPOSED' }]);
    expect(first.availableTransitions).toEqual([]);
  });
});
