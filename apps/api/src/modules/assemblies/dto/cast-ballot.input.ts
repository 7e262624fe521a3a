import type { BallotChoice } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { BallotChoiceEnum } from '../assemblies.enums.js';

/** A ballot: `choice` for a motion, `approvals` for an election (empty: a blank ballot). */
@InputType()
export class CastBallotInput {
  @Field(() => ID) @IsUUID('all', { message: 'pollId must be the id of a poll.' }) pollId: string;

  @Field(() => BallotChoiceEnum, { nullable: true, description: 'Motions: YES, NO or ABSTAIN.' })
  @IsOptional()
  @IsIn(Object.values(BallotChoiceEnum), { message: 'Choose YES, NO or ABSTAIN.' })
  choice?: BallotChoice | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Elections: the candidates you approve, at most as many as there are seats; empty for a blank ballot.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: 'A ballot approves at most as many candidates as there are seats.' })
  @ArrayUnique({ message: 'Approve each candidate at most once.' })
  @IsUUID('all', { each: true, message: 'Each approval must be the id of a candidate.' })
  approvals?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Vote for a member whose proxy you hold (one ballot per member represented); leave empty to vote for yourself.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'onBehalfOf must be the id of the member you represent.' })
  onBehalfOf?: string | null;
}
