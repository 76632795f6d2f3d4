import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemPage, ItemView, TrendsResponse } from '@auscult/contracts';
import { login, startApi, type ApiHarness } from './api-harness.js';
import { insertItems } from './item-rows.factory.js';

let api: ApiHarness;
let ids: string[];
const tokens: Record<string, string> = {};

async function get<T>(path: string, who: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${api.url}/api/v1${path}`, {
    headers: { authorization: `Bearer ${tokens[who]}` },
  });
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  api = await startApi('items');
  ids = await insertItems(api.db.url, [
    { kind: 'care_need', unit: '4B' },
    { kind: 'care_need', unit: 'ICU' },
    { kind: 'service_complaint', unit: '4B', status: 'resolved' },
    { kind: 'praise' },
    { kind: 'care_need', unit: null },
  ]);
  for (const who of ['px', 'nurse.4b', 'charge.4b', 'exec'])
    tokens[who] = await login(api, `${who}@auscult.local`);
}, 30_000);

afterAll(async () => {
  await api?.close();
});

describe('GET /api/v1/items', () => {
  it('lists newest first', async () => {
    const { body } = await get<ItemPage>('/items', 'px');
    expect(body.items.map((i) => i.id)).toEqual([...ids].reverse());
  });

  it('pages with a cursor without skipping or repeating', async () => {
    const first = await get<ItemPage>('/items?limit=2', 'px');
    const second = await get<ItemPage>(`/items?limit=2&cursor=${first.body.nextCursor}`, 'px');
    const third = await get<ItemPage>(`/items?limit=2&cursor=${second.body.nextCursor}`, 'px');
    const seen = [first, second, third].flatMap((p) => p.body.items.map((i) => i.id));
    expect([seen, third.body.nextCursor]).toEqual([[...ids].reverse(), null]);
  });

  it('filters by kind, status and unit', async () => {
    const care4B = await get<ItemPage>('/items?kind=care_need&unit=4B', 'px');
    const resolved = await get<ItemPage>('/items?status=resolved', 'px');
    expect([care4B.body.items.map((i) => i.id), resolved.body.items.map((i) => i.id)]).toEqual([
      [ids[0]],
      [ids[2]],
    ]);
  });

  it("shows a nurse only her unit's care needs", async () => {
    const { body } = await get<ItemPage>('/items', 'nurse.4b');
    expect(body.items.map((i) => i.id)).toEqual([ids[0]]);
  });

  it('shows a charge nurse her units and the unrouted care queue', async () => {
    const { body } = await get<ItemPage>('/items', 'charge.4b');
    expect(body.items.map((i) => i.id)).toEqual([ids[4], ids[0]]);
  });

  it('gives executives redacted text, no author and no phrases', async () => {
    const { body } = await get<ItemPage>('/items?limit=1', 'exec');
    const [item] = body.items;
    expect([item.isRedacted, item.text, item.author, item.classification.explanation.phrases]).toEqual([
      true,
      'item 4 call [PHONE]',
      null,
      [],
    ]);
  });

  it('answers 400 naming the field for a bad filter or cursor', async () => {
    const kind = await get<{ errors: { field: string }[] }>('/items?kind=ticket', 'px');
    const cursor = await get<{ errors: { field: string }[] }>('/items?cursor=garbage', 'px');
    expect([kind.status, kind.body.errors[0].field, cursor.status, cursor.body.errors[0].field]).toEqual([
      400,
      'kind',
      400,
      'cursor',
    ]);
  });

  it('answers 401 without a token', async () => {
    expect((await fetch(`${api.url}/api/v1/items`)).status).toBe(401);
  });
});

describe('GET /api/v1/items/:id', () => {
  it('returns an item the viewer may see', async () => {
    const { status, body } = await get<ItemView>(`/items/${ids[0]}`, 'nurse.4b');
    expect([status, body.id]).toEqual([200, ids[0]]);
  });

  it("answers 404 for another unit's item, exactly as for a missing one", async () => {
    const other = await get<{ error: string }>(`/items/${ids[1]}`, 'nurse.4b');
    const missing = await get<{ error: string }>('/items/00000000-0000-4000-8000-000000000000', 'nurse.4b');
    expect([other.status, other.body, missing.status]).toEqual([404, missing.body, 404]);
  });
});

describe('GET /api/v1/trends', () => {
  it('counts items per kind in hourly buckets', async () => {
    const { body } = await get<TrendsResponse>(
      '/trends?from=2026-11-23T06:00:00Z&to=2026-11-23T10:00:00Z&bucket=hour',
      'exec',
    );
    expect(body.series.map((p) => p.counts.care_need)).toEqual([0, 0, 3, 0]);
    expect(body.byKind).toEqual({ care_need: 3, service_complaint: 1, praise: 1, other: 0 });
  });

  it('is refused to a ward nurse', async () => {
    expect((await get('/trends', 'nurse.4b')).status).toBe(403);
  });
});
