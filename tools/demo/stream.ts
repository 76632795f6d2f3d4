// `npm run demo`: sends a realistic stream of patient and family messages to the ingest API so
// a first-time user sees the dashboard come alive. See options.ts for the flags.
import { randomBytes } from 'node:crypto';
import { DemoComposer, type DemoItem } from './compose.js';
import { OptionsError, parseOptions, USAGE, type DemoOptions } from './options.js';
import { Progress } from './progress.js';
import { chance, seededRandom, type Random } from './random.js';
import { backfillTimes, batches, burstSize, nextGapMs, ONCE_DEFAULT_COUNT } from './schedule.js';
import { DemoStopped, Sender, sleep } from './sender.js';

const BACKFILL_BATCH = 20;

async function main(): Promise<number> {
  let options: DemoOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const random = seededRandom(options.seed);
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const composer = new DemoComposer(random, runId);
  const stop = stopOnSignal();
  const progress = new Progress();
  const sender = new Sender({ url: options.url, apiKey: options.apiKey }, progress, stop);
  console.log(
    `Auscult demo → ${options.url}/api/v1/ingest · run ${runId} · seed ${options.seed}${options.once ? '' : ' · Ctrl-C to stop'}`,
  );
  try {
    if (options.once) await backfill(options, composer, random, sender);
    else await live(options, composer, random, sender, stop);
    return 0;
  } catch (error) {
    if (!(error instanceof DemoStopped)) throw error;
    progress.note(error.message);
    return stop.aborted ? 0 : 1;
  } finally {
    progress.finish();
  }
}

async function backfill(
  options: DemoOptions,
  composer: DemoComposer,
  random: Random,
  sender: Sender,
): Promise<void> {
  const now = new Date();
  const items = backfillTimes(random, options.count ?? ONCE_DEFAULT_COUNT, now).map((postedAt) =>
    composer.compose(now, { postedAt }),
  );
  for (const batch of batches(items, BACKFILL_BATCH)) await sender.deliver(batch);
}

async function live(
  options: DemoOptions,
  composer: DemoComposer,
  random: Random,
  sender: Sender,
  stop: AbortSignal,
): Promise<void> {
  let sent = 0;
  while (!stop.aborted && (options.count === null || sent < options.count)) {
    const now = new Date();
    const remaining = options.count === null ? Infinity : options.count - sent;
    const batch: DemoItem[] = chance(random, options.burst)
      ? composer.burst(now, Math.min(burstSize(random), remaining))
      : [composer.compose(now)];
    await sender.deliver(batch);
    sent += batch.length;
    if (options.count === null || sent < options.count) await sleep(nextGapMs(random, options.rate), stop);
  }
}

/** First Ctrl-C: finish the request in flight, print the totals, exit. Second: exit now. */
function stopOnSignal(): AbortSignal {
  const controller = new AbortController();
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

process.exitCode = await main();
