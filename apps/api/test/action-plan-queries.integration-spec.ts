import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { seedEdition, seedGroup } from './support/cycle-fixtures.js';
import { seedRecommendations } from './support/recommendations-fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

/** Everything the plan page and more can ask for: still a constant number of queries. */
const PLAN = `query($coop: ID!) {
  actionPlan(cooperativeId: $coop) {
    progress { percent } owners { unit person { displayName } } editions { period }
    programmes {
      id title { text } defaultForEdition { period } progress { percent counted abandoned }
      projects { id title { text } progress { percent }
        actions {
          id status progress overdue mayUpdate availableStatuses assemblyPollId
          title { text } owner { unit person { displayName } } edition { period }
          placement { project { text } programme { text } }
          proposal { number title { text } action { id } } recommendation { id stage }
          milestones { dueOn doneOn overdue } updates { progress author { displayName } } statusChanges { toStatus actor { displayName } }
        }
      }
    }
  }
}`;

describe('the action plan costs a constant number of SQL queries', () => {
  let t: TestApp;
  let queries: string[] | null = null;
  let member: TestAgent;
  const coops: Record<'small' | 'large', string> = { small: '', large: '' };

  /** A cooperative whose plan holds `count` actions over 3 programmes × 2 projects, each with milestones, updates and owners. */
  async function seedPlan(slug: string, count: number, owner: string): Promise<string> {
    const coop = (await seedCooperative(t, slug, slug)).id;
    const edition = await seedEdition(t, coop, 1, 'CLOSED');
    const group = await seedGroup(t, edition);
    const recs = await seedRecommendations(t, { cooperativeId: coop, editionId: edition, groupId: group, createdBy: owner, count });
    await t.sql(`UPDATE action_proposal SET status = 'ADOPTED' WHERE cooperative_id = $1`, [coop]);
    const programmes = await t.sql<{ id: string }>(
      `INSERT INTO action_programme (cooperative_id, title) SELECT $1, jsonb_build_object('original', 'en', 'texts', jsonb_build_object('en', jsonb_build_object('text', 'Programme ' || n, 'origin', 'HUMAN')))
       FROM generate_series(1, 3) n RETURNING id`,
      [coop],
    );
    const projects = await t.sql<{ id: string }>(
      `INSERT INTO action_project (cooperative_id, programme_id, title) SELECT $1, p, '{"original":"en","texts":{"en":{"text":"Project","origin":"HUMAN"}}}'
       FROM unnest($2::uuid[]) p, generate_series(1, 2) RETURNING id`,
      [coop, programmes.map((p) => p.id)],
    );
    const actions = await t.sql<{ id: string }>(
      `INSERT INTO action (cooperative_id, project_id, action_proposal_id, recommendation_id, edition_id, title, description, owner_unit, owner_person_id, status, progress)
       SELECT $1, ($2::uuid[])[1 + i % 6], p.id, p.recommendation_id, $3, p.title, p.body,
              CASE WHEN i % 2 = 0 THEN 'Directorate ' || (i % 3) END, CASE WHEN i % 2 = 1 THEN $4::uuid END,
              CASE WHEN i % 5 = 0 THEN 'PLANNED' ELSE 'IN_PROGRESS' END, CASE WHEN i % 5 = 0 THEN 0 ELSE i % 100 END
       FROM action_proposal p JOIN unnest($5::uuid[]) WITH ORDINALITY AS r(id, i) ON r.id = p.recommendation_id RETURNING id`,
      [coop, projects.map((p) => p.id), edition, owner, recs],
    );
    const ids = actions.map((a) => a.id);
    await t.sql(
      `INSERT INTO action_milestone (action_id, title, due_on, done_on) SELECT a, '{"original":"en","texts":{"en":{"text":"Step","origin":"HUMAN"}}}', '2018-01-01'::date + n * 30, CASE WHEN n = 1 THEN '2018-02-01'::date END
       FROM unnest($1::uuid[]) a, generate_series(1, 2) n`,
      [ids],
    );
    await t.sql(
      `INSERT INTO action_update (action_id, body, progress, author_id) SELECT a, '{"original":"en","texts":{"en":{"text":"Done some","origin":"HUMAN"}}}', 10 * n, $2
       FROM unnest($1::uuid[]) a, generate_series(1, 2) n`,
      [ids, owner],
    );
    await t.sql(
      `INSERT INTO action_status_change (action_id, from_status, to_status, actor_id) SELECT a, 'PLANNED', 'IN_PROGRESS', $2 FROM unnest($1::uuid[]) a`,
      [ids, owner],
    );
    return coop;
  }

  beforeAll(async () => {
    t = await startTestApp({ onQuery: (sql) => queries?.push(sql) });
    const owner = await seedPerson(t, { email: 'owner@example.org', offices: [] });
    coops.small = await seedPlan('small', 10, owner.id);
    coops.large = await seedPlan('large', 600, owner.id);
    // One member of both, so one session reads both plans.
    await t.sql(`INSERT INTO membership (person_id, cooperative_id, category, shares, share_class, joined_on) VALUES ($1, $2, 'WORKER_MEMBER', 1, 'A', '2020-01-01'), ($1, $3, 'WORKER_MEMBER', 1, 'A', '2020-01-01')`, [
      owner.id,
      coops.small,
      coops.large,
    ]);
    member = t.browser();
    await gql(member, LOGIN, { email: 'owner@example.org', password: PASSWORD });
  });
  afterAll(() => t.close());

  async function countQueries(coop: string): Promise<{ n: number; actions: number }> {
    queries = [];
    const res = await gql(member, PLAN, { coop });
    const n = queries.length;
    queries = null;
    expect(res.errors).toBeUndefined();
    const actions = res.data?.actionPlan.programmes.flatMap((p: { projects: { actions: unknown[] }[] }) => p.projects.flatMap((x) => x.actions));
    return { n, actions: actions.length };
  }

  it('answers 10 and 600 actions, with every nested field, in the same number of queries', async () => {
    const small = await countQueries(coops.small);
    const large = await countQueries(coops.large);
    expect(small.actions).toBe(10);
    expect(large.actions).toBe(600);
    expect(large.n).toBe(small.n);
    // 4 to read the session, then one per kind of row: the plan itself and each nested field.
    expect(small.n).toBeLessThanOrEqual(20);
  });
});
