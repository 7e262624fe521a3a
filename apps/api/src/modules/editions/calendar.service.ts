import { Inject, Injectable } from '@nestjs/common';
import { resolveText } from '@letscoop/domain';
import ical from 'ical-generator';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../common/tokens-di.js';
import type { AppConfig } from '../../config.js';
import { AppSecretService } from './app-secret.service.js';
import { MeetingEntity } from './meeting.entity.js';
import { WorkingGroupEntity } from './working-group.entity.js';

const SECRET = 'calendar-feed';

/**
 * A group's meetings as an iCal feed. Calendar apps send no cookies, so the link carries a
 * token: an HMAC of the group id, which only the server can make and nobody can guess.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: DataSource,
    private readonly secrets: AppSecretService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async token(groupId: string): Promise<string> {
    return createHmac('sha256', await this.secrets.get(SECRET)).update(groupId).digest('base64url');
  }

  async url(groupId: string): Promise<string> {
    const base = this.config.publicUrl.replace(/\/+$/, '');
    return `${base}/api/groups/${groupId}/calendar.ics?token=${await this.token(groupId)}`;
  }

  /** The feed, or null when the group is unknown or the token is wrong (both answer 404). */
  async feed(groupId: string, token: string | undefined): Promise<string | null> {
    if (!token || !(await this.tokenMatches(groupId, token))) return null;
    const group = await this.db.getRepository(WorkingGroupEntity).findOneBy({ id: groupId });
    if (!group) return null;
    const meetings = await this.db.getRepository(MeetingEntity).find({ where: { groupId }, order: { startsAt: 'ASC' } });
    const theme = resolveText(group.theme, group.theme.original).text;
    const calendar = ical({ name: theme, prodId: { company: 'LetsCoop', product: 'working-groups' } });
    for (const m of meetings) {
      calendar.createEvent({
        id: `${m.id}@letscoop`,
        start: m.startsAt,
        // A meeting without an end time shows as two hours long.
        end: m.endsAt ?? new Date(m.startsAt.getTime() + 2 * 3600_000),
        summary: theme,
        description: resolveText(m.agenda, m.agenda.original).text,
        location: m.place ?? m.onlineUrl ?? undefined,
        url: m.onlineUrl ?? undefined,
      });
    }
    return calendar.toString();
  }

  private async tokenMatches(groupId: string, token: string): Promise<boolean> {
    const expected = Buffer.from(await this.token(groupId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
