import { RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { INGEST_LIMITS } from '@auscult/contracts';
import { redisOptions, type AuscultConfig } from '@auscult/config';
import helmet from 'helmet';
import { Redis } from 'ioredis';
import { Logger } from 'nestjs-pino';
import { isJsonOutsideWebhooks } from './connectors/webhook-body.js';
import { createValidationPipe } from './errors/validation.js';
import { RedisIoAdapter } from './live/redis-io.adapter.js';

// The dashboard is served from the same origin; its charts set inline styles, nothing runs inline script.
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Everything main.ts does to the app before it listens; tests call it too, so they run the real app. */
export function configureApp(app: NestExpressApplication, config: AuscultConfig): void {
  app.useLogger(app.get(Logger));
  // Webhook routes read their raw body themselves (signatures are over the exact bytes).
  app.useBodyParser('json', { limit: INGEST_LIMITS.maxBodyBytes, type: isJsonOutsideWebhooks });
  // The comment card is a public page at /feedback/:unitCode (the URL its printed QR code holds);
  // /metrics stays at the root, where Prometheus scrapes by default.
  app.setGlobalPrefix('api', {
    exclude: [{ path: 'feedback/:unitCode', method: RequestMethod.ALL }, 'metrics'],
  });
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Upgrading requests only makes sense behind TLS; on a plain-HTTP demo it would break the page.
        directives: {
          ...contentSecurityPolicy,
          upgradeInsecureRequests: config.env === 'production' ? [] : null,
        },
      },
    }),
  );
  // Only configured origins may call from a browser; with none, the browser's same-origin rule stands.
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-api-key', 'x-request-id'],
    maxAge: 600,
  });
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
