import { Injectable } from '@nestjs/common';
import { can, humanText, type Actor, type GroupRoles, type Subject } from '@letscoop/domain';
import { DataSource } from 'typeorm';
import { forbidden, notFound, validation, type FieldProblem } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import type { RecordAttendanceInput } from './dto/record-attendance.input.js';
import type { ScheduleMeetingInput } from './dto/schedule-meeting.input.js';
import type { UpdateMeetingInput } from './dto/update-meeting.input.js';
import { GroupService } from './group.service.js';
import { MeetingEntity } from './meeting.entity.js';
import type { WorkingGroupEntity } from './working-group.entity.js';

export interface MeetingContext {
  meeting: MeetingEntity;
  group: WorkingGroupEntity;
  subject: Subject & { group: GroupRoles };
}

function auditable(m: MeetingEntity): Record<string, unknown> {
  return { startsAt: m.startsAt, endsAt: m.endsAt, place: m.place, onlineUrl: m.onlineUrl, agenda: m.agenda, guests: m.guests };
}

/** A group's meetings: scheduling, changing, attendance. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly groups: GroupService,
  ) {}

  /** A meeting with its group and the permission subject, for every use case on it. */
  async context(meetingId: string): Promise<MeetingContext> {
    const meeting = await this.db.getRepository(MeetingEntity).findOneBy({ id: meetingId });
    if (!meeting) throw notFound('meeting', meetingId);
    const group = await this.groups.load(meeting.groupId);
    return { meeting, group, subject: await this.groups.subject(group) };
  }

  async view(actor: Actor, meetingId: string): Promise<MeetingEntity> {
    const meeting = await this.db.getRepository(MeetingEntity).findOneBy({ id: meetingId });
    if (!meeting) throw notFound('meeting', meetingId);
    await this.groups.view(actor, meeting.groupId);
    return meeting;
  }

  async schedule(viewer: Viewer, input: ScheduleMeetingInput): Promise<MeetingEntity> {
    const group = await this.groups.load(input.groupId);
    if (!can(viewer.actor, 'meeting.manage', await this.groups.subject(group))) throw forbidden("schedule this group's meetings");
    refuseBadTimes(input.startsAt, input.endsAt ?? null);
    return this.db.transaction(async (manager) => {
      const meeting = await manager.save(
        manager.create(MeetingEntity, {
          groupId: group.id,
          startsAt: input.startsAt,
          endsAt: input.endsAt ?? null,
          place: input.place?.trim() || null,
          onlineUrl: input.onlineUrl?.trim() || null,
          agenda: humanText(input.language, input.agenda.trim()),
          guests: (input.guests ?? []).map((g) => ({ name: g.name.trim(), role: g.role.trim() })),
          createdBy: viewer.person.id,
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'meeting.schedule',
        subjectType: 'meeting',
        subjectId: meeting.id,
        cooperativeId: group.cooperativeId,
        after: { groupId: group.id, ...auditable(meeting) },
      });
      return manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
  }

  async update(viewer: Viewer, input: UpdateMeetingInput): Promise<MeetingEntity> {
    const { meeting, group, subject } = await this.context(input.meetingId);
    if (!can(viewer.actor, 'meeting.manage', subject)) throw forbidden("change this group's meetings");
    if (input.agenda && !input.language) throw validation([{ field: 'language', messages: ['is needed with a new agenda'] }]);
    const after: MeetingEntity = {
      ...meeting,
      ...(input.startsAt ? { startsAt: input.startsAt } : {}),
      ...(input.endsAt !== undefined ? { endsAt: input.endsAt } : {}),
      ...(input.place !== undefined ? { place: input.place?.trim() || null } : {}),
      ...(input.onlineUrl !== undefined ? { onlineUrl: input.onlineUrl?.trim() || null } : {}),
      ...(input.agenda && input.language ? { agenda: humanText(input.language, input.agenda.trim()) } : {}),
      ...(input.guests ? { guests: input.guests.map((g) => ({ name: g.name.trim(), role: g.role.trim() })) } : {}),
    };
    refuseBadTimes(after.startsAt, after.endsAt);
    return this.db.transaction(async (manager) => {
      const { id: _id, groupId: _g, createdBy: _c, createdAt: _at, ...changes } = after;
      await manager.update(MeetingEntity, meeting.id, changes);
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'meeting.update',
        subjectType: 'meeting',
        subjectId: meeting.id,
        cooperativeId: group.cooperativeId,
        before: auditable(meeting),
        after: auditable(after),
      });
      return manager.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
  }

  /** Replaces the meeting's attendance list; everyone on it must be an active member of the group. */
  async recordAttendance(viewer: Viewer, input: RecordAttendanceInput): Promise<MeetingEntity> {
    const { meeting, group, subject } = await this.context(input.meetingId);
    if (!can(viewer.actor, 'meeting.manage', subject)) throw forbidden("record this meeting's attendance");
    const roles = subject.group;
    const members = new Set([...roles.leads, roles.coordinator, roles.secretary, ...roles.participants].filter(Boolean));
    const problems: FieldProblem[] = [];
    const both = input.present.filter((id) => input.absent.includes(id));
    if (both.length) problems.push({ field: 'absent', messages: [`lists people also marked present: ${both.join(', ')}`] });
    const outsiders = [...input.present, ...input.absent].filter((id) => !members.has(id));
    if (outsiders.length) problems.push({ field: 'present', messages: [`only the group's members can be listed; not members: ${[...new Set(outsiders)].join(', ')}`] });
    if (problems.length) throw validation(problems, `Attendance lists the group's members only, each once. ${problems.map((p) => p.messages.join('; ')).join(' | ')}`);
    return this.db.transaction(async (manager) => {
      const before = await manager.query<{ person_id: string; present: boolean }[]>(
        `DELETE FROM meeting_attendance WHERE meeting_id = $1 RETURNING person_id, present`,
        [meeting.id],
      );
      const people = [...input.present, ...input.absent];
      if (people.length) {
        await manager.query(
          `INSERT INTO meeting_attendance (meeting_id, person_id, present) SELECT $1, * FROM unnest($2::uuid[], $3::boolean[])`,
          [meeting.id, people, people.map((id) => input.present.includes(id))],
        );
      }
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'meeting.recordAttendance',
        subjectType: 'meeting',
        subjectId: meeting.id,
        cooperativeId: group.cooperativeId,
        before: { present: presentOf(before, true), absent: presentOf(before, false) },
        after: { present: input.present, absent: input.absent },
      });
      return meeting;
    });
  }
}

function presentOf(rows: unknown, present: boolean): string[] {
  // DELETE … RETURNING comes back as [rows, count] from TypeORM's query runner.
  const list = (Array.isArray(rows) && Array.isArray(rows[0]) ? rows[0] : rows) as { person_id: string; present: boolean }[];
  return list.filter((r) => r.present === present).map((r) => r.person_id);
}

function refuseBadTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt && endsAt < startsAt) throw validation([{ field: 'endsAt', messages: ['must be after the start'] }], 'The meeting must end after it starts.');
}
