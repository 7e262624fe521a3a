import { Injectable } from '@nestjs/common';
import type { CommentSubjectType, TranslatedTextValue } from '@letscoop/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { AppRequest } from '../../common/request-context.js';
import type { Branch } from '../cooperatives/branch.model.js';
import { MembersService } from '../members/members.service.js';
import type { Person } from '../members/person.model.js';

/**
 * Per-request batch loaders for the nested fields of small talks, writings and comments: a list
 * costs one query per field, whatever its length.
 */
@Injectable()
export class ParticipationLoaders {
  constructor(
    private readonly db: DataSource,
    private readonly members: MembersService,
  ) {}

  people(req: AppRequest): DataLoader<string, Person | null> {
    return this.loader(req, 'participation.people', async (ids: readonly string[]) => {
      const people = await this.members.peopleByIds([...ids], req.viewer?.actor);
      return ids.map((id) => people.get(id) ?? null);
    });
  }

  branches(req: AppRequest): DataLoader<string, Branch | null> {
    return this.loader(req, 'participation.branches', async (ids: readonly string[]) => {
      const rows = await this.db.query<Branch[]>(`SELECT id, name, city FROM branch WHERE id = ANY($1)`, [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The theme of each working group. */
  themes(req: AppRequest): DataLoader<string, TranslatedTextValue | null> {
    return this.loader(req, 'participation.themes', async (ids: readonly string[]) => {
      const rows = await this.db.query<{ id: string; theme: TranslatedTextValue }[]>(
        `SELECT id, theme FROM working_group WHERE id = ANY($1)`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r.theme]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  commentCounts(req: AppRequest, subjectType: CommentSubjectType): DataLoader<string, number> {
    return this.loader(req, `participation.commentCounts.${subjectType}`, async (ids: readonly string[]) => {
      const rows = await this.db.query<{ subject_id: string; n: string }[]>(
        `SELECT subject_id, count(*) AS n FROM comment WHERE subject_type = $1 AND subject_id = ANY($2) GROUP BY subject_id`,
        [subjectType, [...ids]],
      );
      const byId = new Map(rows.map((r) => [r.subject_id, Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
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
