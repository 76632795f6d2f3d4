// The shape every connector shares: a pure parser over a whole payload, and the same parser
// fed chunk by chunk from a stream, so a 2 GB export is read with flat memory.
import type { IngestItem } from '@auscult/contracts';

/** Why one record (or, without an index, the whole input) could not become an IngestItem. */
export interface Rejection {
  reason: string;
  /** 0-based position of the record in the input (data rows only; a CSV header is not counted). */
  index?: number;
}

export interface ParseResult {
  items: IngestItem[];
  rejected: Rejection[];
}

/** One outcome of a streamed parse, in input order. */
export type ParsedRecord =
  { ok: true; index: number; item: IngestItem } | { ok: false; rejection: Rejection };

/** What a stream of bytes or text looks like to a connector: a Node Readable is one. */
export type ChunkSource = AsyncIterable<string | Uint8Array>;

export interface Connector<Options> {
  /** The registry key, e.g. `csv`. */
  readonly name: string;
  /** One line for help texts and admin screens. */
  readonly description: string;
  parse(payload: string | Uint8Array, options: Options): ParseResult;
  stream(input: ChunkSource, options: Options): AsyncGenerator<ParsedRecord>;
}

/** Splits parsed records into the two lists of a ParseResult. */
export function collect(records: Iterable<ParsedRecord>): ParseResult {
  const result: ParseResult = { items: [], rejected: [] };
  for (const record of records) {
    if (record.ok) result.items.push(record.item);
    else result.rejected.push(record.rejection);
  }
  return result;
}
