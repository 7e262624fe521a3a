import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TranslatedText } from '../../common/translated-text.model.js';

@ObjectType({ description: 'The value an indicator measured over one year.' })
export class SocialIndicatorValue {
  @Field(() => Int) year: number;
  @Field(() => Float) value: number;
  @Field(() => TranslatedText, { nullable: true }) note: TranslatedText | null;
  @Field() recordedAt: Date;
}

/** Texts and values resolved by SocialIndicatorsResolver. */
@ObjectType({ description: 'A social impact indicator: name, unit and method, with a value per year.' })
export class SocialIndicator {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field() createdAt: Date;
}

@ObjectType({
  description: 'One indicator over the years of a series: a value per year, null where none was measured.',
})
export class SocialIndicatorLine {
  @Field(() => SocialIndicator) indicator: SocialIndicator;
  @Field(() => [Float], { nullable: 'items', description: 'Aligned with the series years.' })
  values: (number | null)[];
}

@ObjectType({ description: 'Every indicator of a cooperative over the same years, ready for charts.' })
export class SocialIndicatorSeries {
  @Field(() => [Int], { description: 'Every year from the first to the last measured (or the range asked).' })
  years: number[];
  @Field(() => [SocialIndicatorLine]) lines: SocialIndicatorLine[];
}
