import { Injectable } from '@nestjs/common';
import { can, humanText, type Actor } from '@letscoop/domain';
import { DataSource } from 'typeorm';
import { forbidden, notFound, validation } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { HostSmallTalkInput } from './dto/host-small-talk.input.js';
import type { ReportSmallTalkInput } from './dto/report-small-talk.input.js';
import { EditionScopeService } from './edition-scope.service.js';
import { SmallTalkEntity } from './small-talk.entity.js';

@Injectable()
export class SmallTalksService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly scope: EditionScopeService,
  ) {}

  async host(actor: Actor, input: HostSmallTalkInput): Promise<SmallTalkEntity> {
    const cooperativeId = await this.scope.cooperativeOfEdition(input.editionId);
    if (!can(actor, 'smallTalk.host', { cooperativeId })) throw forbidden('host a small talk in this cooperative');
    const problems = await this.scope.placeProblems(input.editionId, cooperativeId, {
      groupId: input.groupId,
      branchId: input.branchId,
    });
    if (problems.length) throw validation(problems);
    return this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(SmallTalkEntity, {
          cooperativeId,
          editionId: input.editionId,
          groupId: input.groupId ?? null,
          branchId: input.branchId,
          hostId: actor.personId,
          heldOn: input.heldOn,
          title: humanText(input.language, input.title.trim()),
          report: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.personId,
        action: 'smallTalk.host',
        subjectType: 'small_talk',
        subjectId: saved.id,
        cooperativeId,
        after: {
          editionId: saved.editionId,
          groupId: saved.groupId,
          branchId: saved.branchId,
          heldOn: saved.heldOn,
          title: saved.title,
        },
      });
      return manager.findOneByOrFail(SmallTalkEntity, { id: saved.id });
    });
  }

  async writeReport(actor: Actor, input: ReportSmallTalkInput): Promise<SmallTalkEntity> {
    return this.db.transaction(async (manager) => {
      const talk = await manager.findOne(SmallTalkEntity, {
        where: { id: input.smallTalkId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!talk) throw notFound('small talk', input.smallTalkId);
      const subject = { cooperativeId: talk.cooperativeId, authors: talk.hostId ? [talk.hostId] : [] };
      if (!can(actor, 'smallTalk.report', subject))
        throw forbidden("write this small talk's report (its host or the coordinators do)");
      const report = humanText(input.language, input.report.trim());
      await manager.update(SmallTalkEntity, talk.id, { report });
      await this.audit.record(manager, {
        actorId: actor.personId,
        action: 'smallTalk.report',
        subjectType: 'small_talk',
        subjectId: talk.id,
        cooperativeId: talk.cooperativeId,
        before: { report: talk.report },
        after: { report },
      });
      return { ...talk, report };
    });
  }

  async list(actor: Actor, editionId: string, groupId: string | null): Promise<SmallTalkEntity[]> {
    const cooperativeId = await this.scope.cooperativeOfEdition(editionId);
    if (!can(actor, 'cooperative.view', { cooperativeId })) throw forbidden("see this edition's small talks");
    return this.db.getRepository(SmallTalkEntity).find({
      where: { editionId, ...(groupId ? { groupId } : {}) },
      order: { heldOn: 'DESC', createdAt: 'DESC' },
    });
  }

  async get(actor: Actor, id: string): Promise<SmallTalkEntity> {
    const talk = await this.db.getRepository(SmallTalkEntity).findOneBy({ id });
    if (!talk) throw notFound('small talk', id);
    if (!can(actor, 'cooperative.view', { cooperativeId: talk.cooperativeId })) throw forbidden('see this small talk');
    return talk;
  }
}
