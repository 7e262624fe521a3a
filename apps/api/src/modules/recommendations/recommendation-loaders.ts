import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor, GroupRoles } from '@letscoop/domain';
import DataLoader from 'dataloader';
import { gqlContext } from '../../common/decorators.js';
import type { EditionEntity } from '../editions/edition.entity.js';
import type { MeetingEntity } from '../editions/meeting.entity.js';
import type { WorkingGroupEntity } from '../editions/working-group.entity.js';
import type { Person } from '../members/person.model.js';
import type { ActionProposalEntity } from './action-proposal.entity.js';
import type { BoardMeetingEntity } from './board-meeting.entity.js';
import type { RecommendationStepEntity } from './recommendation-step.entity.js';
import type { RecommendationVersionEntity } from './recommendation-version.entity.js';
import type { RecommendationEntity } from './recommendation.entity.js';
import type { LatestVersion, RecommendationsService } from './recommendations.service.js';
import type { ReviewNoteEntity } from './review-note.entity.js';
import type { TestimonyEntity } from './testimony.entity.js';

const byId = <T extends { id: string }>(rows: T[], keys: readonly string[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
};
const grouped = <T>(rows: T[], keys: readonly string[], key: (row: T) => string): T[][] => {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
};

/**
 * One set per request: every nested field of a page of recommendations costs one query,
 * whatever the page size.
 */
export class RecommendationLoaders {
  readonly recommendation: DataLoader<string, RecommendationEntity | null>;
  readonly edition: DataLoader<string, EditionEntity | null>;
  readonly group: DataLoader<string, WorkingGroupEntity | null>;
  readonly groupRoles: DataLoader<string, GroupRoles>;
  readonly versions: DataLoader<string, RecommendationVersionEntity[]>;
  readonly version: DataLoader<string, RecommendationVersionEntity | null>;
  readonly latest: DataLoader<string, LatestVersion | null>;
  readonly proposals: DataLoader<string, ActionProposalEntity[]>;
  readonly authors: DataLoader<string, string[]>;
  readonly testimonies: DataLoader<string, TestimonyEntity[]>;
  readonly reviewNotes: DataLoader<string, ReviewNoteEntity[]>;
  readonly steps: DataLoader<string, RecommendationStepEntity[]>;
  readonly mergedFrom: DataLoader<string, RecommendationEntity[]>;
  readonly meeting: DataLoader<string, MeetingEntity | null>;
  readonly boardMeeting: DataLoader<string, BoardMeetingEntity | null>;
  readonly person: DataLoader<string, Person | null>;

  constructor(service: RecommendationsService, actor: Actor | null) {
    this.recommendation = new DataLoader(async (ids) => byId(await service.recommendationsByIds(ids), ids));
    this.edition = new DataLoader(async (ids) => byId(await service.editionsByIds(ids), ids));
    this.group = new DataLoader(async (ids) => byId(await service.groupsByIds(ids), ids));
    this.groupRoles = new DataLoader(async (ids) => {
      const roles = await service.rolesOf(ids);
      return ids.map((id) => roles.get(id) as GroupRoles);
    });
    this.versions = new DataLoader(async (ids) =>
      grouped(await service.versionsOf(ids), ids, (v) => v.recommendationId),
    );
    this.version = new DataLoader(async (ids) => byId(await service.versionsByIds(ids), ids));
    this.latest = new DataLoader(async (ids) => {
      const latest = await service.latestVersions(ids);
      return ids.map((id) => latest.get(id) ?? null);
    });
    this.proposals = new DataLoader(async (ids) =>
      grouped(await service.proposalsOf(ids), ids, (p) => p.recommendationId),
    );
    this.authors = new DataLoader(async (ids) =>
      grouped(await service.authorsOf(ids), ids, (a) => a.recommendationId).map((rows) => rows.map((a) => a.personId)),
    );
    this.testimonies = new DataLoader(async (ids) =>
      grouped(await service.testimoniesOf(ids), ids, (t) => t.recommendationId),
    );
    this.reviewNotes = new DataLoader(async (ids) =>
      grouped(await service.reviewNotesOf(ids), ids, (n) => n.recommendationId),
    );
    this.steps = new DataLoader(async (ids) => {
      const steps = await service.stepsOf(ids);
      return ids.map((id) => steps.filter((s) => s.recommendationId === id || s.mergedIntoId === id));
    });
    this.mergedFrom = new DataLoader(async (ids) =>
      grouped(await service.mergedFromOf(ids), ids, (r) => r.mergedIntoId as string),
    );
    this.meeting = new DataLoader(async (ids) => byId(await service.meetingsByIds(ids), ids));
    this.boardMeeting = new DataLoader(async (ids) => byId(await service.boardMeetingsByIds(ids), ids));
    this.person = new DataLoader(async (ids) => {
      const people = actor ? await service.peopleByIds(ids, actor) : new Map<string, Person>();
      return ids.map((id) => people.get(id) ?? null);
    });
  }
}

const KEY = 'recommendations';

/** The request's loaders (created on first use, kept on the request). */
export function loadersFor(
  req: { loaders?: Map<string, unknown>; viewer?: { actor: Actor } | null },
  service: RecommendationsService,
): RecommendationLoaders {
  req.loaders ??= new Map();
  let loaders = req.loaders.get(KEY) as RecommendationLoaders | undefined;
  if (!loaders) {
    loaders = new RecommendationLoaders(service, req.viewer?.actor ?? null);
    req.loaders.set(KEY, loaders);
  }
  return loaders;
}

/** After a mutation: drop what the request's loaders cached, so the next operation reads fresh rows. */
export function afterChange<T>(req: { loaders?: Map<string, unknown> }, result: T): T {
  req.loaders?.delete(KEY);
  return result;
}

/** The request object, for `loadersFor` in field resolvers. */
export const GqlRequest = createParamDecorator((_: unknown, context: ExecutionContext) => gqlContext(context).req);
