import {
  ETHICS_CRITERIA,
  ETHICS_OPINION_STATUSES,
  ETHICS_RATINGS,
  ETHICS_STANCES,
  ETHICS_SUBJECT_KINDS,
} from '@letscoop/domain';
import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../../common/enums.js';

export const EthicsCriterionEnum = asEnum(ETHICS_CRITERIA);
export const EthicsRatingEnum = asEnum(ETHICS_RATINGS);
export const EthicsStanceEnum = asEnum(ETHICS_STANCES);
export const EthicsOpinionStatusEnum = asEnum(ETHICS_OPINION_STATUSES);
export const EthicsSubjectKindEnum = asEnum(ETHICS_SUBJECT_KINDS);

registerEnumType(EthicsCriterionEnum, {
  name: 'EthicsCriterion',
  description:
    'The three criteria of the statutes: decent working conditions and pay; purpose and context of production; ecological footprint.',
});
registerEnumType(EthicsRatingEnum, {
  name: 'EthicsRating',
  description: 'A finding on one criterion; NOT_APPLICABLE when the criterion does not bear on the subject.',
});
registerEnumType(EthicsStanceEnum, {
  name: 'EthicsStance',
  description: 'The overall stance of an opinion: never milder than its most severe finding.',
});
registerEnumType(EthicsOpinionStatusEnum, {
  name: 'EthicsOpinionStatus',
  description: 'DRAFT: seen by the committee only; PUBLISHED: final, for every member.',
});
registerEnumType(EthicsSubjectKindEnum, {
  name: 'EthicsSubjectKind',
  description: "What an opinion is about: an item on an assembly's agenda, or a member's activity.",
});
