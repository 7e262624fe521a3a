import type { OfficeKind } from '@letscoop/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OfficeKindEnum } from '../../common/enums.js';

@ObjectType({ description: 'A mandate with a term (board, managing director, secretariat, ethics committee, staff).' })
export class Office {
  @Field(() => ID) id: string;
  @Field(() => OfficeKindEnum) kind: OfficeKind;
  @Field(() => ID) cooperativeId: string;
  @Field() startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;
}
