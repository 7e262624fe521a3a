import type { Language } from '@letscoop/domain';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class ActionProposalInput {
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum), { message: 'Choose nl, fr or en.' }) language: Language;
  @Field()
  @IsString()
  @MinLength(3, { message: 'Give the action proposal a title.' })
  @MaxLength(300, { message: 'Keep the title under 300 characters.' })
  title: string;
  @Field()
  @IsString()
  @MinLength(1, { message: 'Describe the action proposal.' })
  @MaxLength(50000, { message: 'Keep the text under 50,000 characters.' })
  body: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Keep the proposed owner under 300 characters.' })
  proposedOwner?: string | null;
  @Field(() => Float, { nullable: true, description: 'Budget estimate in cents (whole number).' })
  @IsOptional()
  @IsInt({ message: 'The budget estimate is a whole number of cents.' })
  @Min(0, { message: 'The budget estimate cannot be negative.' })
  budgetEstimateCents?: number | null;
}

@InputType()
export class ConvertToActionProposalsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' })
  recommendationId: string;
  @Field(() => [ActionProposalInput])
  @ArrayMinSize(1, { message: 'Write at least one action proposal.' })
  @ArrayMaxSize(20, { message: 'At most 20 action proposals at once.' })
  @ValidateNested({ each: true })
  @Type(() => ActionProposalInput)
  proposals: ActionProposalInput[];
}
