import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Language } from '@letscoop/domain';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { AddMinutesAddendumInput } from './dto/add-minutes-addendum.input.js';
import { WriteMinutesInput } from './dto/write-minutes.input.js';
import { EditionsLoaderFactory } from './editions.loaders.js';
import type { MinutesEntity } from './minutes.entity.js';
import { Minutes, MinutesAddendum } from './minutes.model.js';
import { MinutesService } from './minutes.service.js';
import { GroupPerson } from './working-group.model.js';

@Resolver(() => Minutes)
export class MinutesResolver {
  constructor(
    private readonly minutes: MinutesService,
    private readonly loaders: EditionsLoaderFactory,
  ) {}

  @Mutation(() => Minutes, { description: "The group's leads, coordinator or secretary: writes or rewrites the draft minutes." })
  writeMinutes(@CurrentViewer() viewer: Viewer, @Args('input') input: WriteMinutesInput): Promise<MinutesEntity> {
    return this.minutes.write(viewer, input);
  }

  @Mutation(() => Minutes, { description: "The group's leads: approves the minutes; they never change afterwards." })
  approveMinutes(@CurrentViewer() viewer: Viewer, @Args('meetingId', { type: () => ID }) meetingId: string): Promise<MinutesEntity> {
    return this.minutes.approve(viewer, meetingId);
  }

  @Mutation(() => Minutes, { description: 'A correction to approved minutes.' })
  addMinutesAddendum(@CurrentViewer() viewer: Viewer, @Args('input') input: AddMinutesAddendumInput, @Context() ctx: GqlContext): Promise<MinutesEntity> {
    this.loaders.reset(ctx.req);
    return this.minutes.addAddendum(viewer, input);
  }

  @ResolveField(() => TranslatedText)
  text(@Parent() m: MinutesEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(m.text, reader);
  }

  @ResolveField(() => GroupPerson, { nullable: true })
  writtenBy(@Parent() m: MinutesEntity, @Context() ctx: GqlContext): Promise<GroupPerson | null> {
    return m.writtenBy ? this.loaders.for(ctx.req).person.load(m.writtenBy) : Promise.resolve(null);
  }

  @ResolveField(() => GroupPerson, { nullable: true })
  approvedBy(@Parent() m: MinutesEntity, @Context() ctx: GqlContext): Promise<GroupPerson | null> {
    return m.approvedBy ? this.loaders.for(ctx.req).person.load(m.approvedBy) : Promise.resolve(null);
  }

  @ResolveField(() => [MinutesAddendum], { description: 'Corrections to the approved minutes, oldest first.' })
  async addenda(@Parent() m: MinutesEntity, @Context() ctx: GqlContext, @ReaderLanguage() reader: Language): Promise<MinutesAddendum[]> {
    const loaders = this.loaders.for(ctx.req);
    const rows = await loaders.addendaByMinutes.load(m.id);
    return Promise.all(
      rows.map(async (a) => ({
        id: a.id,
        text: presentText(a.text, reader),
        author: a.authorId ? await loaders.person.load(a.authorId) : null,
        createdAt: a.createdAt,
      })),
    );
  }
}
