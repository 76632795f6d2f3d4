import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ingestJobId, QUEUES } from '@auscult/contracts';
import { redisOptions } from '@auscult/config';
import { Queue } from 'bullmq';
import { login, startApi, type ApiHarness } from './api-harness.js';

let api: ApiHarness;
let queue: Queue;

beforeAll(async () => {
  api = await startApi('feedback', { FEEDBACK_RATE_LIMIT: '20' });
  queue = new Queue(QUEUES.ingest, {
    connection: redisOptions(api.config.redisUrl, 'producer'),
    prefix: api.config.redisPrefix,
  });
}, 30_000);

afterAll(async () => {
  await queue?.obliterate({ force: true });
  await queue?.close();
  await api?.close();
});

interface Form {
  cookie: string;
  token: string;
  formId: string;
}

async function openForm(target: ApiHarness, unit = '4B'): Promise<Form> {
  const res = await fetch(`${target.url}/feedback/${unit}`);
  const html = await res.text();
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], token, formId: token.split('.')[0] };
}

function send(target: ApiHarness, form: Partial<Form>, fields: Record<string, string>, unit = '4B') {
  return fetch(`${target.url}/feedback/${unit}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(form.cookie ? { cookie: form.cookie } : {}),
    },
    body: new URLSearchParams({ ...(form.token ? { token: form.token } : {}), ...fields }).toString(),
  });
}

describe('GET /feedback/:unitCode', () => {
  it('serves a plain, labelled form without script, with a strict policy and a SameSite=Strict cookie', async () => {
    const res = await fetch(`${api.url}/feedback/4B`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('set-cookie')).toMatch(
      /^auscult_card=[0-9a-f]{32}; Path=\/feedback; .*HttpOnly; SameSite=Strict/,
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<label for="message">');
    expect(html).toContain('<textarea id="message" name="message" required');
    expect(html).toContain('<h1>Tell the team on ');
    expect(html).not.toMatch(/<script/i);
    expect(Buffer.byteLength(html)).toBeLessThan(6000);
  });

  it('finds the unit whatever the case of its code', async () => {
    expect((await fetch(`${api.url}/feedback/icu`)).status).toBe(200);
  });

  it('answers an unknown unit with a friendly 404 page', async () => {
    const res = await fetch(`${api.url}/feedback/WARD-99`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('We could not find this ward');
  });
});

describe('POST /feedback/:unitCode', () => {
  it("lands the card on the unit's board as a comment_card item and shows the thanks page", async () => {
    const form = await openForm(api);
    const res = await send(api, form, {
      message: 'The toilet in bay 2 has been blocked since this morning.',
      location: 'bay 2',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/feedback/4B?sent=1');
    const job = await queue.getJob(ingestJobId('comment-card', `card-${form.formId}`));
    expect(job?.data.item).toEqual({
      source: 'comment-card',
      externalId: `card-${form.formId}`,
      text: 'The toilet in bay 2 has been blocked since this morning.\n\nWhere: bay 2',
      channel: 'comment_card',
      unit: '4B',
      facility: 'auscult-general',
      postedAt: expect.any(String),
      raw: { unit: '4B', location: 'bay 2' },
    });
    expect(await (await fetch(`${api.url}${res.headers.get('location')}`)).text()).toContain('Thank you');
  });

  it('keeps a double submit of the same form as one item', async () => {
    const form = await openForm(api);
    await send(api, form, { message: 'Water jug empty since lunch' });
    expect((await send(api, form, { message: 'Water jug empty since lunch' })).status).toBe(303);
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed']);
    expect(jobs.filter((j) => j.data.item.externalId === `card-${form.formId}`)).toHaveLength(1);
  });

  it('refuses a post without the cookie of the form (another site posting it) and keeps the text', async () => {
    const form = await openForm(api);
    const res = await send(api, { token: form.token }, { message: 'forged card' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('>forged card</textarea>');
    expect(await queue.getJob(ingestJobId('comment-card', `card-${form.formId}`))).toBeUndefined();
  });

  it('asks again, accessibly, for an empty message', async () => {
    const res = await send(api, await openForm(api), { message: '   ' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/aria-invalid="true"[^>]*>.*|Please write your message in the box/s);
  });

  it('escapes what was typed when showing it again', async () => {
    const res = await send(api, { token: 'x' }, { message: '<img src=x onerror=alert(1)>' });
    const html = await res.text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});

describe('the comment-card rate limit', () => {
  let a: ApiHarness;
  let b: ApiHarness;
  beforeAll(async () => {
    a = await startApi('feedback-limit-a', { FEEDBACK_RATE_LIMIT: '2' });
    b = await startApi('feedback-limit-b', {
      FEEDBACK_RATE_LIMIT: '2',
      AUSCULT_REDIS_PREFIX: a.config.redisPrefix,
    });
  }, 30_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('holds per IP across API instances (counted in Redis) and answers 429 with a readable page', async () => {
    expect((await send(a, await openForm(a), { message: 'first' })).status).toBe(303);
    expect((await send(b, await openForm(b), { message: 'second' })).status).toBe(303);
    const third = await send(a, await openForm(a), { message: 'third' });
    expect(third.status).toBe(429);
    expect(await third.text()).toContain('Please wait a little');
  });
});

describe('GET /api/v1/units/:code/qr.svg', () => {
  it('gives admins an SVG QR code of the unit’s comment-card URL', async () => {
    const res = await fetch(`${api.url}/api/v1/units/4B/qr.svg`, {
      headers: { authorization: `Bearer ${await login(api, 'admin@auscult.local')}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('x-feedback-url')).toBe(`${api.url}/feedback/4B`);
    expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('is for admins only, and 404 for an unknown unit', async () => {
    const nurse = await login(api, 'nurse.4b@auscult.local');
    expect(
      (await fetch(`${api.url}/api/v1/units/4B/qr.svg`, { headers: { authorization: `Bearer ${nurse}` } }))
        .status,
    ).toBe(403);
    const admin = await login(api, 'admin@auscult.local');
    expect(
      (await fetch(`${api.url}/api/v1/units/NOPE/qr.svg`, { headers: { authorization: `Bearer ${admin}` } }))
        .status,
    ).toBe(404);
  });
});
