import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class OidcExchangeDto {
  @ApiProperty({
    description: 'The one-time code the single sign-on callback put in the dashboard URL fragment.',
  })
  @IsString()
  @MinLength(16)
  @MaxLength(128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'code must be base64url' })
  code!: string;
}
