import type { EthicsCriterion, EthicsRating } from '@letscoop/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EthicsCriterionEnum, EthicsRatingEnum } from '../ethics.enums.js';

@InputType({ description: 'A finding on one criterion, its text in the language of the input.' })
export class EthicsFindingInput {
  @Field(() => EthicsCriterionEnum)
  @IsIn(Object.values(EthicsCriterionEnum), {
    message: 'criterion must be WORKING_CONDITIONS_AND_PAY, PURPOSE_AND_CONTEXT or ECOLOGICAL_FOOTPRINT.',
  })
  criterion: EthicsCriterion;

  @Field(() => EthicsRatingEnum)
  @IsIn(Object.values(EthicsRatingEnum), {
    message: 'rating must be FAVOURABLE, RESERVATIONS, UNFAVOURABLE or NOT_APPLICABLE.',
  })
  rating: EthicsRating;

  @Field(() => String, { nullable: true, description: 'The reasoning; empty removes this language.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000, { message: 'Keep a finding under 20,000 characters.' })
  text?: string | null;
}
