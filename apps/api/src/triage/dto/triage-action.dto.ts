import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';

export const NOTE_MAX_LENGTH = 2000;

/** Every action may say which triage version the person was looking at; a different one answers 409. */
export class VersionedDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The triage.version the client last saw.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

/** claim, acknowledge, dismiss: an optional note for the audit trail. */
export class TriageActionDto extends VersionedDto {
  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @Length(1, NOTE_MAX_LENGTH)
  note?: string;
}

/** resolve and note: the note is the point (the outcome, or what was done). */
export class NoteRequiredDto extends VersionedDto {
  @ApiProperty({ maxLength: NOTE_MAX_LENGTH, example: 'Pain relief given at 03:40; patient settled.' })
  @IsString()
  @Length(1, NOTE_MAX_LENGTH)
  @Matches(/\S/, { message: 'note must not be blank' })
  note!: string;
}

export class AssignDto extends TriageActionDto {
  @ApiProperty({ format: 'uuid', description: 'An active user who can reach this item.' })
  @IsUUID('all')
  assigneeId!: string;
}

/** forward: the care need goes to this unit (its code, e.g. `ICU`), with an optional note. */
export class ForwardDto extends TriageActionDto {
  @ApiProperty({ example: 'ICU', description: 'The code of a known unit.' })
  @IsString()
  @Length(1, 64)
  unitCode!: string;
}
