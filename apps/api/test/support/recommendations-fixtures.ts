import { humanText, type GroupRole } from '@letscoop/domain';
import type { TestApp } from './test-app.js';

/** Seeds rows directly with SQL (no dependency on the editions/groups API). */



export async function seedGroupMember(
  t: TestApp,
  groupId: string,
  personId: string,
  role: GroupRole,
  status: 'ACTIVE' | 'REQUESTED' = 'ACTIVE',
): Promise<void> {
  await t.sql(
    `INSERT INTO group_member (group_id, person_id, role, status, accepted_at) VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'ACTIVE' THEN now() END)`,
    [groupId, personId, role, status],
  );
}

export async function seedMeeting(t: TestApp, groupId: string, startsAt = '2016-03-01T18:00:00Z'): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO meeting (group_id, starts_at, place, agenda) VALUES ($1, $2, 'Brussels', $3) RETURNING id`,
    [groupId, startsAt, humanText('en', 'Adopt the recommendations')],
  );
  return id;
}

export async function seedBoardMeeting(
  t: TestApp,
  cooperativeId: string,
  heldOn = '2016-04-12',
  title = 'Board meeting',
): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO board_meeting (cooperative_id, held_on, title) VALUES ($1, $2, $3) RETURNING id`,
    [cooperativeId, heldOn, title],
  );
  return id;
}

/**
 * `count` recommendations in one group, each with `versions` versions and one action proposal,
 * inserted with unnest (fast even for thousands).
 */
export async function seedRecommendations(
  t: TestApp,
  opts: {
    cooperativeId: string;
    editionId: string;
    groupId: string;
    createdBy: string;
    count: number;
    versions?: number;
  },
): Promise<string[]> {
  const rows = await t.sql<{ id: string }>(
    `INSERT INTO recommendation (cooperative_id, edition_id, group_id, stage, created_by)
     SELECT $1, $2, $3, 'DRAFT', $4 FROM generate_series(1, $5) RETURNING id`,
    [opts.cooperativeId, opts.editionId, opts.groupId, opts.createdBy, opts.count],
  );
  const ids = rows.map((r) => r.id);
  const versions = opts.versions ?? 2;
  await t.sql(
    `INSERT INTO recommendation_version (recommendation_id, number, authored_by, title, body, created_by)
     SELECT r.id, n, 'GROUP', jsonb_build_object('original', 'en', 'texts', jsonb_build_object('en', jsonb_build_object('text', 'Set up thing ' || r.i || ' v' || n, 'origin', 'HUMAN'))),
            jsonb_build_object('original', 'en', 'texts', jsonb_build_object('en', jsonb_build_object('text', 'Body ' || r.i, 'origin', 'HUMAN'))), $2
     FROM unnest($1::uuid[]) WITH ORDINALITY AS r(id, i) CROSS JOIN generate_series(1, $3) AS n`,
    [ids, opts.createdBy, versions],
  );
  await t.sql(
    `INSERT INTO action_proposal (cooperative_id, recommendation_id, number, title, body)
     SELECT $2, r.id, 1, '{"original":"en","texts":{"en":{"text":"Do it","origin":"HUMAN"}}}', '{"original":"en","texts":{"en":{"text":"Really","origin":"HUMAN"}}}'
     FROM unnest($1::uuid[]) AS r(id)`,
    [ids, opts.cooperativeId],
  );
  return ids;
}
