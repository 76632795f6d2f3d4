import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@auscult/config';
import { Logger } from 'nestjs-pino';
import { startOpsServer } from './ops/ops-server.js';
import { WorkerModule } from './worker.module.js';

// The worker is a Nest application context: queue processors, no API. Scale by running more.
// Its only HTTP listener is the ops port: health for the orchestrator and Prometheus metrics.
async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  await app.init();
  const ops = config.workerOpsPort > 0 ? await startOpsServer(app, config) : null;
  // SIGTERM/SIGINT: readiness goes down first, then Nest stops the workers (jobs in hand finish),
  // then the pools and Redis connections close. A second signal exits at once.
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      logger.log({ signal }, 'worker stopping: finishing the jobs in hand');
      ops?.close();
      ops?.closeAllConnections();
      app.close().then(
        () => process.exit(0),
        (e: unknown) => {
          logger.error({ err: e instanceof Error ? e.message : String(e) }, 'worker shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  console.log(
    `auscult worker processing queue "ingest" (prefix ${config.redisPrefix})${ops ? `; ops on :${config.workerOpsPort}` : ''}`,
  );
  if (config.dataKeys.isDemoKey)
    console.warn(
      'auscult worker: demo mode, original texts are sealed with the PUBLIC demo data key (set AUSCULT_DATA_KEYS)',
    );
}

await bootstrap();
