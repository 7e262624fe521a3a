import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

describe('audit trail', () => {
  let t: TestApp;
  let personId: string;
  let coopId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coopId = (await seedCooperative(t)).id;
    personId = (await seedPerson(t, { email: 'eva@example.org', name: 'Eva', cooperativeId: coopId })).id;
    await seedPerson(t, { email: 'outsider@example.org', cooperativeId: (await seedCooperative(t, 'other', 'Other Coop')).id });
  });
  afterAll(() => t.close());

  it('records a profile change with before and after, readable through events(subjectId)', async () => {
    const eva = t.browser();
    await gql(eva, LOGIN, { email: 'eva@example.org', password: PASSWORD });
    const changed = await gql(eva, `mutation { updateMyProfile(input: { displayName: "Eva Claes", preferredLanguage: fr }) { displayName preferredLanguage } }`);
    expect(changed.data?.updateMyProfile).toEqual({ displayName: 'Eva Claes', preferredLanguage: 'fr' });
    const events = await gql(eva, `query($id: ID!) { events(subjectId: $id) { action actor { displayName } before after occurredAt } }`, { id: personId });
    expect(events.data?.events).toHaveLength(1);
    expect(events.data?.events[0]).toMatchObject({ action: 'person.updateProfile', actor: { displayName: 'Eva Claes' } });
    expect(JSON.parse(events.data?.events[0].before)).toEqual({ displayName: 'Eva', preferredLanguage: 'nl' });
    expect(JSON.parse(events.data?.events[0].after)).toEqual({ displayName: 'Eva Claes', preferredLanguage: 'fr' });
  });

  it("does not show a person's events to someone else", async () => {
    const outsider = t.browser();
    await gql(outsider, LOGIN, { email: 'outsider@example.org', password: PASSWORD });
    const events = await gql(outsider, `query($id: ID!) { events(subjectId: $id) { action } }`, { id: personId });
    expect(events.data?.events).toEqual([]);
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const [{ n }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event`);
    expect(Number(n)).toBeGreaterThan(0);
    await expect(t.sql(`UPDATE audit_event SET reason = 'rewritten'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(t.sql(`DELETE FROM audit_event`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(t.sql(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    const [{ n: after }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event`);
    expect(after).toBe(n);
    const [{ reason }] = await t.sql<{ reason: string | null }>(`SELECT reason FROM audit_event LIMIT 1`);
    expect(reason).not.toBe('rewritten');
  });
});
