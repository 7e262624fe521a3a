import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { AssemblyLiveService } from './assembly-live.service.js';

/**
 * The general assembly: convocation and the frozen voter list, agenda, attendance and quorum,
 * proxies, polls, named and secret ballots, results, live updates and the minutes.
 */
@Module({
  imports: [MembersModule],
  providers: [AssemblyLiveService],
  exports: [AssemblyLiveService],
})
export class AssembliesModule {}
