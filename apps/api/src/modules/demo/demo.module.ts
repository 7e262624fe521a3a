import { Module } from '@nestjs/common';
import { DemoCycleService } from './demo-cycle.service.js';
import { DemoDataService } from './demo-data.service.js';

@Module({ providers: [DemoDataService, DemoCycleService], exports: [DemoDataService] })
export class DemoModule {}
