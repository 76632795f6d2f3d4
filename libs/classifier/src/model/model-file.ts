// The on-disk model: one JSON file with a header and the weight matrix, int8-quantised on a square-root
// scale (fine resolution near zero where most character n-gram weights live), gzipped and base64-encoded.
import { gunzipSync, gzipSync } from 'node:zlib';
import { ITEM_KINDS, TOPICS, URGENCIES } from '@auscult/contracts';

export const MODEL_FORMAT = 'auscult-linear-v1';
/** Columns of the weight matrix: kinds, then urgencies, then topics. */
export const COLUMNS = ITEM_KINDS.length + URGENCIES.length + TOPICS.length;
export const URGENCY_OFFSET = ITEM_KINDS.length;
export const TOPIC_OFFSET = ITEM_KINDS.length + URGENCIES.length;
/**
 * Runtime rows are 32 bytes: 31 int8 weights (normalised by their column's largest weight) and a row exponent,
 * so a feature costs one cache-line read and the whole table (4 MB) stays in the L3 cache.
 */
export const STRIDE = 32;
const EXPONENT = 31;
const ZERO_ROW = -128;
/** Row scale for each exponent byte: 2^(e/8) / 127, or 0 for an all-zero row. */
export const ROW_SCALE = new Float64Array(256).map((_, i) =>
  i - 128 === ZERO_ROW ? 0 : 2 ** ((i - 128) / 8) / 127,
);
export const EXPONENT_BYTE = EXPONENT;

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
  /** Row-major [bucket][STRIDE]: int8 weights, byte 31 the row exponent; multiply a column's sum by `columnScale`. */
  weights: Int8Array;
  columnScale: Float64Array;
}

export function encodeModel(
  header: Omit<ModelHeader, 'scales' | 'format'>,
  weights: Float32Array,
): ModelFile {
  const scales = new Array<number>(COLUMNS).fill(1e-9);
  for (let i = 0; i < weights.length; i++)
    scales[i % COLUMNS] = Math.max(scales[i % COLUMNS], Math.abs(weights[i]));
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
  if (q.length !== rows * COLUMNS)
    throw new Error(`model has ${q.length} weights, expected ${rows * COLUMNS}`);
  // Stored values are sqrt-scaled per column; u = sign·(q/127)² is the weight as a fraction of its column's largest.
  const unit = new Float64Array(256).map((_, i) => Math.sign(i - 128) * ((i - 128) / 127) ** 2);
  const weights = new Int8Array(rows * STRIDE);
  const u = new Float64Array(COLUMNS);
  for (let row = 0; row < rows; row++) {
    let peak = 0;
    for (let c = 0; c < COLUMNS; c++)
      peak = Math.max(peak, Math.abs((u[c] = unit[q[row * COLUMNS + c] + 128])));
    const to = row * STRIDE;
    if (peak === 0) {
      weights[to + EXPONENT] = ZERO_ROW;
      continue;
    }
    const e = Math.max(-127, Math.min(0, Math.ceil(Math.log2(peak) * 8)));
    const rowMax = 2 ** (e / 8);
    for (let c = 0; c < COLUMNS; c++) weights[to + c] = Math.round((u[c] / rowMax) * 127);
    weights[to + EXPONENT] = e;
  }
  const { weights: _packed, ...header } = file;
  return { header, weights, columnScale: new Float64Array(file.scales) };
}
