import type { Actor } from '@letscoop/domain';
import DataLoader from 'dataloader';
import type { AgendaItemEntity } from './agenda-item.entity.js';
import type { PollEntity } from './poll.entity.js';
import type { NamedBallotRow, PollsService, ReceiptRow, VotingRightsRow } from './polls.service.js';

const byId = <T extends { id: string }>(rows: T[], keys: readonly string[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
};
const byKey = <T>(rows: T[], keys: readonly string[], key: (row: T) => string): (T | null)[] => {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
};
const grouped = <T>(rows: T[], keys: readonly string[], key: (row: T) => string): T[][] => {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
};

/**
 * One set per request: an agenda of any length with its polls, their participation, the
 * viewer's voting rights and the published ballots costs one query per field. (Assemblies,
 * attendance figures, candidates and people come from the AssemblyLoaders of the same request.)
 */
export class PollLoaders {
  readonly poll: DataLoader<string, PollEntity | null>;
  /** By agenda item id. */
  readonly pollOfItem: DataLoader<string, PollEntity | null>;
  /** By assembly id: the poll open now. */
  readonly openPoll: DataLoader<string, PollEntity | null>;
  readonly agendaItem: DataLoader<string, AgendaItemEntity | null>;
  readonly ballotsCast: DataLoader<string, number>;
  /** By assembly id, for the viewer: null when not on the voter list. */
  readonly rights: DataLoader<string, VotingRightsRow | null>;
  /** By `${pollId}:${voterId}`. */
  readonly voted: DataLoader<string, boolean>;
  readonly receipts: DataLoader<string, ReceiptRow[]>;
  readonly namedBallots: DataLoader<string, NamedBallotRow[]>;

  constructor(service: PollsService, actor: Actor | null) {
    this.poll = new DataLoader(async (ids) => byId(await service.pollsByIds(ids), ids));
    this.pollOfItem = new DataLoader(async (ids) =>
      byKey(await service.pollsOfAgendaItems(ids), ids, (p) => p.agendaItemId),
    );
    this.openPoll = new DataLoader(async (ids) => byKey(await service.openPollsOf(ids), ids, (p) => p.assemblyId));
    this.agendaItem = new DataLoader(async (ids) => byId(await service.agendaItemsByIds(ids), ids));
    this.ballotsCast = new DataLoader(async (ids) => {
      const counts = await service.ballotCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    this.rights = new DataLoader(async (ids) =>
      actor ? byKey(await service.votingRightsOf(ids, actor.personId), ids, (r) => r.assemblyId) : ids.map(() => null),
    );
    this.voted = new DataLoader(async (keys) => {
      const voted = await service.votedAmong(keys);
      return keys.map((k) => voted.has(k));
    });
    this.receipts = new DataLoader(async (ids) => grouped(await service.receiptsOf(ids), ids, (r) => r.pollId));
    this.namedBallots = new DataLoader(async (ids) => grouped(await service.namedBallotsOf(ids), ids, (r) => r.pollId));
  }
}

const KEY = 'polls';

/** The request's loaders (created on first use, kept on the request). */
export function pollLoadersFor(
  req: { loaders?: Map<string, unknown>; viewer?: { actor: Actor } | null },
  service: PollsService,
): PollLoaders {
  req.loaders ??= new Map();
  let loaders = req.loaders.get(KEY) as PollLoaders | undefined;
  if (!loaders) {
    loaders = new PollLoaders(service, req.viewer?.actor ?? null);
    req.loaders.set(KEY, loaders);
  }
  return loaders;
}
