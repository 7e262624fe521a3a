import * as argon2 from 'argon2';
import { humanText, type OfficeKind, type StakeholderCategory } from '@letscoop/domain';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct horse battery';

let hashed: Promise<string> | undefined;
const passwordHash = () => (hashed ??= argon2.hash(PASSWORD, { type: argon2.argon2id }));

export interface SeededCooperative {
  id: string;
  branches: Record<string, string>;
}

export async function seedCooperative(t: TestApp, slug = 'coop-test', name = 'Test Coop'): Promise<SeededCooperative> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO cooperative (slug, name, country, languages, description, quorum_percent, quorum_basis, proxy_cap_per_holder, default_majority, abstentions_count, voting_weight_mode)
     VALUES ($1, $2, 'BE', '{nl,fr,en}', $3, 5, 'MEMBERS', 2, 'SIMPLE', false, 'ONE_MEMBER_ONE_VOTE') RETURNING id`,
    [slug, name, humanText('nl', 'Een coöperatie om te testen.')],
  );
  const rows = await t.sql<{ id: string; name: string }>(
    `INSERT INTO branch (cooperative_id, name, city) VALUES ($1, 'Gent', 'Gent'), ($1, 'Liège', 'Liège') RETURNING id, name`,
    [id],
  );
  return { id, branches: Object.fromEntries(rows.map((r) => [r.name, r.id])) };
}

export interface SeededPerson {
  id: string;
  email: string;
  membershipId?: string;
}

export async function seedPerson(
  t: TestApp,
  opts: { email: string; name?: string; cooperativeId?: string; category?: StakeholderCategory; offices?: OfficeKind[]; password?: boolean },
): Promise<SeededPerson> {
  const name = opts.name ?? opts.email.split('@')[0];
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO person (email, display_name, search_name, preferred_language, password_hash) VALUES ($1, $2, lower($2), 'nl', $3) RETURNING id`,
    [opts.email, name, opts.password === false ? null : await passwordHash()],
  );
  let membershipId: string | undefined;
  if (opts.cooperativeId) {
    const [m] = await t.sql<{ id: string }>(
      `INSERT INTO membership (person_id, cooperative_id, category, shares, share_class, joined_on) VALUES ($1, $2, $3, 1, 'A', '2020-01-01') RETURNING id`,
      [id, opts.cooperativeId, opts.category ?? 'WORKER_MEMBER'],
    );
    membershipId = m.id;
    for (const kind of opts.offices ?? []) {
      await t.sql(`INSERT INTO office (person_id, cooperative_id, kind, starts_on) VALUES ($1, $2, $3, '2020-01-01')`, [id, opts.cooperativeId, kind]);
    }
  }
  return { id, email: opts.email, membershipId };
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { person { id displayName email } offices { kind } }
}`;
