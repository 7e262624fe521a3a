import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A local branch ("antenne").' })
export class Branch {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() city: string;
}
