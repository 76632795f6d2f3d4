import { ApiProperty } from '@nestjs/swagger';
import { UNIT_ALIAS_LIMITS, type UnitAliasesUpdate } from '@auscult/contracts';
import { ArrayMaxSize, IsArray, IsString, Length, Matches } from 'class-validator';

export class UnitAliasesDto implements UnitAliasesUpdate {
  @ApiProperty({
    type: [String],
    example: ['ward 4b', 'medical ward'],
    maxItems: UNIT_ALIAS_LIMITS.maxAliases,
  })
  @IsArray()
  @ArrayMaxSize(UNIT_ALIAS_LIMITS.maxAliases)
  @IsString({ each: true })
  @Length(1, UNIT_ALIAS_LIMITS.maxLength, { each: true })
  @Matches(/\S/, { each: true, message: 'each alias must not be blank' })
  aliases!: string[];
}
