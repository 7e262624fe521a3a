import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can, nextEditionStatuses, type EditionStatus, type Language } from '@letscoop/domain';
import { CurrentViewer, OptionalViewer, ReaderLanguage } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { CreateEditionInput } from './dto/create-edition.input.js';
import { SetEditionStatusInput } from './dto/set-edition-status.input.js';
import type { EditionEntity } from './edition.entity.js';
import { Edition } from './edition.model.js';
import { EditionStatusEnum } from './editions.enums.js';
import { EditionsLoaderFactory } from './editions.loaders.js';
import { EditionsService } from './editions.service.js';
import type { WorkingGroupEntity } from './working-group.entity.js';
import { WorkingGroup } from './working-group.model.js';

@Resolver(() => Edition)
export class EditionsResolver {
  constructor(
    private readonly service: EditionsService,
    private readonly loaders: EditionsLoaderFactory,
  ) {}

  @Query(() => [Edition], { description: "A cooperative's editions of the participatory process, oldest first." })
  editions(@CurrentViewer() viewer: Viewer, @Args('cooperativeId', { type: () => ID }) cooperativeId: string): Promise<EditionEntity[]> {
    return this.service.list(viewer.actor, cooperativeId);
  }

  @Query(() => Edition)
  edition(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EditionEntity> {
    return this.service.get(viewer.actor, id);
  }

  @Mutation(() => Edition, { description: 'Edition coordinators (secretariat, staff): a new edition, PLANNED.' })
  createEdition(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateEditionInput): Promise<EditionEntity> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Edition, { description: 'Edition coordinators: moves the edition one step forward, or closes it.' })
  setEditionStatus(@CurrentViewer() viewer: Viewer, @Args('input') input: SetEditionStatusInput): Promise<EditionEntity> {
    return this.service.setStatus(viewer, input);
  }

  @ResolveField(() => TranslatedText)
  title(@Parent() edition: EditionEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(edition.title, reader);
  }

  @ResolveField(() => [WorkingGroup])
  groups(@Parent() edition: EditionEntity, @Context() ctx: GqlContext): Promise<WorkingGroupEntity[]> {
    return this.loaders.for(ctx.req).groupsByEdition.load(edition.id);
  }

  @ResolveField(() => [EditionStatusEnum], { description: 'The statuses it may move to next (empty once closed).' })
  nextStatuses(@Parent() edition: EditionEntity): EditionStatus[] {
    return nextEditionStatuses(edition.status);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may create groups, assign roles and move the status.' })
  viewerCanManage(@Parent() edition: EditionEntity, @OptionalViewer() viewer: Viewer | null): boolean {
    return can(viewer?.actor, 'edition.manage', { cooperativeId: edition.cooperativeId });
  }
}
