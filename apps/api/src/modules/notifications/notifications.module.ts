import { Global, Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { MembersModule } from '../members/members.module.js';
import { FollowResolver, NotificationSettingsResolver, NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

/**
 * Follows, the notification centre, e-mail (immediate or daily digest) and reminders. Global
 * (like the audit trail): any feature injects NotificationsService and calls notifySubject()
 * in its own transaction.
 */
@Global()
@Module({
  imports: [MailModule, MembersModule],
  providers: [NotificationsService, NotificationsResolver, FollowResolver, NotificationSettingsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
