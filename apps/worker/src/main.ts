import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@auscult/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.js';

// The worker is a Nest application context: queue processors, no HTTP server. Scale by running more.
async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  console.log(`auscult worker processing queue "ingest" (prefix ${config.redisPrefix})`);
  if (config.dataKeys.isDemoKey)
    console.warn(
      'auscult worker: demo mode, original texts are sealed with the PUBLIC demo data key (set AUSCULT_DATA_KEYS)',
    );
}

await bootstrap();
