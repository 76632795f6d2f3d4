// The on-disk model: one JSON file with a header and the weight matrix, int8-quantised on a square-root
// scale (fine resolution near zero where most character n-gram weights live), gzipped and base64-encoded.
import { gunzipSync, gzipSync } from 'node:zlib';
import { ITEM_KINDS, TOPICS, URGENCIES } from '@auscult/contracts';

export const MODEL_FORMAT = 'auscult-linear-v1';
/** Columns of the weight matrix: kinds, then urgencies, then topics. */
export const COLUMNS = ITEM_KINDS.length + URGENCIES.length + TOPICS.length;
export const URGENCY_OFFSET = ITEM_KINDS.length;
export const TOPIC_OFFSET = ITEM_KINDS.length + URGENCIES.length;

export interface ModelHeader {
  format: typeof MODEL_FORMAT;
  version: string;
  createdAt: string;
  dimBits: number;
  columns: { kind: string[]; urgency: string[]; topic: string[] };
  careThreshold: number;
  /** Largest absolute weight per column: the dequantisation scale. */
  scales: number[];
  training: Record<string, unknown>;
}

export interface ModelFile extends ModelHeader {
  weights: string;
}

export interface LinearModel {
  header: ModelHeader;
  /** Row-major [bucket][column]. */
  weights: Float32Array;
}

export function encodeModel(header: Omit<ModelHeader, 'scales' | 'format'>, weights: Float32Array): ModelFile {
  const scales = new Array<number>(COLUMNS).fill(1e-9);
  for (let i = 0; i < weights.length; i++) scales[i % COLUMNS] = Math.max(scales[i % COLUMNS], Math.abs(weights[i]));
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    q[i] = Math.sign(w) * Math.round(127 * Math.sqrt(Math.abs(w) / scales[i % COLUMNS]));
  }
  const packed = gzipSync(Buffer.from(q.buffer), { level: 9 }).toString('base64');
  return { format: MODEL_FORMAT, ...header, scales, weights: packed };
}

export function decodeModel(file: ModelFile): LinearModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`unsupported model format ${String(file.format)}`);
  const bytes = gunzipSync(Buffer.from(file.weights, 'base64'));
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const expected = (1 << file.dimBits) * COLUMNS;
  if (q.length !== expected) throw new Error(`model has ${q.length} weights, expected ${expected}`);
  const tables = file.scales.map((s) => lookupTable(s));
  const weights = new Float32Array(q.length);
  for (let row = 0; row < q.length; row += COLUMNS) {
    for (let c = 0; c < COLUMNS; c++) weights[row + c] = tables[c][q[row + c] + 128];
  }
  const { weights: _packed, ...header } = file;
  return { header, weights };
}

function lookupTable(scale: number): Float32Array {
  const table = new Float32Array(256);
  for (let v = -128; v <= 127; v++) table[v + 128] = Math.sign(v) * (v / 127) ** 2 * scale;
  return table;
}
