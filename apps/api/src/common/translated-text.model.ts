import {
  LANGUAGES,
  resolveText,
  translationStatus,
  type Language,
  type TranslatedTextValue,
  type TranslationStatus,
} from '@letscoop/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { LanguageEnum, TranslationStatusEnum } from './enums.js';

@ObjectType()
export class Translation {
  @Field(() => LanguageEnum) language: Language;
  @Field(() => TranslationStatusEnum) status: TranslationStatus;
  @Field(() => String, { nullable: true }) text: string | null;
}

@ObjectType({ description: "Text people wrote, in the reader's language or a fallback that says so." })
export class TranslatedText {
  @Field() text: string;
  @Field(() => LanguageEnum, { description: 'The language of `text`.' }) language: Language;
  @Field(() => LanguageEnum, { description: "The reader's language." }) requested: Language;
  @Field({ description: 'True when the requested language is missing and another is shown.' }) fellBack: boolean;
  @Field(() => LanguageEnum) original: Language;
  @Field({ description: 'True when `text` was made by a machine translation.' }) machineTranslated: boolean;
  @Field(() => [Translation], { description: 'Every language, nl, fr, en, with its status.' })
  translations: Translation[];
}

/** The one place stored text becomes what a reader sees. */
export function presentText(value: TranslatedTextValue, reader: Language): TranslatedText {
  const resolved = resolveText(value, reader);
  const status = translationStatus(value);
  return {
    text: resolved.text,
    language: resolved.language,
    requested: reader,
    fellBack: resolved.fellBack,
    original: value.original,
    machineTranslated: resolved.origin === 'MACHINE',
    translations: LANGUAGES.map((language) => ({
      language,
      status: status[language],
      text: value.texts[language]?.text ?? null,
    })),
  };
}
