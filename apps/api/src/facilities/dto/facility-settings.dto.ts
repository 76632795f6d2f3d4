import { ApiProperty } from '@nestjs/swagger';
import type { FacilitySettingsUpdate } from '@auscult/contracts';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

export class FacilitySettingsDto implements FacilitySettingsUpdate {
  @ApiProperty({ description: 'Share new service complaints among the online PX members.' })
  @IsBoolean()
  autoAssign!: boolean;

  @ApiProperty({
    minimum: 1,
    maximum: 1000,
    example: 10,
    description: 'Open items per person before they are skipped.',
  })
  @IsInt()
  @Min(1)
  @Max(1000)
  openItemCap!: number;
}
