import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module.js';
import { MembersModule } from '../members/members.module.js';
import { RecommendationsResolver, RecommendationVersionResolver } from './recommendations.resolver.js';
import { RecommendationsService } from './recommendations.service.js';

/** Recommendations: drafting in the group, versions and diffs, the cycle through the board's review. */
@Module({
  imports: [EditionsModule, MembersModule],
  providers: [RecommendationsService, RecommendationsResolver, RecommendationVersionResolver],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}
