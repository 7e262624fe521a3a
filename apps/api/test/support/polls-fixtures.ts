import { createHash, randomBytes } from 'node:crypto';
import { gql, type GqlResult, type TestApp } from './test-app.js';

/**
 * Signed-in clients without the password round (argon2 per sign-in is slow for hundreds of
 * voters): a session row per person, straight in SQL, and its cookie.
 */
export async function sessionCookies(t: TestApp, personIds: string[]): Promise<string[]> {
  const tokens = personIds.map(() => randomBytes(32).toString('base64url'));
  await t.sql(
    `INSERT INTO session (token_hash, person_id, expires_at)
     SELECT h, p, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS s(h, p)`,
    [tokens.map((token) => createHash('sha256').update(token).digest('hex')), personIds],
  );
  return tokens.map((token) => `letscoop_session=${token}`);
}

export type Client = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GqlResult<T>>;

/** A client for one person: each call is a GraphQL request with their session cookie. */
export function client(t: TestApp, cookie: string): Client {
  return (query, variables = {}) => gql(t.browser(), query, variables, { Cookie: cookie });
}

/** Clients for these people, in the same order. */
export async function clients(t: TestApp, personIds: string[]): Promise<Client[]> {
  return (await sessionCookies(t, personIds)).map((cookie) => client(t, cookie));
}
