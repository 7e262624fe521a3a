import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  can,
  dayIn,
  decideFollow,
  hourIn,
  isFollowSubjectType,
  resolveText,
  subjectPath,
  DEFAULT_EMAIL_MODE,
  DIGEST_HOUR,
  DIGEST_TIME_ZONE,
  type EmailMode,
  type FollowDecision,
  type FollowReason,
  type FollowSignal,
  type FollowSubjectType,
  type Language,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { forbidden, notFound, validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { APP_CONFIG } from '../../common/tokens-di.js';
import type { AppConfig } from '../../config.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { digestMail, immediateMail, type MailFacts } from './notification-mail.js';
import type { NotificationEntity } from './notification.entity.js';

/** What another module passes to notify the followers of a subject. */
export interface NotifySubjectInput {
  cooperativeId: string;
  subjectType: FollowSubjectType;
  subjectId: string;
  /** e.g. 'recommendation.submit', 'poll.opened', 'action.progress' (the web and the mail templates word it). */
  kind: string;
  payload?: Record<string, unknown>;
  /** Who caused it: never notified of their own step. Null for reminders. */
  actorId?: string | null;
  /**
   * 'withParents' (default): the subject's followers and the followers of what contains it (a
   * recommendation's group and edition, a group's edition). 'subject': the subject's own only.
   */
  reach?: 'withParents' | 'subject';
  /**
   * At most once per key, ever (reminder_sent): a second call with the same key notifies nobody.
   * Poll events use pollEventKey(), so the assembly's own call and the hourly reminder never both fire.
   */
  onceKey?: string;
}

/** What another module passes to notify named people (not followers). */
export interface NotifyPeopleInput {
  cooperativeId: string;
  personIds: readonly string[];
  /** What the notification is about: a FollowSubjectType, or another module's own (e.g. 'mandate'). */
  subjectType: string;
  subjectId: string;
  kind: string;
  payload?: Record<string, unknown>;
  actorId?: string | null;
  onceKey?: string;
}

/** The shared once-key of a poll event, for the assembly module and the reminder job alike. */
export function pollEventKey(kind: 'poll.opened' | 'poll.closed' | 'poll.published', pollId: string): string {
  return `${kind}:${pollId}`;
}

export interface FollowStateView extends FollowDecision {
  subjectType: FollowSubjectType;
  subjectId: string;
}

export interface NotificationCounts {
  total: number;
  unread: number;
}

export interface ReminderReport {
  polls: number;
  meetings: number;
  actions: number;
}

const SUBJECT_TABLE: Record<FollowSubjectType, string> = {
  edition: 'edition',
  group: 'working_group',
  recommendation: 'recommendation',
  assembly: 'assembly',
};

const MAX_IDS = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOUR_MS = 3_600_000;
/** A person's first digest looks back this far… */
const FIRST_LOOK_BACK = '1 day';
/** …and none further than this (after the job was down for a while). */
const MAX_LOOK_BACK = '7 days';

/**
 * Who hears of a subject: every person with a reason (`signal`), the closest reason winning and
 * a person's own choice beating an implicit one at the same level — decideFollow() in
 * libs/domain, in SQL. $1 subject type, $2 subject id, $3 true to include the parents.
 */
const AUDIENCE_CTES = `
  chain(level, subject_type, subject_id) AS (
    SELECT 0, $1::text, $2::uuid
    UNION ALL SELECT 1, 'group', r.group_id FROM recommendation r WHERE $3::boolean AND $1 = 'recommendation' AND r.id = $2
    UNION ALL SELECT 2, 'edition', r.edition_id FROM recommendation r WHERE $3 AND $1 = 'recommendation' AND r.id = $2
    UNION ALL SELECT 1, 'edition', g.edition_id FROM working_group g WHERE $3 AND $1 = 'group' AND g.id = $2
  ),
  signal(person_id, level, explicit, following, reason) AS (
    SELECT f.person_id, c.level, true, f.following,
           CASE WHEN c.level = 0 THEN 'FOLLOWING' WHEN c.subject_type = 'group' THEN 'FOLLOWING_GROUP' ELSE 'FOLLOWING_EDITION' END
    FROM follow f JOIN chain c ON f.subject_type = c.subject_type AND f.subject_id = c.subject_id
    UNION ALL
    SELECT m.person_id, c.level, false, true, 'GROUP_MEMBER'
    FROM group_member m JOIN chain c ON c.subject_type = 'group' AND m.group_id = c.subject_id WHERE m.status = 'ACTIVE'
    UNION ALL
    SELECT a.person_id, c.level, false, true, 'AUTHOR'
    FROM recommendation_author a JOIN chain c ON c.subject_type = 'recommendation' AND a.recommendation_id = c.subject_id
  )`;

interface StoredNotification {
  kind: string;
  /** Usually a FollowSubjectType; another module may notify about its own subjects (notifyPeople). */
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
}

interface Recipient {
  personId: string;
  email: string;
  name: string;
  language: Language;
}

/**
 * Follows, the in-app notification centre, e-mail (immediately or as a daily digest) and
 * reminders. Global: other modules call notifySubject() inside their own transaction.
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationsService.name);
  private timer?: NodeJS.Timeout;
  private lastDigestDay?: string;

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly modules: ModuleRef,
  ) {}

  // ── Fan-out (called by the other modules) ─────────────────────────────────────────────────

  /**
   * One notification per follower of the subject (one INSERT … SELECT, the actor left out),
   * and an outbox e-mail for each who asked for them immediately, all inside the caller's
   * transaction: nothing is notified for a change that rolls back. Returns how many were written.
   */
  async notifySubject(manager: EntityManager, input: NotifySubjectInput): Promise<number> {
    if (input.onceKey && !(await this.claimOnce(manager, input.onceKey))) return 0;
    const payload = this.payloadOf(input);
    const recipients = await manager.query<(Recipient & { mode: EmailMode | null })[]>(
      `WITH ${AUDIENCE_CTES},
       audience AS (SELECT DISTINCT ON (person_id) person_id, following FROM signal ORDER BY person_id, level, explicit DESC),
       inserted AS (
         INSERT INTO notification (person_id, cooperative_id, kind, subject_type, subject_id, payload)
         SELECT person_id, $4::uuid, $5::text, $1, $2, $6::jsonb FROM audience WHERE following AND person_id IS DISTINCT FROM $7::uuid
         RETURNING person_id
       )
       SELECT p.id AS "personId", p.email, p.display_name AS name, p.preferred_language AS language, s.email_mode AS mode
       FROM inserted i JOIN person p ON p.id = i.person_id LEFT JOIN notification_setting s ON s.person_id = i.person_id`,
      [
        input.subjectType,
        input.subjectId,
        (input.reach ?? 'withParents') === 'withParents',
        input.cooperativeId,
        input.kind,
        JSON.stringify(payload),
        input.actorId ?? null,
      ],
    );
    await this.mailImmediately(manager, recipients, { ...input, payload });
    return recipients.length;
  }

  /**
   * One notification to each of these people (not the actor), whoever follows what: for news
   * meant for people by their office (the secretariat told that mandates end, …). Same
   * transaction, e-mail and once-key rules as notifySubject(). A subject type outside
   * FOLLOW_SUBJECT_TYPES is stored as given; the web then shows the sentence without a link.
   */
  async notifyPeople(manager: EntityManager, input: NotifyPeopleInput): Promise<number> {
    if (input.onceKey && !(await this.claimOnce(manager, input.onceKey))) return 0;
    const people = [...new Set(input.personIds)].filter((id) => id !== input.actorId);
    if (people.length === 0) return 0;
    const payload = this.payloadOf(input);
    const recipients = await manager.query<(Recipient & { mode: EmailMode | null })[]>(
      `WITH inserted AS (
         INSERT INTO notification (person_id, cooperative_id, kind, subject_type, subject_id, payload)
         SELECT person_id, $2::uuid, $3::text, $4::text, $5::uuid, $6::jsonb FROM unnest($1::uuid[]) AS person_id
         RETURNING person_id
       )
       SELECT p.id AS "personId", p.email, p.display_name AS name, p.preferred_language AS language, s.email_mode AS mode
       FROM inserted i JOIN person p ON p.id = i.person_id LEFT JOIN notification_setting s ON s.person_id = i.person_id`,
      [people, input.cooperativeId, input.kind, input.subjectType, input.subjectId, JSON.stringify(payload)],
    );
    await this.mailImmediately(manager, recipients, { ...input, payload });
    return recipients.length;
  }

  /** The actor goes into the payload too: the list shows who did it. */
  private payloadOf(input: { payload?: Record<string, unknown>; actorId?: string | null }): Record<string, unknown> {
    return { ...(input.actorId ? { actorId: input.actorId } : {}), ...(input.payload ?? {}) };
  }

  /** An outbox e-mail, in the same transaction, to each recipient who asked for them immediately. */
  private async mailImmediately(
    manager: EntityManager,
    recipients: (Recipient & { mode: EmailMode | null })[],
    n: { kind: string; subjectType: string; subjectId: string; payload: Record<string, unknown> },
  ): Promise<void> {
    const immediate = recipients.filter((r) => (r.mode ?? DEFAULT_EMAIL_MODE) === 'IMMEDIATE');
    if (immediate.length === 0) return;
    const actorId = typeof n.payload.actorId === 'string' ? n.payload.actorId : null;
    const [titles, names] = await Promise.all([
      this.titlesOf([{ type: n.subjectType, id: n.subjectId }], manager),
      this.namesOf(actorId ? [actorId] : [], manager),
    ]);
    const title = titles.get(`${n.subjectType}:${n.subjectId}`) ?? null;
    const actorName = actorId ? (names.get(actorId) ?? null) : null;
    await this.mail.enqueueMany(
      manager,
      immediate.map((r) => ({
        to: r.email,
        ...immediateMail(
          this.facts(n, title, actorName, r.language),
          r,
          this.link(n.subjectType, n.subjectId),
          this.link('settings'),
          DIGEST_TIME_ZONE,
        ),
      })),
    );
  }

  // ── Following ─────────────────────────────────────────────────────────────────────────────

  async followState(viewer: Viewer, subjectType: FollowSubjectType, subjectId: string): Promise<FollowStateView> {
    await this.requireFollowable(viewer, subjectType, subjectId, 'see this');
    const signals = await this.signalsOf(this.db.manager, viewer.person.id, subjectType, subjectId);
    return { subjectType, subjectId, ...decideFollow(signals) };
  }

  /**
   * Follow (true) or unfollow (false). A choice equal to what the person would get anyway
   * (a group member following the group) leaves no row; otherwise the row records it, and an
   * unfollow silences an implicit follow.
   */
  async setFollowing(
    viewer: Viewer,
    subjectType: FollowSubjectType,
    subjectId: string,
    following: boolean,
  ): Promise<FollowStateView> {
    const cooperativeId = await this.requireFollowable(
      viewer,
      subjectType,
      subjectId,
      following ? 'follow this' : 'unfollow this',
    );
    const personId = viewer.person.id;
    return this.db.transaction(async (manager) => {
      const signals = await this.signalsOf(manager, personId, subjectType, subjectId);
      const own = signals.find((s) => s.explicit && s.level === 0);
      const before = decideFollow(signals);
      const implicit = decideFollow(signals.filter((s) => s !== own));
      if (implicit.following === following) {
        await manager.query(`DELETE FROM follow WHERE person_id = $1 AND subject_type = $2 AND subject_id = $3`, [
          personId,
          subjectType,
          subjectId,
        ]);
      } else {
        await manager.query(
          `INSERT INTO follow (person_id, subject_type, subject_id, following) VALUES ($1, $2, $3, $4)
           ON CONFLICT (person_id, subject_type, subject_id) DO UPDATE SET following = EXCLUDED.following, chosen_at = now()`,
          [personId, subjectType, subjectId, following],
        );
      }
      const after =
        implicit.following === following
          ? implicit
          : { following, reason: following ? ('FOLLOWING' as FollowReason) : null, chosen: true };
      if (before.following !== after.following || before.chosen !== after.chosen) {
        // Who follows what is the person's own business: recorded on the person, not the cooperative.
        await this.audit.record(manager, {
          actorId: personId,
          action: following ? 'notification.follow' : 'notification.unfollow',
          subjectType: 'person',
          subjectId: personId,
          before: { subjectType, subjectId, cooperativeId, following: before.following },
          after: { subjectType, subjectId, cooperativeId, following: after.following },
        });
      }
      return { subjectType, subjectId, ...after };
    });
  }

  /** The subjects a person chose to follow, most recent first. */
  async myFollows(viewer: Viewer): Promise<FollowStateView[]> {
    const rows = await this.db.query<{ subjectType: FollowSubjectType; subjectId: string }[]>(
      `SELECT subject_type AS "subjectType", subject_id AS "subjectId" FROM follow
       WHERE person_id = $1 AND following ORDER BY chosen_at DESC, subject_id LIMIT 500`,
      [viewer.person.id],
    );
    return rows.map((r) => ({ ...r, following: true, reason: 'FOLLOWING', chosen: true }));
  }

  // ── The notification centre ───────────────────────────────────────────────────────────────

  async list(viewer: Viewer, unreadOnly: boolean, offset: number, limit: number): Promise<NotificationEntity[]> {
    return this.db.query<NotificationEntity[]>(
      `SELECT id, person_id AS "personId", cooperative_id AS "cooperativeId", kind, subject_type AS "subjectType", subject_id AS "subjectId",
              payload, created_at AS "createdAt", read_at AS "readAt"
       FROM notification WHERE person_id = $1 AND (NOT $2 OR read_at IS NULL)
       ORDER BY created_at DESC, id DESC OFFSET $3 LIMIT $4`,
      [viewer.person.id, unreadOnly, offset, limit],
    );
  }

  async counts(viewer: Viewer): Promise<NotificationCounts> {
    const [row] = await this.db.query<{ total: number; unread: number }[]>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notification WHERE person_id = $1`,
      [viewer.person.id],
    );
    return row;
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE person_id = $1 AND read_at IS NULL`,
      [viewer.person.id],
    );
    return n;
  }

  /** Marks the viewer's notifications read; answers the unread count left. */
  async markRead(viewer: Viewer, ids: readonly string[]): Promise<number> {
    const unique = [...new Set(ids)];
    const malformed = unique.filter((id) => !UUID.test(id));
    if (unique.length === 0 || unique.length > MAX_IDS || malformed.length > 0) {
      throw validation([
        {
          field: 'ids',
          messages: [
            unique.length === 0
              ? 'Name at least one notification.'
              : unique.length > MAX_IDS
                ? `Mark at most ${MAX_IDS} notifications at once (or use markAllNotificationsRead).`
                : `These are not notification ids: ${malformed.slice(0, 5).join(', ')}.`,
          ],
        },
      ]);
    }
    return this.db.transaction(async (manager) => {
      const mine = await manager.query<{ id: string }[]>(
        `SELECT id FROM notification WHERE person_id = $1 AND id = ANY($2)`,
        [viewer.person.id, unique],
      );
      const found = new Set(mine.map((r) => r.id));
      const missing = unique.find((id) => !found.has(id));
      // Someone else's notification is "not found", like one that never existed.
      if (missing) throw notFound('notification', missing);
      return this.markWhere(manager, viewer, `id = ANY($2)`, [unique]);
    });
  }

  async markAllRead(viewer: Viewer): Promise<number> {
    return this.db.transaction((manager) => this.markWhere(manager, viewer, 'true', []));
  }

  private async markWhere(manager: EntityManager, viewer: Viewer, where: string, params: unknown[]): Promise<number> {
    const personId = viewer.person.id;
    const marked = await manager.query<{ id: string }[]>(
      `UPDATE notification SET read_at = now() WHERE person_id = $1 AND read_at IS NULL AND ${where} RETURNING id`,
      [personId, ...params],
    );
    if (marked.length > 0) {
      await this.audit.record(manager, {
        actorId: personId,
        action: 'notification.markRead',
        subjectType: 'person',
        subjectId: personId,
        after: { count: marked.length },
      });
    }
    const [{ n }] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE person_id = $1 AND read_at IS NULL`,
      [personId],
    );
    return n;
  }

  // ── E-mail preference ─────────────────────────────────────────────────────────────────────

  async emailMode(viewer: Viewer): Promise<EmailMode> {
    const [row] = await this.db.query<{ mode: EmailMode }[]>(
      `SELECT email_mode AS mode FROM notification_setting WHERE person_id = $1`,
      [viewer.person.id],
    );
    return row?.mode ?? DEFAULT_EMAIL_MODE;
  }

  async setEmailMode(viewer: Viewer, mode: EmailMode): Promise<EmailMode> {
    const personId = viewer.person.id;
    await this.db.transaction(async (manager) => {
      const [row] = await manager.query<{ mode: EmailMode }[]>(
        `SELECT email_mode AS mode FROM notification_setting WHERE person_id = $1 FOR UPDATE`,
        [personId],
      );
      const before = row?.mode ?? DEFAULT_EMAIL_MODE;
      if (before === mode) return;
      await manager.query(
        `INSERT INTO notification_setting (person_id, email_mode) VALUES ($1, $2)
         ON CONFLICT (person_id) DO UPDATE SET email_mode = EXCLUDED.email_mode, updated_at = now()`,
        [personId, mode],
      );
      await this.audit.record(manager, {
        actorId: personId,
        action: 'notification.setEmailMode',
        subjectType: 'person',
        subjectId: personId,
        before: { emailMode: before },
        after: { emailMode: mode },
      });
    });
    return mode;
  }

  // ── The daily digest ──────────────────────────────────────────────────────────────────────

  /**
   * One e-mail per person on DAILY_DIGEST (the default) with their unread notifications since
   * their last digest (the first one looks back a day, none more than a week), at most once per person and day
   * (digest_run's key): a second run the same day, even a concurrent one, sends nothing more.
   * Returns how many digests were sent.
   */
  async sendDigests(asOf: Date): Promise<number> {
    const day = dayIn(asOf);
    return this.db.transaction(async (manager) => {
      // ON CONFLICT waits for a concurrent run's rows, then skips them: one digest per person and day.
      const runs = await manager.query<{ personId: string; since: Date }[]>(
        `WITH recent AS (
           SELECT person_id, created_at FROM notification
           WHERE read_at IS NULL AND created_at <= $1 AND created_at > $1::timestamptz - $5::interval
         ),
         due AS (
           SELECT r.person_id, greatest(coalesce(l.until, $1::timestamptz - $3::interval), $1::timestamptz - $5::interval) AS since,
                  count(*)::int AS n
           FROM recent r
           LEFT JOIN notification_setting s ON s.person_id = r.person_id
           LEFT JOIN LATERAL (SELECT max(covered_until) AS until FROM digest_run d WHERE d.person_id = r.person_id) l ON true
           WHERE coalesce(s.email_mode, $4::text) = 'DAILY_DIGEST' AND r.created_at > coalesce(l.until, $1::timestamptz - $3::interval)
           GROUP BY r.person_id, l.until
         )
         INSERT INTO digest_run (person_id, day, covered_from, covered_until, notification_count)
         SELECT person_id, $2::date, since, $1, n FROM due
         ON CONFLICT (person_id, day) DO NOTHING
         RETURNING person_id AS "personId", covered_from AS since`,
        [asOf, day, FIRST_LOOK_BACK, DEFAULT_EMAIL_MODE, MAX_LOOK_BACK],
      );
      if (runs.length === 0) return 0;
      const items = await manager.query<(StoredNotification & Recipient)[]>(
        `SELECT n.id, n.person_id AS "personId", n.kind, n.subject_type AS "subjectType", n.subject_id AS "subjectId", n.payload,
                p.email, p.display_name AS name, p.preferred_language AS language
         FROM unnest($1::uuid[], $2::timestamptz[]) AS d(person_id, since)
         JOIN notification n ON n.person_id = d.person_id AND n.created_at > d.since AND n.created_at <= $3 AND n.read_at IS NULL
         JOIN person p ON p.id = d.person_id
         ORDER BY n.person_id, n.created_at, n.id`,
        [runs.map((r) => r.personId), runs.map((r) => r.since), asOf],
      );
      const [titles, names] = await Promise.all([
        this.titlesOf(
          items.map((n) => ({ type: n.subjectType, id: n.subjectId })),
          manager,
        ),
        this.namesOf(
          items.map((n) => n.payload.actorId).filter((id): id is string => typeof id === 'string'),
          manager,
        ),
      ]);
      const byPerson = new Map<string, typeof items>();
      for (const item of items) byPerson.set(item.personId, [...(byPerson.get(item.personId) ?? []), item]);
      const mails = [...byPerson.values()].map((own) => {
        const recipient = own[0];
        return {
          to: recipient.email,
          ...digestMail(
            own.map((n) => ({
              facts: this.facts(
                n,
                titles.get(`${n.subjectType}:${n.subjectId}`) ?? null,
                typeof n.payload.actorId === 'string' ? (names.get(n.payload.actorId) ?? null) : null,
                recipient.language,
              ),
              link: this.link(n.subjectType, n.subjectId),
            })),
            recipient,
            this.link('settings'),
            DIGEST_TIME_ZONE,
          ),
        };
      });
      await this.mail.enqueueMany(manager, mails);
      return mails.length;
    });
  }

  // ── Reminders ─────────────────────────────────────────────────────────────────────────────

  /**
   * Reminders due at `asOf`, each exactly once (reminder_sent's key), safe to run twice or
   * concurrently: poll status changes since the last run (followers of the assembly), meetings
   * in the next 24 hours (the group's members and followers), overdue actions (hook below).
   * Mandates ending are reminded by the ethics module.
   */
  async runReminders(asOf: Date): Promise<ReminderReport> {
    return {
      polls: await this.pollReminders(asOf),
      meetings: await this.meetingReminders(asOf),
      actions: await this.overdueActionReminders(asOf),
    };
  }

  private async pollReminders(asOf: Date): Promise<number> {
    const [mark] = await this.db.query<{ until: Date }[]>(
      `SELECT checked_until AS until FROM reminder_watermark WHERE job = 'polls'`,
    );
    // An hour of overlap: a poll opened in a transaction that committed after the last run is still seen; the keys keep it once.
    // (A run for an earlier time than the last one looks back from its own time.)
    const since = mark
      ? new Date(Math.min(mark.until.getTime(), asOf.getTime()) - HOUR_MS)
      : new Date(asOf.getTime() - 24 * HOUR_MS);
    const events = await this.db.query<
      {
        pollId: string;
        assemblyId: string;
        agendaItemId: string;
        cooperativeId: string;
        kind: 'poll.opened' | 'poll.closed' | 'poll.published';
        by: string | null;
      }[]
    >(
      `SELECT p.id AS "pollId", p.assembly_id AS "assemblyId", p.agenda_item_id AS "agendaItemId", a.cooperative_id AS "cooperativeId", e.kind, e.by
       FROM poll p JOIN assembly a ON a.id = p.assembly_id
       CROSS JOIN LATERAL (VALUES ('poll.opened', p.opened_at, p.opened_by), ('poll.closed', p.closed_at, p.closed_by),
                                  ('poll.published', p.published_at, p.published_by)) AS e(kind, at, by)
       WHERE e.at > $1 AND e.at <= $2
       ORDER BY e.at, p.id`,
      [since, asOf],
    );
    let sent = 0;
    for (const e of events) {
      const fresh = await this.db.transaction(async (manager) => {
        const key = pollEventKey(e.kind, e.pollId);
        // The assembly module may have notified already with the same key: then nothing more.
        if (!(await this.claimOnce(manager, key))) return false;
        await this.notifySubject(manager, {
          cooperativeId: e.cooperativeId,
          subjectType: 'assembly',
          subjectId: e.assemblyId,
          kind: e.kind,
          payload: { pollId: e.pollId, agendaItemId: e.agendaItemId, actorId: e.by },
          actorId: e.by,
        });
        return true;
      });
      if (fresh) sent++;
    }
    await this.db.query(
      `INSERT INTO reminder_watermark (job, checked_until) VALUES ('polls', $1)
       ON CONFLICT (job) DO UPDATE SET checked_until = greatest(reminder_watermark.checked_until, EXCLUDED.checked_until)`,
      [asOf],
    );
    return sent;
  }

  private async meetingReminders(asOf: Date): Promise<number> {
    const meetings = await this.db.query<{ id: string; groupId: string; cooperativeId: string; startsAt: Date }[]>(
      `SELECT m.id, m.group_id AS "groupId", g.cooperative_id AS "cooperativeId", m.starts_at AS "startsAt"
       FROM meeting m JOIN working_group g ON g.id = m.group_id
       WHERE m.starts_at > $1 AND m.starts_at <= $1::timestamptz + interval '24 hours'
         AND NOT EXISTS (SELECT 1 FROM reminder_sent r WHERE r.key = 'meeting.tomorrow:' || m.id)
       ORDER BY m.starts_at, m.id`,
      [asOf],
    );
    let sent = 0;
    for (const m of meetings) {
      const fresh = await this.db.transaction(async (manager) => {
        const key = `meeting.tomorrow:${m.id}`;
        if (!(await this.claimOnce(manager, key))) return false;
        // The group's members and its followers; not the whole edition's followers.
        await this.notifySubject(manager, {
          cooperativeId: m.cooperativeId,
          subjectType: 'group',
          subjectId: m.groupId,
          kind: 'meeting.tomorrow',
          payload: { meetingId: m.id, startsAt: m.startsAt.toISOString() },
          reach: 'subject',
        });
        return true;
      });
      if (fresh) sent++;
    }
    return sent;
  }

  /**
   * Each overdue action once: its owner (when a person owns it) and the secretariat are told.
   * The action plan is looked up at run time, not imported: the action plan itself notifies
   * through this global module, so importing it here would make the two depend on each other.
   */
  private async overdueActionReminders(asOf: Date): Promise<number> {
    // Imported when needed: the action plan's service imports this one (a static import both ways is a cycle).
    const { ActionPlanService } = await import('../action-plan/action-plan.service.js');
    const actionPlan = this.modules.get(ActionPlanService, { strict: false });
    let sent = 0;
    for (const action of await actionPlan.overdueActions(asOf)) {
      const firstDue = action.overdueMilestones[0]?.dueOn ?? '';
      const fresh = await this.db.transaction(async (m) => {
        const secretariat = await m.query<{ personId: string }[]>(
          `SELECT DISTINCT person_id AS "personId" FROM office
            WHERE cooperative_id = $1 AND kind = 'SECRETARIAT' AND starts_on <= $2::date AND (ends_on IS NULL OR ends_on >= $2::date)`,
          [action.cooperativeId, dayIn(asOf)],
        );
        const people = [...(action.ownerPersonId ? [action.ownerPersonId] : []), ...secretariat.map((r) => r.personId)];
        return this.notifyPeople(m, {
          cooperativeId: action.cooperativeId,
          personIds: people,
          subjectType: 'action',
          subjectId: action.actionId,
          kind: 'action.overdue',
          payload: { actionId: action.actionId, dueOn: firstDue },
          onceKey: `action.overdue:${action.actionId}:${firstDue}`,
        });
      });
      if (fresh > 0) sent++;
    }
    return sent;
  }

  // ── Timers ────────────────────────────────────────────────────────────────────────────────

  onModuleInit(): void {
    if (!this.config.scheduledJobs) return;
    this.timer = setInterval(() => void this.tick(new Date()), HOUR_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Hourly: the reminders; the first tick at or after DIGEST_HOUR each day also sends the digests. */
  private async tick(now: Date): Promise<void> {
    try {
      await this.runReminders(now);
      const day = dayIn(now);
      if (hourIn(now) >= DIGEST_HOUR && this.lastDigestDay !== day) {
        this.lastDigestDay = day;
        await this.sendDigests(now);
      }
    } catch (error) {
      this.logger.error(`Notification jobs failed: ${String(error)}`);
    }
  }

  /**
   * True the first time a key is claimed. A concurrent claim of the same key waits for the first
   * transaction and then gets false; if the first rolls back, the second gets it.
   */
  private async claimOnce(manager: EntityManager, key: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO reminder_sent (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`,
      [key],
    );
    return rows.length > 0;
  }

  // ── Reading helpers (batched: one query for any number of keys) ──────────────────────────

  /**
   * Titles of subjects, keyed "type:id" (a recommendation's: its latest version's). Subject
   * types other than FOLLOW_SUBJECT_TYPES have none (yet): add them here when they appear.
   */
  async titlesOf(
    subjects: readonly { type: string; id: string }[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, TranslatedTextValue>> {
    const ids = (type: FollowSubjectType) => [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
    if (!subjects.some((s) => isFollowSubjectType(s.type))) return new Map();
    const rows = await manager.query<{ type: FollowSubjectType; id: string; title: TranslatedTextValue }[]>(
      `SELECT 'edition' AS type, id, title FROM edition WHERE id = ANY($1)
       UNION ALL SELECT 'group', id, theme FROM working_group WHERE id = ANY($2)
       UNION ALL SELECT * FROM (SELECT DISTINCT ON (recommendation_id) 'recommendation', recommendation_id, title
                                FROM recommendation_version WHERE recommendation_id = ANY($3) ORDER BY recommendation_id, number DESC) latest
       UNION ALL SELECT 'assembly', id, title FROM assembly WHERE id = ANY($4)`,
      [ids('edition'), ids('group'), ids('recommendation'), ids('assembly')],
    );
    return new Map(rows.map((r) => [`${r.type}:${r.id}`, r.title]));
  }

  private async namesOf(ids: readonly string[], manager: EntityManager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ id: string; name: string }[]>(
      `SELECT id, display_name AS name FROM person WHERE id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The cooperative of a subject the viewer may follow; NOT_FOUND or FORBIDDEN otherwise. */
  private async requireFollowable(
    viewer: Viewer,
    subjectType: FollowSubjectType,
    subjectId: string,
    what: string,
  ): Promise<string> {
    if (!UUID.test(subjectId)) {
      throw validation([
        {
          field: 'subjectId',
          messages: [`must be the id of a ${subjectType === 'group' ? 'working group' : subjectType}`],
        },
      ]);
    }
    const [row] = await this.db.query<{ cooperativeId: string }[]>(
      `SELECT cooperative_id AS "cooperativeId" FROM ${SUBJECT_TABLE[subjectType]} WHERE id = $1`,
      [subjectId],
    );
    if (!row) throw notFound(subjectType === 'group' ? 'working group' : subjectType, subjectId);
    if (!can(viewer.actor, 'subject.follow', { cooperativeId: row.cooperativeId }))
      throw forbidden(`${what}: it belongs to another cooperative`);
    return row.cooperativeId;
  }

  private async signalsOf(
    manager: EntityManager,
    personId: string,
    subjectType: FollowSubjectType,
    subjectId: string,
  ): Promise<FollowSignal[]> {
    return manager.query<FollowSignal[]>(
      `WITH ${AUDIENCE_CTES}
       SELECT level, explicit, following, reason FROM signal WHERE person_id = $4`,
      [subjectType, subjectId, true, personId],
    );
  }

  private facts(
    n: StoredNotification,
    title: TranslatedTextValue | null,
    actorName: string | null,
    language: Language,
  ): MailFacts {
    const reason = typeof n.payload.reason === 'string' && n.payload.reason.trim() ? n.payload.reason : null;
    const startsAt = typeof n.payload.startsAt === 'string' ? new Date(n.payload.startsAt) : null;
    return {
      kind: n.kind,
      title: title ? resolveText(title, language).text : '…',
      actorName,
      reason,
      startsAt: startsAt && !Number.isNaN(startsAt.getTime()) ? startsAt : null,
    };
  }

  /** The subject's page; the notification centre for 'settings' or a subject without a page. */
  private link(subjectType: string, subjectId?: string): string {
    const base = this.config.publicUrl.replace(/\/+$/, '');
    const path = subjectType === 'settings' ? null : subjectPath(subjectType, subjectId ?? '');
    return `${base}${path ?? '/notifications'}`;
  }
}
