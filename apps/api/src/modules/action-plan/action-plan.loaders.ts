import type { Actor } from '@letscoop/domain';
import DataLoader from 'dataloader';
import type { AppRequest } from '../../common/request-context.js';
import type { EditionEntity } from '../editions/edition.entity.js';
import type { MembersService } from '../members/members.service.js';
import type { Person } from '../members/person.model.js';
import type { ActionProposalEntity } from '../recommendations/action-proposal.entity.js';
import type { RecommendationEntity } from '../recommendations/recommendation.entity.js';
import type { RecommendationsService } from '../recommendations/recommendations.service.js';
import type { ActionMilestoneEntity } from './action-milestone.entity.js';
import type { ActionPlanService, ProposalVote } from './action-plan.service.js';
import type { ActionProgrammeEntity } from './action-programme.entity.js';
import type { ActionProjectEntity } from './action-project.entity.js';
import type { ActionStatusChangeEntity } from './action-status-change.entity.js';
import type { ActionUpdateEntity } from './action-update.entity.js';
import type { ActionEntity } from './action.entity.js';

const byKey = <T>(rows: T[], keys: readonly string[], key: (row: T) => string | null): (T | null)[] => {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
};
const byId = <T extends { id: string }>(rows: T[], keys: readonly string[]) => byKey(rows, keys, (r) => r.id);
const grouped = <T>(rows: T[], keys: readonly string[], key: (row: T) => string): T[][] => {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
};

export interface ActionPlanServices {
  plan: ActionPlanService;
  recommendations: RecommendationsService;
  members: MembersService;
}

/** One set per request: every nested field of the plan costs one query, whatever its size. */
export class ActionPlanLoaders {
  readonly milestones: DataLoader<string, ActionMilestoneEntity[]>;
  readonly updates: DataLoader<string, ActionUpdateEntity[]>;
  readonly statusChanges: DataLoader<string, ActionStatusChangeEntity[]>;
  readonly project: DataLoader<string, ActionProjectEntity | null>;
  readonly programme: DataLoader<string, ActionProgrammeEntity | null>;
  readonly proposal: DataLoader<string, ActionProposalEntity | null>;
  readonly recommendation: DataLoader<string, RecommendationEntity | null>;
  readonly edition: DataLoader<string, EditionEntity | null>;
  readonly vote: DataLoader<string, ProposalVote | null>;
  readonly actionOfProposal: DataLoader<string, ActionEntity | null>;
  readonly person: DataLoader<string, Person | null>;

  constructor(services: ActionPlanServices, actor: Actor | null) {
    const { plan } = services;
    this.milestones = new DataLoader(async (ids) => grouped(await plan.milestonesOf(ids), ids, (m) => m.actionId));
    this.updates = new DataLoader(async (ids) => grouped(await plan.updatesOf(ids), ids, (u) => u.actionId));
    this.statusChanges = new DataLoader(async (ids) => grouped(await plan.statusChangesOf(ids), ids, (c) => c.actionId));
    this.project = new DataLoader(async (ids) => byId(await plan.projectsByIds(ids), ids));
    this.programme = new DataLoader(async (ids) => byId(await plan.programmesByIds(ids), ids));
    this.proposal = new DataLoader(async (ids) => byId(await plan.proposalsByIds(ids), ids));
    this.recommendation = new DataLoader(async (ids) =>
      byId(await services.recommendations.recommendationsByIds(ids), ids),
    );
    this.edition = new DataLoader(async (ids) => byId(await plan.editionsByIds(ids), ids));
    this.vote = new DataLoader(async (ids) => byKey(await plan.votesOf(ids), ids, (v) => v.actionProposalId));
    this.actionOfProposal = new DataLoader(async (ids) =>
      byKey(await plan.actionsOfProposals(ids), ids, (a) => a.actionProposalId),
    );
    this.person = new DataLoader(async (ids) => {
      const people = actor ? await services.members.peopleByIds([...ids], actor) : new Map<string, Person>();
      return ids.map((id) => people.get(id) ?? null);
    });
  }
}

const KEY = 'actionPlan';

/** The request's loaders (created on first use, kept on the request). */
export function actionPlanLoaders(req: AppRequest, services: ActionPlanServices): ActionPlanLoaders {
  req.loaders ??= new Map();
  let loaders = req.loaders.get(KEY) as ActionPlanLoaders | undefined;
  if (!loaders) {
    loaders = new ActionPlanLoaders(services, req.viewer?.actor ?? null);
    req.loaders.set(KEY, loaders);
  }
  return loaders;
}

/** After a mutation: drop what the request's loaders cached, so the answer reads fresh rows. */
export function afterActionChange<T>(req: AppRequest, result: T): T {
  req.loaders?.delete(KEY);
  return result;
}
