import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { INGEST_LIMITS } from '@auscult/contracts';
import { redisOptions, type AuscultConfig } from '@auscult/config';
import { Redis } from 'ioredis';
import { Logger } from 'nestjs-pino';
import { createValidationPipe } from './errors/validation.js';
import { RedisIoAdapter } from './live/redis-io.adapter.js';

/** Everything main.ts does to the app before it listens; tests call it too, so they run the real app. */
export function configureApp(app: NestExpressApplication, config: AuscultConfig): void {
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: INGEST_LIMITS.maxBodyBytes });
  // /metrics stays at the root, where Prometheus scrapes by default.
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const liveRedis = new Redis(redisOptions(config.redisUrl, 'worker'));
  app.useWebSocketAdapter(new RedisIoAdapter(app, liveRedis, config.redisPrefix));
  // SIGTERM/SIGINT: Nest closes the sockets, queues, Redis and the pool, then the process exits 0
  // (1 when a hook failed), so a supervisor can tell a clean stop from a crash.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  const docs = new DocumentBuilder()
    .setTitle('Auscult API')
    .setDescription(
      'Realtime listening for hospitals: ingest, items, trends. Live events: socket.io namespace /live.',
    )
    .setVersion('1')
    .addBearerAuth()
    .addApiKey({ type: 'apiKey', name: 'x-api-key', in: 'header' }, 'ingest-key')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs));
}
