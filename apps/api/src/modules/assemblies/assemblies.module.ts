import { Module } from '@nestjs/common';
import { ActionPlanModule } from '../action-plan/action-plan.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { EthicsModule } from '../ethics/ethics.module.js';
import { RestSessionGuard } from '../editions/rest-session.guard.js';
import { MembersModule } from '../members/members.module.js';
import { AgendaItemResolver, AssembliesResolver, CandidateResolver, ProxyResolver } from './assemblies.resolver.js';
import { AssembliesService } from './assemblies.service.js';
import { AssemblyLiveService } from './assembly-live.service.js';
import { AssemblyMinutesController } from './assembly-minutes.controller.js';
import { AssemblyMinutesService } from './assembly-minutes.service.js';
import { livePubSubProvider } from './live-pubsub.js';
import { AgendaItemPollResolver, AssemblyPollResolver, PollsResolver, RankedCandidateResolver } from './polls.resolver.js';
import { PollsService } from './polls.service.js';
import { ProxiesService } from './proxies.service.js';

/**
 * The general assembly: convocation and the frozen voter list, agenda, attendance and quorum,
 * proxies, polls, named and secret ballots, results, live updates and the minutes.
 */
@Module({
  imports: [MembersModule, AuthModule, ActionPlanModule, EthicsModule],
  controllers: [AssemblyMinutesController],
  providers: [
    AssemblyMinutesService,
    RestSessionGuard,
    AssemblyLiveService,
    livePubSubProvider,
    AssembliesService,
    ProxiesService,
    AssembliesResolver,
    AgendaItemResolver,
    CandidateResolver,
    ProxyResolver,
    PollsService,
    PollsResolver,
    RankedCandidateResolver,
    AgendaItemPollResolver,
    AssemblyPollResolver,
  ],
  exports: [AssemblyLiveService, AssembliesService],
})
export class AssembliesModule {}
