import { ACTION_STATUSES, type ActionStatus } from '@letscoop/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../../common/enums.js';
import { TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';
import { EditionRef } from '../recommendations/recommendation.model.js';

export const ActionStatusEnum = asEnum(ACTION_STATUSES);
registerEnumType(ActionStatusEnum, {
  name: 'ActionStatus',
  description: 'Planned → in progress → done; or abandoned (with a reason).',
});

@ObjectType({
  description:
    'How a progress figure is computed: the average of the actions’ progress (percent = sum / counted), abandoned actions left out.',
})
export class ActionProgress {
  @Field(() => Float, { nullable: true, description: 'Rounded to one decimal; null when no action counts.' })
  percent: number | null;
  @Field(() => Int, { description: 'Actions averaged.' }) counted: number;
  @Field(() => Int, { description: 'Actions left out because they were abandoned.' }) abandoned: number;
  @Field(() => Int, { description: 'Sum of the counted actions’ progress.' }) sum: number;
}

@ObjectType({ description: 'Who carries an action out: a directorate or department by name, or a staff member.' })
export class ActionOwner {
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Person, { nullable: true }) person: Person | null;
}

@ObjectType()
export class ActionMilestone {
  @Field(() => ID) id: string;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field({ description: 'yyyy-mm-dd' }) dueOn: string;
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; null while not done.' }) doneOn: string | null;
  @Field({ description: 'Past its due day and not done, on an open action.' }) overdue: boolean;
}

@ObjectType({ description: "A dated progress update by the action's owner, with the progress at that time." })
export class ActionProgressUpdate {
  @Field(() => ID) id: string;
  @Field(() => TranslatedText) body: TranslatedText;
  @Field(() => Int) progress: number;
  @Field(() => Person, { nullable: true }) author: Person | null;
  @Field() postedAt: Date;
}

@ObjectType({ description: 'One status move, with who, when and why.' })
export class ActionStatusChange {
  @Field(() => ID) id: string;
  @Field(() => ActionStatusEnum) fromStatus: ActionStatus;
  @Field(() => ActionStatusEnum) toStatus: ActionStatus;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Person, { nullable: true }) actor: Person | null;
  @Field() occurredAt: Date;
}

@ObjectType({ description: 'Where an action sits: its project and programme.' })
export class ActionPlacement {
  @Field(() => ID) projectId: string;
  @Field(() => TranslatedText) project: TranslatedText;
  @Field(() => ID) programmeId: string;
  @Field(() => TranslatedText) programme: TranslatedText;
}

/** An action of the plan; its row is the parent of the field resolvers. */
@ObjectType({ description: 'An action of the operational plan, usually an action proposal the assembly adopted.' })
export class Action {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => ID) projectId: string;
  @Field(() => ActionStatusEnum) status: ActionStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Why it has its status: required when abandoned or taken up again.',
  })
  statusReason: string | null;
  @Field(() => Int, { description: '0–100.' }) progress: number;
  @Field({ description: 'When it entered the plan.' }) enteredAt: Date;
  @Field() statusChangedAt: Date;
}

@ObjectType()
export class ActionProject {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field(() => TranslatedText, { nullable: true }) description: TranslatedText | null;
  @Field({ description: 'Where adopted proposals wait until the secretariat places them.' }) isDefault: boolean;
  @Field(() => ActionProgress, { description: 'Over all its actions, whatever the filters.' }) progress: ActionProgress;
  @Field(() => [Action], { description: 'Its actions that match the filters of the plan.' }) actions: Action[];
}

@ObjectType()
export class ActionProgramme {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field(() => TranslatedText, { nullable: true }) description: TranslatedText | null;
  @Field(() => EditionRef, {
    nullable: true,
    description: "Set on the programme that receives this edition's adopted proposals by default.",
  })
  defaultForEdition: EditionRef | null;
  @Field(() => ActionProgress, {
    description: 'Over all the actions of all its projects (each action weighs the same), whatever the filters.',
  })
  progress: ActionProgress;
  @Field(() => [ActionProject]) projects: ActionProject[];
}

@ObjectType({ description: "The cooperative's operational action plan, across editions." })
export class ActionPlan {
  @Field(() => ID) cooperativeId: string;
  @Field(() => [ActionProgramme], {
    description: 'With filters, only the programmes and projects that hold a matching action.',
  })
  programmes: ActionProgramme[];
  @Field(() => ActionProgress, { description: 'The whole plan, whatever the filters.' }) progress: ActionProgress;
  @Field(() => [ActionOwner], { description: 'Every owner in the plan (for the owner filter).' })
  owners: ActionOwner[];
  @Field(() => [EditionRef], { description: "The cooperative's editions (for the edition filter)." })
  editions: EditionRef[];
}
