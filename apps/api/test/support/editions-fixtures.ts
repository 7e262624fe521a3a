import type TestAgent from 'supertest/lib/agent.js';
import { LOGIN, PASSWORD } from './fixtures.js';
import { gql, type TestApp } from './test-app.js';

/** A browser signed in as this e-mail. */
export async function signedIn(t: TestApp, email: string): Promise<TestAgent> {
  const agent = t.browser();
  const res = await gql(agent, LOGIN, { email, password: PASSWORD });
  if (res.errors) throw new Error(`login ${email}: ${res.errors[0].message}`);
  return agent;
}



