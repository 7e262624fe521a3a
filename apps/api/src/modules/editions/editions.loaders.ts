import { Injectable } from '@nestjs/common';
import type { GroupRole, Language, StakeholderCategory, TranslatedTextValue } from '@letscoop/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { AppRequest } from '../../common/request-context.js';
import { EditionEntity } from './edition.entity.js';
import { MeetingEntity } from './meeting.entity.js';
import { MinutesAddendumEntity } from './minutes-addendum.entity.js';
import { MinutesEntity } from './minutes.entity.js';
import { WorkingGroupEntity } from './working-group.entity.js';

/** A row of group_member with what the group page shows about the person. */
export interface MemberRow {
  groupId: string;
  personId: string;
  role: GroupRole;
  status: 'REQUESTED' | 'ACTIVE';
  requestedAt: Date;
  displayName: string;
  email: string;
  preferredLanguage: Language;
  category: StakeholderCategory | null;
}

export interface DocumentRow {
  id: string;
  groupId: string;
  meetingId: string | null;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

export interface LineageRow {
  groupId: string;
  recommendationId: string;
  note: TranslatedTextValue | null;
  title: TranslatedTextValue | null;
}

export interface PersonRow {
  id: string;
  displayName: string;
}

const DOCUMENT_COLUMNS = `id, group_id AS "groupId", meeting_id AS "meetingId", filename, mime_type AS "mimeType",
  size_bytes AS "sizeBytes", uploaded_at AS "uploadedAt"`;

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * The batched reads behind the editions feature's nested fields: one SQL query per field for
 * a whole page, whatever its length. One instance per request (cached answers stay consistent).
 */
export class EditionsLoaders {
  constructor(private readonly db: DataSource) {}

  readonly edition = new DataLoader<string, EditionEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(EditionEntity).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });

  readonly group = new DataLoader<string, WorkingGroupEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(WorkingGroupEntity).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });

  readonly groupsByEdition = new DataLoader<string, WorkingGroupEntity[]>(async (editionIds) => {
    const rows = await this.db
      .getRepository(WorkingGroupEntity)
      .find({ where: { editionId: In([...editionIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupBy(editionIds, rows, (r) => r.editionId);
  });

  /** Every member and join request, with the person's stakeholder category in the group's cooperative. */
  readonly membersByGroup = new DataLoader<string, MemberRow[]>(async (groupIds) => {
    const rows = await this.db.query<MemberRow[]>(
      `SELECT gm.group_id AS "groupId", gm.person_id AS "personId", gm.role, gm.status, gm.requested_at AS "requestedAt",
              p.display_name AS "displayName", p.email, p.preferred_language AS "preferredLanguage", m.category
       FROM group_member gm
       JOIN working_group g ON g.id = gm.group_id
       JOIN person p ON p.id = gm.person_id
       LEFT JOIN LATERAL (
         SELECT category FROM membership
         WHERE person_id = gm.person_id AND cooperative_id = g.cooperative_id AND (left_on IS NULL OR left_on > current_date)
         ORDER BY joined_on LIMIT 1
       ) m ON true
       WHERE gm.group_id = ANY($1)
       ORDER BY p.search_name, p.id`,
      [[...groupIds]],
    );
    return groupBy(groupIds, rows, (r) => r.groupId);
  });

  readonly meetingsByGroup = new DataLoader<string, MeetingEntity[]>(async (groupIds) => {
    const rows = await this.db
      .getRepository(MeetingEntity)
      .find({ where: { groupId: In([...groupIds]) }, order: { startsAt: 'ASC', id: 'ASC' } });
    return groupBy(groupIds, rows, (r) => r.groupId);
  });

  readonly documentsByGroup = new DataLoader<string, DocumentRow[]>(async (groupIds) => {
    const rows = await this.db.query<DocumentRow[]>(
      `SELECT ${DOCUMENT_COLUMNS} FROM document WHERE group_id = ANY($1) ORDER BY uploaded_at, id`,
      [[...groupIds]],
    );
    return groupBy(groupIds, rows, (r) => r.groupId);
  });

  readonly documentsByMeeting = new DataLoader<string, DocumentRow[]>(async (meetingIds) => {
    const rows = await this.db.query<DocumentRow[]>(
      `SELECT ${DOCUMENT_COLUMNS} FROM document WHERE meeting_id = ANY($1) ORDER BY uploaded_at, id`,
      [[...meetingIds]],
    );
    return groupBy(meetingIds, rows, (r) => r.meetingId as string);
  });

  /** Cited recommendations with their current title (the latest version). */
  readonly lineageByGroup = new DataLoader<string, LineageRow[]>(async (groupIds) => {
    const rows = await this.db.query<LineageRow[]>(
      `SELECT l.group_id AS "groupId", l.cites_recommendation_id AS "recommendationId", l.note, v.title
       FROM group_lineage l
       LEFT JOIN LATERAL (
         SELECT title FROM recommendation_version WHERE recommendation_id = l.cites_recommendation_id ORDER BY number DESC LIMIT 1
       ) v ON true
       WHERE l.group_id = ANY($1)
       ORDER BY l.cites_recommendation_id`,
      [[...groupIds]],
    );
    return groupBy(groupIds, rows, (r) => r.groupId);
  });

  readonly attendanceByMeeting = new DataLoader<string, (PersonRow & { meetingId: string; present: boolean })[]>(async (meetingIds) => {
    const rows = await this.db.query<(PersonRow & { meetingId: string; present: boolean })[]>(
      `SELECT a.meeting_id AS "meetingId", a.present, p.id, p.display_name AS "displayName"
       FROM meeting_attendance a JOIN person p ON p.id = a.person_id
       WHERE a.meeting_id = ANY($1) ORDER BY p.search_name, p.id`,
      [[...meetingIds]],
    );
    return groupBy(meetingIds, rows, (r) => r.meetingId);
  });

  readonly minutesByMeeting = new DataLoader<string, MinutesEntity | null>(async (meetingIds) => {
    const rows = await this.db.getRepository(MinutesEntity).findBy({ meetingId: In([...meetingIds]) });
    return meetingIds.map((id) => rows.find((r) => r.meetingId === id) ?? null);
  });

  readonly addendaByMinutes = new DataLoader<string, MinutesAddendumEntity[]>(async (minutesIds) => {
    const rows = await this.db
      .getRepository(MinutesAddendumEntity)
      .find({ where: { minutesId: In([...minutesIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupBy(minutesIds, rows, (r) => r.minutesId);
  });

  readonly person = new DataLoader<string, PersonRow | null>(async (ids) => {
    const rows = await this.db.query<PersonRow[]>(`SELECT id, display_name AS "displayName" FROM person WHERE id = ANY($1)`, [[...ids]]);
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });
}

const KEY = 'editions';

/** Hands out the request's loaders (created on first use, kept on the request). */
@Injectable()
export class EditionsLoaderFactory {
  constructor(private readonly db: DataSource) {}

  for(req: AppRequest): EditionsLoaders {
    req.loaders ??= new Map();
    let loaders = req.loaders.get(KEY) as EditionsLoaders | undefined;
    if (!loaders) {
      loaders = new EditionsLoaders(this.db);
      req.loaders.set(KEY, loaders);
    }
    return loaders;
  }

  /** Forgets what the request read so far: a mutation's answer shows the state after it. */
  reset(req: AppRequest): void {
    req.loaders?.delete(KEY);
  }
}
