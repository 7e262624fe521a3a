import { Module } from '@nestjs/common';
import { CooperativesResolver } from './cooperatives.resolver.js';
import { CooperativesService } from './cooperatives.service.js';

@Module({ providers: [CooperativesService, CooperativesResolver], exports: [CooperativesService] })
export class CooperativesModule {}
