import type {
  EthicsCriterion,
  EthicsOpinionStatus,
  EthicsRating,
  EthicsStance,
  EthicsSubjectKind,
} from '@letscoop/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TranslatedText } from '../../common/translated-text.model.js';
import {
  EthicsCriterionEnum,
  EthicsOpinionStatusEnum,
  EthicsRatingEnum,
  EthicsStanceEnum,
  EthicsSubjectKindEnum,
} from './ethics.enums.js';

@ObjectType({ description: "The committee's finding on one criterion." })
export class EthicsFinding {
  @Field(() => EthicsCriterionEnum) criterion: EthicsCriterion;
  @Field(() => EthicsRatingEnum) rating: EthicsRating;
  @Field(() => TranslatedText, {
    nullable: true,
    description: 'The reasoning (null: not written yet, or not applicable).',
  })
  text: TranslatedText | null;
}

@ObjectType({ description: 'The agenda item an opinion is about.' })
export class EthicsAgendaItemRef {
  @Field(() => ID) id: string;
  @Field(() => ID) assemblyId: string;
  @Field(() => Int) position: number;
  @Field() kind: string;
  @Field(() => TranslatedText) title: TranslatedText;
}

/** Fields resolved from the entity by EthicsOpinionsResolver (findings, people, texts, subject). */
@ObjectType({
  description: 'An advisory opinion of the ethics committee, judged on the three criteria of the statutes.',
})
export class EthicsOpinion {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => EthicsOpinionStatusEnum) status: EthicsOpinionStatus;
  @Field(() => EthicsSubjectKindEnum) subjectKind: EthicsSubjectKind;
  @Field(() => ID, { nullable: true }) agendaItemId: string | null;
  @Field(() => EthicsStanceEnum, {
    nullable: true,
    description: 'The overall stance (null in a draft that has none yet).',
  })
  stance: EthicsStance | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
}
