import type { Language } from '@letscoop/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LanguageEnum } from '../../common/enums.js';

/** The public face of a person: no password hash, and an e-mail only where the rules allow. */
@ObjectType()
export class Person {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => LanguageEnum) preferredLanguage: Language;
  @Field(() => String, { nullable: true, description: 'Only for the person themselves and the secretariat.' })
  email: string | null;
}
