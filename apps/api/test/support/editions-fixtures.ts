import { humanText } from '@letscoop/domain';
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

export async function seedEdition(t: TestApp, cooperativeId: string, number: number, status = 'OPEN'): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO edition (cooperative_id, number, period, title, status) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [cooperativeId, number, `${2014 + number}/${2015 + number}`, humanText('nl', `Editie ${number}`), status],
  );
  return id;
}

export async function seedGroup(t: TestApp, editionId: string, theme = 'Economisch model'): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO working_group (edition_id, cooperative_id, theme, question, description)
     SELECT $1, cooperative_id, $2, $3, $4 FROM edition WHERE id = $1 RETURNING id`,
    [editionId, humanText('nl', theme), humanText('nl', 'Een deeleconomie?'), humanText('nl', 'Beschrijving')],
  );
  return id;
}

/** A recommendation with one version (title in English), for lineage. */
export async function seedRecommendation(t: TestApp, groupId: string, title: string): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO recommendation (cooperative_id, edition_id, group_id, stage)
     SELECT cooperative_id, edition_id, id, 'ENDORSED' FROM working_group WHERE id = $1 RETURNING id`,
    [groupId],
  );
  await t.sql(
    `INSERT INTO recommendation_version (recommendation_id, number, authored_by, title, body) VALUES ($1, 1, 'GROUP', $2, $3), ($1, 2, 'BOARD', $4, $3)`,
    [id, humanText('en', `${title} (draft)`), humanText('en', 'Body'), humanText('en', title)],
  );
  return id;
}
