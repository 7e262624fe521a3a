import {
  LANGUAGES,
  MAJORITY_RULES,
  OFFICE_KINDS,
  QUORUM_BASES,
  STAKEHOLDER_CATEGORIES,
  VOTING_WEIGHT_MODES,
} from '@letscoop/domain';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums are built from the domain's lists, so the two can never drift apart. */
export function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const LanguageEnum = asEnum(LANGUAGES);
export const StakeholderCategoryEnum = asEnum(STAKEHOLDER_CATEGORIES);
export const OfficeKindEnum = asEnum(OFFICE_KINDS);
export const MajorityRuleEnum = asEnum(MAJORITY_RULES);
export const QuorumBasisEnum = asEnum(QUORUM_BASES);
export const VotingWeightModeEnum = asEnum(VOTING_WEIGHT_MODES);
export const TranslationStatusEnum = asEnum(['HUMAN', 'MACHINE', 'MISSING'] as const);

registerEnumType(LanguageEnum, { name: 'Language', description: 'A language the product speaks.' });
registerEnumType(StakeholderCategoryEnum, { name: 'StakeholderCategory' });
registerEnumType(OfficeKindEnum, { name: 'OfficeKind' });
registerEnumType(MajorityRuleEnum, { name: 'MajorityRule' });
registerEnumType(QuorumBasisEnum, { name: 'QuorumBasis' });
registerEnumType(VotingWeightModeEnum, { name: 'VotingWeightMode' });
registerEnumType(TranslationStatusEnum, {
  name: 'TranslationStatus',
  description: 'Whether a language version was written by a person, made by a machine, or is missing.',
});
