import { describe, expect, it } from '@jest/globals';
import { readFixture } from '../../fixture.js';
import { signTwilioRequest, twilioWebhook, urlVariants } from './twilio.webhook.js';

const authToken = 'twilio-auth-token-0123456789abcdef';
const url = 'https://auscult.example/api/v1/connectors/twilio/webhook';
const form = readFixture('webhooks/twilio/fixtures/inbound-sms.form');
const receivedAt = new Date('2026-11-23T03:05:00Z');
const formType = { 'content-type': 'application/x-www-form-urlencoded' };

describe('signTwilioRequest', () => {
  it("reproduces Twilio's documented example signature", () => {
    const params = new URLSearchParams({
      CallSid: 'CA1234567890ABCDE',
      Caller: '+12349013030',
      Digits: '1234',
      From: '+12349013030',
      To: '+18005551212',
    });
    expect(signTwilioRequest('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe(
      '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
    );
  });
});

describe('twilioWebhook.verify', () => {
  const signature = signTwilioRequest(authToken, url, new URLSearchParams(form.toString()));

  it('accepts the signature over the URL and the sorted parameters', () => {
    const result = twilioWebhook.verify(
      { url, headers: { ...formType, 'x-twilio-signature': signature }, body: form, receivedAt },
      { secret: authToken },
    );
    expect(result).toEqual({ ok: true });
  });

  it('refuses the same signature for another URL (Twilio signs the URL it called)', () => {
    const result = twilioWebhook.verify(
      {
        url: `${url}?x=1`,
        headers: { ...formType, 'x-twilio-signature': signature },
        body: form,
        receivedAt,
      },
      { secret: authToken },
    );
    expect(result.ok).toBe(false);
  });

  it('accepts a signature made over the URL with its default port written out', () => {
    const withPort = signTwilioRequest(
      authToken,
      'https://auscult.example:443/api/v1/connectors/twilio/webhook',
      new URLSearchParams(form.toString()),
    );
    const result = twilioWebhook.verify(
      { url, headers: { ...formType, 'x-twilio-signature': withPort }, body: form, receivedAt },
      { secret: authToken },
    );
    expect(result).toEqual({ ok: true });
  });

  it('refuses a changed message body', () => {
    const changed = Buffer.from(form.toString().replace('since+2am', 'since+3am'));
    const result = twilioWebhook.verify(
      { url, headers: { ...formType, 'x-twilio-signature': signature }, body: changed, receivedAt },
      { secret: authToken },
    );
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
  });
});

describe('urlVariants', () => {
  it('writes out or leaves out only a default port, keeping path and query', () => {
    expect(urlVariants('https://h.example/a?b=1')).toEqual([
      'https://h.example/a?b=1',
      'https://h.example:443/a?b=1',
    ]);
    expect(urlVariants('http://h.example:80/a')).toEqual(['http://h.example:80/a', 'http://h.example/a']);
    expect(urlVariants('http://127.0.0.1:3000/a')).toEqual(['http://127.0.0.1:3000/a']);
  });
});

describe('twilioWebhook.parse', () => {
  const context = { source: 'twilio', authorKey: 'author-key', receivedAt };

  it('reads MessageSid, Body and a keyed-hash sender reference instead of the number', async () => {
    const { items } = await twilioWebhook.parse(form, 'application/x-www-form-urlencoded', context);
    expect(items).toEqual([
      expect.objectContaining({
        source: 'twilio',
        externalId: 'SM9f2c4b1e7d0a4c3b8e6f1a2b3c4d5e6f',
        channel: 'sms',
        text: 'Hi my wife is in bay 3 on ward 4B and has been asking for pain relief since 2am. Nobody has come.',
        author: expect.stringMatching(/^sms:[0-9a-f]{24}$/),
        postedAt: '2026-11-23T03:05:00.000Z',
      }),
    ]);
    expect(JSON.stringify(items)).not.toContain('447700900456');
  });

  it('gives the same sender the same reference', async () => {
    const a = await twilioWebhook.parse(form, '', context);
    const b = await twilioWebhook.parse(
      Buffer.from(form.toString().replace(/MessageSid=SM\w+/, 'MessageSid=SMother')),
      '',
      context,
    );
    expect(a.items[0].author).toBe(b.items[0].author);
  });

  it('rejects a picture-only message, saying why', async () => {
    const mms = Buffer.from('MessageSid=SM1&From=%2B447700900456&Body=&NumMedia=1');
    expect((await twilioWebhook.parse(mms, '', context)).rejected).toEqual([
      { reason: "field 'Body': empty (a picture-only message with 1 media; we read words only)" },
    ]);
  });

  it('answers with empty TwiML', () => {
    expect(twilioWebhook.reply?.({ items: [], rejected: [], ignored: 0 }).body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response></Response>',
    );
  });
});
