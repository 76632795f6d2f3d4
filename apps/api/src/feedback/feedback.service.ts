import { Inject, Injectable } from '@nestjs/common';
import type { IngestAccepted } from '@auscult/contracts';
import type { AuscultConfig } from '@auscult/config';
import { UnitEntity } from '@auscult/persistence';
import { DataSource } from 'typeorm';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { IntakeService } from '../connectors/intake.service.js';

/** Comment cards arrive as items of this source, on channel comment_card, for the unit of the page. */
export const COMMENT_CARD_SOURCE = 'comment-card';
export const MAX_MESSAGE_LENGTH = 2000;
const MAX_LOCATION_LENGTH = 100;

export interface CommentCard {
  formId: string;
  message: string;
  location: string;
}

@Injectable()
export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: IntakeService,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  get tokenKey(): string {
    return this.config.pushConnectors.authorRefKey;
  }

  /** The unit of a QR code; codes are matched exactly, then in upper case ("4b" → "4B"). */
  async findUnit(code: string): Promise<UnitEntity | null> {
    if (code.length === 0 || code.length > 64) return null;
    const units = this.dataSource.getRepository(UnitEntity);
    return (await units.findOneBy({ code })) ?? (await units.findOneBy({ code: code.toUpperCase() }));
  }

  /** Lands the card on the unit's board like any other item; the form id makes a double submit one item. */
  async submit(unit: UnitEntity, card: CommentCard): Promise<IngestAccepted> {
    const location = card.location.trim().slice(0, MAX_LOCATION_LENGTH);
    const [accepted] = await this.intake.accept(COMMENT_CARD_SOURCE, [
      {
        source: COMMENT_CARD_SOURCE,
        externalId: `card-${card.formId}`,
        text: location ? `${card.message.trim()}\n\nWhere: ${location}` : card.message.trim(),
        channel: 'comment_card',
        unit: unit.code,
        facility: unit.facility,
        postedAt: new Date().toISOString(),
        raw: { unit: unit.code, ...(location ? { location } : {}) },
      },
    ]);
    return accepted;
  }
}
