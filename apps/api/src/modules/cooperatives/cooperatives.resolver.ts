import type { Language } from '@letscoop/domain';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { Branch } from './branch.model.js';
import type { CooperativeEntity } from './cooperative.entity.js';
import { Cooperative, Statutes } from './cooperative.model.js';
import { CooperativesService } from './cooperatives.service.js';

@Resolver(() => Cooperative)
export class CooperativesResolver {
  constructor(private readonly service: CooperativesService) {}

  @Query(() => [Cooperative], { description: 'The cooperatives you belong to.' })
  cooperatives(@CurrentViewer() viewer: Viewer): Promise<CooperativeEntity[]> {
    return this.service.mine(viewer.actor);
  }

  @Query(() => Cooperative)
  cooperative(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CooperativeEntity> {
    return this.service.get(viewer.actor, id);
  }

  @ResolveField(() => TranslatedText)
  description(@Parent() cooperative: CooperativeEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(cooperative.description, reader);
  }

  @ResolveField(() => Statutes)
  statutes(@Parent() c: CooperativeEntity): Statutes {
    return {
      quorumPercent: c.quorumPercent,
      quorumBasis: c.quorumBasis,
      proxyCapPerHolder: c.proxyCapPerHolder,
      defaultMajority: c.defaultMajority,
      abstentionsCount: c.abstentionsCount,
      votingWeightMode: c.votingWeightMode,
    };
  }

  @ResolveField(() => [Branch])
  branches(@Parent() c: CooperativeEntity): Promise<Branch[]> {
    return this.service.branches(c.id);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() c: CooperativeEntity): Promise<number> {
    return this.service.memberCount(c.id);
  }
}
