import { INDICATOR_FIRST_YEAR, INDICATOR_LAST_YEAR, type Language } from '@letscoop/domain';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType({ description: "An indicator's value for one year (replaces an earlier one for that year)." })
export class RecordIndicatorValueInput {
  @Field(() => ID) @IsUUID('all', { message: 'indicatorId must be the id of an indicator.' }) indicatorId: string;

  @Field(() => Int)
  @IsInt({ message: 'year must be a whole year, e.g. 2019.' })
  @Min(INDICATOR_FIRST_YEAR, { message: `year must be ${INDICATOR_FIRST_YEAR} or later.` })
  @Max(INDICATOR_LAST_YEAR, { message: `year must be ${INDICATOR_LAST_YEAR} or earlier.` })
  year: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number.' })
  @Min(-1e12, { message: 'value is out of range.' })
  @Max(1e12, { message: 'value is out of range.' })
  value: number;

  @Field(() => LanguageEnum, { nullable: true, description: 'The language of the note.' })
  @IsOptional()
  @IsIn(Object.values(LanguageEnum), { message: 'language must be nl, fr or en.' })
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from, or what to know about it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Keep the note under 2,000 characters.' })
  note?: string | null;
}
