import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';

/**
 * The general assembly: convocation and the frozen voter list, agenda, attendance and quorum,
 * proxies, polls, named and secret ballots, results, live updates and the minutes.
 */
@Module({
  imports: [MembersModule],
  providers: [],
  exports: [],
})
export class AssembliesModule {}
