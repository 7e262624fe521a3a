import type { Language } from '@letscoop/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { DefineSocialIndicatorInput } from './dto/define-social-indicator.input.js';
import { RecordIndicatorValueInput } from './dto/record-indicator-value.input.js';
import { UpdateSocialIndicatorInput } from './dto/update-social-indicator.input.js';
import { EthicsLoaders } from './ethics.loaders.js';
import type { SocialIndicatorEntity } from './social-indicator.entity.js';
import { SocialIndicator, SocialIndicatorSeries, SocialIndicatorValue } from './social-indicator.model.js';
import { SocialIndicatorsService, type IndicatorSeries } from './social-indicators.service.js';

@Resolver(() => SocialIndicator)
export class SocialIndicatorsResolver {
  constructor(
    private readonly service: SocialIndicatorsService,
    private readonly loaders: EthicsLoaders,
  ) {}

  @Query(() => [SocialIndicator], {
    description: "A cooperative's social impact indicators, in the order they were defined.",
  })
  socialIndicators(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
  ): Promise<SocialIndicatorEntity[]> {
    return this.service.list(viewer.actor, cooperativeId);
  }

  @Query(() => SocialIndicator)
  socialIndicator(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SocialIndicatorEntity> {
    return this.service.get(viewer.actor, id);
  }

  @Query(() => SocialIndicatorSeries, {
    description:
      'Every indicator over the same years (gaps as null), for charts; optionally limited to a range of years.',
  })
  socialIndicatorSeries(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
    @Args('fromYear', { type: () => Int, nullable: true }) fromYear: number | null,
    @Args('toYear', { type: () => Int, nullable: true }) toYear: number | null,
  ): Promise<IndicatorSeries> {
    return this.service.series(viewer.actor, cooperativeId, fromYear ?? null, toYear ?? null);
  }

  @Mutation(() => SocialIndicator, {
    description: 'Committee or secretariat: defines an indicator (name, unit, method).',
  })
  defineSocialIndicator(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DefineSocialIndicatorInput,
  ): Promise<SocialIndicatorEntity> {
    return this.service.define(viewer, input);
  }

  @Mutation(() => SocialIndicator, {
    description: 'Committee or secretariat: edits or translates the texts in one language.',
  })
  updateSocialIndicator(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateSocialIndicatorInput,
  ): Promise<SocialIndicatorEntity> {
    return this.service.update(viewer, input);
  }

  @Mutation(() => SocialIndicator, {
    description: 'Committee or secretariat: records (or corrects) the value of one year.',
  })
  async recordSocialIndicatorValue(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
    @Args('input') input: RecordIndicatorValueInput,
  ): Promise<SocialIndicatorEntity> {
    const indicator = await this.service.recordValue(viewer, input);
    this.loaders.forget(ctx.req);
    return indicator;
  }

  @Mutation(() => SocialIndicator, { description: 'Committee or secretariat: removes the value of one year.' })
  async removeSocialIndicatorValue(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<SocialIndicatorEntity> {
    const indicator = await this.service.removeValue(viewer, indicatorId, year);
    this.loaders.forget(ctx.req);
    return indicator;
  }

  @ResolveField(() => TranslatedText)
  name(@Parent() i: SocialIndicatorEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(i.name, reader);
  }

  @ResolveField(() => TranslatedText)
  unit(@Parent() i: SocialIndicatorEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(i.unit, reader);
  }

  @ResolveField(() => TranslatedText)
  method(@Parent() i: SocialIndicatorEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(i.method, reader);
  }

  @ResolveField(() => [SocialIndicatorValue], { description: 'The measured values, year by year.' })
  async values(
    @Parent() i: SocialIndicatorEntity,
    @Context() ctx: GqlContext,
    @ReaderLanguage() reader: Language,
  ): Promise<SocialIndicatorValue[]> {
    return (await this.loaders.indicatorValues(ctx.req).load(i.id)).map((v) => ({
      year: v.year,
      value: v.value,
      note: v.note ? presentText(v.note, reader) : null,
      recordedAt: v.recordedAt,
    }));
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may define indicators and record values (committee, secretariat).',
  })
  mayManage(@Parent() i: SocialIndicatorEntity, @CurrentViewer() viewer: Viewer): boolean {
    return this.service.mayManage(viewer.actor, i.cooperativeId);
  }
}
