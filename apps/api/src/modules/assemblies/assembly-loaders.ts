import type { Actor } from '@letscoop/domain';
import DataLoader from 'dataloader';
import type { Person } from '../members/person.model.js';
import type { ActionProposalEntity } from '../recommendations/action-proposal.entity.js';
import type { AgendaItemEntity } from './agenda-item.entity.js';
import type { AssembliesService, ParticipationRow } from './assemblies.service.js';
import type { AssemblyEntity } from './assembly.entity.js';
import type { AttendanceFigures } from './attendance-figures.js';
import type { CandidateEntity } from './candidate.entity.js';
import type { ProxyEntity } from './proxy.entity.js';

const byId = <T extends { id: string }>(rows: T[], keys: readonly string[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
};
const grouped = <T>(rows: T[], keys: readonly string[], key: (row: T) => string): T[][] => {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
};

/** The viewer's own voter entry, check-in and proxies in one assembly. */
export interface MyParticipation {
  voter: ParticipationRow | null;
  proxies: ProxyEntity[];
}

/**
 * One set per request: a page of assemblies with their agendas, candidates, proposals, people,
 * attendance and the viewer's participation costs one query per field, whatever its length.
 */
export class AssemblyLoaders {
  readonly assembly: DataLoader<string, AssemblyEntity | null>;
  readonly agenda: DataLoader<string, AgendaItemEntity[]>;
  readonly candidates: DataLoader<string, CandidateEntity[]>;
  readonly proposal: DataLoader<string, ActionProposalEntity | null>;
  readonly person: DataLoader<string, Person | null>;
  readonly attendance: DataLoader<string, AttendanceFigures>;
  readonly proxies: DataLoader<string, ProxyEntity[]>;
  readonly mine: DataLoader<string, MyParticipation>;

  constructor(service: AssembliesService, actor: Actor | null) {
    this.assembly = new DataLoader(async (ids) => byId(await service.assembliesByIds(ids), ids));
    this.agenda = new DataLoader(async (ids) => grouped(await service.agendaOf(ids), ids, (i) => i.assemblyId));
    this.candidates = new DataLoader(async (ids) =>
      grouped(await service.candidatesOf(ids), ids, (c) => c.agendaItemId),
    );
    this.proposal = new DataLoader(async (ids) => byId(await service.proposalsByIds(ids), ids));
    this.person = new DataLoader(async (ids) => {
      const people = await service.peopleByIds(ids, actor);
      return ids.map((id) => people.get(id) ?? null);
    });
    this.attendance = new DataLoader(async (ids) => {
      const figures = await service.attendanceOf(ids);
      return ids.map((id) => figures.get(id) as AttendanceFigures);
    });
    this.proxies = new DataLoader(async (ids) => grouped(await service.proxiesOf(ids), ids, (p) => p.assemblyId));
    this.mine = new DataLoader(async (ids) => {
      if (!actor) return ids.map(() => ({ voter: null, proxies: [] }));
      const [voters, proxies] = await Promise.all([
        service.participationOf(ids, actor.personId),
        service.proxiesInvolving(ids, actor.personId),
      ]);
      const mine = grouped(proxies, ids, (p) => p.assemblyId);
      return ids.map((id, i) => ({ voter: voters.find((v) => v.assemblyId === id) ?? null, proxies: mine[i] }));
    });
  }
}

const KEY = 'assemblies';

/** The request's loaders (created on first use, kept on the request). */
export function assemblyLoadersFor(
  req: { loaders?: Map<string, unknown>; viewer?: { actor: Actor } | null },
  service: AssembliesService,
): AssemblyLoaders {
  req.loaders ??= new Map();
  let loaders = req.loaders.get(KEY) as AssemblyLoaders | undefined;
  if (!loaders) {
    loaders = new AssemblyLoaders(service, req.viewer?.actor ?? null);
    req.loaders.set(KEY, loaders);
  }
  return loaders;
}

/** After a mutation: drop what the request's loaders cached, so the answer reads fresh rows. */
export function afterAssemblyChange<T>(req: { loaders?: Map<string, unknown> }, result: T): T {
  req.loaders?.delete(KEY);
  return result;
}
