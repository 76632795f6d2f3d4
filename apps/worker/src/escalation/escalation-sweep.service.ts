import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slaMinutesFor, type ItemKind, type Urgency } from '@auscult/contracts';
import { slaWindowsFor } from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import { escalationDueAt, EscalationScheduler, LAST_ESCALATION_LEVEL } from './escalation.scheduler.js';
import { isUnclaimed } from './escalation.service.js';

interface OpenCareNeed {
  item_id: string;
  status: 'new' | 'acknowledged';
  assignee_id: string | null;
  due_at: Date;
  escalation_level: number;
  kind: ItemKind;
  urgency: Urgency;
  facility: string | null;
}

/**
 * Redis is not the record of what must escalate; PostgreSQL is. At start-up every open care need
 * gets its next check back, so a flushed Redis, a lost schedule or a long outage never leaves a
 * patient's call unescalated.
 */
@Injectable()
export class EscalationSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger(EscalationSweep.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scheduler: EscalationScheduler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
  }

  async sweep(): Promise<number> {
    const rows: OpenCareNeed[] = await this.ds.query(
      `SELECT t.item_id, t.status, t.assignee_id, t.due_at, t.escalation_level, t.kind, t.urgency, i.facility
         FROM triage t JOIN items i ON i.id = t.item_id
        WHERE t.kind = 'care_need' AND t.status IN ('new', 'acknowledged')
          AND t.due_at IS NOT NULL AND t.escalation_level < $1`,
      [LAST_ESCALATION_LEVEL],
    );
    let restored = 0;
    for (const row of rows) {
      const window = slaMinutesFor(row.kind, row.urgency, await slaWindowsFor(this.ds.manager, row.facility));
      if (!isUnclaimed({ status: row.status, assigneeId: row.assignee_id }) || window === null) continue;
      const level = row.escalation_level + 1;
      const outcome = await this.scheduler.ensureScheduled(
        row.item_id,
        level,
        escalationDueAt(row.due_at, window, level),
      );
      if (outcome !== 'present') restored += 1;
    }
    this.logger.log({ open: rows.length, restored }, 'escalation sweep done');
    return restored;
  }
}
