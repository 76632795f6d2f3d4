import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class ReportRangeQuery {
  @ApiPropertyOptional({ description: 'Received at or after (ISO 8601); default 7 days before `to`.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Received before (ISO 8601); default now.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
