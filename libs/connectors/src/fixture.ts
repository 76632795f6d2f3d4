// Test support: reads a fixture beside the connector and replays it as a chunked stream.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { collect, type ParsedRecord, type ParseResult } from './connector.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export function readFixture(relativePath: string): Buffer {
  return readFileSync(path.join(here, relativePath));
}

/** A Readable that hands the bytes over in pieces of `size`, splitting characters and records anywhere. */
export function chunked(bytes: Buffer, size: number): Readable {
  const pieces: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) pieces.push(bytes.subarray(start, start + size));
  return Readable.from(pieces);
}

export async function collectStream(records: AsyncIterable<ParsedRecord>): Promise<ParseResult> {
  const all: ParsedRecord[] = [];
  for await (const record of records) all.push(record);
  return collect(all);
}
