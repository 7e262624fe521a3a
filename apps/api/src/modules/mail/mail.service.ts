import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG } from '../../common/tokens-di.js';
import type { AppConfig } from '../../config.js';
import { OutboxEmailEntity } from './outbox-email.entity.js';

/**
 * Mail goes through the outbox table in the same transaction as the change that causes it,
 * so nothing is sent for a change that rolled back. With SMTP_URL set a poller sends it;
 * without, it waits for the dev mailbox page (demo mode).
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(manager: EntityManager, to: string, subject: string, body: string): Promise<void> {
    await manager.insert(OutboxEmailEntity, { to, subject, body });
  }

  /** Many mails in one INSERT (notifications, digests), in the caller's transaction. */
  async enqueueMany(manager: EntityManager, mails: { to: string; subject: string; body: string }[]): Promise<void> {
    for (let i = 0; i < mails.length; i += 1000) {
      await manager.insert(OutboxEmailEntity, mails.slice(i, i + 1000));
    }
  }

  recent(limit = 50): Promise<OutboxEmailEntity[]> {
    return this.db.getRepository(OutboxEmailEntity).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  onModuleInit(): void {
    if (!this.config.smtpUrl) return;
    this.timer = setInterval(() => void this.sendPending(), 5_000);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async sendPending(): Promise<void> {
    const { createTransport } = await import('nodemailer');
    const transport = createTransport(this.config.smtpUrl);
    const pending = await this.db
      .getRepository(OutboxEmailEntity)
      .find({ where: { sentAt: IsNull() }, order: { createdAt: 'ASC' }, take: 20 });
    for (const mail of pending) {
      try {
        await transport.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.body });
        await this.db.getRepository(OutboxEmailEntity).update(mail.id, { sentAt: new Date(), lastError: null });
      } catch (error) {
        this.logger.warn(`Could not send mail ${mail.id}: ${String(error)}`);
        await this.db.getRepository(OutboxEmailEntity).update(mail.id, { lastError: String(error) });
      }
    }
  }
}
