// Decoding of byte chunks into text that never splits a multi-byte UTF-8 character across chunks.
import { StringDecoder } from 'node:string_decoder';
import type { ChunkSource } from './connector.js';

const BOM = '\uFEFF';

/** Yields text chunks; a UTF-8 byte order mark (Excel writes one) is removed from the start. */
export async function* decodeChunks(input: ChunkSource): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let isFirst = true;
  for await (const chunk of input) {
    let text =
      typeof chunk === 'string'
        ? chunk
        : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (isFirst && text.length > 0) {
      text = stripBom(text);
      isFirst = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield isFirst ? stripBom(rest) : rest;
}

export function decodePayload(payload: string | Uint8Array): string {
  const text =
    typeof payload === 'string'
      ? payload
      : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8');
  return stripBom(text);
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}
