import { Injectable } from '@nestjs/common';
import { can, type Actor } from '@letscoop/domain';
import { DataSource, In } from 'typeorm';
import { forbidden, notFound } from '../../common/errors.js';
import { BranchEntity } from './branch.entity.js';
import { CooperativeEntity } from './cooperative.entity.js';

@Injectable()
export class CooperativesService {
  constructor(private readonly db: DataSource) {}

  /** The cooperatives the actor belongs to or holds an office in. */
  mine(actor: Actor): Promise<CooperativeEntity[]> {
    const ids = [...new Set([...actor.memberships, ...actor.offices].map((m) => m.cooperativeId))];
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(CooperativeEntity).find({ where: { id: In(ids) }, order: { name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<CooperativeEntity> {
    const cooperative = await this.db.getRepository(CooperativeEntity).findOneBy({ id });
    if (!cooperative) throw notFound('cooperative', id);
    if (!can(actor, 'cooperative.view', { cooperativeId: id })) throw forbidden('see this cooperative');
    return cooperative;
  }

  branches(cooperativeId: string): Promise<BranchEntity[]> {
    return this.db.getRepository(BranchEntity).find({ where: { cooperativeId }, order: { name: 'ASC' } });
  }

  async memberCount(cooperativeId: string): Promise<number> {
    const [{ n }] = await this.db.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM membership WHERE cooperative_id = $1 AND (left_on IS NULL OR left_on > current_date)`,
      [cooperativeId],
    );
    return Number(n);
  }
}
