import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A line of the register file that was refused, and why.' })
export class RegisterImportError {
  @Field(() => Int, { description: 'The line in the file (the header is line 1).' }) line: number;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field() message: string;
}

@ObjectType({ description: 'All or nothing: imported is false when any line is bad, and then nothing changed.' })
export class RegisterImportReport {
  @Field() imported: boolean;
  @Field(() => Int, { description: 'Member lines in the file (header excluded).' }) rows: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => [RegisterImportError]) errors: RegisterImportError[];
}
