import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 10;

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the e-mail.' }) @IsString() @MinLength(10) @MaxLength(200) token: string;
  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(200, { message: 'Choose a password of at most 200 characters.' })
  newPassword: string;
}
