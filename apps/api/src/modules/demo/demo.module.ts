import { Module } from '@nestjs/common';
import { DemoActionPlanService } from './demo-action-plan.service.js';
import { DemoCycleService } from './demo-cycle.service.js';
import { DemoDataService } from './demo-data.service.js';
import { DemoEthicsService } from './demo-ethics.service.js';

@Module({ providers: [DemoDataService, DemoCycleService, DemoActionPlanService, DemoEthicsService], exports: [DemoDataService] })
export class DemoModule {}
