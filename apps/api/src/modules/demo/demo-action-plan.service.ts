import { Injectable } from '@nestjs/common';
import {
  checkProgressUpdate,
  checkStatusMove,
  describeActionProblem,
  progressAfterMove,
  statusAfterUpdate,
  type ActionStatus,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO_ACTION_PLAN, type DemoAction } from './demo-action-plan-data.js';
import { DEMO_EDITIONS } from './demo-cycle-data.js';

type Row = Record<string, unknown>;
const TZ = 'Europe/Brussels';

/** A local Brussels time as text; the INSERT converts it with AT TIME ZONE. */
const at = (day: string, hour: number, minute = 0) =>
  `${day} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
const local = (column: string) => `(t.${column}::timestamp AT TIME ZONE '${TZ}')`;
const nlText = (value: TranslatedTextValue) => value.texts.nl?.text ?? '';

/** One INSERT … SELECT FROM unnest(…) for all rows of a table (columns: name → SQL array type). */
async function insertRows(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Row[],
  options: { expressions?: Record<string, string>; suffix?: string } = {},
): Promise<Row[]> {
  if (rows.length === 0) return [];
  const names = Object.keys(columns);
  const params = names.map((name) =>
    rows.map((r) => {
      const v = r[name];
      if (v === undefined || v === null) return null;
      return columns[name] === 'jsonb[]' ? JSON.stringify(v) : v;
    }),
  );
  const select = names.map((name) => options.expressions?.[name] ?? `t.${name}`).join(', ');
  const unnest = names.map((name, i) => `$${i + 1}::${columns[name]}`).join(', ');
  return manager.query<Row[]>(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS t(${names.join(', ')}) ${options.suffix ?? ''}`,
    params,
  );
}

interface Origin {
  proposalId: string | null;
  recommendationId: string;
  editionId: string;
  title: TranslatedTextValue;
  description: TranslatedTextValue;
}

/**
 * Loads the demo action plan of Smart Belgium (programmes → projects → actions with milestones,
 * progress updates and status changes, 2016–2019) inside the demo loader's transaction. Every
 * action's path is checked against the rules of libs/domain before anything is written. If the
 * assembly's demo already entered an adopted proposal, its action is placed and filled in here
 * rather than duplicated (the UNIQUE proposal decides).
 */
@Injectable()
export class DemoActionPlanService {
  async load(manager: EntityManager, cooperativeIds: Record<string, string>): Promise<void> {
    const coopId = cooperativeIds['smart-be'];
    if (!coopId) return;
    const people = await manager.query<{ id: string; email: string }[]>(
      `SELECT id, email FROM person WHERE email LIKE '%@smart.demo'`,
    );
    const personId = (email: string): string => {
      const found = people.find((p) => p.email === email);
      if (!found) throw new Error(`demo action plan: no demo login ${email}`);
      return found.id;
    };
    const secretariat = personId('secretariaat@smart.demo');
    const director = personId('directie@smart.demo');

    const proposals = await manager.query<{ id: string; title: string; status: string; recommendationId: string; editionId: string; body: TranslatedTextValue; fullTitle: TranslatedTextValue }[]>(
      `SELECT p.id, p.title->'texts'->'nl'->>'text' AS title, p.title AS "fullTitle", p.body, p.status,
              p.recommendation_id AS "recommendationId", r.edition_id AS "editionId"
       FROM action_proposal p JOIN recommendation r ON r.id = p.recommendation_id WHERE p.cooperative_id = $1`,
      [coopId],
    );
    const recommendations = await manager.query<{ id: string; title: string; editionId: string }[]>(
      `SELECT DISTINCT r.id, v.title->'texts'->'nl'->>'text' AS title, r.edition_id AS "editionId"
       FROM recommendation r JOIN recommendation_version v ON v.recommendation_id = r.id AND v.authored_by = 'GROUP'
       WHERE r.cooperative_id = $1`,
      [coopId],
    );
    const demoRecommendation = (key: string) => {
      for (const edition of DEMO_EDITIONS.filter((e) => e.cooperative === 'smart-be'))
        for (const group of edition.groups)
          for (const rec of group.recommendations) if (rec.key === key) return rec;
      throw new Error(`demo action plan: no recommendation ${key}`);
    };
    const origin = (a: DemoAction): Origin => {
      if (a.proposal) {
        const spec = demoRecommendation(a.proposal.recommendation).proposals?.[a.proposal.number - 1];
        const proposal = spec && proposals.find((p) => p.title === nlText(spec.title));
        if (!proposal) throw new Error(`demo action plan: no proposal ${a.proposal.recommendation} #${a.proposal.number}`);
        if (proposal.status !== 'ADOPTED') throw new Error(`demo action plan: proposal ${proposal.title} is not adopted`);
        return {
          proposalId: proposal.id,
          recommendationId: proposal.recommendationId,
          editionId: proposal.editionId,
          title: proposal.fullTitle,
          description: proposal.body,
        };
      }
      const key = a.recommendation ?? '';
      const rec = recommendations.find((r) => r.title === nlText(demoRecommendation(key).text.title));
      if (!rec || !a.title || !a.description) throw new Error(`demo action plan: action from ${key} needs a recommendation, title and description`);
      return { proposalId: null, recommendationId: rec.id, editionId: rec.editionId, title: a.title, description: a.description };
    };

    const programmes: Row[] = [];
    const projects: Row[] = [];
    const actions: Row[] = [];
    const milestones: Row[] = [];
    const updates: Row[] = [];
    const changes: Row[] = [];
    const audit: Row[] = [];
    // Minutes apart, so the plan lists them in the order written here.
    const placedOn = () => at('2016-06-20', 9, programmes.length + projects.length);

    for (const programme of DEMO_ACTION_PLAN) {
      const programmeId = randomUUID();
      programmes.push({ id: programmeId, cooperative_id: coopId, title: programme.title, description: programme.description, created_by: secretariat, created_at: placedOn() });
      for (const project of programme.projects) {
        const projectId = randomUUID();
        projects.push({ id: projectId, cooperative_id: coopId, programme_id: programmeId, title: project.title, description: project.description ?? null, is_default: false, created_by: secretariat, created_at: placedOn() });
        for (const spec of project.actions) {
          const from = origin(spec);
          const id = randomUUID();
          const ownerPerson = typeof spec.owner === 'string' ? null : personId(spec.owner.email);
          const ownerUnit = typeof spec.owner === 'string' ? spec.owner : null;
          const author = (by: 'director' | 'secretariat' | undefined) => ownerPerson ?? (by === 'secretariat' ? secretariat : director);
          const path = this.path(spec, author);
          const entered = at(spec.enteredOn, 14, actions.length);
          actions.push({
            id, cooperative_id: coopId, project_id: projectId, action_proposal_id: from.proposalId, recommendation_id: from.recommendationId, edition_id: from.editionId,
            title: from.title, description: from.description, owner_unit: ownerUnit, owner_person_id: ownerPerson, status: spec.status,
            status_reason: spec.status === 'ABANDONED' ? (spec.reason ?? null) : null, progress: path.progress,
            entered_at: entered, status_changed_at: path.changes.at(-1)?.occurred_at ?? entered, created_by: secretariat,
          });
          for (const m of spec.milestones) {
            milestones.push({ action_id: id, title: m.title, due_on: m.due, done_on: m.done ?? null, created_by: author(undefined), created_at: entered });
          }
          for (const u of spec.updates) {
            updates.push({ action_id: id, body: u.text, progress: u.progress, author_id: author(u.by), posted_at: at(u.on, 10) });
            audit.push({ occurred_at: at(u.on, 10), actor_id: author(u.by), action: 'action.progressPosted', subject_type: 'action', subject_id: id, cooperative_id: coopId, reason: null, after: { progress: u.progress } });
          }
          for (const c of path.changes) {
            changes.push({ action_id: id, ...c });
            audit.push({ occurred_at: c.occurred_at, actor_id: c.actor_id, action: 'action.statusChanged', subject_type: 'action', subject_id: id, cooperative_id: coopId, reason: c.reason, before: { status: c.from_status }, after: { status: c.to_status } });
          }
          audit.push({ occurred_at: entered, actor_id: null, action: 'action.entered', subject_type: 'action', subject_id: id, cooperative_id: coopId, reason: 'Adopted by the general assembly.', after: { actionProposalId: from.proposalId, recommendationId: from.recommendationId, projectId } });
        }
      }
    }

    const stamp = { created_at: 'text[]' };
    const stamps = { expressions: { created_at: local('created_at') } };
    await insertRows(manager, 'action_programme', { id: 'uuid[]', cooperative_id: 'uuid[]', title: 'jsonb[]', description: 'jsonb[]', created_by: 'uuid[]', ...stamp }, programmes, stamps);
    await insertRows(manager, 'action_project', { id: 'uuid[]', cooperative_id: 'uuid[]', programme_id: 'uuid[]', title: 'jsonb[]', description: 'jsonb[]', is_default: 'boolean[]', created_by: 'uuid[]', ...stamp }, projects, stamps);
    // An action the assembly's demo may already have entered is placed and filled in, not duplicated.
    const inserted = await insertRows(
      manager,
      'action',
      {
        id: 'uuid[]', cooperative_id: 'uuid[]', project_id: 'uuid[]', action_proposal_id: 'uuid[]', recommendation_id: 'uuid[]', edition_id: 'uuid[]', title: 'jsonb[]',
        description: 'jsonb[]', owner_unit: 'text[]', owner_person_id: 'uuid[]', status: 'text[]', status_reason: 'text[]', progress: 'int[]', entered_at: 'text[]',
        status_changed_at: 'text[]', created_by: 'uuid[]',
      },
      actions,
      {
        expressions: { entered_at: local('entered_at'), status_changed_at: local('status_changed_at') },
        suffix: `ON CONFLICT (action_proposal_id) DO UPDATE SET project_id = EXCLUDED.project_id, owner_unit = EXCLUDED.owner_unit, owner_person_id = EXCLUDED.owner_person_id,
                 status = EXCLUDED.status, status_reason = EXCLUDED.status_reason, progress = EXCLUDED.progress, status_changed_at = EXCLUDED.status_changed_at
                 RETURNING id, action_proposal_id`,
      },
    );
    // Where the row existed already, the children hang on its id.
    const realId = new Map<string, string>();
    for (const row of inserted) {
      const planned = actions.find((a) => a.action_proposal_id !== null && a.action_proposal_id === row.action_proposal_id);
      if (planned && planned.id !== row.id) realId.set(planned.id as string, row.id as string);
    }
    const fix = (rows: Row[], key: string) => rows.forEach((r) => (r[key] = realId.get(r[key] as string) ?? r[key]));
    fix(milestones, 'action_id');
    fix(updates, 'action_id');
    fix(changes, 'action_id');
    // Entering an action already entered is not an event: the assembly's entry is in the trail.
    const enteredBefore = new Set(realId.keys());
    audit.splice(0, audit.length, ...audit.filter((e) => !(e.action === 'action.entered' && enteredBefore.has(e.subject_id as string))));
    fix(audit, 'subject_id');
    // Every action the assemblies entered is placed now: their editions' emptied "to be placed" boxes go.
    await manager.query(
      `DELETE FROM action_project p WHERE p.cooperative_id = $1 AND p.is_default AND NOT EXISTS (SELECT 1 FROM action a WHERE a.project_id = p.id)`,
      [coopId],
    );
    await manager.query(
      `DELETE FROM action_programme g WHERE g.cooperative_id = $1 AND g.default_for_edition_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM action_project p WHERE p.programme_id = g.id)`,
      [coopId],
    );
    await insertRows(manager, 'action_milestone', { action_id: 'uuid[]', title: 'jsonb[]', due_on: 'date[]', done_on: 'date[]', created_by: 'uuid[]', ...stamp }, milestones, stamps);
    await insertRows(manager, 'action_update', { action_id: 'uuid[]', body: 'jsonb[]', progress: 'int[]', author_id: 'uuid[]', posted_at: 'text[]' }, updates, {
      expressions: { posted_at: local('posted_at') },
    });
    await insertRows(manager, 'action_status_change', { action_id: 'uuid[]', from_status: 'text[]', to_status: 'text[]', reason: 'text[]', actor_id: 'uuid[]', occurred_at: 'text[]' }, changes, {
      expressions: { occurred_at: local('occurred_at') },
    });
    await insertRows(
      manager,
      'audit_event',
      { occurred_at: 'text[]', actor_id: 'uuid[]', action: 'text[]', subject_type: 'text[]', subject_id: 'text[]', cooperative_id: 'uuid[]', reason: 'text[]', before: 'jsonb[]', after: 'jsonb[]' },
      audit,
      { expressions: { occurred_at: local('occurred_at') } },
    );
  }

  /**
   * The status changes an action went through, replayed with the rules of libs/domain: a
   * progress update starts a planned action; done or abandoned on the closing day.
   */
  private path(
    spec: DemoAction,
    author: (by: 'director' | 'secretariat' | undefined) => string,
  ): { progress: number; changes: { from_status: ActionStatus; to_status: ActionStatus; reason: string | null; actor_id: string; occurred_at: string }[] } {
    let status: ActionStatus = 'PLANNED';
    let progress = 0;
    const changes: { from_status: ActionStatus; to_status: ActionStatus; reason: string | null; actor_id: string; occurred_at: string }[] = [];
    const fail = (message: string) => new Error(`demo action plan: ${nlText(spec.title ?? { original: 'nl', texts: {} }) || spec.proposal?.recommendation}: ${message}`);
    for (const u of [...spec.updates].sort((x, y) => x.on.localeCompare(y.on))) {
      const problem = checkProgressUpdate(status, u.progress);
      if (problem) throw fail(describeActionProblem(problem));
      const next = statusAfterUpdate(status, u.progress);
      if (next !== status) changes.push({ from_status: status, to_status: next, reason: null, actor_id: author(u.by), occurred_at: at(u.on, 10, 1) });
      status = next;
      progress = u.progress;
    }
    if (spec.status === 'DONE' || spec.status === 'ABANDONED') {
      const problem = checkStatusMove(status, spec.status, spec.reason);
      if (problem) throw fail(describeActionProblem(problem));
      if (!spec.closedOn) throw fail('a closed action needs its closing day');
      changes.push({ from_status: status, to_status: spec.status, reason: spec.reason ?? null, actor_id: author(undefined), occurred_at: at(spec.closedOn, 17) });
      progress = progressAfterMove(spec.status, progress);
    } else if (spec.status !== status) {
      throw fail(`its updates leave it ${status}, not ${spec.status}`);
    }
    return { progress, changes };
  }
}
