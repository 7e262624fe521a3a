import { humanText } from '@letscoop/domain';
import type { TestApp } from './test-app.js';

/** Editions, groups and recommendations straight in SQL, for tests of any cycle feature. */

export async function seedEdition(t: TestApp, cooperativeId: string, number = 1, status = 'OPEN'): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO edition (cooperative_id, number, period, title, status) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [cooperativeId, number, `${2014 + number}/${2015 + number}`, humanText('nl', `Editie ${number}`), status],
  );
  return id;
}

/** A group of the edition's cooperative. */
export async function seedGroup(t: TestApp, editionId: string, theme = 'Economisch model'): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO working_group (edition_id, cooperative_id, theme, question, description)
     SELECT $1, cooperative_id, $2, $3, $4 FROM edition WHERE id = $1 RETURNING id`,
    [editionId, humanText('nl', theme), humanText('nl', 'Een deeleconomie?'), humanText('nl', 'Beschrijving')],
  );
  return id;
}

/** An endorsed recommendation with a group version and the board's (title in English). */
export async function seedRecommendation(t: TestApp, groupId: string, title = 'Keep one solidarity rate for all'): Promise<string> {
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
