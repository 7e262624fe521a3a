import { Injectable } from '@nestjs/common';
import { can, humanText } from '@letscoop/domain';
import { DataSource } from 'typeorm';
import { appError, forbidden } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { pgCode } from './db-errors.js';
import type { AddMinutesAddendumInput } from './dto/add-minutes-addendum.input.js';
import type { WriteMinutesInput } from './dto/write-minutes.input.js';
import { MeetingsService } from './meetings.service.js';
import { MinutesEntity } from './minutes.entity.js';

const IMMUTABLE = 'approved minutes are immutable: add an addendum';

/** Minutes: drafted by the group's runners, approved by its leads, then only amended by addenda. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
  ) {}

  async write(viewer: Viewer, input: WriteMinutesInput): Promise<MinutesEntity> {
    const { meeting, group, subject } = await this.meetings.context(input.meetingId);
    if (!can(viewer.actor, 'meeting.manage', subject)) throw forbidden("write this meeting's minutes");
    const text = humanText(input.language, input.text.trim());
    try {
      return await this.db.transaction(async (manager) => {
        const before = await manager.findOneBy(MinutesEntity, { meetingId: meeting.id });
        if (before?.status === 'APPROVED') throw appError('CONFLICT', IMMUTABLE);
        // The trigger refuses the update if the minutes were approved meanwhile (a race): see catch.
        await manager.query(
          `INSERT INTO minutes (meeting_id, text, written_by) VALUES ($1, $2, $3)
           ON CONFLICT (meeting_id) DO UPDATE SET text = EXCLUDED.text, written_by = EXCLUDED.written_by`,
          [meeting.id, text, viewer.person.id],
        );
        const after = await manager.findOneByOrFail(MinutesEntity, { meetingId: meeting.id });
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'minutes.write',
          subjectType: 'minutes',
          subjectId: after.id,
          cooperativeId: group.cooperativeId,
          before: before ? { text: before.text } : null,
          after: { meetingId: meeting.id, text },
        });
        return after;
      });
    } catch (error) {
      if (pgCode(error) === '42501') throw appError('CONFLICT', IMMUTABLE);
      throw error;
    }
  }

  async approve(viewer: Viewer, meetingId: string): Promise<MinutesEntity> {
    const { meeting, group, subject } = await this.meetings.context(meetingId);
    if (!can(viewer.actor, 'minutes.approve', subject)) throw forbidden("approve this meeting's minutes (the group's leads do)");
    return this.db.transaction(async (manager) => {
      const updated = await manager.query<[MinutesEntity[], number]>(
        `UPDATE minutes SET status = 'APPROVED', approved_by = $2, approved_at = now()
         WHERE meeting_id = $1 AND status = 'DRAFT' RETURNING id`,
        [meeting.id, viewer.person.id],
      );
      if (updated[0].length === 0) {
        const existing = await manager.findOneBy(MinutesEntity, { meetingId: meeting.id });
        throw existing
          ? appError('CONFLICT', 'These minutes are already approved: corrections become addenda.')
          : appError('CONFLICT', 'This meeting has no minutes yet: write them first.');
      }
      const after = await manager.findOneByOrFail(MinutesEntity, { meetingId: meeting.id });
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'minutes.approve',
        subjectType: 'minutes',
        subjectId: after.id,
        cooperativeId: group.cooperativeId,
        before: { status: 'DRAFT' },
        after: { status: 'APPROVED', text: after.text },
      });
      return after;
    });
  }

  async addAddendum(viewer: Viewer, input: AddMinutesAddendumInput): Promise<MinutesEntity> {
    const { meeting, group, subject } = await this.meetings.context(input.meetingId);
    if (!can(viewer.actor, 'meeting.manage', subject)) throw forbidden("add to this meeting's minutes");
    const minutes = await this.db.getRepository(MinutesEntity).findOneBy({ meetingId: meeting.id });
    if (!minutes) throw appError('CONFLICT', 'This meeting has no minutes yet: write them first.');
    if (minutes.status !== 'APPROVED') throw appError('CONFLICT', 'These minutes are still a draft: change them directly; addenda are for approved minutes.');
    const text = humanText(input.language, input.text.trim());
    return this.db.transaction(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO minutes_addendum (minutes_id, text, author_id) VALUES ($1, $2, $3) RETURNING id`,
        [minutes.id, text, viewer.person.id],
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'minutes.addAddendum',
        subjectType: 'minutes',
        subjectId: minutes.id,
        cooperativeId: group.cooperativeId,
        after: { addendumId: row.id, text },
      });
      return minutes;
    });
  }
}
