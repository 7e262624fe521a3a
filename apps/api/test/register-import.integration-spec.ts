import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson, type SeededCooperative } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const IMPORT = `mutation($input: ImportRegisterInput!) {
  importMemberRegister(input: $input) { imported rows created updated unchanged errors { line column message } }
}`;

const HEADER = 'email,name,language,category,shares,share_class,branch';
const GOOD = [
  HEADER,
  'an.devos@example.org,An De Vos,nl,WORKER_MEMBER,2,A,Gent',
  'luc.martin@example.org,Luc Martin,fr,SALARIED_ENTREPRENEUR,1,A,Liège',
  '"sarah.o@example.org","O\'Neil, Sarah",en,PARTNER,40,B,',
].join('\n');

describe('member register import (CSV, all or nothing, idempotent)', () => {
  let t: TestApp;
  let coop: SeededCooperative;
  let secretariat: TestAgent;
  let member: TestAgent;

  const memberships = async () =>
    t.sql<{ email: string; category: string; shares: number; share_class: string; branch: string | null }>(
      `SELECT p.email, m.category, m.shares, m.share_class, b.name AS branch
       FROM membership m JOIN person p ON p.id = m.person_id LEFT JOIN branch b ON b.id = m.branch_id
       WHERE m.cooperative_id = $1 AND p.email NOT LIKE '%@staff.test' ORDER BY p.email`,
      [coop.id],
    );
  const runImport = async (csv: string, agent = secretariat) => gql(agent, IMPORT, { input: { cooperativeId: coop.id, csv } });

  beforeAll(async () => {
    t = await startTestApp();
    coop = await seedCooperative(t);
    await seedPerson(t, { email: 'sec@staff.test', cooperativeId: coop.id, category: 'PERMANENT_STAFF', offices: ['SECRETARIAT'] });
    await seedPerson(t, { email: 'plain@staff.test', cooperativeId: coop.id });
    secretariat = t.browser();
    member = t.browser();
    await gql(secretariat, LOGIN, { email: 'sec@staff.test', password: PASSWORD });
    await gql(member, LOGIN, { email: 'plain@staff.test', password: PASSWORD });
  });
  afterAll(() => t.close());

  it('refuses the whole file when any line is bad, and lists every bad line with its reason', async () => {
    const csv = [
      HEADER,
      'ok.one@example.org,Ok One,nl,WORKER_MEMBER,1,A,Gent',
      'not-an-email,Bad Mail,nl,WORKER_MEMBER,1,A,Gent',
      'bad.category@example.org,Bad Category,fr,ASTRONAUT,1,A,',
      'bad.shares@example.org,Bad Shares,fr,CLIENT,two,B,',
      'bad.branch@example.org,Bad Branch,nl,CLIENT,3,B,Atlantis',
      'ok.one@example.org,Ok One Again,nl,WORKER_MEMBER,1,A,Gent',
    ].join('\n');
    const res = await runImport(csv);
    expect(res.errors).toBeUndefined();
    const report = res.data?.importMemberRegister;
    expect(report.imported).toBe(false);
    expect(report.created).toBe(0);
    expect(report.rows).toBe(6);
    expect(report.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [3, 'email'],
      [4, 'category'],
      [5, 'shares'],
      [6, 'branch'],
      [7, 'email'],
    ]);
    expect(report.errors[0].message).toMatch(/not an e-mail address/);
    expect(report.errors[1].message).toMatch(/WORKER_MEMBER/); // says what to use instead
    expect(report.errors[4].message).toMatch(/already on line 2/);
    expect(await memberships()).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM person WHERE email = 'ok.one@example.org'`)).toEqual([]);
  });

  it('imports a good file: people, memberships, branches, quoted fields', async () => {
    const res = await runImport(GOOD);
    expect(res.data?.importMemberRegister).toMatchObject({ imported: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await memberships()).toEqual([
      { email: 'an.devos@example.org', category: 'WORKER_MEMBER', shares: 2, share_class: 'A', branch: 'Gent' },
      { email: 'luc.martin@example.org', category: 'SALARIED_ENTREPRENEUR', shares: 1, share_class: 'A', branch: 'Liège' },
      { email: 'sarah.o@example.org', category: 'PARTNER', shares: 40, share_class: 'B', branch: null },
    ]);
    const [sarah] = await t.sql<{ display_name: string; preferred_language: string; password_hash: string | null }>(
      `SELECT display_name, preferred_language, password_hash FROM person WHERE email = 'sarah.o@example.org'`,
    );
    expect(sarah).toEqual({ display_name: "O'Neil, Sarah", preferred_language: 'en', password_hash: null });
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event`);
    const res = await runImport(GOOD);
    expect(res.data?.importMemberRegister).toMatchObject({ imported: true, created: 0, updated: 0, unchanged: 3 });
    const after = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('updates shares, category and branch from a later file, and audits each change', async () => {
    const later = [
      'EMAIL;Name;Language;Category;Shares;Share class;Branch', // a Dutch spreadsheet: semicolons, other case
      'an.devos@example.org;An De Vos;nl;WORKER_MEMBER;5;A;Gent',
      'luc.martin@example.org;Luc Martin;fr;permanent staff;1;A;Gent',
      'sarah.o@example.org;Sarah O.;en;PARTNER;40;B;',
    ].join('\r\n');
    const res = await runImport(later);
    expect(res.data?.importMemberRegister).toMatchObject({ imported: true, created: 0, updated: 2, unchanged: 1 });
    const rows = await memberships();
    expect(rows.find((r) => r.email === 'an.devos@example.org')?.shares).toBe(5);
    expect(rows.find((r) => r.email === 'luc.martin@example.org')).toMatchObject({ category: 'PERMANENT_STAFF', branch: 'Gent' });
    // The register does not overwrite a person's own name.
    const [sarah] = await t.sql<{ display_name: string }>(`SELECT display_name FROM person WHERE email = 'sarah.o@example.org'`);
    expect(sarah.display_name).toBe("O'Neil, Sarah");

    const [an] = await t.sql<{ id: string }>(
      `SELECT m.id FROM membership m JOIN person p ON p.id = m.person_id WHERE p.email = 'an.devos@example.org'`,
    );
    const events = await gql(secretariat, `query($id: ID!) { events(subjectId: $id) { action actor { email } before after } }`, { id: an.id });
    expect(events.data?.events.map((e: { action: string }) => e.action)).toEqual(['membership.imported', 'membership.updatedByImport']);
    expect(JSON.parse(events.data?.events[1].before).shares).toBe(2);
    expect(JSON.parse(events.data?.events[1].after).shares).toBe(5);
    expect(events.data?.events[1].actor.email).toBe('sec@staff.test');
  });

  it('is for the secretariat only', async () => {
    const res = await runImport(GOOD, member);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await runImport(GOOD, t.browser());
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a file without the required columns, an empty file and broken CSV with VALIDATION', async () => {
    const noShares = await runImport('email,name,language,category\nx@example.org,X,nl,CLIENT');
    expect(noShares.errors?.[0].extensions?.code).toBe('VALIDATION');
    expect(noShares.errors?.[0].message).toMatch(/shares/);
    expect((await runImport('')).errors?.[0].extensions?.code).toBe('VALIDATION');
    const broken = await runImport(`${HEADER}\n"unterminated@example.org,X,nl,CLIENT,1,A,`);
    expect(broken.errors?.[0].extensions?.code).toBe('VALIDATION');
    expect((await runImport(GOOD.replace('Gent', 'Gent'), secretariat)).data?.importMemberRegister.imported).toBe(true);
  });

  it('refuses a cooperative one is not secretariat of without telling whether it exists, and a malformed id', async () => {
    const unknown = await gql(secretariat, IMPORT, { input: { cooperativeId: '00000000-0000-4000-8000-000000000000', csv: GOOD } });
    expect(unknown.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const malformed = await gql(secretariat, IMPORT, { input: { cooperativeId: 'coop-1', csv: GOOD } });
    expect(malformed.errors?.[0].extensions?.code).toBe('VALIDATION');
  });

  it('gives consistent counts when two imports of new people race', async () => {
    const csv = [HEADER, ...Array.from({ length: 50 }, (_, i) => `racer${i}@example.org,Racer ${i},nl,WORKER_MEMBER,1,A,`)].join('\n');
    const [a, b] = await Promise.all([runImport(csv), runImport(csv)]);
    const reports = [a.data?.importMemberRegister, b.data?.importMemberRegister];
    expect(reports.map((r) => r.created).sort()).toEqual([0, 50]);
    expect(reports.map((r) => r.unchanged).sort()).toEqual([0, 50]);
    const [{ n }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM person WHERE email LIKE 'racer%'`);
    expect(Number(n)).toBe(50);
  });
});
