import { ApiProperty } from '@nestjs/swagger';
import { SLA_MINUTES_RANGE, type SlaPolicyUpdate, type Urgency } from '@auscult/contracts';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const minutes = () => [IsInt(), Min(SLA_MINUTES_RANGE.min), Max(SLA_MINUTES_RANGE.max)];
function Minutes(): PropertyDecorator {
  return (target, key) => minutes().forEach((d) => d(target, key));
}

export class CareNeedMinutesDto implements Record<Urgency, number> {
  @ApiProperty({ example: 5 })
  @Minutes()
  critical!: number;

  @ApiProperty({ example: 15 })
  @Minutes()
  high!: number;

  @ApiProperty({ example: 60 })
  @Minutes()
  normal!: number;

  @ApiProperty({ example: 240 })
  @Minutes()
  low!: number;
}

/** PUT /api/v1/sla-policy: a whole policy (global when facility is null). */
export class SlaPolicyDto implements SlaPolicyUpdate {
  @ApiProperty({ nullable: true, type: String, description: 'null: the global policy.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 64)
  facility!: string | null;

  @ApiProperty({ type: CareNeedMinutesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CareNeedMinutesDto)
  careNeedMinutes!: CareNeedMinutesDto;

  @ApiProperty({ example: 1440 })
  @Minutes()
  serviceComplaintMinutes!: number;
}
