import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A demo login, listed on the login page in demo mode only.' })
export class DemoAccount {
  @Field() email: string;
  @Field() password: string;
  @Field() displayName: string;
  @Field({ description: 'A role key: secretariat, board, chair, director, ethics, staff, member, partner.' }) role: string;
}

@ObjectType()
export class AppInfo {
  @Field({ description: 'Demo mode: invented people and figures, demo logins shown.' }) demo: boolean;
  @Field() version: string;
}
