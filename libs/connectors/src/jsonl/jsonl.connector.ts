// JSON Lines (https://jsonlines.org): one IngestItem-shaped object per line, the export format of
// most social-listening tools and of our own `npm run classify`. Blank lines are skipped.
import { INGEST_LIMITS } from '@auscult/contracts';
import { decodeChunks, decodePayload } from '../chunks.js';
import { collect, type ChunkSource, type Connector, type ParsedRecord } from '../connector.js';
import { isPlainObject, toIngestItem, type ItemDefaults } from '../ingest-item.js';
import { LineSplitter, type Line } from './line-splitter.js';

export type JsonlOptions = ItemDefaults;

// A line may carry `raw` as well as the text, so allow generously more than the text limit;
// past this, the line is rejected instead of growing memory without bound.
const MAX_LINE_CHARS = INGEST_LIMITS.maxTextLength * 50;

export const jsonlConnector: Connector<JsonlOptions> = {
  name: 'jsonl',
  description: 'JSON Lines: one ingest item per line ({ source, externalId, text, channel?, ... })',
  parse(payload, options) {
    const splitter = new LineSplitter();
    const lines = [...splitter.push(decodePayload(payload)), ...splitter.end()];
    return collect(lines.flatMap((line) => parseLine(line, options)));
  },
  async *stream(input: ChunkSource, options) {
    const splitter = new LineSplitter();
    let skipping: number | null = null;
    for await (const chunk of decodeChunks(input)) {
      for (const line of splitter.push(chunk)) {
        if (skipping === line.index) {
          skipping = null;
          continue;
        }
        yield* parseLine(line, options);
      }
      if (skipping === null && splitter.pendingLength > MAX_LINE_CHARS) {
        skipping = splitter.pendingIndex;
        yield reject(skipping, `line longer than ${MAX_LINE_CHARS} characters`);
      }
      if (skipping !== null) splitter.discardPending();
    }
    for (const line of splitter.end()) if (skipping !== line.index) yield* parseLine(line, options);
  },
};

function parseLine(line: Line, options: JsonlOptions): ParsedRecord[] {
  if (line.text.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    return [reject(line.index, `invalid JSON: ${(error as Error).message}`)];
  }
  if (!isPlainObject(value)) return [reject(line.index, 'a line must hold one JSON object')];
  const validated = toIngestItem(value, options);
  return [
    validated.ok
      ? { ok: true, index: line.index, item: validated.item }
      : reject(line.index, `field '${validated.field}': ${validated.reason}`),
  ];
}

function reject(index: number, reason: string): ParsedRecord {
  return { ok: false, rejection: { index, reason: `line ${index + 1}: ${reason}` } };
}
