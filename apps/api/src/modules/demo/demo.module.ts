import { Module } from '@nestjs/common';
import { DemoCycleService } from './demo-cycle.service.js';
import { DemoDataService } from './demo-data.service.js';
import { DemoEthicsService } from './demo-ethics.service.js';

@Module({ providers: [DemoDataService, DemoCycleService, DemoEthicsService], exports: [DemoDataService] })
export class DemoModule {}
