import { Injectable } from '@nestjs/common';
import {
  can,
  checkMilestoneDone,
  checkProgressUpdate,
  checkStatusMove,
  describeActionProblem,
  humanText,
  isActionOpen,
  LANGUAGES,
  progressAfterMove,
  rollUpProgress,
  statusAfterUpdate,
  statusMovesFrom,
  type ActionProblem,
  type ActionStatus,
  type Actor,
  type ProgressRollUp,
  type TranslatedTextValue,
  type TranslationEntry,
} from '@letscoop/domain';
import type { GraphQLError } from 'graphql';
import { DataSource, In, type EntityManager } from 'typeorm';
import { appError, forbidden, notFound, validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { EditionEntity } from '../editions/edition.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ActionProposalEntity } from '../recommendations/action-proposal.entity.js';
import { ActionMilestoneEntity } from './action-milestone.entity.js';
import { ActionProgrammeEntity } from './action-programme.entity.js';
import { ActionProjectEntity } from './action-project.entity.js';
import { ActionStatusChangeEntity } from './action-status-change.entity.js';
import { ActionUpdateEntity } from './action-update.entity.js';
import { ActionEntity } from './action.entity.js';
import type { AddMilestoneInput } from './dto/add-milestone.input.js';
import type { AssignActionOwnerInput } from './dto/assign-action-owner.input.js';
import type { CompleteMilestoneInput } from './dto/complete-milestone.input.js';
import type { CreateProgrammeInput } from './dto/create-programme.input.js';
import type { CreateProjectInput } from './dto/create-project.input.js';
import type { MoveActionInput } from './dto/move-action.input.js';
import type { PostProgressUpdateInput } from './dto/post-progress-update.input.js';
import type { SetActionStatusInput } from './dto/set-action-status.input.js';

/** The cooperatives live in Belgium and France: a milestone's day is a Brussels day. */
const TIME_ZONE = 'Europe/Brussels';

/** The calendar day (yyyy-mm-dd) of an instant, in the cooperative's time zone. */
export function planDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export interface PlanFilter {
  editionId?: string | null;
  status?: ActionStatus | null;
  ownerUnit?: string | null;
  ownerPersonId?: string | null;
}

export interface PlanProjectNode {
  project: ActionProjectEntity;
  /** Over all the project's actions. */
  progress: ProgressRollUp;
  /** The actions that match the filter. */
  actions: ActionEntity[];
}

export interface PlanProgrammeNode {
  programme: ActionProgrammeEntity;
  progress: ProgressRollUp;
  projects: PlanProjectNode[];
}

export interface PlanData {
  cooperativeId: string;
  programmes: PlanProgrammeNode[];
  progress: ProgressRollUp;
  owners: { unit: string | null; personId: string | null }[];
}

/** An open action with milestones past due and not done (for the notifications' reminders). */
export interface OverdueAction {
  actionId: string;
  cooperativeId: string;
  projectId: string;
  title: TranslatedTextValue;
  status: ActionStatus;
  ownerUnit: string | null;
  ownerPersonId: string | null;
  /** Oldest first. */
  overdueMilestones: { id: string; title: TranslatedTextValue; dueOn: string }[];
}

/** How an adopted proposal reached its vote: the motion on the assembly's agenda and its poll. */
export interface ProposalVote {
  actionProposalId: string;
  assemblyId: string;
  agendaItemId: string;
  pollId: string | null;
}

interface ProposalToEnter {
  id: string;
  cooperativeId: string;
  recommendationId: string;
  status: string;
  title: TranslatedTextValue;
  body: TranslatedTextValue;
  proposedOwner: string | null;
  editionId: string;
  editionPeriod: string;
  editionTitle: TranslatedTextValue;
}

const DEFAULT_PROJECT_TITLE: TranslatedTextValue = {
  original: 'en',
  texts: {
    nl: { text: 'Nog in te delen', origin: 'HUMAN' },
    fr: { text: 'À répartir', origin: 'HUMAN' },
    en: { text: 'To be placed', origin: 'HUMAN' },
  },
};
const DEFAULT_PROJECT_DESCRIPTION: TranslatedTextValue = {
  original: 'en',
  texts: {
    nl: {
      text: 'Actievoorstellen die de Algemene vergadering aannam; het secretariaat plaatst ze in een project.',
      origin: 'HUMAN',
    },
    fr: {
      text: 'Propositions d’action adoptées par l’assemblée générale ; le secrétariat les place dans un projet.',
      origin: 'HUMAN',
    },
    en: {
      text: 'Action proposals the general assembly adopted; the secretariat places them in a project.',
      origin: 'HUMAN',
    },
  },
};

/** "<edition title> (<period>)" in every language the edition's title has. */
function defaultProgrammeTitle(editionTitle: TranslatedTextValue, period: string): TranslatedTextValue {
  const texts: TranslatedTextValue['texts'] = {};
  for (const language of LANGUAGES) {
    const entry = editionTitle.texts[language];
    if (entry?.text) {
      const text = entry.text.includes(period) ? entry.text : `${entry.text} (${period})`;
      texts[language] = { text, origin: entry.origin } satisfies TranslationEntry;
    }
  }
  return { original: editionTitle.original, texts };
}

function problemError(problem: ActionProblem): GraphQLError {
  const message = describeActionProblem(problem);
  switch (problem.code) {
    case 'MOVE_NOT_ALLOWED':
      return appError('CONFLICT', message, { reason: 'WRONG_STATUS', status: problem.from });
    case 'ACTION_CLOSED':
      return appError('CONFLICT', message, { reason: 'WRONG_STATUS', status: problem.status });
    case 'REASON_REQUIRED':
      return validation([{ field: 'reason', messages: [message] }], message);
    case 'PROGRESS_OUT_OF_BOUNDS':
      return validation([{ field: 'progress', messages: [message] }], message);
    case 'DONE_IN_FUTURE':
      return validation([{ field: 'doneOn', messages: [message] }], message);
  }
}

const statusesAfter = (list: readonly ActionEntity[]) => list.map((a) => ({ status: a.status, progress: a.progress }));

/**
 * The operational action plan: programmes → projects → actions. Adopted proposals enter it once
 * (enterAdoptedProposal, called by the assembly in its own transaction); owners report progress.
 */
@Injectable()
export class ActionPlanService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  // ── Entering the plan (called by the general assembly) ───────────────────────────────────

  /**
   * Puts an adopted action proposal into the plan exactly once and returns its action's id. Runs
   * in the caller's transaction (READ COMMITTED, the default), so the proposal's ADOPTED status
   * and the action commit or roll back together. Idempotent under concurrent retries: the UNIQUE
   * constraint on action.action_proposal_id decides (INSERT … ON CONFLICT DO NOTHING, then
   * re-select), never a check-then-insert. The action lands in its edition's default programme
   * and project ("<edition> (<period>)" → "To be placed"), created on first use the same way;
   * the secretariat moves it later. Refuses (CONFLICT) a proposal that is not ADOPTED.
   */
  async enterAdoptedProposal(
    manager: EntityManager,
    actionProposalId: string,
    actorId: string | null,
  ): Promise<string> {
    const [proposal] = await manager.query<ProposalToEnter[]>(
      `SELECT p.id, p.cooperative_id AS "cooperativeId", p.recommendation_id AS "recommendationId", p.status, p.title, p.body,
              p.proposed_owner AS "proposedOwner", r.edition_id AS "editionId", e.period AS "editionPeriod", e.title AS "editionTitle"
       FROM action_proposal p JOIN recommendation r ON r.id = p.recommendation_id JOIN edition e ON e.id = r.edition_id
       WHERE p.id = $1`,
      [actionProposalId],
    );
    if (!proposal) throw notFound('action proposal', actionProposalId);
    if (proposal.status !== 'ADOPTED') {
      throw appError(
        'CONFLICT',
        `This action proposal is ${proposal.status.toLowerCase().replace('_', ' ')}: only a proposal the general assembly adopted enters the action plan.`,
        { reason: 'NOT_ADOPTED', status: proposal.status },
      );
    }
    const existing = await this.actionIdOfProposal(manager, actionProposalId);
    if (existing) return existing;

    const projectId = await this.defaultProject(manager, proposal, actorId);
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO action (cooperative_id, project_id, action_proposal_id, recommendation_id, edition_id, title, description, owner_unit, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (action_proposal_id) DO NOTHING RETURNING id`,
      [
        proposal.cooperativeId,
        projectId,
        proposal.id,
        proposal.recommendationId,
        proposal.editionId,
        proposal.title,
        proposal.body,
        proposal.proposedOwner,
        actorId,
      ],
    );
    if (inserted.length === 0) {
      // Another transaction entered it first and has committed: that one is the action.
      const id = await this.actionIdOfProposal(manager, actionProposalId);
      if (!id) throw new Error(`action of proposal ${actionProposalId} vanished`);
      return id;
    }
    const id = inserted[0].id;
    await this.audit.record(manager, {
      actorId,
      action: 'action.entered',
      subjectType: 'action',
      subjectId: id,
      cooperativeId: proposal.cooperativeId,
      reason: 'Adopted by the general assembly.',
      after: {
        actionProposalId: proposal.id,
        recommendationId: proposal.recommendationId,
        projectId,
        ownerUnit: proposal.proposedOwner,
      },
    });
    return id;
  }

  private async actionIdOfProposal(manager: EntityManager, actionProposalId: string): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(`SELECT id FROM action WHERE action_proposal_id = $1`, [
      actionProposalId,
    ]);
    return row?.id ?? null;
  }

  /** The edition's default programme and its "to be placed" project, created once (ON CONFLICT). */
  private async defaultProject(manager: EntityManager, p: ProposalToEnter, actorId: string | null): Promise<string> {
    let [programme] = await manager.query<{ id: string }[]>(
      `INSERT INTO action_programme (cooperative_id, title, default_for_edition_id, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (default_for_edition_id) DO NOTHING RETURNING id`,
      [p.cooperativeId, defaultProgrammeTitle(p.editionTitle, p.editionPeriod), p.editionId, actorId],
    );
    if (programme) {
      await this.audit.record(manager, {
        actorId,
        action: 'actionProgramme.created',
        subjectType: 'actionProgramme',
        subjectId: programme.id,
        cooperativeId: p.cooperativeId,
        after: { defaultForEditionId: p.editionId },
      });
    } else {
      [programme] = await manager.query<{ id: string }[]>(
        `SELECT id FROM action_programme WHERE default_for_edition_id = $1`,
        [p.editionId],
      );
    }
    let [project] = await manager.query<{ id: string }[]>(
      `INSERT INTO action_project (cooperative_id, programme_id, title, description, is_default, created_by) VALUES ($1, $2, $3, $4, true, $5)
       ON CONFLICT (programme_id) WHERE is_default DO NOTHING RETURNING id`,
      [p.cooperativeId, programme.id, DEFAULT_PROJECT_TITLE, DEFAULT_PROJECT_DESCRIPTION, actorId],
    );
    if (project) {
      await this.audit.record(manager, {
        actorId,
        action: 'actionProject.created',
        subjectType: 'actionProject',
        subjectId: project.id,
        cooperativeId: p.cooperativeId,
        after: { programmeId: programme.id, isDefault: true },
      });
    } else {
      [project] = await manager.query<{ id: string }[]>(
        `SELECT id FROM action_project WHERE programme_id = $1 AND is_default`,
        [programme.id],
      );
    }
    return project.id;
  }

  // ── For the notifications ────────────────────────────────────────────────────────────────

  /**
   * Every open action (planned or in progress) with a milestone past due and not done on the
   * Brussels day of `asOf` (due strictly before that day), across cooperatives, the longest
   * overdue first. The same rule as isActionOverdue in libs/domain.
   */
  async overdueActions(asOf: Date): Promise<OverdueAction[]> {
    return this.db.query<OverdueAction[]>(
      `SELECT a.id AS "actionId", a.cooperative_id AS "cooperativeId", a.project_id AS "projectId", a.title, a.status,
              a.owner_unit AS "ownerUnit", a.owner_person_id AS "ownerPersonId",
              json_agg(json_build_object('id', m.id, 'title', m.title, 'dueOn', to_char(m.due_on, 'YYYY-MM-DD')) ORDER BY m.due_on, m.id) AS "overdueMilestones"
       FROM action a JOIN action_milestone m ON m.action_id = a.id
       WHERE a.status IN ('PLANNED', 'IN_PROGRESS') AND m.done_on IS NULL AND m.due_on < $1::date
       GROUP BY a.id
       ORDER BY min(m.due_on), a.id`,
      [planDay(asOf)],
    );
  }

  // ── Reading ──────────────────────────────────────────────────────────────────────────────

  /**
   * The plan of a cooperative: programmes → projects → actions, in four queries whatever its
   * size. Roll-ups are computed over all actions; filters only choose which actions are listed
   * (and, with a filter, hide the projects and programmes left without any).
   */
  async plan(actor: Actor, cooperativeId: string, filter: PlanFilter): Promise<PlanData> {
    const [coop] = await this.db.query<{ id: string }[]>(`SELECT id FROM cooperative WHERE id = $1`, [cooperativeId]);
    if (!coop) throw notFound('cooperative', cooperativeId);
    if (!can(actor, 'cooperative.view', { cooperativeId })) throw forbidden("read this cooperative's action plan");
    const [programmes, projects, actions] = await Promise.all([
      this.db
        .getRepository(ActionProgrammeEntity)
        .find({ where: { cooperativeId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.db.getRepository(ActionProjectEntity).find({
        where: { cooperativeId },
        order: { isDefault: 'DESC', createdAt: 'ASC', id: 'ASC' },
      }),
      this.db.getRepository(ActionEntity).find({ where: { cooperativeId }, order: { enteredAt: 'ASC', id: 'ASC' } }),
    ]);
    const filtered = !!(filter.editionId || filter.status || filter.ownerUnit || filter.ownerPersonId);
    const matches = (a: ActionEntity) =>
      (!filter.editionId || a.editionId === filter.editionId) &&
      (!filter.status || a.status === filter.status) &&
      (!filter.ownerUnit || a.ownerUnit === filter.ownerUnit) &&
      (!filter.ownerPersonId || a.ownerPersonId === filter.ownerPersonId);
    const byProject = new Map<string, ActionEntity[]>(projects.map((p) => [p.id, []]));
    for (const a of actions) byProject.get(a.projectId)?.push(a);
    // Thematic programmes first, then the editions' default ones.
    const ordered = [
      ...programmes.filter((p) => !p.defaultForEditionId),
      ...programmes.filter((p) => p.defaultForEditionId),
    ];
    const nodes: PlanProgrammeNode[] = [];
    for (const programme of ordered) {
      const own = projects.filter((p) => p.programmeId === programme.id);
      const all = own.flatMap((p) => byProject.get(p.id) ?? []);
      const projectNodes = own
        .map((project) => {
          const list = byProject.get(project.id) ?? [];
          return { project, progress: rollUpProgress(statusesAfter(list)), actions: list.filter(matches) };
        })
        .filter((node) => !filtered || node.actions.length > 0);
      if (filtered && projectNodes.length === 0) continue;
      nodes.push({ programme, progress: rollUpProgress(statusesAfter(all)), projects: projectNodes });
    }
    const owners = new Map<string, { unit: string | null; personId: string | null }>();
    for (const a of actions) {
      if (a.ownerUnit) owners.set(`u:${a.ownerUnit}`, { unit: a.ownerUnit, personId: null });
      if (a.ownerPersonId) owners.set(`p:${a.ownerPersonId}`, { unit: null, personId: a.ownerPersonId });
    }
    return {
      cooperativeId,
      programmes: nodes,
      progress: rollUpProgress(statusesAfter(actions)),
      owners: [...owners.values()].sort((x, y) => (x.unit ?? '').localeCompare(y.unit ?? '')),
    };
  }

  async get(actor: Actor, id: string): Promise<ActionEntity> {
    const action = await this.db.getRepository(ActionEntity).findOne({ where: { id } });
    if (!action) throw notFound('action', id);
    if (!can(actor, 'cooperative.view', { cooperativeId: action.cooperativeId }))
      throw forbidden("read this cooperative's action plan");
    return action;
  }

  /** Whether the actor may post progress, move the status and manage milestones of this action. */
  mayUpdate(actor: Actor, action: ActionEntity): boolean {
    return can(actor, 'action.update', this.subject(action));
  }

  /** The statuses the actor may move the action to now. */
  availableStatuses(actor: Actor, action: ActionEntity): ActionStatus[] {
    return this.mayUpdate(actor, action) ? statusMovesFrom(action.status) : [];
  }

  private subject(action: ActionEntity) {
    return { cooperativeId: action.cooperativeId, ...(action.ownerPersonId ? { personId: action.ownerPersonId } : {}) };
  }

  // Batch loads for the request's DataLoaders (one query for any number of keys).

  async editionsOfCooperative(cooperativeId: string): Promise<EditionEntity[]> {
    return this.db.getRepository(EditionEntity).find({ where: { cooperativeId }, order: { number: 'ASC' } });
  }

  async editionsByIds(ids: readonly string[]): Promise<EditionEntity[]> {
    return this.db.getRepository(EditionEntity).find({ where: { id: In([...ids]) } });
  }

  async milestonesOf(actionIds: readonly string[]): Promise<ActionMilestoneEntity[]> {
    return this.db
      .getRepository(ActionMilestoneEntity)
      .find({ where: { actionId: In([...actionIds]) }, order: { dueOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  async updatesOf(actionIds: readonly string[]): Promise<ActionUpdateEntity[]> {
    return this.db
      .getRepository(ActionUpdateEntity)
      .find({ where: { actionId: In([...actionIds]) }, order: { postedAt: 'DESC', id: 'ASC' } });
  }

  async statusChangesOf(actionIds: readonly string[]): Promise<ActionStatusChangeEntity[]> {
    return this.db
      .getRepository(ActionStatusChangeEntity)
      .find({ where: { actionId: In([...actionIds]) }, order: { occurredAt: 'DESC', id: 'ASC' } });
  }

  async projectsByIds(ids: readonly string[]): Promise<ActionProjectEntity[]> {
    return this.db.getRepository(ActionProjectEntity).find({ where: { id: In([...ids]) } });
  }

  async programmesByIds(ids: readonly string[]): Promise<ActionProgrammeEntity[]> {
    return this.db.getRepository(ActionProgrammeEntity).find({ where: { id: In([...ids]) } });
  }

  async proposalsByIds(ids: readonly string[]): Promise<ActionProposalEntity[]> {
    return this.db.getRepository(ActionProposalEntity).find({ where: { id: In([...ids]) } });
  }

  /** The actions that adopted proposals became (the "what became of it" link). */
  async actionsOfProposals(actionProposalIds: readonly string[]): Promise<ActionEntity[]> {
    return this.db.getRepository(ActionEntity).find({ where: { actionProposalId: In([...actionProposalIds]) } });
  }

  /** The motion on an assembly's agenda for each proposal, and its poll if there is one. */
  async votesOf(actionProposalIds: readonly string[]): Promise<ProposalVote[]> {
    return this.db.query<ProposalVote[]>(
      `SELECT ai.action_proposal_id AS "actionProposalId", ai.assembly_id AS "assemblyId", ai.id AS "agendaItemId", po.id AS "pollId"
       FROM agenda_item ai LEFT JOIN poll po ON po.agenda_item_id = ai.id
       WHERE ai.action_proposal_id = ANY($1)`,
      [[...actionProposalIds]],
    );
  }

  // ── Managing the plan (secretariat, managing director) ───────────────────────────────────

  async createProgramme(viewer: Viewer, input: CreateProgrammeInput): Promise<ActionProgrammeEntity> {
    const [coop] = await this.db.query<{ id: string }[]>(`SELECT id FROM cooperative WHERE id = $1`, [
      input.cooperativeId,
    ]);
    if (!coop) throw notFound('cooperative', input.cooperativeId);
    if (!can(viewer.actor, 'actionPlan.manage', { cooperativeId: input.cooperativeId }))
      throw forbidden('create programmes in the action plan');
    return this.db.transaction(async (manager) => {
      const programme = await manager.save(
        manager.create(ActionProgrammeEntity, {
          cooperativeId: input.cooperativeId,
          title: humanText(input.language, input.title.trim()),
          description: input.description?.trim() ? humanText(input.language, input.description.trim()) : null,
          defaultForEditionId: null,
          createdBy: viewer.person.id,
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'actionProgramme.created',
        subjectType: 'actionProgramme',
        subjectId: programme.id,
        cooperativeId: programme.cooperativeId,
        after: { title: input.title.trim() },
      });
      return manager.findOneByOrFail(ActionProgrammeEntity, { id: programme.id });
    });
  }

  async createProject(viewer: Viewer, input: CreateProjectInput): Promise<ActionProjectEntity> {
    const programme = await this.db.getRepository(ActionProgrammeEntity).findOne({ where: { id: input.programmeId } });
    if (!programme) throw notFound('programme', input.programmeId);
    if (!can(viewer.actor, 'actionPlan.manage', { cooperativeId: programme.cooperativeId }))
      throw forbidden('create projects in the action plan');
    return this.db.transaction(async (manager) => {
      const project = await manager.save(
        manager.create(ActionProjectEntity, {
          cooperativeId: programme.cooperativeId,
          programmeId: programme.id,
          title: humanText(input.language, input.title.trim()),
          description: input.description?.trim() ? humanText(input.language, input.description.trim()) : null,
          isDefault: false,
          createdBy: viewer.person.id,
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'actionProject.created',
        subjectType: 'actionProject',
        subjectId: project.id,
        cooperativeId: project.cooperativeId,
        after: { programmeId: programme.id, title: input.title.trim() },
      });
      return manager.findOneByOrFail(ActionProjectEntity, { id: project.id });
    });
  }

  async moveAction(viewer: Viewer, input: MoveActionInput): Promise<ActionEntity> {
    return this.change(
      viewer,
      input.actionId,
      'actionPlan.manage',
      'place actions in the plan',
      async (manager, action) => {
        const project = await manager.findOne(ActionProjectEntity, { where: { id: input.projectId } });
        if (!project || project.cooperativeId !== action.cooperativeId) {
          throw validation([
            { field: 'projectId', messages: ['Choose a project of the same cooperative’s action plan.'] },
          ]);
        }
        if (project.id === action.projectId) return;
        await manager.update(ActionEntity, action.id, { projectId: project.id });
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'action.moved',
          subjectType: 'action',
          subjectId: action.id,
          cooperativeId: action.cooperativeId,
          before: { projectId: action.projectId },
          after: { projectId: project.id },
        });
      },
    );
  }

  async assignOwner(viewer: Viewer, input: AssignActionOwnerInput): Promise<ActionEntity> {
    const unit = input.unit?.trim() || null;
    const personId = input.personId || null;
    if ((unit === null) === (personId === null)) {
      const message = 'Give either a directorate or department by name, or a staff member: one of the two.';
      throw validation(
        [
          { field: 'unit', messages: [message] },
          { field: 'personId', messages: [message] },
        ],
        message,
      );
    }
    return this.change(
      viewer,
      input.actionId,
      'actionPlan.manage',
      'assign owners of actions',
      async (manager, action) => {
        if (personId) {
          const [{ belongs }] = await manager.query<{ belongs: boolean }[]>(
            `SELECT EXISTS (SELECT 1 FROM membership WHERE person_id = $1 AND cooperative_id = $2 AND (left_on IS NULL OR left_on > current_date))
               OR EXISTS (SELECT 1 FROM office WHERE person_id = $1 AND cooperative_id = $2 AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date))
                 AS belongs`,
            [personId, action.cooperativeId],
          );
          if (!belongs)
            throw validation([{ field: 'personId', messages: ['Choose a person who belongs to the cooperative.'] }]);
        }
        if (action.ownerUnit === unit && action.ownerPersonId === personId) return;
        await manager.update(ActionEntity, action.id, { ownerUnit: unit, ownerPersonId: personId });
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'action.ownerAssigned',
          subjectType: 'action',
          subjectId: action.id,
          cooperativeId: action.cooperativeId,
          before: { ownerUnit: action.ownerUnit, ownerPersonId: action.ownerPersonId },
          after: { ownerUnit: unit, ownerPersonId: personId },
        });
      },
    );
  }

  // ── Carrying it out (the owner, the managing director, the secretariat) ──────────────────

  async setStatus(viewer: Viewer, input: SetActionStatusInput): Promise<ActionEntity> {
    return this.change(
      viewer,
      input.actionId,
      'action.update',
      'change the status of this action',
      async (manager, action) => {
        const problem = checkStatusMove(action.status, input.status, input.reason);
        if (problem) throw problemError(problem);
        const reason = input.reason?.trim() || null;
        const progress = progressAfterMove(input.status, action.progress);
        await this.recordStatus(manager, viewer, action, input.status, reason, progress);
      },
    );
  }

  async postUpdate(viewer: Viewer, input: PostProgressUpdateInput): Promise<ActionEntity> {
    return this.change(
      viewer,
      input.actionId,
      'action.update',
      'post progress on this action',
      async (manager, action) => {
        const problem = checkProgressUpdate(action.status, input.progress);
        if (problem) throw problemError(problem);
        const [update] = await manager.query<{ id: string }[]>(
          `INSERT INTO action_update (action_id, body, progress, author_id) VALUES ($1, $2, $3, $4) RETURNING id`,
          [action.id, humanText(input.language, input.text.trim()), input.progress, viewer.person.id],
        );
        const status = statusAfterUpdate(action.status, input.progress);
        if (status !== action.status) {
          await this.recordStatus(manager, viewer, action, status, null, input.progress);
        } else {
          await manager.update(ActionEntity, action.id, { progress: input.progress });
        }
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'action.progressPosted',
          subjectType: 'action',
          subjectId: action.id,
          cooperativeId: action.cooperativeId,
          before: { progress: action.progress },
          after: { progress: input.progress, updateId: update.id },
        });
        // Whoever follows the idea sees it bear fruit.
        if (action.recommendationId)
          await this.notifications.notifySubject(manager, {
            cooperativeId: action.cooperativeId,
            subjectType: 'recommendation',
            subjectId: action.recommendationId,
            kind: 'action.progress',
            payload: { actionId: action.id, progress: input.progress },
            actorId: viewer.person.id,
          });
      },
    );
  }

  async addMilestone(viewer: Viewer, input: AddMilestoneInput): Promise<ActionEntity> {
    return this.change(
      viewer,
      input.actionId,
      'action.update',
      'add milestones to this action',
      async (manager, action) => {
        if (!isActionOpen(action.status)) throw problemError({ code: 'ACTION_CLOSED', status: action.status });
        const [milestone] = await manager.query<{ id: string }[]>(
          `INSERT INTO action_milestone (action_id, title, due_on, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
          [action.id, humanText(input.language, input.title.trim()), input.dueOn, viewer.person.id],
        );
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'action.milestoneAdded',
          subjectType: 'action',
          subjectId: action.id,
          cooperativeId: action.cooperativeId,
          after: { milestoneId: milestone.id, title: input.title.trim(), dueOn: input.dueOn },
        });
      },
    );
  }

  async completeMilestone(viewer: Viewer, input: CompleteMilestoneInput): Promise<ActionEntity> {
    const milestone = await this.db.getRepository(ActionMilestoneEntity).findOne({ where: { id: input.milestoneId } });
    if (!milestone) throw notFound('milestone', input.milestoneId);
    const doneOn = input.doneOn ?? planDay();
    const problem = checkMilestoneDone(doneOn, planDay());
    if (problem) throw problemError(problem);
    return this.change(
      viewer,
      milestone.actionId,
      'action.update',
      'complete milestones of this action',
      async (manager, action) => {
        // Done once: a second click (or a retry) changes nothing.
        // TypeORM answers an UPDATE with [rows, affected].
        const [, affected] = await manager.query<[unknown[], number]>(
          `UPDATE action_milestone SET done_on = $2 WHERE id = $1 AND done_on IS NULL`,
          [milestone.id, doneOn],
        );
        if (affected === 0) return;
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'action.milestoneCompleted',
          subjectType: 'action',
          subjectId: action.id,
          cooperativeId: action.cooperativeId,
          after: { milestoneId: milestone.id, doneOn },
        });
      },
    );
  }

  private async recordStatus(
    manager: EntityManager,
    viewer: Viewer,
    action: ActionEntity,
    status: ActionStatus,
    reason: string | null,
    progress: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE action SET status = $2, status_reason = $3, progress = $4, status_changed_at = now() WHERE id = $1`,
      [action.id, status, reason, progress],
    );
    await manager.query(
      `INSERT INTO action_status_change (action_id, from_status, to_status, reason, actor_id) VALUES ($1, $2, $3, $4, $5)`,
      [action.id, action.status, status, reason, viewer.person.id],
    );
    await this.audit.record(manager, {
      actorId: viewer.person.id,
      action: 'action.statusChanged',
      subjectType: 'action',
      subjectId: action.id,
      cooperativeId: action.cooperativeId,
      reason,
      before: { status: action.status, progress: action.progress },
      after: { status, progress },
    });
  }

  /**
   * One change to an action, in one transaction: lock the action (two people acting at once are
   * served one after the other, the second seeing the first's result), ask who may, apply.
   */
  private async change(
    viewer: Viewer,
    actionId: string,
    permission: 'action.update' | 'actionPlan.manage',
    what: string,
    apply: (manager: EntityManager, action: ActionEntity) => Promise<void>,
  ): Promise<ActionEntity> {
    return this.db.transaction(async (manager) => {
      const action = await manager.findOne(ActionEntity, {
        where: { id: actionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!action) throw notFound('action', actionId);
      if (!can(viewer.actor, permission, this.subject(action))) throw forbidden(what);
      await apply(manager, action);
      return manager.findOneByOrFail(ActionEntity, { id: action.id });
    });
  }
}
