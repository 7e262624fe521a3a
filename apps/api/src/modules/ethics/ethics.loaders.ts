import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AppRequest } from '../../common/request-context.js';
import { MembersService } from '../members/members.service.js';
import type { Person } from '../members/person.model.js';
import type { EthicsFindingEntity } from './ethics-finding.entity.js';
import { EthicsOpinionsService, type AgendaItemRow } from './ethics-opinions.service.js';
import type { SocialIndicatorValueEntity } from './social-indicator-value.entity.js';
import { SocialIndicatorsService } from './social-indicators.service.js';

/** Per-request batch loaders for the nested fields of opinions and indicators: one query per field, whatever the list. */
@Injectable()
export class EthicsLoaders {
  constructor(
    private readonly members: MembersService,
    private readonly opinions: EthicsOpinionsService,
    private readonly indicators: SocialIndicatorsService,
  ) {}

  people(req: AppRequest): DataLoader<string, Person | null> {
    return this.loader(req, 'ethics.people', async (ids: readonly string[]) => {
      const people = await this.members.peopleByIds([...ids], req.viewer?.actor);
      return ids.map((id) => people.get(id) ?? null);
    });
  }

  findings(req: AppRequest): DataLoader<string, EthicsFindingEntity[]> {
    return this.loader(req, 'ethics.findings', async (ids: readonly string[]) => {
      const rows = await this.opinions.findingsOf(ids);
      return ids.map((id) => rows.filter((f) => f.opinionId === id));
    });
  }

  agendaItems(req: AppRequest): DataLoader<string, AgendaItemRow | null> {
    return this.loader(req, 'ethics.agendaItems', async (ids: readonly string[]) => {
      const rows = new Map((await this.opinions.agendaItems(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  indicatorValues(req: AppRequest): DataLoader<string, SocialIndicatorValueEntity[]> {
    return this.loader(req, 'ethics.indicatorValues', async (ids: readonly string[]) => {
      const rows = await this.indicators.valuesOf(ids);
      return ids.map((id) => rows.filter((v) => v.indicatorId === id));
    });
  }

  /** After a change in this request: read fresh rows from now on. */
  forget(req: AppRequest): void {
    for (const key of [...(req.loaders?.keys() ?? [])]) if (key.startsWith('ethics.')) req.loaders?.delete(key);
  }

  private loader<K, V>(req: AppRequest, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    req.loaders ??= new Map();
    let loader = req.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      req.loaders.set(name, loader);
    }
    return loader;
  }
}
