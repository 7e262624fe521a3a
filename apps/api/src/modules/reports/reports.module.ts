import { Module } from '@nestjs/common';
import { ActionPlanModule } from '../action-plan/action-plan.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { RestSessionGuard } from '../editions/rest-session.guard.js';
import { IdeaToActionReportController } from './idea-to-action-report.controller.js';
import { IdeaToActionReportService } from './idea-to-action-report.service.js';
import { ReportsResolver } from './reports.resolver.js';
import { TransparencyDashboardService } from './transparency-dashboard.service.js';

/**
 * Reports for members: "from idea to action" per edition (GraphQL, PDF, CSV) and the
 * cooperative's transparency dashboard. Read-only; reads the cycle, the assemblies' published
 * results and the action plan.
 */
@Module({
  imports: [AuthModule, ActionPlanModule],
  controllers: [IdeaToActionReportController],
  providers: [IdeaToActionReportService, TransparencyDashboardService, ReportsResolver, RestSessionGuard],
})
export class ReportsModule {}
