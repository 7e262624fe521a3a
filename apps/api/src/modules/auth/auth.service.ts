import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { appError } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { hashToken, newToken } from '../../common/tokens.js';
import { APP_CONFIG } from '../../common/tokens-di.js';
import type { AppConfig } from '../../config.js';
import { AuditService } from '../audit/audit.service.js';
import { MAIL_MESSAGES } from '../mail/mail-messages.js';
import { MailService } from '../mail/mail.service.js';
import { actorFrom, MembersService } from '../members/members.service.js';
import { PersonEntity } from '../members/person.entity.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { SessionEntity } from './session.entity.js';

const WINDOW_SECONDS = 15 * 60;
const RESET_TTL_MS = 60 * 60 * 1000;

type SessionViewerRow = Pick<
  PersonEntity,
  'id' | 'email' | 'displayName' | 'searchName' | 'preferredLanguage' | 'passwordHash' | 'createdAt'
> & {
  memberships: Parameters<typeof actorFrom>[1];
  offices: Parameters<typeof actorFrom>[2];
};

@Injectable()
export class AuthService {
  // Failed logins, counted per account and per client address.
  private readonly failuresPerAccount: RateLimiterMemory;
  private readonly failuresPerIp: RateLimiterMemory;
  // Verified when the e-mail is unknown, so both answers take as long (no account probing by timing).
  private dummyHash?: Promise<string>;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {
    this.failuresPerAccount = new RateLimiterMemory({
      keyPrefix: 'login-account',
      points: config.loginMaxFailuresPerAccount,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
    });
    this.failuresPerIp = new RateLimiterMemory({
      keyPrefix: 'login-ip',
      points: config.loginMaxFailuresPerIp,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
    });
  }

  /** Returns the new session's cookie token. */
  async login(emailInput: string, password: string, ip: string): Promise<{ token: string; viewer: Viewer }> {
    const email = emailInput.trim().toLowerCase();
    await this.refuseIfBlocked(email, ip);
    const person = await this.db.getRepository(PersonEntity).findOneBy({ email });
    this.dummyHash ??= argon2.hash('no account has this password', { type: argon2.argon2id });
    const ok = await argon2.verify(person?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!person || !person.passwordHash || !ok) {
      await Promise.all([
        this.failuresPerAccount.consume(email).catch(() => undefined),
        this.failuresPerIp.consume(ip).catch(() => undefined),
      ]);
      throw appError('UNAUTHENTICATED', 'Wrong e-mail or password. Check both, or ask for a new password.');
    }
    await this.failuresPerAccount.delete(email);
    const { token, hash } = newToken();
    await this.db.getRepository(SessionEntity).insert({
      tokenHash: hash,
      personId: person.id,
      expiresAt: new Date(Date.now() + this.config.sessionDays * 86_400_000),
    });
    return { token, viewer: { person, actor: await this.members.loadActor(person.id), sessionHash: hash } };
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ tokenHash: viewer.sessionHash });
  }

  /**
   * The viewer behind a session cookie, or null when it is unknown or expired. One round trip
   * (session, person, memberships, offices): every request of a member pays for it, and at an
   * assembly thousands of ballots arrive within minutes.
   */
  async viewerForToken(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const hash = hashToken(token);
    const rows = await this.db.query<SessionViewerRow[]>(
      `SELECT p.id, p.email, p.display_name AS "displayName", p.search_name AS "searchName",
              p.preferred_language AS "preferredLanguage", p.password_hash AS "passwordHash", p.created_at AS "createdAt",
              (SELECT coalesce(json_agg(json_build_object('cooperativeId', m.cooperative_id, 'category', m.category, 'leftOn', m.left_on)), '[]')
                 FROM membership m WHERE m.person_id = p.id) AS memberships,
              (SELECT coalesce(json_agg(json_build_object('cooperativeId', o.cooperative_id, 'kind', o.kind, 'startsOn', o.starts_on, 'endsOn', o.ends_on)), '[]')
                 FROM office o WHERE o.person_id = p.id) AS offices
         FROM session s JOIN person p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hash],
    );
    const row = rows[0];
    if (!row) return null;
    const { memberships, offices, ...fields } = row;
    const person = this.db.getRepository(PersonEntity).create(fields);
    return { person, actor: actorFrom(person.id, memberships, offices), sessionHash: hash };
  }

  /** Always succeeds from the outside, so nobody can learn which addresses have an account. */
  async requestPasswordReset(emailInput: string): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    const person = await this.db.getRepository(PersonEntity).findOneBy({ email });
    if (!person) return;
    const { token, hash } = newToken();
    const link = `${this.config.publicUrl}/reset-password?token=${token}`;
    const messages = MAIL_MESSAGES[person.preferredLanguage];
    await this.db.transaction(async (manager) => {
      await manager.insert(PasswordResetEntity, {
        tokenHash: hash,
        personId: person.id,
        expiresAt: new Date(Date.now() + RESET_TTL_MS),
      });
      await this.mail.enqueue(
        manager,
        person.email,
        messages.resetSubject,
        messages.resetBody(person.displayName, link),
      );
    });
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const passwordHash = await argon2.hash(newPassword, { type: argon2.argon2id });
    await this.db.transaction(async (manager) => {
      // One statement claims the token, so two clicks on the same link can't both succeed.
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [claimed] = await manager.query<[{ person_id: string }[], number]>(
        `UPDATE password_reset SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING person_id`,
        [hashToken(token)],
      );
      if (claimed.length === 0) {
        throw appError(
          'VALIDATION',
          'This link has expired or was already used. Ask for a new one on the "forgot password" page.',
          {
            fields: [{ field: 'token', messages: ['expired or already used'] }],
          },
        );
      }
      const personId = claimed[0].person_id;
      await manager.update(PersonEntity, personId, { passwordHash });
      // Whoever knew the old password is signed out everywhere.
      await manager.delete(SessionEntity, { personId });
      await this.audit.record(manager, {
        actorId: personId,
        action: 'person.passwordReset',
        subjectType: 'person',
        subjectId: personId,
      });
    });
  }

  private async refuseIfBlocked(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.failuresPerAccount.get(email), this.failuresPerIp.get(ip)]);
    const blocked = [
      account && account.consumedPoints >= this.config.loginMaxFailuresPerAccount ? account.msBeforeNext : 0,
      address && address.consumedPoints >= this.config.loginMaxFailuresPerIp ? address.msBeforeNext : 0,
    ];
    const waitMs = Math.max(...blocked);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw appError(
        'RATE_LIMITED',
        `Too many failed sign-ins. Wait ${Math.ceil(retryAfterSeconds / 60)} minute(s), or reset your password.`,
        {
          retryAfterSeconds,
        },
      );
    }
  }
}
