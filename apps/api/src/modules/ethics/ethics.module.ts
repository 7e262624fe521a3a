import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { MembersModule } from '../members/members.module.js';
import { EthicsCommitteeResolver } from './ethics-committee.resolver.js';
import { EthicsOpinionsResolver } from './ethics-opinions.resolver.js';
import { EthicsOpinionsService } from './ethics-opinions.service.js';
import { EthicsReminderScheduler } from './ethics-reminder.scheduler.js';
import { EthicsLoaders } from './ethics.loaders.js';
import { EthicsService } from './ethics.service.js';
import { SocialIndicatorsResolver } from './social-indicators.resolver.js';
import { SocialIndicatorsService } from './social-indicators.service.js';

/**
 * The ethics committee: seats and mandates (with the reminder before they end), advisory
 * opinions on agenda items and member activities, and social impact indicators.
 */
@Module({
  imports: [MembersModule, MailModule],
  providers: [
    EthicsService,
    EthicsOpinionsService,
    SocialIndicatorsService,
    EthicsLoaders,
    EthicsCommitteeResolver,
    EthicsOpinionsResolver,
    SocialIndicatorsResolver,
    EthicsReminderScheduler,
  ],
  exports: [EthicsService, EthicsOpinionsService],
})
export class EthicsModule {}
