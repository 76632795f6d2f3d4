// A signed JSON webhook for any source without a format of its own (a survey tool, a web form):
// the body is one ingest item or an array of them, signed like Stripe's webhooks with a timestamp
// inside the signed content, so a captured delivery cannot be replayed later with a fresh timestamp.
//   X-Auscult-Timestamp: <unix seconds>
//   X-Auscult-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the source's secret>
import { INGEST_LIMITS } from '@auscult/contracts';
import type { Rejection } from '../../connector.js';
import { isPlainObject, toIngestItem } from '../../ingest-item.js';
import { hmac, safeEqual } from '../signatures.js';
import { invalid, VALID, type WebhookConnector, type WebhookParseResult } from '../webhook-connector.js';

export const SIGNATURE_HEADER = 'x-auscult-signature';
export const TIMESTAMP_HEADER = 'x-auscult-timestamp';
export const MAX_CLOCK_SKEW_SECONDS = 300;

/** The header values that sign `body` at `timestamp` (seconds): what a sender computes. */
export function signGenericWebhook(
  secret: string,
  body: string | Buffer,
  timestamp: number,
): Record<string, string> {
  const signed = Buffer.concat([Buffer.from(`${timestamp}.`), Buffer.from(body)]);
  return {
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: `sha256=${hmac('sha256', secret, signed).toString('hex')}`,
  };
}

export const genericWebhook: WebhookConnector = {
  name: 'generic',
  description: 'Signed JSON: one ingest item or an array, HMAC-SHA256 over "<timestamp>.<body>"',
  configuration: 'WEBHOOK_SECRETS=<source>=<secret>[,<source>=<secret>…]',
  verify(request, { secret }) {
    const signature = request.headers[SIGNATURE_HEADER];
    const timestamp = request.headers[TIMESTAMP_HEADER];
    if (!signature) return invalid('missing X-Auscult-Signature header');
    if (!timestamp) return invalid('missing X-Auscult-Timestamp header');
    if (!/^sha256=[0-9a-f]{64}$/i.test(signature))
      return invalid('X-Auscult-Signature must be sha256=<64 hex digits>');
    if (!/^\d{1,12}$/.test(timestamp)) return invalid('X-Auscult-Timestamp must be Unix seconds');
    const skew = Math.abs(request.receivedAt.getTime() / 1000 - Number(timestamp));
    if (skew > MAX_CLOCK_SKEW_SECONDS)
      return invalid(
        `X-Auscult-Timestamp is ${Math.round(skew)} s away from our clock (at most ${MAX_CLOCK_SKEW_SECONDS} s: replay protection)`,
      );
    const expected = signGenericWebhook(secret, request.body, Number(timestamp))[SIGNATURE_HEADER];
    return safeEqual(expected, signature.toLowerCase())
      ? VALID
      : invalid('X-Auscult-Signature does not match HMAC-SHA256 of "<timestamp>.<raw body>" with the secret');
  },
  async parse(body, _contentType, { source }) {
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return wholly(`the body is not valid JSON: ${(error as Error).message}`);
    }
    const records = Array.isArray(value) ? value : [value];
    if (records.length === 0) return wholly('the array is empty; send at least one item');
    if (records.length > INGEST_LIMITS.maxItemsPerRequest)
      return wholly(`at most ${INGEST_LIMITS.maxItemsPerRequest} items per delivery (got ${records.length})`);
    const result: WebhookParseResult = { items: [], rejected: [], ignored: 0 };
    records.forEach((record, index) => {
      const where = Array.isArray(value) ? `item ${index}: ` : '';
      if (!isPlainObject(record)) {
        result.rejected.push({ index, reason: `${where}must be an object` });
      } else if (record.source !== undefined && record.source !== source) {
        result.rejected.push({
          index,
          reason: `${where}field 'source': must be '${source}' (the URL's source) or absent`,
        });
      } else {
        const validated = toIngestItem(record, { source });
        if (validated.ok) result.items.push(validated.item);
        else
          result.rejected.push({ index, reason: `${where}field '${validated.field}': ${validated.reason}` });
      }
    });
    return result;
  },
};

function wholly(reason: string): WebhookParseResult {
  const rejection: Rejection = { reason };
  return { items: [], rejected: [rejection], ignored: 0 };
}
