// Streams a file through its connector into the ingest queue in batches: memory holds one batch,
// whatever the file's size. Re-running the same file enqueues nothing new (same job ids, same
// duplicate markers as the API).
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import {
  CONNECTORS,
  enqueueIngestItems,
  type ChunkSource,
  type IngestTarget,
  type ParsedRecord,
} from '@auscult/connectors';
import type { IngestItem } from '@auscult/contracts';
import type { ImportOptions } from './options.js';
import type { ProgressLine } from './progress.js';
import { rate, RejectionTally, type ImportSummary } from './summary.js';

const BACKLOG_CHECK_EVERY_BATCHES = 10;
const BACKLOG_PAUSE_MS = 250;

export interface ImportRun {
  summary: ImportSummary;
  /** The receivedAt of every job of this run: the worker stores it, so --wait can count this run's rows. */
  receivedAt: string;
}

export async function runImport(
  options: ImportOptions,
  input: ChunkSource,
  target: IngestTarget,
  progress: ProgressLine,
): Promise<ImportRun> {
  const started = Date.now();
  const receivedAt = new Date(started).toISOString();
  const tally = new RejectionTally();
  const rejects = options.rejectsFile ? createWriteStream(options.rejectsFile) : null;
  const counts = { read: 0, accepted: 0, duplicates: 0, rejected: 0 };
  let stoppedBy: string | null = null;
  let batch: IngestItem[] = [];
  let batches = 0;
  const line = () =>
    `read ${counts.read} · accepted ${counts.accepted} · duplicates ${counts.duplicates} · rejected ${counts.rejected} · ${rate(counts.read, (Date.now() - started) / 1000)} rows/s`;

  const flush = async () => {
    if (batch.length === 0) return;
    if (options.maxBacklog > 0 && batches++ % BACKLOG_CHECK_EVERY_BATCHES === 0)
      await waitForBacklog(target.queue, options.maxBacklog);
    const result = await enqueueIngestItems(target, batch, receivedAt);
    counts.accepted += result.accepted;
    counts.duplicates += result.duplicates;
    batch = [];
    progress.update(line);
  };

  for await (const record of records(options, input)) {
    if (record.ok) {
      counts.read += 1;
      batch.push(record.item);
      if (batch.length >= options.batchSize) await flush();
    } else if (record.rejection.index === undefined) {
      stoppedBy = record.rejection.reason;
    } else {
      counts.read += 1;
      counts.rejected += 1;
      tally.add(record.rejection.reason);
      if (rejects) await writeLine(rejects, record.rejection);
    }
  }
  await flush();
  progress.update(line, true);
  if (rejects) await new Promise((resolve) => rejects.end(resolve));
  return {
    receivedAt,
    summary: {
      file: options.file,
      source: options.source,
      ...counts,
      rejections: tally.list(),
      stoppedBy,
      enqueueSeconds: (Date.now() - started) / 1000,
      stored: null,
      storedSeconds: null,
    },
  };
}

function records(options: ImportOptions, input: ChunkSource): AsyncGenerator<ParsedRecord> {
  const defaults = {
    source: options.source,
    channel: options.channel ?? 'import',
    facility: options.facility,
    unit: options.unit,
  } as const;
  if (options.format === 'jsonl') return CONNECTORS.jsonl.stream(input, defaults);
  return CONNECTORS.csv.stream(input, {
    ...defaults,
    mapping: options.map,
    dateOrder: options.dateOrder,
    delimiter: options.delimiter,
  });
}

/** Waits while the worker is this far behind, so a huge file never piles up in Redis memory. */
async function waitForBacklog(queue: IngestTarget['queue'], maxBacklog: number): Promise<void> {
  while ((await queue.getWaitingCount()) > maxBacklog) {
    await new Promise((resolve) => setTimeout(resolve, BACKLOG_PAUSE_MS));
  }
}

async function writeLine(out: WriteStream, value: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
}
