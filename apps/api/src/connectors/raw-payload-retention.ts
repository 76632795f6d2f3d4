// Raw payloads are kept for RAW_PAYLOAD_RETENTION_DAYS so a parser fix can be replayed over them,
// then deleted: at start-up and once a day. Every API node does it; the DELETE is idempotent.
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';
import { ConnectorIntakeStore } from '@auscult/persistence';
import { AUSCULT_CONFIG } from '../config/config.module.js';

const DAY_MS = 24 * 3600 * 1000;

@Injectable()
export class RawPayloadRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RawPayloadRetention.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: ConnectorIntakeStore,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.prune();
    this.timer = setInterval(() => void this.prune(), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async prune(now: Date = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.pushConnectors.rawPayloadRetentionDays * DAY_MS);
    try {
      const deleted = await this.store.pruneRawPayloads(before);
      if (deleted > 0) this.logger.log({ deleted, before: before.toISOString() }, 'raw payloads pruned');
      return deleted;
    } catch (error) {
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'raw payload pruning failed',
      );
      return 0;
    }
  }
}
