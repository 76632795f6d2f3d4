// The on-disk model: one JSON file with a header and the weight matrix, int8-quantised on a square-root
// scale (fine resolution near zero where most character n-gram weights live), gzipped and base64-encoded.
import { gunzipSync, gzipSync } from 'node:zlib';
import { ITEM_KINDS, TOPICS, URGENCIES } from '@auscult/contracts';

export const MODEL_FORMAT = 'auscult-linear-v1';
/** Columns of the weight matrix: kinds, then urgencies, then topics. */
export const COLUMNS = ITEM_KINDS.length + URGENCIES.length + TOPICS.length;
export const URGENCY_OFFSET = ITEM_KINDS.length;
export const TOPIC_OFFSET = ITEM_KINDS.length + URGENCIES.length;
/** Runtime rows are padded to 32 int16 weights: one 64-byte cache line per feature, which is what lookups cost. */
export const STRIDE = 32;

export interface ModelHeader {
  format: typeof MODEL_FORMAT;
  version: string;
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
  /** Row-major [bucket][STRIDE], linear int16; multiply a column's sum by `columnScale`. */
  weights: Int16Array;
  columnScale: Float64Array;
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
  const rows = 1 << file.dimBits;
  if (q.length !== rows * COLUMNS) throw new Error(`model has ${q.length} weights, expected ${rows * COLUMNS}`);
  const table = new Int16Array(256);
  for (let v = -128; v <= 127; v++) table[v + 128] = Math.round(Math.sign(v) * (v / 127) ** 2 * 32767);
  const weights = new Int16Array(rows * STRIDE);
  for (let row = 0; row < rows; row++) {
    const from = row * COLUMNS;
    const to = row * STRIDE;
    for (let c = 0; c < COLUMNS; c++) weights[to + c] = table[q[from + c] + 128];
  }
  const columnScale = new Float64Array(file.scales.map((s) => s / 32767));
  const { weights: _packed, ...header } = file;
  return { header, weights, columnScale };
}
