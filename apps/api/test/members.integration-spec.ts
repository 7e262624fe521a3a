import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson, type SeededCooperative } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const MEMBERS = `query($coop: ID!, $search: String, $category: StakeholderCategory, $branch: ID, $offset: Int, $limit: Int) {
  members(cooperativeId: $coop, search: $search, category: $category, branchId: $branch, offset: $offset, limit: $limit) {
    totalCount offset limit items { id category shares branch { name } person { displayName email } offices { kind } }
  }
}`;

describe('members list and profiles', () => {
  let t: TestApp;
  let coop: SeededCooperative;
  let member: TestAgent;
  let secretariat: TestAgent;
  let lefevreMembership: string;

  beforeAll(async () => {
    t = await startTestApp();
    coop = await seedCooperative(t);
    await seedPerson(t, { email: 'sec@example.org', name: 'Sec Retariat', cooperativeId: coop.id, category: 'PERMANENT_STAFF', offices: ['SECRETARIAT'] });
    await seedPerson(t, { email: 'me@example.org', name: 'Mia Member', cooperativeId: coop.id });
    lefevreMembership = (await seedPerson(t, { email: 'lefevre@example.org', name: 'Élodie Lefèvre', cooperativeId: coop.id, category: 'CLIENT', offices: ['BOARD_MEMBER'] }))
      .membershipId as string;
    for (let i = 0; i < 30; i++) await seedPerson(t, { email: `m${i}@example.org`, name: `Member ${String(i).padStart(2, '0')}`, cooperativeId: coop.id, password: false });
    await t.sql(`UPDATE person SET search_name = 'elodie lefevre' WHERE email = 'lefevre@example.org'`);
    await t.sql(`UPDATE membership SET branch_id = $1 WHERE person_id = (SELECT id FROM person WHERE email = 'm3@example.org')`, [coop.branches['Gent']]);
    const other = await seedCooperative(t, 'other', 'Other');
    await seedPerson(t, { email: 'outsider@example.org', cooperativeId: other.id });
    member = t.browser();
    secretariat = t.browser();
    await gql(member, LOGIN, { email: 'me@example.org', password: PASSWORD });
    await gql(secretariat, LOGIN, { email: 'sec@example.org', password: PASSWORD });
  });
  afterAll(() => t.close());

  it('pages through members in name order with a total', async () => {
    const first = await gql(member, MEMBERS, { coop: coop.id, limit: 10 });
    expect(first.data?.members.totalCount).toBe(33);
    expect(first.data?.members.items).toHaveLength(10);
    const last = await gql(member, MEMBERS, { coop: coop.id, offset: 30, limit: 10 });
    expect(last.data?.members.items).toHaveLength(3);
    const names = [...(first.data?.members.items ?? []), ...(last.data?.members.items ?? [])].map((m: { person: { displayName: string } }) => m.person.displayName);
    expect(new Set(names).size).toBe(13);
  });

  it('finds a name without its accents, and filters by category and branch', async () => {
    const found = await gql(member, MEMBERS, { coop: coop.id, search: 'lefevre' });
    expect(found.data?.members.items.map((m: { person: { displayName: string } }) => m.person.displayName)).toEqual(['Élodie Lefèvre']);
    expect(found.data?.members.items[0].offices).toEqual([{ kind: 'BOARD_MEMBER' }]);
    expect((await gql(member, MEMBERS, { coop: coop.id, category: 'CLIENT' })).data?.members.totalCount).toBe(1);
    const gent = await gql(member, MEMBERS, { coop: coop.id, branch: coop.branches['Gent'] });
    expect(gent.data?.members.items.map((m: { person: { displayName: string } }) => m.person.displayName)).toEqual(['Member 03']);
    expect((await gql(member, MEMBERS, { coop: coop.id, search: '100%_' })).data?.members.totalCount).toBe(0);
  });

  it("hides other people's e-mail from members, shows it to the secretariat", async () => {
    const asMember = await gql(member, MEMBERS, { coop: coop.id, search: 'lefevre' });
    expect(asMember.data?.members.items[0].person.email).toBeNull();
    const mine = await gql(member, MEMBERS, { coop: coop.id, search: 'mia' });
    expect(mine.data?.members.items[0].person.email).toBe('me@example.org');
    const asSecretariat = await gql(secretariat, MEMBERS, { coop: coop.id, search: 'lefevre' });
    expect(asSecretariat.data?.members.items[0].person.email).toBe('lefevre@example.org');
  });

  it('shows a profile', async () => {
    const res = await gql(member, `query($id: ID!) { member(id: $id) { person { displayName } category shares joinedOn offices { kind startsOn } } }`, { id: lefevreMembership });
    expect(res.data?.member).toEqual({ person: { displayName: 'Élodie Lefèvre' }, category: 'CLIENT', shares: 1, joinedOn: '2020-01-01', offices: [{ kind: 'BOARD_MEMBER', startsOn: '2020-01-01' }] });
  });

  it("refuses another cooperative's members, unknown ids and bad paging with typed errors", async () => {
    const outsider = t.browser();
    await gql(outsider, LOGIN, { email: 'outsider@example.org', password: PASSWORD });
    expect((await gql(outsider, MEMBERS, { coop: coop.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(outsider, `query($id: ID!) { member(id: $id) { id } }`, { id: lefevreMembership })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(member, `{ member(id: "00000000-0000-4000-8000-000000000000") { id } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql(member, `{ member(id: "42") { id } }`)).errors?.[0].extensions?.code).toBe('VALIDATION');
    const paging = await gql(member, MEMBERS, { coop: coop.id, offset: -1, limit: 1000 });
    expect(paging.errors?.[0].extensions?.code).toBe('VALIDATION');
    expect(paging.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['offset', 'limit']);
  });
});
