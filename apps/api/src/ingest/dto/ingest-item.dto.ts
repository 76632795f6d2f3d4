import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, INGEST_LIMITS, type Channel } from '@auscult/contracts';
import {
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

/** One item of POST /api/v1/ingest: the public contract (DESIGN.md §4). */
export class IngestItemDto {
  @ApiProperty({ example: 'twitter', description: 'The system the item comes from.' })
  @IsString()
  @Length(1, INGEST_LIMITS.maxSourceLength)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: 'source may hold letters, digits, ".", "_" and "-" only',
  })
  source!: string;

  @ApiProperty({
    example: '1790000000000000001',
    description: "The item's id in its source; (source, externalId) is unique.",
  })
  @IsString()
  @Length(1, INGEST_LIMITS.maxExternalIdLength)
  externalId!: string;

  @ApiProperty({ example: 'My dad on ward 4B has been in pain since 3am and nobody comes.' })
  @IsString()
  @MaxLength(INGEST_LIMITS.maxTextLength)
  text!: string;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ description: 'A reference to the author in the source (handle, sender id).' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  author?: string;

  @ApiPropertyOptional({ example: '2026-11-23T09:30:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  postedAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  facility?: string;

  @ApiPropertyOptional({ example: '4B' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unit?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ description: "The source's own payload, kept for replay." })
  @IsOptional()
  @IsObject()
  raw?: Record<string, unknown>;
}
