import { Injectable } from '@nestjs/common';
import { can, humanText, type Actor } from '@letscoop/domain';
import { Brackets, DataSource } from 'typeorm';
import { appError, forbidden, notFound, validation } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { DecideWritingInput } from './dto/decide-writing.input.js';
import type { SubmitWritingInput } from './dto/submit-writing.input.js';
import { EditionScopeService } from './edition-scope.service.js';
import type { WritingStatus } from './participation.enums.js';
import { WritingEntity } from './writing.entity.js';

@Injectable()
export class WritingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly scope: EditionScopeService,
  ) {}

  async submit(actor: Actor, input: SubmitWritingInput): Promise<WritingEntity> {
    const cooperativeId = await this.scope.cooperativeOfEdition(input.editionId);
    if (!can(actor, 'writing.submit', { cooperativeId })) throw forbidden('submit a writing in this cooperative');
    const problems = await this.scope.placeProblems(input.editionId, cooperativeId, { groupId: input.groupId });
    if (problems.length) throw validation(problems);
    return this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(WritingEntity, {
          cooperativeId,
          editionId: input.editionId,
          groupId: input.groupId ?? null,
          authorName: input.authorName.trim(),
          authorKind: input.authorKind,
          title: humanText(input.language, input.title.trim()),
          body: humanText(input.language, input.body),
          status: 'SUBMITTED',
          submittedBy: actor.personId,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.personId,
        action: 'writing.submit',
        subjectType: 'writing',
        subjectId: saved.id,
        cooperativeId,
        after: {
          editionId: saved.editionId,
          groupId: saved.groupId,
          authorName: saved.authorName,
          authorKind: saved.authorKind,
          title: saved.title,
          status: 'SUBMITTED',
        },
      });
      return manager.findOneByOrFail(WritingEntity, { id: saved.id });
    });
  }

  /** Accept or decline, once: the row is locked so two coordinators deciding at once get one CONFLICT. */
  async decide(actor: Actor, input: DecideWritingInput): Promise<WritingEntity> {
    return this.db.transaction(async (manager) => {
      const writing = await manager.findOne(WritingEntity, {
        where: { id: input.writingId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!writing) throw notFound('writing', input.writingId);
      if (!can(actor, 'writing.decide', { cooperativeId: writing.cooperativeId })) {
        throw forbidden("accept or decline writings (the edition's coordinators do)");
      }
      const reason = input.reason?.trim() || null;
      if (!input.accept && !reason) {
        throw validation([
          { field: 'reason', messages: ['Say why the writing is declined: the member who submitted it will read it.'] },
        ]);
      }
      if (writing.status !== 'SUBMITTED') {
        throw appError(
          'CONFLICT',
          `This writing was already ${writing.status.toLowerCase()}. Reload the page to see the decision.`,
        );
      }
      const status: WritingStatus = input.accept ? 'ACCEPTED' : 'DECLINED';
      const decidedAt = new Date();
      await manager.update(WritingEntity, writing.id, {
        status,
        decidedBy: actor.personId,
        decidedAt,
        decisionReason: reason,
      });
      await this.audit.record(manager, {
        actorId: actor.personId,
        action: input.accept ? 'writing.accept' : 'writing.decline',
        subjectType: 'writing',
        subjectId: writing.id,
        cooperativeId: writing.cooperativeId,
        reason,
        before: { status: writing.status },
        after: { status },
      });
      return { ...writing, status, decidedBy: actor.personId, decidedAt, decisionReason: reason };
    });
  }

  /** Accepted writings for every member; submitted and declined ones for coordinators and their submitter. */
  async list(
    actor: Actor,
    editionId: string,
    groupId: string | null,
    status: WritingStatus | null,
  ): Promise<WritingEntity[]> {
    const cooperativeId = await this.scope.cooperativeOfEdition(editionId);
    if (!can(actor, 'cooperative.view', { cooperativeId })) throw forbidden("see this edition's writings");
    const query = this.db
      .getRepository(WritingEntity)
      .createQueryBuilder('w')
      .where('w.edition_id = :editionId', { editionId })
      .orderBy('w.submitted_at', 'DESC')
      .addOrderBy('w.id');
    if (groupId) query.andWhere('w.group_id = :groupId', { groupId });
    if (status) query.andWhere('w.status = :status', { status });
    // Everything unpublished is visible to coordinators; to others, only what they submitted.
    if (!can(actor, 'writing.viewUnpublished', { cooperativeId })) {
      query.andWhere(
        new Brackets((q) => q.where(`w.status = 'ACCEPTED'`).orWhere('w.submitted_by = :me', { me: actor.personId })),
      );
    }
    return query.getMany();
  }

  async get(actor: Actor, id: string): Promise<WritingEntity> {
    const writing = await this.db.getRepository(WritingEntity).findOneBy({ id });
    if (!writing) throw notFound('writing', id);
    this.assertVisible(actor, writing);
    return writing;
  }

  /** FORBIDDEN unless the actor may read this writing (see list). */
  assertVisible(actor: Actor, writing: Pick<WritingEntity, 'cooperativeId' | 'status' | 'submittedBy'>): void {
    if (!can(actor, 'cooperative.view', { cooperativeId: writing.cooperativeId })) throw forbidden('see this writing');
    const authors = writing.submittedBy ? [writing.submittedBy] : [];
    if (
      writing.status !== 'ACCEPTED' &&
      !can(actor, 'writing.viewUnpublished', { cooperativeId: writing.cooperativeId, authors })
    ) {
      throw forbidden('see this writing before the coordinators accept it');
    }
  }
}
