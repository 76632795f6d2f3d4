// Twilio Programmable Messaging inbound SMS (https://www.twilio.com/docs/messaging/guides/webhook-request):
// application/x-www-form-urlencoded with MessageSid, From, To, Body, NumMedia, …; signed in
// X-Twilio-Signature = base64 HMAC-SHA1, keyed by the auth token, of the full URL Twilio called
// followed by every POST parameter's name and value, sorted by name, with no separators
// (https://www.twilio.com/docs/usage/webhooks/webhooks-security). Twilio wants TwiML back.
import { toIngestItem } from '../../ingest-item.js';
import { hmac, safeEqual, senderReference } from '../signatures.js';
import { invalid, VALID, type WebhookConnector, type WebhookParseResult } from '../webhook-connector.js';

export const TWILIO_SIGNATURE_HEADER = 'x-twilio-signature';
// Kept in `raw` for context; the sender's number is not (it becomes a keyed-hash reference).
const RAW_FIELDS = [
  'MessageSid',
  'AccountSid',
  'MessagingServiceSid',
  'To',
  'NumMedia',
  'NumSegments',
  'FromCountry',
  'FromCity',
  'FromState',
  'ApiVersion',
  'SmsStatus',
];

/** The signature Twilio sends for a form post of `params` to `url`. */
export function signTwilioRequest(authToken: string, url: string, params: URLSearchParams): string {
  const sorted = [...params.entries()].sort(([a, av], [b, bv]) =>
    a === b ? compare(av, bv) : compare(a, b),
  );
  const data = url + sorted.map(([name, value]) => name + value).join('');
  return hmac('sha1', authToken, data).toString('base64');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The URL as given, plus the same URL with its default port written out or left out. */
export function urlVariants(url: string): string[] {
  const { protocol, port } = new URL(url);
  const defaultPort = protocol === 'https:' ? '443' : '80';
  if (port !== '' && port !== defaultPort) return [url];
  // Rebuilt from the original string, not from URL's serialisation: the signature is over exact characters.
  const authorityStart = url.indexOf('//') + 2;
  const pathStart = url.indexOf('/', authorityStart) === -1 ? url.length : url.indexOf('/', authorityStart);
  const host = url.slice(authorityStart, pathStart).replace(/:\d+$/, '');
  const rest = url.slice(pathStart);
  return [...new Set([url, `${protocol}//${host}:${defaultPort}${rest}`, `${protocol}//${host}${rest}`])];
}

function formOf(body: Buffer): URLSearchParams {
  return new URLSearchParams(body.toString('utf8'));
}

export const twilioWebhook: WebhookConnector = {
  name: 'twilio',
  description: 'Twilio inbound SMS (form-encoded, X-Twilio-Signature)',
  configuration:
    'TWILIO_AUTH_TOKEN (and CONNECTORS_PUBLIC_URL when behind a proxy: Twilio signs the URL it called)',
  verify(request, { secret }) {
    const signature = request.headers[TWILIO_SIGNATURE_HEADER];
    if (!signature) return invalid('missing X-Twilio-Signature header');
    const contentType = request.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/x-www-form-urlencoded'))
      return invalid('expected an application/x-www-form-urlencoded post (Twilio signs its form parameters)');
    const params = formOf(request.body);
    // As Twilio's own validator does: the URL may have been signed with or without the default port.
    const matches = urlVariants(request.url).map((url) =>
      safeEqual(signTwilioRequest(secret, url, params), signature),
    );
    return matches.includes(true)
      ? VALID
      : invalid(
          'X-Twilio-Signature does not match HMAC-SHA1 of the URL and the sorted parameters with the auth token',
        );
  },
  async parse(body, _contentType, { source, authorKey, receivedAt }): Promise<WebhookParseResult> {
    const form = formOf(body);
    const sid = form.get('MessageSid') ?? form.get('SmsSid');
    const from = form.get('From');
    if (!sid) return wholly("field 'MessageSid': required (a Twilio message SID)");
    const text = form.get('Body') ?? '';
    if (text.trim() === '') {
      const media = Number(form.get('NumMedia') ?? 0);
      return wholly(
        `field 'Body': empty${media > 0 ? ` (a picture-only message with ${media} media; we read words only)` : ''}`,
      );
    }
    const validated = toIngestItem({
      source,
      externalId: sid,
      text,
      channel: 'sms',
      ...(from ? { author: senderReference('sms', from, authorKey) } : {}),
      postedAt: receivedAt.toISOString(),
      raw: Object.fromEntries(
        RAW_FIELDS.filter((name) => form.has(name)).map((name) => [name, form.get(name)]),
      ),
    });
    if (!validated.ok)
      return wholly(`field '${validated.field === 'text' ? 'Body' : validated.field}': ${validated.reason}`);
    return { items: [validated.item], rejected: [], ignored: 0 };
  },
  reply: () => ({
    status: 200,
    contentType: 'text/xml; charset=utf-8',
    // Empty TwiML: take the message, send no automatic answer.
    body: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>',
  }),
};

function wholly(reason: string): WebhookParseResult {
  return { items: [], rejected: [{ reason }], ignored: 0 };
}
