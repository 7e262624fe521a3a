import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A written proxy. Resolvers start from the ProxyEntity row; grantor and holder are field resolvers. */
@ObjectType('Proxy')
export class ProxyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) assemblyId: string;
  @Field() grantedAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}
