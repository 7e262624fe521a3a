import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A required text people write, with a message saying what to do. */
export function PlainText(what: string, max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    MinLength(1, { message: `Write the ${what}.` }),
    MaxLength(max, { message: `Keep the ${what} under ${max} characters.` }),
  );
}
