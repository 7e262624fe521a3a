import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { humanText } from '@letscoop/domain';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { ActionPlanService } from '../src/modules/action-plan/action-plan.service.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { seedEdition, seedGroup, seedRecommendation } from './support/cycle-fixtures.js';
import { gql, startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const code = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.code;

const PLAN = `query($coop: ID!, $edition: ID, $status: ActionStatus, $unit: String, $person: ID) {
  actionPlan(cooperativeId: $coop, editionId: $edition, status: $status, ownerUnit: $unit, ownerPersonId: $person) {
    progress { percent counted abandoned sum }
    owners { unit person { id } }
    editions { id period }
    programmes {
      id title { text } defaultForEdition { period } progress { percent counted abandoned sum }
      projects { id isDefault title { text } progress { percent counted abandoned sum }
        actions { id status progress title { text } owner { unit person { id displayName } } edition { period } overdue }
      }
    }
  }
}`;
const ACTION = `query($id: ID!) { action(id: $id) {
  id status statusReason progress overdue mayUpdate availableStatuses assemblyId assemblyPollId
  title { text } description { text } owner { unit person { id } }
  placement { projectId project { text } programmeId programme { text } }
  edition { number period } proposal { id number status title { text } } recommendation { id stage }
  milestones { id title { text } dueOn doneOn overdue }
  updates { body { text language } progress author { id } postedAt }
  statusChanges { fromStatus toStatus reason actor { id } }
} }`;
const CREATE_PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id title { text } progress { percent counted } projects { id } } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id programmeId isDefault title { text } } }`;
const MOVE = `mutation($input: MoveActionInput!) { moveAction(input: $input) { id placement { projectId } } }`;
const ASSIGN = `mutation($input: AssignActionOwnerInput!) { assignActionOwner(input: $input) { id owner { unit person { id } } mayUpdate } }`;
const STATUS = `mutation($input: SetActionStatusInput!) { setActionStatus(input: $input) { id status statusReason progress } }`;
const POST = `mutation($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id status progress updates { progress body { text } } } }`;
const ADD_MILESTONE = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id overdue milestones { id dueOn doneOn overdue } } }`;
const COMPLETE = `mutation($input: CompleteMilestoneInput!) { completeMilestone(input: $input) { id overdue milestones { id doneOn overdue } } }`;
const PROPOSAL_ACTION = `query($id: ID!) { recommendation(id: $id) { proposals { id status action { id status progress } } } }`;

describe('action plan: adopted proposals become actions, owners report progress', () => {
  let t: TestApp;
  let service: ActionPlanService;
  let db: DataSource;
  let coop: string;
  let otherCoop: string;
  let edition1: string;
  let edition2: string;
  let rec1: string;
  let rec2: string;
  const ids: Record<string, string> = {};
  const as: Record<string, TestAgent> = {};

  async function seedProposal(recommendationId: string, number: number, status: string, title = `Proposal ${number}`): Promise<string> {
    const [{ id }] = await t.sql<{ id: string }>(
      `INSERT INTO action_proposal (cooperative_id, recommendation_id, number, title, body, proposed_owner, status)
       SELECT cooperative_id, id, $2, $3, $4, 'IT services', $5 FROM recommendation WHERE id = $1 RETURNING id`,
      [recommendationId, number, humanText('en', title), humanText('en', `What ${title} does`), status],
    );
    return id;
  }
  const enter = (proposalId: string, actorId: string | null = null) =>
    db.transaction((manager) => service.enterAdoptedProposal(manager, proposalId, actorId));
  const fresh = async (title: string, recommendationId = rec1): Promise<string> => {
    const [{ n }] = await t.sql<{ n: number }>(`SELECT coalesce(max(number), 0)::int + 1 AS n FROM action_proposal WHERE recommendation_id = $1`, [recommendationId]);
    return enter(await seedProposal(recommendationId, n, 'ADOPTED', title));
  };

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(ActionPlanService);
    db = t.app.get(DataSource);
    coop = (await seedCooperative(t)).id;
    otherCoop = (await seedCooperative(t, 'other', 'Other Coop')).id;
    const people: [string, Parameters<typeof seedPerson>[1]['offices'], string][] = [
      ['secretariat', ['SECRETARIAT'], coop],
      ['director', ['MANAGING_DIRECTOR'], coop],
      ['owner', ['STAFF'], coop],
      ['staff', ['STAFF'], coop],
      ['board', ['BOARD_MEMBER'], coop],
      ['member', [], coop],
      ['outsider', ['SECRETARIAT'], otherCoop],
    ];
    for (const [name, offices, cooperativeId] of people) {
      ids[name] = (await seedPerson(t, { email: `${name}@example.org`, name: name[0].toUpperCase() + name.slice(1), cooperativeId, offices })).id;
      as[name] = t.browser();
      const res = await gql(as[name], LOGIN, { email: `${name}@example.org`, password: PASSWORD }, { 'Accept-Language': 'en' });
      expect(res.errors).toBeUndefined();
    }
    edition1 = await seedEdition(t, coop, 1, 'CLOSED');
    edition2 = await seedEdition(t, coop, 2, 'CLOSED');
    rec1 = await seedRecommendation(t, await seedGroup(t, edition1), 'Invest in support services');
    rec2 = await seedRecommendation(t, await seedGroup(t, edition2), 'Digitise the paperwork');
  });
  afterAll(() => t.close());

  const q = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(as[who], query, variables, { 'Accept-Language': 'en' });

  describe('entering the plan', () => {
    it('enters an adopted proposal exactly once, even when 20 retries race each other', async () => {
      const proposal = await seedProposal(rec1, 1, 'ADOPTED', 'Invest in support services');
      const results = await Promise.all(Array.from({ length: 20 }, () => enter(proposal, ids.secretariat)));
      expect(new Set(results).size).toBe(1);
      const rows = await t.sql<{ id: string }>(`SELECT id FROM action WHERE action_proposal_id = $1`, [proposal]);
      expect(rows).toEqual([{ id: results[0] }]);
      // The default programme and project were created once too, and entering was audited once.
      expect(await t.sql(`SELECT 1 FROM action_programme WHERE default_for_edition_id = $1`, [edition1])).toHaveLength(1);
      expect(await t.sql(`SELECT 1 FROM action_project p JOIN action_programme g ON g.id = p.programme_id WHERE g.default_for_edition_id = $1`, [edition1])).toHaveLength(1);
      expect(await t.sql(`SELECT 1 FROM audit_event WHERE action = 'action.entered' AND subject_id = $1`, [results[0]])).toHaveLength(1);
      // A later retry gets the same action back.
      expect(await enter(proposal)).toBe(results[0]);
    });

    it('refuses a proposal the assembly has not adopted, and writes nothing', async () => {
      for (const [n, status] of [[2, 'PROPOSED'], [3, 'ON_AGENDA'], [4, 'REJECTED']] as const) {
        const proposal = await seedProposal(rec1, n, status);
        await expect(enter(proposal)).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'NOT_ADOPTED', status } });
        expect(await t.sql(`SELECT 1 FROM action WHERE action_proposal_id = $1`, [proposal])).toHaveLength(0);
      }
      await expect(enter('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    });

    it('shows the action to members in its edition’s default programme, with its origin', async () => {
      const [{ id: proposal }] = await t.sql<{ id: string }>(`SELECT id FROM action_proposal WHERE recommendation_id = $1 AND number = 1`, [rec1]);
      const [{ id: actionId }] = await t.sql<{ id: string }>(`SELECT id FROM action WHERE action_proposal_id = $1`, [proposal]);
      const plan = await q('member', PLAN, { coop });
      expect(plan.errors).toBeUndefined();
      const programme = plan.data?.actionPlan.programmes[0];
      expect(programme.title.text).toBe('Editie 1 (2015/2016)');
      expect(programme.defaultForEdition.period).toBe('2015/2016');
      expect(programme.projects[0]).toMatchObject({ isDefault: true, title: { text: 'To be placed' } });
      expect(programme.projects[0].actions[0]).toMatchObject({
        id: actionId,
        status: 'PLANNED',
        progress: 0,
        title: { text: 'Invest in support services' },
        owner: { unit: 'IT services', person: null },
        edition: { period: '2015/2016' },
        overdue: false,
      });
      const one = await q('member', ACTION, { id: actionId });
      expect(one.errors).toBeUndefined();
      expect(one.data?.action).toMatchObject({
        description: { text: 'What Invest in support services does' },
        proposal: { id: proposal, number: 1, status: 'ADOPTED' },
        recommendation: { id: rec1 },
        edition: { number: 1 },
        mayUpdate: false,
        availableStatuses: [],
        assemblyPollId: null,
      });
      // The recommendation page shows what became of each proposal.
      const rec = await q('member', PROPOSAL_ACTION, { id: rec1 });
      const proposals = rec.data?.recommendation.proposals;
      expect(proposals.find((p: { id: string }) => p.id === proposal).action).toEqual({ id: actionId, status: 'PLANNED', progress: 0 });
      expect(proposals.find((p: { status: string }) => p.status === 'PROPOSED').action).toBeNull();
      // Another cooperative's people do not read it.
      expect(code(await q('outsider', ACTION, { id: actionId }))).toBe('FORBIDDEN');
      expect(code(await q('outsider', PLAN, { coop }))).toBe('FORBIDDEN');
    });

    it('links the action to the vote: the poll on its motion at the assembly', async () => {
      const actionId = await fresh('Put to a poll');
      const [{ action_proposal_id: proposal }] = await t.sql<{ action_proposal_id: string }>(`SELECT action_proposal_id FROM action WHERE id = $1`, [actionId]);
      const [{ id: assembly }] = await t.sql<{ id: string }>(
        `INSERT INTO assembly (cooperative_id, kind, title, starts_at, quorum_percent, quorum_basis, proxy_cap) VALUES ($1, 'ORDINARY', $2, '2016-06-18T10:00:00Z', 5, 'MEMBERS', 2) RETURNING id`,
        [coop, humanText('en', 'AGM 2016')],
      );
      const [{ id: item }] = await t.sql<{ id: string }>(
        `INSERT INTO agenda_item (assembly_id, position, kind, title, action_proposal_id, majority_rule, abstentions_count, quorum_percent, quorum_basis, weight_mode)
         VALUES ($1, 1, 'MOTION', $2, $3, 'SIMPLE', false, 5, 'MEMBERS', 'ONE_MEMBER_ONE_VOTE') RETURNING id`,
        [assembly, humanText('en', 'Motion'), proposal],
      );
      const [{ id: poll }] = await t.sql<{ id: string }>(`INSERT INTO poll (assembly_id, agenda_item_id, method, secret) VALUES ($1, $2, 'MOTION', false) RETURNING id`, [assembly, item]);
      const res = await q('member', ACTION, { id: actionId });
      expect(res.data?.action).toMatchObject({ assemblyId: assembly, assemblyPollId: poll });
    });
  });

  describe('placing and assigning (secretariat, managing director)', () => {
    let actionId: string;
    let programmeId: string;
    let projectId: string;

    beforeAll(async () => {
      actionId = await fresh('Approval by e-mail', rec2);
    });

    it('creates programmes and projects for the secretariat and the director only', async () => {
      const input = { cooperativeId: coop, language: 'en', title: 'Services and tools for members' };
      expect(code(await q('member', CREATE_PROGRAMME, { input }))).toBe('FORBIDDEN');
      expect(code(await q('owner', CREATE_PROGRAMME, { input }))).toBe('FORBIDDEN');
      expect(code(await q('outsider', CREATE_PROGRAMME, { input }))).toBe('FORBIDDEN');
      expect(code(await q('secretariat', CREATE_PROGRAMME, { input: { ...input, title: 'x' } }))).toBe('VALIDATION');
      const created = await q('secretariat', CREATE_PROGRAMME, { input });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createProgramme).toMatchObject({ title: { text: 'Services and tools for members' }, progress: { percent: null, counted: 0 }, projects: [] });
      programmeId = created.data?.createProgramme.id;
      expect(code(await q('board', CREATE_PROJECT, { input: { programmeId, language: 'en', title: 'IT tools' } }))).toBe('FORBIDDEN');
      const project = await q('director', CREATE_PROJECT, { input: { programmeId, language: 'en', title: 'IT tools with their users' } });
      expect(project.errors).toBeUndefined();
      expect(project.data?.createProject).toMatchObject({ programmeId, isDefault: false, title: { text: 'IT tools with their users' } });
      projectId = project.data?.createProject.id;
    });

    it('moves an action into a project, within the cooperative', async () => {
      expect(code(await q('owner', MOVE, { input: { actionId, projectId } }))).toBe('FORBIDDEN');
      const moved = await q('secretariat', MOVE, { input: { actionId, projectId } });
      expect(moved.data?.moveAction.placement.projectId).toBe(projectId);
      const [{ id: foreign }] = await t.sql<{ id: string }>(
        `INSERT INTO action_programme (cooperative_id, title) VALUES ($1, $2) RETURNING id`,
        [otherCoop, humanText('en', 'Elsewhere')],
      );
      const [{ id: foreignProject }] = await t.sql<{ id: string }>(
        `INSERT INTO action_project (cooperative_id, programme_id, title) VALUES ($1, $2, $3) RETURNING id`,
        [otherCoop, foreign, humanText('en', 'Elsewhere')],
      );
      const refused = await q('secretariat', MOVE, { input: { actionId, projectId: foreignProject } });
      expect(code(refused)).toBe('VALIDATION');
      expect(refused.errors?.[0].extensions?.fields[0].field).toBe('projectId');
      expect(code(await q('secretariat', MOVE, { input: { actionId: '00000000-0000-4000-8000-000000000000', projectId } }))).toBe('NOT_FOUND');
    });

    it('assigns a directorate or a staff member who belongs, one of the two', async () => {
      expect(code(await q('secretariat', ASSIGN, { input: { actionId, unit: 'IT', personId: ids.owner } }))).toBe('VALIDATION');
      expect(code(await q('secretariat', ASSIGN, { input: { actionId } }))).toBe('VALIDATION');
      expect(code(await q('secretariat', ASSIGN, { input: { actionId, personId: ids.outsider } }))).toBe('VALIDATION');
      expect(code(await q('member', ASSIGN, { input: { actionId, personId: ids.member } }))).toBe('FORBIDDEN');
      const unit = await q('director', ASSIGN, { input: { actionId, unit: 'Financial directorate' } });
      expect(unit.data?.assignActionOwner.owner).toEqual({ unit: 'Financial directorate', person: null });
      const person = await q('secretariat', ASSIGN, { input: { actionId, personId: ids.owner } });
      expect(person.data?.assignActionOwner.owner).toEqual({ unit: null, person: { id: ids.owner } });
      const seenByOwner = await q('owner', ACTION, { id: actionId });
      expect(seenByOwner.data?.action).toMatchObject({ mayUpdate: true, availableStatuses: ['IN_PROGRESS', 'ABANDONED'] });
      expect((await q('staff', ACTION, { id: actionId })).data?.action.mayUpdate).toBe(false);
    });

    it('lets only the owner, the director and the secretariat post progress', async () => {
      const update = (progress: number, text: string) => ({ input: { actionId, language: 'en', text, progress } });
      for (const who of ['member', 'staff', 'board', 'outsider']) {
        expect(code(await q(who, POST, update(10, 'Not mine to say')))).toBe('FORBIDDEN');
      }
      const first = await q('owner', POST, update(20, 'Contracts are approved by e-mail in the pilot branch.'));
      expect(first.errors).toBeUndefined();
      // A planned action that reports progress has started.
      expect(first.data?.postProgressUpdate).toMatchObject({ status: 'IN_PROGRESS', progress: 20 });
      expect((await q('director', POST, update(35, 'Rolled out to two more branches.'))).data?.postProgressUpdate.progress).toBe(35);
      expect((await q('secretariat', POST, update(40, 'Expense notes can be uploaded.'))).data?.postProgressUpdate.progress).toBe(40);
      const bad = await q('owner', POST, update(140, 'Too much'));
      expect(code(bad)).toBe('VALIDATION');
      expect(bad.errors?.[0].extensions?.fields[0].field).toBe('progress');
      const read = await q('member', ACTION, { id: actionId });
      expect(read.data?.action.updates.map((u: { progress: number }) => u.progress)).toEqual([40, 35, 20]);
      expect(read.data?.action.updates[2]).toMatchObject({ author: { id: ids.owner }, body: { text: 'Contracts are approved by e-mail in the pilot branch.', language: 'en' } });
      expect(read.data?.action.statusChanges).toEqual([{ fromStatus: 'PLANNED', toStatus: 'IN_PROGRESS', reason: null, actor: { id: ids.owner } }]);
      // Updates are dated and append-only.
      await expect(t.sql(`UPDATE action_update SET progress = 99 WHERE action_id = $1`, [actionId])).rejects.toThrow(/append-only/);
    });

    it('keeps milestones with due days, flags the overdue ones and lists them for reminders', async () => {
      const add = await q('owner', ADD_MILESTONE, { input: { actionId, language: 'en', title: 'Digital storage of ID documents', dueOn: '2019-09-30' } });
      expect(add.errors).toBeUndefined();
      expect(add.data?.addMilestone.overdue).toBe(true);
      const milestone = add.data?.addMilestone.milestones[0];
      expect(milestone).toMatchObject({ dueOn: '2019-09-30', doneOn: null, overdue: true });
      expect(code(await q('owner', ADD_MILESTONE, { input: { actionId, language: 'en', title: 'Later', dueOn: '30/09/2030' } }))).toBe('VALIDATION');
      expect(code(await q('member', ADD_MILESTONE, { input: { actionId, language: 'en', title: 'Mine', dueOn: '2030-01-01' } }))).toBe('FORBIDDEN');

      const overdue = await service.overdueActions(new Date('2019-10-01T08:00:00Z'));
      expect(overdue).toContainEqual(
        expect.objectContaining({ actionId, cooperativeId: coop, ownerPersonId: ids.owner, overdueMilestones: [expect.objectContaining({ id: milestone.id, dueOn: '2019-09-30' })] }),
      );
      // Not yet overdue on its due day.
      expect((await service.overdueActions(new Date('2019-09-30T20:00:00Z'))).map((o) => o.actionId)).not.toContain(actionId);

      expect(code(await q('owner', COMPLETE, { input: { milestoneId: milestone.id, doneOn: '2999-01-01' } }))).toBe('VALIDATION');
      const done = await q('owner', COMPLETE, { input: { milestoneId: milestone.id, doneOn: '2019-10-03' } });
      expect(done.data?.completeMilestone).toMatchObject({ overdue: false, milestones: [{ doneOn: '2019-10-03', overdue: false }] });
      // Twice is once.
      await q('owner', COMPLETE, { input: { milestoneId: milestone.id } });
      expect(await t.sql(`SELECT 1 FROM audit_event WHERE action = 'action.milestoneCompleted' AND subject_id = $1`, [actionId])).toHaveLength(1);
      expect((await service.overdueActions(new Date('2030-01-01'))).map((o) => o.actionId)).not.toContain(actionId);
    });

    it('refuses to abandon without a reason, then records the reason members read', async () => {
      const noReason = await q('owner', STATUS, { input: { actionId, status: 'ABANDONED' } });
      expect(code(noReason)).toBe('VALIDATION');
      expect(noReason.errors?.[0].extensions?.fields[0].field).toBe('reason');
      expect(code(await q('owner', STATUS, { input: { actionId, status: 'ABANDONED', reason: '   ' } }))).toBe('VALIDATION');
      expect(code(await q('owner', STATUS, { input: { actionId, status: 'PLANNED' } }))).toBe('CONFLICT');
      const abandoned = await q('owner', STATUS, { input: { actionId, status: 'ABANDONED', reason: 'The regulator refuses digital ID copies.' } });
      expect(abandoned.data?.setActionStatus).toMatchObject({ status: 'ABANDONED', statusReason: 'The regulator refuses digital ID copies.', progress: 40 });
      // Closed: no progress until it is taken up again (with a reason).
      expect(code(await q('owner', POST, { input: { actionId, language: 'en', text: 'More', progress: 50 } }))).toBe('CONFLICT');
      expect(code(await q('owner', STATUS, { input: { actionId, status: 'PLANNED' } }))).toBe('VALIDATION');
      expect(code(await q('member', STATUS, { input: { actionId, status: 'PLANNED', reason: 'Because' } }))).toBe('FORBIDDEN');
      const back = await q('secretariat', STATUS, { input: { actionId, status: 'PLANNED', reason: 'A new law allows it.' } });
      expect(back.data?.setActionStatus).toMatchObject({ status: 'PLANNED', statusReason: 'A new law allows it.' });
      const read = await q('member', ACTION, { id: actionId });
      expect(read.data?.action.statusChanges.slice(0, 2)).toEqual([
        { fromStatus: 'ABANDONED', toStatus: 'PLANNED', reason: 'A new law allows it.', actor: { id: ids.secretariat } },
        { fromStatus: 'IN_PROGRESS', toStatus: 'ABANDONED', reason: 'The regulator refuses digital ID copies.', actor: { id: ids.owner } },
      ]);
      expect(await t.sql(`SELECT reason FROM audit_event WHERE action = 'action.statusChanged' AND subject_id = $1 ORDER BY id`, [actionId])).toEqual([
        { reason: null },
        { reason: 'The regulator refuses digital ID copies.' },
        { reason: 'A new law allows it.' },
      ]);
    });
  });

  describe('progress rolls up', () => {
    it('averages the actions of a project and of a programme, abandoned ones left out', async () => {
      const programme = (await q('secretariat', CREATE_PROGRAMME, { input: { cooperativeId: coop, language: 'en', title: 'Roll-up programme' } })).data?.createProgramme.id;
      const projectA = (await q('secretariat', CREATE_PROJECT, { input: { programmeId: programme, language: 'en', title: 'Project A' } })).data?.createProject.id;
      const projectB = (await q('secretariat', CREATE_PROJECT, { input: { programmeId: programme, language: 'en', title: 'Project B' } })).data?.createProject.id;
      const made: Record<string, string> = {};
      for (const [name, project] of [['done', projectA], ['forty', projectA], ['abandoned', projectA], ['planned', projectB], ['ninety', projectB]] as const) {
        made[name] = await fresh(`Roll-up ${name}`, rec2);
        await q('secretariat', MOVE, { input: { actionId: made[name], projectId: project } });
      }
      const post = (name: string, progress: number) => q('director', POST, { input: { actionId: made[name], language: 'en', text: `At ${progress}`, progress } });
      await post('done', 60);
      expect((await q('director', STATUS, { input: { actionId: made.done, status: 'DONE' } })).data?.setActionStatus.progress).toBe(100);
      await post('forty', 40);
      await post('abandoned', 30);
      await q('director', STATUS, { input: { actionId: made.abandoned, status: 'ABANDONED', reason: 'Merged into another action.' } });
      await post('ninety', 90);

      const plan = (await q('member', PLAN, { coop })).data?.actionPlan;
      const node = plan.programmes.find((p: { id: string }) => p.id === programme);
      const [a, b] = node.projects;
      // Project A: (100 + 40) / 2, the abandoned action left out.
      expect(a.progress).toEqual({ percent: 70, counted: 2, abandoned: 1, sum: 140 });
      // Project B: (0 + 90) / 2.
      expect(b.progress).toEqual({ percent: 45, counted: 2, abandoned: 0, sum: 90 });
      // The programme: every action weighs the same, (100 + 40 + 0 + 90) / 4.
      expect(node.progress).toEqual({ percent: 57.5, counted: 4, abandoned: 1, sum: 230 });
      expect(a.actions.map((x: { status: string }) => x.status)).toEqual(['DONE', 'IN_PROGRESS', 'ABANDONED']);
    });
  });

  describe('the plan across editions', () => {
    it('filters by edition, status and owner; roll-ups stay those of the whole project', async () => {
      const all = (await q('member', PLAN, { coop })).data?.actionPlan;
      const count = (plan: { programmes: { projects: { actions: unknown[] }[] }[] }) =>
        plan.programmes.flatMap((p) => p.projects.flatMap((x) => x.actions)).length;
      const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM action WHERE cooperative_id = $1`, [coop]);
      expect(count(all)).toBe(n);
      expect(all.editions.map((e: { period: string }) => e.period)).toEqual(['2015/2016', '2016/2017']);
      expect(all.owners).toEqual(expect.arrayContaining([{ unit: 'IT services', person: null }, { unit: null, person: { id: ids.owner } }]));

      const e1 = (await q('member', PLAN, { coop, edition: edition1 })).data?.actionPlan;
      const e1Actions = e1.programmes.flatMap((p: { projects: { actions: { edition: { period: string } }[] }[] }) => p.projects.flatMap((x) => x.actions));
      expect(e1Actions.length).toBeGreaterThan(0);
      expect(e1Actions.every((a: { edition: { period: string } }) => a.edition.period === '2015/2016')).toBe(true);
      expect(e1.programmes.every((p: { projects: { actions: unknown[] }[] }) => p.projects.every((x) => x.actions.length > 0))).toBe(true);

      const abandoned = (await q('member', PLAN, { coop, status: 'ABANDONED' })).data?.actionPlan;
      expect(count(abandoned)).toBe(1);
      const project = abandoned.programmes[0].projects[0];
      expect(project.progress).toEqual({ percent: 70, counted: 2, abandoned: 1, sum: 140 });

      const mine = (await q('member', PLAN, { coop, person: ids.owner })).data?.actionPlan;
      expect(count(mine)).toBe(1);
      const it = (await q('member', PLAN, { coop, unit: 'IT services' })).data?.actionPlan;
      expect(count(it)).toBe(n - 1);
      expect(code(await q('member', PLAN, { coop: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    });
  });
});
