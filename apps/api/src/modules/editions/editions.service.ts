import { Injectable } from '@nestjs/common';
import { can, canMoveEdition, humanText, nextEditionStatuses, type Actor } from '@letscoop/domain';
import { DataSource } from 'typeorm';
import { appError, forbidden, notFound } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { pgCode } from './db-errors.js';
import type { CreateEditionInput } from './dto/create-edition.input.js';
import type { SetEditionStatusInput } from './dto/set-edition-status.input.js';
import { EditionEntity } from './edition.entity.js';

/** Editions of a cooperative: listing, creating and moving them along their statuses. */
@Injectable()
export class EditionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, cooperativeId: string): Promise<EditionEntity[]> {
    if (!can(actor, 'cooperative.view', { cooperativeId })) throw forbidden("see this cooperative's editions");
    return this.db.getRepository(EditionEntity).find({ where: { cooperativeId }, order: { number: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<EditionEntity> {
    const edition = await this.db.getRepository(EditionEntity).findOneBy({ id });
    if (!edition) throw notFound('edition', id);
    if (!can(actor, 'cooperative.view', { cooperativeId: edition.cooperativeId })) throw forbidden('see this edition');
    return edition;
  }

  async create(viewer: Viewer, input: CreateEditionInput): Promise<EditionEntity> {
    if (!can(viewer.actor, 'edition.manage', { cooperativeId: input.cooperativeId })) throw forbidden('create an edition in this cooperative');
    try {
      return await this.db.transaction(async (manager) => {
        const edition = await manager.save(
          manager.create(EditionEntity, {
            cooperativeId: input.cooperativeId,
            number: input.number,
            period: input.period,
            title: humanText(input.language, input.title.trim()),
            status: 'PLANNED',
          }),
        );
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'edition.create',
          subjectType: 'edition',
          subjectId: edition.id,
          cooperativeId: edition.cooperativeId,
          after: { number: edition.number, period: edition.period, title: edition.title, status: edition.status },
        });
        return manager.findOneByOrFail(EditionEntity, { id: edition.id });
      });
    } catch (error) {
      if (pgCode(error) === '23505') {
        throw appError('CONFLICT', `This cooperative already has an edition number ${input.number}. Choose the next number.`);
      }
      throw error;
    }
  }

  async setStatus(viewer: Viewer, input: SetEditionStatusInput): Promise<EditionEntity> {
    return this.db.transaction(async (manager) => {
      // Locked: two coordinators moving the same edition at once cannot both skip ahead.
      const edition = await manager.findOne(EditionEntity, { where: { id: input.editionId }, lock: { mode: 'pessimistic_write' } });
      if (!edition) throw notFound('edition', input.editionId);
      if (!can(viewer.actor, 'edition.manage', { cooperativeId: edition.cooperativeId })) throw forbidden("change this edition's status");
      if (!canMoveEdition(edition.status, input.status)) {
        const next = nextEditionStatuses(edition.status);
        throw appError(
          'CONFLICT',
          next.length
            ? `The edition is ${edition.status}: it can only move to ${next.join(' or ')}.`
            : 'The edition is CLOSED: its status can no longer change.',
          { status: edition.status, allowed: next },
        );
      }
      const before = edition.status;
      await manager.update(EditionEntity, edition.id, { status: input.status });
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'edition.setStatus',
        subjectType: 'edition',
        subjectId: edition.id,
        cooperativeId: edition.cooperativeId,
        reason: input.reason ?? null,
        before: { status: before },
        after: { status: input.status },
      });
      return { ...edition, status: input.status };
    });
  }
}
