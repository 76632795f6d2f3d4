import { ApiPropertyOptional } from '@nestjs/swagger';
import { TREND_BUCKETS, type TrendBucket } from '@auscult/contracts';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

export class TrendsQuery {
  @ApiPropertyOptional({ description: 'Start (ISO 8601); default: 12 hours ago.' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'End (ISO 8601); default: now.' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ enum: TREND_BUCKETS, default: 'hour' })
  @IsOptional()
  @IsIn(TREND_BUCKETS)
  bucket?: TrendBucket;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  facility?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unit?: string;
}
