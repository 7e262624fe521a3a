import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { RecommendationsModule } from '../recommendations/recommendations.module.js';
import {
  ActionPlanResolver,
  ActionProgrammeResolver,
  ActionProposalActionResolver,
  ActionResolver,
} from './action-plan.resolver.js';
import { ActionPlanService } from './action-plan.service.js';

/**
 * The operational action plan: programmes → projects → actions, progress and milestones.
 * ActionPlanService.enterAdoptedProposal is how the general assembly puts an adopted proposal in.
 */
@Module({
  imports: [MembersModule, RecommendationsModule],
  providers: [ActionPlanService, ActionPlanResolver, ActionProgrammeResolver, ActionResolver, ActionProposalActionResolver],
  exports: [ActionPlanService],
})
export class ActionPlanModule {}
