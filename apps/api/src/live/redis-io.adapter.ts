import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { liveServerOptions } from '@auscult/live';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/** Nest's socket.io adapter with the Redis streams adapter and connection state recovery. */
export class RedisIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    return super.createIOServer(port, {
      ...options,
      ...liveServerOptions(this.redis, this.prefix),
    } as ServerOptions) as Server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
