import { ApiProperty } from '@nestjs/swagger';
import { ITEM_KINDS, TOPICS, URGENCIES, type ItemKind, type Topic, type Urgency } from '@auscult/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { TriageActionDto } from './triage-action.dto.js';

/** A person's classification, stored beside the machine's (never over it) for the next training run. */
export class ReclassifyDto extends TriageActionDto {
  @ApiProperty({ enum: ITEM_KINDS })
  @IsIn(ITEM_KINDS)
  kind!: ItemKind;

  @ApiProperty({ enum: URGENCIES })
  @IsIn(URGENCIES)
  urgency!: Urgency;

  @ApiProperty({ enum: TOPICS, isArray: true, maxItems: 10 })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(TOPICS, { each: true })
  topics!: Topic[];
}
