import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../common/decorators.js';
import type { Viewer } from '../../common/request-context.js';
import { EthicsCommittee } from './ethics-committee.model.js';
import { EthicsService } from './ethics.service.js';

@Resolver(() => EthicsCommittee)
export class EthicsCommitteeResolver {
  constructor(private readonly service: EthicsService) {}

  @Query(() => EthicsCommittee, {
    description:
      'The ethics committee today: members and their mandates, seats filled out of 15, mandates ending within 60 days.',
  })
  ethicsCommittee(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
  ): Promise<EthicsCommittee> {
    return this.service.committee(viewer.actor, cooperativeId);
  }
}
