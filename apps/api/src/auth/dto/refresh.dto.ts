import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from the login (or the last refresh) answer.' })
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  refreshToken!: string;
}
