import { EDITION_STATUSES, GROUP_ROLES } from '@letscoop/domain';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums of the editions feature, built from the domain's lists. */
function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const EditionStatusEnum = asEnum(EDITION_STATUSES);
export const GroupRoleEnum = asEnum(GROUP_ROLES);
export const GroupMemberStatusEnum = asEnum(['REQUESTED', 'ACTIVE'] as const);
export const MinutesStatusEnum = asEnum(['DRAFT', 'APPROVED'] as const);

registerEnumType(EditionStatusEnum, {
  name: 'EditionStatus',
  description: 'PLANNED → OPEN → DRAFTING → BOARD_REVIEW → AT_ASSEMBLY → CLOSED (forward one step, or CLOSED).',
});
registerEnumType(GroupRoleEnum, { name: 'GroupRole' });
registerEnumType(GroupMemberStatusEnum, { name: 'GroupMemberStatus', description: 'REQUESTED until a lead or coordinator accepts.' });
registerEnumType(MinutesStatusEnum, { name: 'MinutesStatus', description: 'Approved minutes are immutable; corrections become addenda.' });
