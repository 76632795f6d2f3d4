// `npm run classify -- --in items.jsonl --out predictions.jsonl`
// Reads lines { id, text, channel? }, writes lines { id, kind, urgency, topics, confidence }. Offline and streaming:
// a bad line is reported with its number on stderr and skipped; progress goes to stderr for large files.
import { createReadStream, createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { loadClassifier } from '../index.js';
import { parseArgs, parseLine } from './classify-io.js';

const PROGRESS_EVERY = 10_000;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.message);
    process.exitCode = 2;
    return;
  }
  const classifier = loadClassifier(args.model);
  const input = args.in === '-' ? process.stdin : createReadStream(args.in, 'utf8');
  const output: Writable = args.out === '-' ? process.stdout : createWriteStream(args.out, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let written = 0;
  let bad = 0;
  const started = Date.now();
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const parsed = parseLine(line);
    if (!parsed.ok) {
      bad++;
      console.error(`line ${lineNo}: ${parsed.message}`);
      continue;
    }
    const r = classifier.classify({ text: parsed.item.text, channel: parsed.item.channel });
    const record = JSON.stringify({
      id: parsed.item.id,
      kind: r.kind,
      urgency: r.urgency,
      topics: r.topics,
      confidence: r.confidence,
    });
    if (!output.write(record + '\n'))
      await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    written++;
    if (written % PROGRESS_EVERY === 0)
      console.error(
        `classified ${written} items (${Math.round(written / ((Date.now() - started) / 1000))}/s)`,
      );
  }
  if (output !== process.stdout) await new Promise<void>((resolve) => output.end(() => resolve()));
  console.error(`done: ${written} classified, ${bad} bad lines skipped, model ${classifier.version}`);
  if (bad > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`classify failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
