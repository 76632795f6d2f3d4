// Webhook signatures are computed over the exact bytes sent, so webhook routes get the raw body
// (a Buffer) whatever the content type; the app's JSON parser leaves them alone (app.setup.ts).
import { INGEST_LIMITS } from '@auscult/contracts';
import type { IncomingMessage } from 'node:http';
import express, { type Request } from 'express';

export const WEBHOOK_PATH_PREFIX = '/api/v1/connectors/';

export const rawWebhookBody = express.raw({ type: () => true, limit: INGEST_LIMITS.maxBodyBytes });

/** The app's JSON parser's `type`: JSON bodies, except on webhook routes. */
export function isJsonOutsideWebhooks(req: IncomingMessage): boolean {
  if (req.url?.startsWith(WEBHOOK_PATH_PREFIX)) return false;
  return /^\s*application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '');
}

export function rawBodyOf(req: Request): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}
