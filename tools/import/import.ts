// `npm run import -- --file comments.csv --source survey [--map …] [--wait]`: a survey export or a
// history of comments into the ingest queue, for the worker to classify and store like any item.
import { createReadStream, existsSync } from 'node:fs';
import { loadConfigOrExit, redisOptions } from '@auscult/config';
import { QUEUES, type IngestJobData } from '@auscult/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { runImport } from './importer.js';
import { parseImportArgs, UsageError, USAGE, type ImportOptions } from './options.js';
import { ProgressLine } from './progress.js';
import { formatSummary } from './summary.js';
import { waitForStored } from './wait-for-stored.js';

function optionsOrExit(): ImportOptions {
  try {
    const options = parseImportArgs(process.argv.slice(2));
    if (!existsSync(options.file)) throw new UsageError(`--file: ${options.file} does not exist`);
    return options;
  } catch (error) {
    if (!(error instanceof UsageError || (error instanceof TypeError && 'code' in error))) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const options = optionsOrExit();
  const config = loadConfigOrExit();
  const queue = new Queue<IngestJobData>(QUEUES.ingest, {
    connection: redisOptions(config.redisUrl, 'worker'),
    prefix: config.redisPrefix,
  });
  const redis = new Redis(redisOptions(config.redisUrl, 'worker'));
  const progress = new ProgressLine();
  const startedAt = Date.now();
  try {
    const input = createReadStream(options.file, { highWaterMark: 256 * 1024 });
    const { summary, receivedAt } = await runImport(options, input, { queue, redis }, progress);
    if (options.wait && summary.accepted > 0) {
      summary.stored = await waitForStored({
        databaseUrl: config.databaseUrl,
        queue,
        source: options.source,
        receivedAt,
        expected: summary.accepted,
        timeoutSeconds: options.waitTimeoutSeconds,
        progress,
        startedAt,
      });
      summary.storedSeconds = (Date.now() - startedAt) / 1000;
    }
    progress.done();
    const usage = process.resourceUsage();
    const peakRssMb = Math.round(usage.maxRSS / 1024);
    const cpuSeconds = Number(((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1));
    if (options.json) console.log(JSON.stringify({ ...summary, peakRssMb, cpuSeconds }));
    else console.log(`${formatSummary(summary)}\n  peak memory ${peakRssMb} MB`);
    const incomplete =
      summary.stoppedBy !== null || (summary.stored !== null && summary.stored !== summary.accepted);
    process.exitCode = incomplete ? 1 : 0;
  } finally {
    await queue.close();
    await redis.quit();
  }
}

await main();
