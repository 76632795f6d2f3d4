import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemPage, Urgency } from '@auscult/contracts';
import { startApi, type ApiHarness } from './api-harness.js';
import { signIn, type Caller } from './api-client.js';
import { insertItems, type ItemRow } from './item-rows.factory.js';

let api: ApiHarness;
const as: Record<string, Caller> = {};
const id: Record<string, string> = {};

const hour = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 20, h, m));
const ROWS: Record<string, ItemRow> = {
  fall: {
    kind: 'care_need',
    unit: '4B',
    urgency: 'high',
    topics: ['falls'],
    text: 'Mum falls every night, call 07700 900123',
    receivedAt: hour(8),
  },
  breath: {
    kind: 'care_need',
    unit: 'ICU',
    urgency: 'critical',
    topics: ['breathing'],
    text: 'He cannot breathe properly',
    receivedAt: hour(9),
    channel: 'sms',
    dueAt: hour(9, 5),
  },
  bell: {
    kind: 'care_need',
    unit: '4B',
    urgency: 'critical',
    topics: ['call_bell'],
    text: 'Nobody answers the call bell',
    receivedAt: hour(10),
    dueAt: hour(10, 5),
  },
  unrouted: {
    kind: 'care_need',
    unit: null,
    urgency: 'normal',
    topics: ['pain'],
    text: 'Painful wait with no pain relief',
    receivedAt: hour(11),
    channel: 'email',
    dueAt: hour(12),
  },
  parking: {
    kind: 'service_complaint',
    unit: null,
    urgency: 'low',
    topics: ['parking'],
    text: 'Parking was a nightmare, the bell at the barrier is broken',
    receivedAt: hour(12),
    channel: 'review',
    status: 'acknowledged',
  },
  praise: {
    kind: 'praise',
    unit: null,
    urgency: 'low',
    text: 'Lovely nurses on the ward',
    receivedAt: hour(13),
    status: 'resolved',
  },
};

async function list(who: string, query: string): Promise<{ status: number; ids: string[]; body: ItemPage }> {
  const res = await as[who].call<ItemPage>('GET', `/items?${query}`);
  const names = Object.fromEntries(Object.entries(id).map(([k, v]) => [v, k]));
  return { status: res.status, body: res.body, ids: (res.body.items ?? []).map((i) => names[i.id] ?? i.id) };
}

beforeAll(async () => {
  api = await startApi('filters');
  const names = Object.keys(ROWS);
  const ids = await insertItems(api.db.url, Object.values(ROWS));
  names.forEach((n, k) => (id[n] = ids[k]));
  for (const who of ['px', 'nurse.4b', 'exec']) as[who] = await signIn(api, who);
});

afterAll(async () => {
  await api?.close();
});

describe('GET /api/v1/items filters', () => {
  it('takes comma lists for status, kind and urgency', async () => {
    expect((await list('px', 'status=acknowledged,resolved')).ids).toEqual(['praise', 'parking']);
    expect((await list('px', 'kind=praise,service_complaint')).ids).toEqual(['praise', 'parking']);
    expect((await list('px', 'urgency=critical')).ids).toEqual(['bell', 'breath']);
  });

  it('filters by channel, topic, unit and the unrouted queue', async () => {
    expect((await list('px', 'channel=sms,email')).ids).toEqual(['unrouted', 'breath']);
    expect((await list('px', 'topic=falls')).ids).toEqual(['fall']);
    expect((await list('px', 'unit=ICU')).ids).toEqual(['breath']);
    expect((await list('px', 'unrouted=true')).ids).toEqual(['unrouted']);
  });

  it('filters by received time, from inclusive and to exclusive', async () => {
    const r = await list('px', `from=${hour(9).toISOString()}&to=${hour(11).toISOString()}`);
    expect(r.ids).toEqual(['bell', 'breath']);
  });

  it('searches the redacted text by full-text search, with stemming and websearch syntax', async () => {
    expect((await list('px', 'q=falling')).ids).toEqual(['fall']);
    expect((await list('px', `q=${encodeURIComponent('"call bell"')}`)).ids).toEqual(['bell']);
    expect((await list('px', `q=${encodeURIComponent('bell -parking')}`)).ids).toEqual(['bell']);
    expect((await list('px', 'q=pain')).ids).toEqual(['unrouted']);
  });

  it('never finds an item by words that were redacted', async () => {
    expect((await list('px', 'q=07700')).ids).toEqual([]);
    expect((await list('exec', 'q=07700')).ids).toEqual([]);
  });

  it("keeps a nurse's search and filters inside her units' care needs", async () => {
    expect((await list('nurse.4b', 'q=bell')).ids).toEqual(['bell']);
    expect((await list('nurse.4b', 'unit=ICU')).ids).toEqual([]);
    expect((await list('nurse.4b', 'kind=praise')).ids).toEqual([]);
  });

  it('answers 400 naming the field for a bad list value, date or range', async () => {
    const cases = [
      'status=new,closed',
      'channel=fax',
      'from=yesterday',
      `from=${hour(11).toISOString()}&to=${hour(9).toISOString()}`,
      'sort=oldest',
      'unrouted=maybe',
      'topic=weather',
    ];
    const answers = await Promise.all(
      cases.map((q) => as.px.call<{ errors: { field: string }[] }>('GET', `/items?${q}`)),
    );
    expect(answers.map((a) => [a.status, a.body.errors[0].field])).toEqual([
      [400, 'status'],
      [400, 'channel'],
      [400, 'from'],
      [400, 'from'],
      [400, 'sort'],
      [400, 'unrouted'],
      [400, 'topic'],
    ]);
  });
});

describe('GET /api/v1/items?sort=urgency', () => {
  it('puts critical first, then the earliest due time, items without a due time last', async () => {
    const r = await list('px', 'sort=urgency');
    expect(r.ids).toEqual(['breath', 'bell', 'fall', 'unrouted', 'praise', 'parking']);
    const urgencies: Urgency[] = r.body.items.map((i) => i.classification.urgency);
    expect(urgencies.slice(0, 2)).toEqual(['critical', 'critical']);
  });

  it('pages with a cursor in the same order without skipping or repeating', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await list('px', `sort=urgency&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...r.ids);
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['breath', 'bell', 'fall', 'unrouted', 'praise', 'parking']);
  });

  it('refuses a cursor issued for the other sort', async () => {
    const first = await list('px', 'limit=1');
    const r = await as.px.call<{ errors: { field: string }[] }>(
      'GET',
      `/items?sort=urgency&cursor=${first.body.nextCursor}`,
    );
    expect([r.status, r.body.errors[0].field]).toEqual([400, 'cursor']);
  });
});

describe('TriageView SLA fields', () => {
  it('gives the due time, the warning time at 80 % and the state', async () => {
    const { body } = await as.px.call<ItemPage>('GET', `/items?unrouted=true`);
    const [t] = body.items.map((i) => i.triage);
    expect([t.dueAt, t.warnAt, t.slaState]).toEqual([
      hour(12).toISOString(),
      hour(11, 48).toISOString(),
      'breached',
    ]);
  });
});
