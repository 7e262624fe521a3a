import { Module } from '@nestjs/common';
import { GroupRolesService } from './group-roles.service.js';

@Module({
  providers: [GroupRolesService],
  exports: [GroupRolesService],
})
export class EditionsModule {}
