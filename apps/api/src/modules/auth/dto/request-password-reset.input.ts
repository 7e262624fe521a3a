import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';

@InputType()
export class RequestPasswordResetInput {
  @Field() @IsEmail({}, { message: 'Enter an e-mail address such as name@example.org.' }) @MaxLength(320) email: string;
}
