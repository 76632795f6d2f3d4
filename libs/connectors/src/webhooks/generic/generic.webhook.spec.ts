import { describe, expect, it } from '@jest/globals';
import { readFixture } from '../../fixture.js';
import type { WebhookRequest } from '../webhook-connector.js';
import { genericWebhook, signGenericWebhook } from './generic.webhook.js';

const secret = 'survey-tool-secret-0123456789';
const body = readFixture('webhooks/generic/fixtures/survey-tool.json');
const now = new Date('2026-11-23T09:00:00Z');
const nowSeconds = now.getTime() / 1000;
const context = { source: 'survey-tool', authorKey: 'k', receivedAt: now };

function request(headers: Record<string, string>, payload: Buffer = body): WebhookRequest {
  return { url: 'http://x/', headers, body: payload, receivedAt: now };
}

describe('genericWebhook.verify', () => {
  it('accepts a body signed with the secret at a recent timestamp', () => {
    expect(
      genericWebhook.verify(request(signGenericWebhook(secret, body, nowSeconds - 10)), { secret }),
    ).toEqual({ ok: true });
  });

  it('refuses a body changed after signing', () => {
    const headers = signGenericWebhook(secret, body, nowSeconds);
    const tampered = Buffer.from(body.toString().replace('call bell', 'call  bell'));
    expect(genericWebhook.verify(request(headers, tampered), { secret })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/does not match/),
    });
  });

  it('refuses a signature made with another secret', () => {
    expect(
      genericWebhook.verify(request(signGenericWebhook('another-secret-000000', body, nowSeconds)), {
        secret,
      }).ok,
    ).toBe(false);
  });

  it('refuses a timestamp older than five minutes even with a valid signature (replay)', () => {
    const result = genericWebhook.verify(request(signGenericWebhook(secret, body, nowSeconds - 301)), {
      secret,
    });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/301 s away .*replay/) });
  });

  it('refuses an old signature presented with a fresh timestamp', () => {
    const old = signGenericWebhook(secret, body, nowSeconds - 3600);
    const headers = { ...old, 'x-auscult-timestamp': String(nowSeconds) };
    expect(genericWebhook.verify(request(headers), { secret }).ok).toBe(false);
  });

  it('names the missing or malformed header', () => {
    expect(genericWebhook.verify(request({}), { secret })).toEqual({
      ok: false,
      reason: 'missing X-Auscult-Signature header',
    });
    expect(
      genericWebhook.verify(request({ 'x-auscult-signature': 'md5=abc', 'x-auscult-timestamp': '1' }), {
        secret,
      }),
    ).toEqual({
      ok: false,
      reason: 'X-Auscult-Signature must be sha256=<64 hex digits>',
    });
  });
});

describe('genericWebhook.parse', () => {
  it('turns each valid record into an item of the URL source and rejects the others with their index', async () => {
    const result = await genericWebhook.parse(body, 'application/json', context);
    expect(result.items.map((item) => [item.source, item.externalId, item.unit])).toEqual([
      ['survey-tool', 'resp-20261123-0001', '4B'],
      ['survey-tool', 'resp-20261123-0002', '4B'],
    ]);
    expect(result.items[0].raw).toEqual({ question: 'Q12', score: 9 });
    expect(result.rejected).toEqual([
      { index: 2, reason: "item 2: field 'text': required, a non-empty string" },
    ]);
  });

  it('refuses a record that claims another source', async () => {
    const result = await genericWebhook.parse(
      Buffer.from('{"source":"twitter","externalId":"1","text":"hi"}'),
      'application/json',
      context,
    );
    expect(result.rejected[0].reason).toBe(
      "field 'source': must be 'survey-tool' (the URL's source) or absent",
    );
  });

  it('rejects a body that is not JSON as a whole', async () => {
    const result = await genericWebhook.parse(Buffer.from('text=hello'), 'application/json', context);
    expect(result).toMatchObject({
      items: [],
      rejected: [{ reason: expect.stringMatching(/^the body is not valid JSON/) }],
    });
    expect(result.rejected[0].index).toBeUndefined();
  });
});
