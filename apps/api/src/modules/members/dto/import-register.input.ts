import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class ImportRegisterInput {
  @Field(() => ID) @IsUUID('all', { message: 'cooperativeId must be the id of a cooperative.' }) cooperativeId: string;
  @Field({ description: 'The CSV file as text: email,name,language,category,shares,share_class,branch.' })
  @IsString()
  @MaxLength(20_000_000, { message: 'The file is larger than 20 MB: split it.' })
  csv: string;
}
