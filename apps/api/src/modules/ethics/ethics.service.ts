import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  can,
  daysBetween,
  ETHICS_COMMITTEE_SEATS,
  ethicsMandateEndsOn,
  mandateEndingSoon,
  peakSeats,
  reminderHorizon,
  type Actor,
  type Language,
} from '@letscoop/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { appError, forbidden, validation } from '../../common/errors.js';
import { APP_CONFIG } from '../../common/tokens-di.js';
import type { AppConfig } from '../../config.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { MembersService } from '../members/members.service.js';
import type { Person } from '../members/person.model.js';
import type { EthicsCommittee, EthicsMandate } from './ethics-committee.model.js';
import { MANDATE_ENDING_MAIL } from './ethics-mail-messages.js';

interface MandateRow {
  office_id: string;
  person_id: string;
  starts_on: string;
  ends_on: string | null;
  poll_id: string | null;
}

interface EndingRow {
  office_id: string;
  cooperative_id: string;
  cooperative_name: string;
  person_id: string;
  member_name: string;
  ends_on: string;
}

interface RecipientRow {
  id: string;
  email: string;
  display_name: string;
  preferred_language: Language;
}

export interface SeatElected {
  officeId: string;
  startsOn: string;
  endsOn: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The ethics committee's seats (ETHICS_COMMITTEE office rows): who sits, until when, which seats
 * an election fills, and the reminder to the secretariat before mandates end.
 */
@Injectable()
export class EthicsService {
  private readonly logger = new Logger(EthicsService.name);

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly members: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The committee as it stands on `asOf` (default today): members, seats filled, mandates ending soon. */
  async committee(actor: Actor, cooperativeId: string, asOf: string = isoDay(new Date())): Promise<EthicsCommittee> {
    if (!can(actor, 'ethics.view', { cooperativeId })) throw forbidden("see this cooperative's ethics committee");
    const rows = await this.db.query<MandateRow[]>(
      `SELECT o.id AS office_id, o.person_id, to_char(o.starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(o.ends_on, 'YYYY-MM-DD') AS ends_on, e.poll_id
       FROM office o LEFT JOIN ethics_seat_election e ON e.office_id = o.id
       WHERE o.cooperative_id = $1 AND o.kind = 'ETHICS_COMMITTEE' AND (o.ends_on IS NULL OR o.ends_on >= $2)
       ORDER BY o.ends_on NULLS LAST, o.starts_on, o.id`,
      [cooperativeId, asOf],
    );
    const people = await this.members.peopleByIds(
      rows.map((r) => r.person_id),
      actor,
    );
    const mandate = (r: MandateRow): EthicsMandate => ({
      officeId: r.office_id,
      person: people.get(r.person_id) as Person,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      daysLeft: r.ends_on ? daysBetween(asOf, r.ends_on) : null,
      endingSoon: mandateEndingSoon(r.ends_on, asOf),
      electionPollId: r.poll_id,
    });
    const members = rows.filter((r) => r.starts_on <= asOf).map(mandate);
    return {
      cooperativeId,
      asOf,
      seats: ETHICS_COMMITTEE_SEATS,
      seatsFilled: members.length,
      members,
      endingSoon: members.filter((m) => m.endingSoon),
      upcoming: rows.filter((r) => r.starts_on > asOf).map(mandate),
    };
  }

  /**
   * Carries out an assembly election: a two-year ETHICS_COMMITTEE office for the elected member,
   * inside the caller's transaction. Refuses (CONFLICT) when it would put more than 15 seats in
   * force on any day of the mandate; an advisory lock per cooperative keeps two elections from
   * both taking the last seat.
   */
  async seatElected(
    manager: EntityManager,
    cooperativeId: string,
    personId: string,
    startsOn: string,
    electionPollId: string,
    actorId: string | null = null,
  ): Promise<SeatElected> {
    if (!DAY.test(startsOn) || Number.isNaN(Date.parse(`${startsOn}T00:00:00Z`))) {
      throw validation([{ field: 'startsOn', messages: ['The mandate starts on a real day, written YYYY-MM-DD.'] }]);
    }
    const endsOn = ethicsMandateEndsOn(startsOn);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('ethics-seats:' || $1::text))`, [cooperativeId]);
    const member = await manager.query<unknown[]>(
      `SELECT 1 FROM membership WHERE person_id = $1 AND cooperative_id = $2 AND (left_on IS NULL OR left_on > $3)`,
      [personId, cooperativeId, startsOn],
    );
    if (member.length === 0) {
      throw validation([
        { field: 'personId', messages: ['Only a member of the cooperative can sit on its ethics committee.'] },
      ]);
    }
    const existing = await manager.query<{ person_id: string; starts_on: string; ends_on: string | null }[]>(
      `SELECT person_id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
       FROM office WHERE cooperative_id = $1 AND kind = 'ETHICS_COMMITTEE'
         AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $2)`,
      [cooperativeId, startsOn, endsOn],
    );
    const mandates = existing.map((e) => ({ startsOn: e.starts_on, endsOn: e.ends_on }));
    if (existing.some((e) => e.person_id === personId)) {
      throw appError('CONFLICT', 'This member already sits on the ethics committee during that period.', {
        reason: 'ALREADY_SEATED',
      });
    }
    const peak = peakSeats(mandates, { startsOn, endsOn });
    if (peak > ETHICS_COMMITTEE_SEATS) {
      throw appError(
        'CONFLICT',
        `The ethics committee has ${ETHICS_COMMITTEE_SEATS} seats and all are taken during this mandate. End a mandate first, or elect fewer members.`,
        { reason: 'ETHICS_SEATS_FULL', seats: ETHICS_COMMITTEE_SEATS },
      );
    }
    const [{ id: officeId }] = await manager.query<{ id: string }[]>(
      `INSERT INTO office (person_id, cooperative_id, kind, starts_on, ends_on) VALUES ($1, $2, 'ETHICS_COMMITTEE', $3, $4) RETURNING id`,
      [personId, cooperativeId, startsOn, endsOn],
    );
    await manager.query(`INSERT INTO ethics_seat_election (office_id, poll_id) VALUES ($1, $2)`, [
      officeId,
      electionPollId,
    ]);
    await this.audit.record(manager, {
      actorId,
      action: 'ethics.seatElected',
      subjectType: 'office',
      subjectId: officeId,
      cooperativeId,
      after: { personId, kind: 'ETHICS_COMMITTEE', startsOn, endsOn, electionPollId },
    });
    return { officeId, startsOn, endsOn };
  }

  /**
   * For each committee mandate ending within 60 days of `asOf`, once: a notification to every
   * secretariat member of its cooperative and an e-mail to each through the outbox. The primary
   * key of ethics_mandate_reminder decides who writes it, so a second or concurrent run writes
   * nothing. Returns how many mandates were reminded now.
   */
  async remindEndingMandates(asOf: Date): Promise<number> {
    const today = isoDay(asOf);
    const ending = await this.db.query<EndingRow[]>(
      `SELECT o.id AS office_id, o.cooperative_id, c.name AS cooperative_name, o.person_id, p.display_name AS member_name,
              to_char(o.ends_on, 'YYYY-MM-DD') AS ends_on
       FROM office o JOIN person p ON p.id = o.person_id JOIN cooperative c ON c.id = o.cooperative_id
       WHERE o.kind = 'ETHICS_COMMITTEE' AND o.ends_on BETWEEN $1 AND $2
         AND NOT EXISTS (SELECT 1 FROM ethics_mandate_reminder r WHERE r.office_id = o.id AND r.ends_on = o.ends_on)
       ORDER BY o.ends_on, o.id`,
      [today, reminderHorizon(today)],
    );
    let reminded = 0;
    for (const mandate of ending) {
      if (await this.remindOne(mandate, today)) reminded++;
    }
    if (reminded > 0) this.logger.log(`Reminded the secretariat of ${reminded} ending ethics committee mandate(s)`);
    return reminded;
  }

  private remindOne(mandate: EndingRow, today: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const claimed = await manager.query<unknown[]>(
        `INSERT INTO ethics_mandate_reminder (office_id, ends_on, recipients) VALUES ($1, $2, 0)
         ON CONFLICT DO NOTHING RETURNING office_id`,
        [mandate.office_id, mandate.ends_on],
      );
      if (claimed.length === 0) return false;
      const recipients = await manager.query<RecipientRow[]>(
        `SELECT DISTINCT p.id, p.email, p.display_name, p.preferred_language
         FROM office s JOIN person p ON p.id = s.person_id
         WHERE s.cooperative_id = $1 AND s.kind = 'SECRETARIAT' AND s.starts_on <= $2 AND (s.ends_on IS NULL OR s.ends_on >= $2)
         ORDER BY p.id`,
        [mandate.cooperative_id, today],
      );
      const daysLeft = daysBetween(today, mandate.ends_on);
      const payload = {
        memberId: mandate.person_id,
        memberName: mandate.member_name,
        endsOn: mandate.ends_on,
        daysLeft,
      };
      if (recipients.length > 0) {
        await manager.query(
          `INSERT INTO notification (person_id, kind, subject_type, subject_id, payload)
           SELECT unnest($1::uuid[]), 'ethics.mandateEnding', 'office', $2, $3`,
          [recipients.map((r) => r.id), mandate.office_id, JSON.stringify(payload)],
        );
      }
      for (const r of recipients) {
        const messages = MANDATE_ENDING_MAIL[r.preferred_language] ?? MANDATE_ENDING_MAIL.en;
        const mail = {
          recipient: r.display_name,
          member: mandate.member_name,
          cooperative: mandate.cooperative_name,
          endsOn: mandate.ends_on,
          daysLeft,
          link: `${this.config.publicUrl}/ethics`,
        };
        await this.mail.enqueue(manager, r.email, messages.subject(mail), messages.body(mail));
      }
      await manager.query(`UPDATE ethics_mandate_reminder SET recipients = $3 WHERE office_id = $1 AND ends_on = $2`, [
        mandate.office_id,
        mandate.ends_on,
        recipients.length,
      ]);
      await this.audit.record(manager, {
        actorId: null,
        action: 'ethics.mandateReminder',
        subjectType: 'office',
        subjectId: mandate.office_id,
        cooperativeId: mandate.cooperative_id,
        after: { ...payload, recipients: recipients.map((r) => r.id) },
      });
      return true;
    });
  }
}
