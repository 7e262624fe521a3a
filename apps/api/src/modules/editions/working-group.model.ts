import type { GroupRole, StakeholderCategory } from '@letscoop/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { StakeholderCategoryEnum } from '../../common/enums.js';
import { TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';
import { GroupRoleEnum } from './editions.enums.js';

/** A working group: one theme of an edition, framed by a question; most fields are resolved. */
@ObjectType()
export class WorkingGroup {
  @Field(() => ID) id: string;
  @Field(() => ID) editionId: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class GroupPerson {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType()
export class GroupMember {
  @Field(() => GroupPerson) person: GroupPerson;
  @Field(() => GroupRoleEnum) role: GroupRole;
}

@ObjectType({ description: 'Active members of one stakeholder category (null: no shares, e.g. an outside board member).' })
export class GroupCategory {
  @Field(() => StakeholderCategoryEnum, { nullable: true }) category: StakeholderCategory | null;
  @Field(() => Int) count: number;
  @Field(() => [GroupMember]) members: GroupMember[];
}

@ObjectType()
export class GroupFrameRoles {
  @Field(() => [Person]) leads: Person[];
  @Field(() => Person, { nullable: true }) coordinator: Person | null;
  @Field(() => Person, { nullable: true }) secretary: Person | null;
}

@ObjectType({ description: 'A role of the frame (2 leads, 1 coordinator, 1 secretary) still to fill.' })
export class FrameWarning {
  @Field(() => GroupRoleEnum) role: GroupRole;
  @Field(() => Int) missing: number;
}

@ObjectType()
export class JoinRequest {
  @Field(() => GroupPerson) person: GroupPerson;
  @Field(() => StakeholderCategoryEnum, { nullable: true }) category: StakeholderCategory | null;
  @Field(() => GraphQLISODateTime) requestedAt: Date;
}

@ObjectType({ description: 'A recommendation (of an earlier edition or a sister cooperative) the group builds on.' })
export class LineageCitation {
  @Field(() => ID) recommendationId: string;
  @Field(() => TranslatedText, { nullable: true, description: 'The current title (the latest version).' }) title: TranslatedText | null;
  @Field(() => TranslatedText, { nullable: true }) note: TranslatedText | null;
}
