/** Opaque page cursor: the (receivedAt, id) of the last item of the previous page. */
export interface ItemCursor {
  receivedAt: string;
  id: string;
}

export function encodeCursor(c: ItemCursor): string {
  return Buffer.from(JSON.stringify([c.receivedAt, c.id])).toString('base64url');
}

export function decodeCursor(raw: string): ItemCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [receivedAt, id] = value as unknown[];
    if (typeof receivedAt !== 'string' || Number.isNaN(Date.parse(receivedAt))) return null;
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return null;
    return { receivedAt, id };
  } catch {
    return null;
  }
}
