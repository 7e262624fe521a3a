import { Module } from '@nestjs/common';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';
import { RegisterImportService } from './register-import.service.js';

@Module({
  providers: [MembersService, MembersResolver, RegisterImportService],
  exports: [MembersService],
})
export class MembersModule {}
