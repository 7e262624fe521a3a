import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../common/decorators.js';
import type { Viewer } from '../../common/request-context.js';
import { MembersService } from '../members/members.service.js';
import { AuditEvent } from './audit-event.model.js';
import { AuditService } from './audit.service.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly members: MembersService,
  ) {}

  @Query(() => [AuditEvent], { description: 'The audit trail of one subject (a member, a recommendation, …), oldest first.' })
  async events(@CurrentViewer() viewer: Viewer, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<AuditEvent[]> {
    const events = await this.audit.eventsFor(viewer.actor, subjectId);
    const people = await this.members.peopleByIds(events.map((e) => e.actorId).filter((id): id is string => !!id), viewer.actor);
    return events.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt,
      actor: e.actorId ? (people.get(e.actorId) ?? null) : null,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      reason: e.reason,
      before: e.before === null ? null : JSON.stringify(e.before),
      after: e.after === null ? null : JSON.stringify(e.after),
    }));
  }
}
