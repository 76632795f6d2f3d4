import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ReplyCheckDto {
  @ApiProperty({ description: 'The public reply as drafted.', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  draft!: string;
}

export class ReplyTemplateDto {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  text!: string;
}
