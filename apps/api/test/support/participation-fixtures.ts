import { humanText } from '@letscoop/domain';
import type { TestApp } from './test-app.js';

/** An edition of a cooperative, straight in SQL (the editions API is another feature's). */
export async function seedEdition(t: TestApp, cooperativeId: string, number = 1): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO edition (cooperative_id, number, period, title, status) VALUES ($1, $2, '2015/2016', $3, 'OPEN') RETURNING id`,
    [cooperativeId, number, humanText('en', `Edition ${number}`)],
  );
  return id;
}

export async function seedGroup(
  t: TestApp,
  editionId: string,
  cooperativeId: string,
  theme = 'Economic transparency',
): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO working_group (edition_id, cooperative_id, theme, question, description) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      editionId,
      cooperativeId,
      humanText('en', theme),
      humanText('en', 'How do we guarantee economic transparency?'),
      humanText('en', '…'),
    ],
  );
  return id;
}

/** A bare recommendation row: enough to comment on. */
export async function seedRecommendation(
  t: TestApp,
  editionId: string,
  groupId: string,
  cooperativeId: string,
): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO recommendation (cooperative_id, edition_id, group_id) VALUES ($1, $2, $3) RETURNING id`,
    [cooperativeId, editionId, groupId],
  );
  return id;
}
