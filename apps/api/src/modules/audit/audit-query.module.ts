import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { AuditResolver } from './audit.resolver.js';

/** The `events` query; apart from AuditModule, which every feature uses to write. */
@Module({ imports: [MembersModule], providers: [AuditResolver] })
export class AuditQueryModule {}
