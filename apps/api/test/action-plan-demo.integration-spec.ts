import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ActionPlanService } from '../src/modules/action-plan/action-plan.service.js';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-accounts.js';
import { LOGIN } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const PLAN = `query($coop: ID!, $edition: ID) { actionPlan(cooperativeId: $coop, editionId: $edition) {
  progress { percent counted abandoned }
  programmes { title { text } progress { percent counted abandoned sum }
    projects { title { text } progress { percent } actions { id status progress statusReason overdue title { text } edition { period } owner { unit person { displayName } } } }
  }
} }`;
const POST = `mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id progress updates { progress author { displayName } } } }`;

interface PlanAction {
  id: string;
  status: string;
  progress: number;
  statusReason: string | null;
  overdue: boolean;
  title: { text: string };
  edition: { period: string } | null;
  owner: { unit: string | null; person: { displayName: string } | null } | null;
}

describe('demo data: the action plan of Smart Belgium, 2016–2019', () => {
  let t: TestApp;
  let be: string;
  let actions: PlanAction[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    [{ id: be }] = await t.sql<{ id: string }>(`SELECT id FROM cooperative WHERE slug = 'smart-be'`);
  });
  afterAll(() => t.close());

  const login = async (email: string) => {
    const agent = t.browser();
    const res = await gql(agent, LOGIN, { email, password: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    return agent;
  };

  it('shows programmes → projects → actions across editions 1 and 2 to a member', async () => {
    const member = await login('lid@smart.demo');
    const res = await gql(member, PLAN, { coop: be }, { 'Accept-Language': 'en' });
    expect(res.errors).toBeUndefined();
    const plan = res.data?.actionPlan;
    expect(plan.programmes.map((p: { title: { text: string } }) => p.title.text)).toEqual([
      'Services and tools for members',
      'A cooperative economy within Smart',
      'Cooperative life and governance',
    ]);
    actions = plan.programmes.flatMap((p: { projects: { actions: PlanAction[] }[] }) => p.projects.flatMap((x) => x.actions));
    expect(actions).toHaveLength(22);
    expect(new Set(actions.map((a) => a.edition?.period))).toEqual(new Set(['2015/2016', '2016/2017']));
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED']));
    // The roll-up of the whole plan leaves the abandoned action out.
    expect(plan.progress).toMatchObject({ counted: 21, abandoned: 1 });
    expect(plan.progress.percent).toBeGreaterThan(50);
    for (const p of plan.programmes) expect(p.progress.percent).toBe(Math.round((p.progress.sum * 10) / p.progress.counted) / 10);
    // The facts of the report are there.
    const titles = actions.map((a) => a.title.text);
    for (const fact of [
      'Invest in support services',
      'A survey of satisfaction with the IT tools',
      'Make Smart’s interfaces fit for smartphones and tablets',
      'Approval by e-mail and digital supporting documents',
      'Organise more network events',
      'Study the internal economy between members',
      'Build a directory of member-users',
      'Introduce tools for joint investment',
      'Explore a purchasing cooperative',
    ]) {
      expect(titles).toContain(fact);
    }
    const abandoned = actions.filter((a) => a.status === 'ABANDONED');
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0].statusReason).toMatch(/vergunning.*agrément/);
    expect(actions.filter((a) => a.status === 'DONE').every((a) => a.progress === 100)).toBe(true);
    // Milestones of 2019 not done make some open actions overdue.
    expect(actions.some((a) => a.overdue)).toBe(true);
    expect(actions.filter((a) => a.overdue).every((a) => a.status === 'PLANNED' || a.status === 'IN_PROGRESS')).toBe(true);
  });

  it('filters the plan by edition', async () => {
    const member = await login('lid@smart.demo');
    const [{ id: edition2 }] = await t.sql<{ id: string }>(`SELECT id FROM edition WHERE cooperative_id = $1 AND number = 2`, [be]);
    const res = await gql(member, PLAN, { coop: be, edition: edition2 });
    const list = res.data?.actionPlan.programmes.flatMap((p: { projects: { actions: PlanAction[] }[] }) => p.projects.flatMap((x) => x.actions));
    expect(list.length).toBe(actions.filter((a) => a.edition?.period === '2016/2017').length);
    expect(list.length).toBeGreaterThan(3);
  });

  it('puts every adopted proposal in the plan exactly once; entering one again changes nothing', async () => {
    const rows = await t.sql<{ proposals: number; actions: number }>(
      `SELECT count(DISTINCT p.id)::int AS proposals, count(a.id)::int AS actions
       FROM action_proposal p LEFT JOIN action a ON a.action_proposal_id = p.id WHERE p.cooperative_id = $1 AND p.status = 'ADOPTED'`,
      [be],
    );
    expect(rows).toEqual([{ proposals: 19, actions: 19 }]);
    const [{ id: proposal, action }] = await t.sql<{ id: string; action: string }>(
      `SELECT p.id, a.id AS action FROM action_proposal p JOIN action a ON a.action_proposal_id = p.id WHERE p.cooperative_id = $1 LIMIT 1`,
      [be],
    );
    const service = t.app.get(ActionPlanService);
    expect(await t.app.get(DataSource).transaction((m) => service.enterAdoptedProposal(m, proposal, null))).toBe(action);
  });

  it('dates progress updates and milestones from 2016 to 2019, replayed as valid status paths', async () => {
    const [span] = await t.sql<{ first: number; last: number; updates: number; milestones: number }>(
      `SELECT min(extract(year FROM u.posted_at))::int AS first, max(extract(year FROM u.posted_at))::int AS last, count(DISTINCT u.id)::int AS updates,
              (SELECT count(*)::int FROM action_milestone m JOIN action a ON a.id = m.action_id WHERE a.cooperative_id = $1) AS milestones
       FROM action_update u JOIN action a ON a.id = u.action_id WHERE a.cooperative_id = $1`,
      [be],
    );
    expect(span).toMatchObject({ first: 2016, last: 2019 });
    expect(span.updates).toBeGreaterThan(30);
    expect(span.milestones).toBeGreaterThan(25);
    // The last status change of each action is its status.
    const mismatched = await t.sql(
      `SELECT a.id FROM action a
       LEFT JOIN LATERAL (SELECT to_status FROM action_status_change c WHERE c.action_id = a.id ORDER BY occurred_at DESC, id LIMIT 1) last ON true
       WHERE a.cooperative_id = $1 AND coalesce(last.to_status, 'PLANNED') <> a.status`,
      [be],
    );
    expect(mismatched).toEqual([]);
  });

  it('lets the demo staff login post progress on the action it owns, and nobody else’s', async () => {
    const staff = await login('medewerker@smart.demo');
    const owned = await t.sql<{ id: string; progress: number }>(
      `SELECT a.id, a.progress FROM action a JOIN person p ON p.id = a.owner_person_id WHERE p.email = 'medewerker@smart.demo'`,
    );
    expect(owned).toHaveLength(1);
    const res = await gql(staff, POST, { input: { actionId: owned[0].id, language: 'nl', text: 'Identiteitsbewijzen worden nu digitaal bewaard.', progress: 90 } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.postProgressUpdate.updates[0]).toEqual({ progress: 90, author: { displayName: 'Jonas Wouters' } });
    const other = actions.find((a) => a.owner?.unit && a.status === 'IN_PROGRESS') as PlanAction;
    const refused = await gql(staff, POST, { input: { actionId: other.id, language: 'nl', text: 'Niet van mij', progress: 99 } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const member = await login('lid@smart.demo');
    const alsoRefused = await gql(member, POST, { input: { actionId: owned[0].id, language: 'nl', text: 'Ook niet', progress: 99 } });
    expect(alsoRefused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
