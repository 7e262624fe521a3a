import type { AssemblyKind, Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { AssemblyKindEnum } from '../assemblies.enums.js';

@InputType()
export class CreateAssemblyInput {
  @Field(() => ID) @IsUUID('all', { message: 'cooperativeId must be the id of a cooperative.' }) cooperativeId: string;

  @Field(() => AssemblyKindEnum)
  @IsIn(Object.values(AssemblyKindEnum), { message: 'Choose ORDINARY or EXTRAORDINARY.' })
  kind: AssemblyKind;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Give the assembly a title.' })
  @MaxLength(300, { message: 'Keep the title under 300 characters.' })
  title: string;

  @Field(() => LanguageEnum, { description: 'The language the title is written in.' })
  @IsIn(Object.values(LanguageEnum), { message: 'Choose nl, fr or en.' })
  language: Language;

  @Field() @IsDate({ message: 'startsAt must be a date and time.' }) startsAt: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'endsAt must be a date and time.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place (address); leave empty when online only.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Keep the place under 500 characters.' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'The link to join online, if any.' })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'onlineUrl must be a web address starting with https://.' },
  )
  @MaxLength(2000, { message: 'Keep the link under 2,000 characters.' })
  onlineUrl?: string | null;
}
