import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field() @IsEmail({}, { message: 'Enter an e-mail address such as name@example.org.' }) @MaxLength(320) email: string;
  @Field() @IsString() @MinLength(1, { message: 'Enter your password.' }) @MaxLength(1000) password: string;
}
