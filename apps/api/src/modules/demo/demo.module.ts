import { Module } from '@nestjs/common';
import { ActionPlanModule } from '../action-plan/action-plan.module.js';
import { DemoActionPlanService } from './demo-action-plan.service.js';
import { DemoAssembliesService } from './demo-assemblies.service.js';
import { DemoCycleService } from './demo-cycle.service.js';
import { DemoDataService } from './demo-data.service.js';
import { DemoEthicsService } from './demo-ethics.service.js';

@Module({
  imports: [ActionPlanModule],
  providers: [DemoDataService, DemoCycleService, DemoAssembliesService, DemoActionPlanService, DemoEthicsService],
  exports: [DemoDataService],
})
export class DemoModule {}
