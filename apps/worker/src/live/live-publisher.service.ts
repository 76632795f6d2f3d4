import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ItemEvent, LiveEventName } from '@auscult/contracts';
import { redisOptions, type AuscultConfig } from '@auscult/config';
import { createLiveEmitter, emitItemEvents, type LiveEmitter } from '@auscult/live';
import { Redis } from 'ioredis';
import { AUSCULT_CONFIG } from '../config.js';

/** Publishes the worker's live events to every API node through Redis. */
@Injectable()
export class LivePublisher implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly emitter: LiveEmitter;

  constructor(@Inject(AUSCULT_CONFIG) config: AuscultConfig) {
    this.redis = new Redis(redisOptions(config.redisUrl, 'worker'));
    this.emitter = createLiveEmitter(this.redis, config.redisPrefix);
  }

  publish(name: LiveEventName, events: { room: string; event: ItemEvent }[]): void {
    emitItemEvents(this.emitter.nsp, name, events);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.emitter.close();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
