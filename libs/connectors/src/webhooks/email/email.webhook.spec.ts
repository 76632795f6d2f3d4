import { describe, expect, it } from '@jest/globals';
import { readFixture } from '../../fixture.js';
import { emailWebhook } from './email.webhook.js';

const eml = readFixture('webhooks/email/fixtures/reply-with-quote.eml');
const multipart = readFixture('webhooks/email/fixtures/inbound-parse.multipart');
const multipartType = 'multipart/form-data; boundary=xYzZY';
const receivedAt = new Date('2026-11-23T10:05:00Z');
const context = { source: 'email', authorKey: 'author-key', receivedAt };
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('emailWebhook.verify (HTTP Basic auth)', () => {
  const request = (authorization?: string) => ({
    url: '',
    headers: { authorization },
    body: eml,
    receivedAt,
  });
  it('accepts the inbound secret as the password, whatever the user name', () => {
    expect(
      emailWebhook.verify(request(basic('inbound', 's3cret-inbound-0123')), {
        secret: 's3cret-inbound-0123',
      }),
    ).toEqual({ ok: true });
  });
  it('refuses a wrong password and a missing header, saying which', () => {
    expect(emailWebhook.verify(request(basic('inbound', 'nope')), { secret: 's3cret-inbound-0123' }).ok).toBe(
      false,
    );
    expect(emailWebhook.verify(request(), { secret: 'x' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^missing Authorization/),
    });
  });
});

describe('emailWebhook.parse of raw MIME (.eml)', () => {
  it('keeps subject and the new text; drops the quoted reply and the signature', async () => {
    const { items } = await emailWebhook.parse(eml, 'message/rfc822', context);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      source: 'email',
      channel: 'email',
      externalId: 'CAF3k9Zq7x1=ward4b.reply@mail.example.org',
      postedAt: '2026-11-23T09:12:40.000Z',
      author: expect.stringMatching(/^email:[0-9a-f]{24}$/),
      raw: { subject: 'Re: Your feedback about your visit', attachments: 0 },
    });
    expect(item.text).toMatch(
      /^Re: Your feedback about your visit\n\nThank you for asking\. My father was on ward 4B/,
    );
    expect(item.text).toContain('late every evening – sometimes by two hours');
    expect(item.text).toMatch(/medication rounds are done at night\?\n\nJane$/);
    expect(item.text).not.toMatch(/Dear Ms Doe|Sent with care|wrote:/);
    expect(JSON.stringify(item)).not.toContain('jane.doe@example.org');
  });

  it('rejects bytes that are not an e-mail', async () => {
    const result = await emailWebhook.parse(Buffer.from('\u0000\u0001binary'), 'message/rfc822', context);
    expect(result.items).toEqual([]);
    expect(result.rejected).toHaveLength(1);
  });
});

describe('emailWebhook.parse of an inbound-parse multipart post', () => {
  it('reads subject, Message-ID and date from the fields; drops the Outlook original message', async () => {
    const { items, rejected } = await emailWebhook.parse(multipart, multipartType, context);
    expect(rejected).toEqual([]);
    expect(items[0]).toMatchObject({
      externalId: '20261123100057.GA4410@example.net',
      postedAt: '2026-11-23T10:00:57.000Z',
      text: 'Car park and the wait in outpatients\n\nI waited two hours past my appointment time in outpatients and the car park machines were broken again.\n\nNobody apologised.',
    });
  });

  it('gives the same sender the same reference across both forms', async () => {
    const fromForm = (await emailWebhook.parse(multipart, multipartType, context)).items[0].author;
    const mime = Buffer.from(eml.toString().replaceAll('jane.doe@example.org>', 'Tom.Baker@example.net>'));
    expect((await emailWebhook.parse(mime, 'message/rfc822', context)).items[0].author).toBe(fromForm);
  });

  it('reads the full MIME when the provider posts it raw in the `email` field', async () => {
    const body = Buffer.concat([
      Buffer.from('--b1\r\nContent-Disposition: form-data; name="email"\r\n\r\n'),
      eml,
      Buffer.from('\r\n--b1--\r\n'),
    ]);
    const { items } = await emailWebhook.parse(body, 'multipart/form-data; boundary=b1', context);
    expect(items[0].externalId).toBe('CAF3k9Zq7x1=ward4b.reply@mail.example.org');
  });

  it('refuses a content type it cannot read', async () => {
    expect(
      (await emailWebhook.parse(Buffer.from('{}'), 'application/json', context)).rejected[0].reason,
    ).toMatch(/^content type 'application\/json'/);
  });
});
