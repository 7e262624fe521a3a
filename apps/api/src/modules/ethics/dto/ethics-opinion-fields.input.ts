import type { EthicsStance, Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { EthicsStanceEnum } from '../ethics.enums.js';
import { EthicsFindingInput } from './ethics-finding.input.js';

/** What the committee writes in an opinion, in one language (shared by creating and saving). */
@InputType({ isAbstract: true })
export class EthicsOpinionFieldsInput {
  @Field(() => LanguageEnum, { description: 'The language of the texts in this input.' })
  @IsIn(Object.values(LanguageEnum), { message: 'language must be nl, fr or en.' })
  language: Language;

  @Field(() => String, { nullable: true, description: "A member's activity: what it is (free text)." })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Keep the description of the activity under 2,000 characters.' })
  activity?: string | null;

  @Field(() => ID, { nullable: true, description: "A member's activity: whose, when it is one member's." })
  @IsOptional()
  @IsUUID('all', { message: 'activityPersonId must be the id of a person.' })
  activityPersonId?: string | null;

  @Field(() => [EthicsFindingInput], { description: 'One finding for each of the three criteria.' })
  @ArrayMinSize(3, {
    message: 'Give a finding for each of the three criteria (NOT_APPLICABLE where one does not bear).',
  })
  @ArrayMaxSize(3, { message: 'Give exactly one finding for each of the three criteria.' })
  @ValidateNested({ each: true })
  @Type(() => EthicsFindingInput)
  findings: EthicsFindingInput[];

  @Field(() => String, { nullable: true, description: 'The conclusion; empty removes this language.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000, { message: 'Keep the conclusion under 20,000 characters.' })
  conclusion?: string | null;

  @Field(() => EthicsStanceEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(EthicsStanceEnum), { message: 'stance must be FAVOURABLE, RESERVATIONS or UNFAVOURABLE.' })
  stance?: EthicsStance | null;
}
