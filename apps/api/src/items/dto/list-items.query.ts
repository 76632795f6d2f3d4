import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANNELS,
  ITEM_KINDS,
  ITEM_SORTS,
  TOPICS,
  TRIAGE_STATUSES,
  URGENCIES,
  type Channel,
  type ItemKind,
  type ItemSort,
  type Topic,
  type TriageStatus,
  type Urgency,
} from '@auscult/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** `a,b,c` (or a repeated parameter) → ['a', 'b', 'c']; blanks dropped. */
const commaList = () =>
  Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
      .map((v) => (typeof v === 'string' ? v.trim() : v))
      .filter((v) => v !== ''),
  );

/** The filters shared by the list and the CSV export (see ItemListQuery in contracts). */
export class ItemFiltersQuery {
  @ApiPropertyOptional({ enum: ITEM_KINDS, isArray: true, description: 'Comma-separated.' })
  @IsOptional()
  @commaList()
  @IsArray()
  @IsIn(ITEM_KINDS, { each: true })
  kind?: ItemKind[];

  @ApiPropertyOptional({ enum: TRIAGE_STATUSES, isArray: true, description: 'Comma-separated.' })
  @IsOptional()
  @commaList()
  @IsArray()
  @IsIn(TRIAGE_STATUSES, { each: true })
  status?: TriageStatus[];

  @ApiPropertyOptional({ enum: URGENCIES, isArray: true, description: 'Comma-separated.' })
  @IsOptional()
  @commaList()
  @IsArray()
  @IsIn(URGENCIES, { each: true })
  urgency?: Urgency[];

  @ApiPropertyOptional({ enum: CHANNELS, isArray: true, description: 'Comma-separated.' })
  @IsOptional()
  @commaList()
  @IsArray()
  @IsIn(CHANNELS, { each: true })
  channel?: Channel[];

  @ApiPropertyOptional({ example: '4B,ICU', description: 'Unit codes, comma-separated.' })
  @IsOptional()
  @commaList()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  unit?: string[];

  @ApiPropertyOptional({ description: 'true: only care needs without a unit (the triage queue).' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unrouted?: boolean;

  @ApiPropertyOptional({ enum: TOPICS })
  @IsOptional()
  @IsIn(TOPICS)
  topic?: Topic;

  @ApiPropertyOptional({ description: 'Received at or after (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Received before (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'Full-text search (websearch syntax) over the redacted text.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ITEM_SORTS, default: 'newest' })
  @IsOptional()
  @IsIn(ITEM_SORTS)
  sort?: ItemSort;
}

export class ListItemsQuery extends ItemFiltersQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}
