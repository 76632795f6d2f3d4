import type { ItemSort } from '@auscult/contracts';

/**
 * Opaque page cursor: the sort keys of the last item of the previous page. For `newest`
 * (receivedAt, id); for `urgency` also the urgency rank and the due time (text, 'infinity' when none).
 */
export type ItemCursor =
  | { sort: 'newest'; receivedAt: string; id: string }
  | { sort: 'urgency'; rank: number; due: string; receivedAt: string; id: string };

export function encodeCursor(c: ItemCursor): string {
  const keys = c.sort === 'newest' ? [c.receivedAt, c.id] : [c.rank, c.due, c.receivedAt, c.id];
  return Buffer.from(JSON.stringify([c.sort, ...keys])).toString('base64url');
}

const isTime = (v: unknown): v is string =>
  typeof v === 'string' && (v === 'infinity' || !Number.isNaN(Date.parse(v)));
const isId = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v);

/** Null when the cursor is not one this API issued for this sort. */
export function decodeCursor(raw: string, sort: ItemSort): ItemCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value[0] !== sort) return null;
    if (sort === 'newest') {
      const [, receivedAt, id] = value as unknown[];
      return value.length === 3 && isTime(receivedAt) && isId(id) ? { sort, receivedAt, id } : null;
    }
    const [, rank, due, receivedAt, id] = value as unknown[];
    if (value.length !== 5 || typeof rank !== 'number' || !Number.isInteger(rank)) return null;
    return isTime(due) && isTime(receivedAt) && isId(id) ? { sort, rank, due, receivedAt, id } : null;
  } catch {
    return null;
  }
}
