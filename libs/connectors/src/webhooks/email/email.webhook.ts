// Inbound e-mail, in the two forms mail providers deliver it: an inbound-parse multipart/form-data
// post (SendGrid Inbound Parse fields: from, to, subject, text, html, headers, envelope; or `email`
// holding the full MIME when "POST the raw, full MIME message" is on), and raw MIME (.eml,
// message/rfc822). MIME is read by mailparser. Authenticated by HTTP Basic auth, which such providers
// support in the webhook URL (https://inbound:<secret>@host/api/v1/connectors/email/webhook).
import { createHash } from 'node:crypto';
import busboy from 'busboy';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { toIngestItem } from '../../ingest-item.js';
import { safeEqual, senderReference } from '../signatures.js';
import {
  invalid,
  VALID,
  type WebhookConnector,
  type WebhookContext,
  type WebhookParseResult,
} from '../webhook-connector.js';
import { stripQuotedReply } from './email-body.js';

interface Mail {
  from: string | null;
  subject: string;
  body: string;
  messageId: string | null;
  date: Date | null;
  attachments: number;
}

export const emailWebhook: WebhookConnector = {
  name: 'email',
  description: 'Inbound e-mail: inbound-parse multipart post or raw MIME (.eml), HTTP Basic auth',
  configuration: 'EMAIL_INBOUND_SECRET (the Basic auth password; any user name)',
  verify(request, { secret }) {
    const header = request.headers.authorization;
    if (!header) return invalid('missing Authorization header (HTTP Basic auth with the inbound secret)');
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
    if (!match) return invalid('Authorization must be HTTP Basic');
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const password = decoded.slice(decoded.indexOf(':') + 1);
    return decoded.includes(':') && safeEqual(password, secret)
      ? VALID
      : invalid('the Basic auth password is not the inbound secret');
  },
  async parse(body, contentType, context) {
    let mail: Mail;
    try {
      const type = contentType.split(';')[0].trim().toLowerCase();
      if (type === 'multipart/form-data') mail = await fromInboundParse(body, contentType);
      else if (['message/rfc822', 'application/octet-stream', 'text/plain'].includes(type))
        mail = await fromMime(body);
      else
        return wholly(
          `content type '${type}': expected multipart/form-data (inbound parse) or message/rfc822 (raw MIME)`,
        );
    } catch (error) {
      return wholly(`the e-mail could not be read: ${(error as Error).message}`);
    }
    return toResult(mail, context);
  },
};

async function fromInboundParse(body: Buffer, contentType: string): Promise<Mail> {
  const fields = await readForm(body, contentType);
  const field = (name: string) => fields.get(name) ?? null;
  const fullMime = field('email');
  if (fullMime !== null) return fromMime(Buffer.from(fullMime, 'utf8'));
  // The header block says who sent it, when, and its Message-ID; mailparser reads it.
  const headers = await simpleParser(`${field('headers') ?? ''}\r\n\r\n`);
  const html = field('html');
  let text = field('text');
  if (text === null && html !== null)
    text = (await simpleParser(`Content-Type: text/html; charset=utf-8\r\n\r\n${html}`)).text ?? '';
  return {
    from: firstAddress(headers.from) ?? addressIn(field('from')) ?? envelopeFrom(field('envelope')),
    subject: field('subject') ?? headers.subject ?? '',
    body: stripQuotedReply(text ?? ''),
    messageId: headers.messageId ?? null,
    date: headers.date ?? null,
    attachments: Number(field('attachments') ?? 0) || 0,
  };
}

// Inbound-parse posts are small (attachments are files, which are skipped); the fields are kept whole.
const MAX_FIELD_BYTES = 5 * 1024 * 1024;

/** The text fields of a multipart/form-data body, read by busboy (the parser behind multer). */
function readForm(body: Buffer, contentType: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>();
    const form = busboy({ headers: { 'content-type': contentType }, limits: { fieldSize: MAX_FIELD_BYTES } });
    form.on('field', (name, value, info) => {
      if (info.valueTruncated) reject(new Error(`field '${name}' is larger than ${MAX_FIELD_BYTES} bytes`));
      else if (!fields.has(name)) fields.set(name, value);
    });
    form.on('file', (_name, stream) => stream.resume());
    form.on('error', reject);
    form.on('close', () => resolve(fields));
    form.end(body);
  });
}

async function fromMime(body: Buffer): Promise<Mail> {
  const parsed: ParsedMail = await simpleParser(body, { skipImageLinks: true });
  if (parsed.headers.size === 0) throw new Error('no MIME headers found');
  return {
    from: firstAddress(parsed.from),
    subject: parsed.subject ?? '',
    body: stripQuotedReply(parsed.text ?? ''),
    messageId: parsed.messageId ?? null,
    date: parsed.date ?? null,
    attachments: parsed.attachments.length,
  };
}

function toResult(mail: Mail, { source, authorKey, receivedAt }: WebhookContext): WebhookParseResult {
  const subject = mail.subject.trim();
  const text = [subject, mail.body].filter((part) => part !== '').join('\n\n');
  if (text === '')
    return wholly('the e-mail has neither a subject nor a body of its own (after quoted replies)');
  const externalId =
    mail.messageId?.replace(/^<|>$/g, '') ??
    `sha256-${createHash('sha256').update(`${mail.from}\u0000${subject}\u0000${mail.body}`).digest('hex').slice(0, 32)}`;
  const validated = toIngestItem({
    source,
    externalId,
    text,
    channel: 'email',
    ...(mail.from ? { author: senderReference('email', mail.from, authorKey) } : {}),
    postedAt: (mail.date ?? receivedAt).toISOString(),
    raw: { subject, messageId: mail.messageId, attachments: mail.attachments },
  });
  if (!validated.ok) return wholly(`field '${validated.field}': ${validated.reason}`);
  return { items: [validated.item], rejected: [], ignored: 0 };
}

function firstAddress(from: AddressObject | AddressObject[] | undefined): string | null {
  const first = Array.isArray(from) ? from[0] : from;
  return first?.value.find((address) => address.address)?.address ?? null;
}

function addressIn(from: string | null): string | null {
  if (!from) return null;
  return /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? (/^\S+@\S+$/.test(from.trim()) ? from.trim() : null);
}

function envelopeFrom(envelope: string | null): string | null {
  try {
    const parsed: unknown = envelope ? JSON.parse(envelope) : null;
    return typeof parsed === 'object' &&
      parsed !== null &&
      'from' in parsed &&
      typeof parsed.from === 'string'
      ? parsed.from
      : null;
  } catch {
    return null;
  }
}

function wholly(reason: string): WebhookParseResult {
  return { items: [], rejected: [{ reason }], ignored: 0 };
}
