// Shared by the connectors integration tests: the secrets they configure, fixtures of the sources'
// real formats, and signed deliveries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { signGenericWebhook, signMetaWebhook, signTwilioRequest } from '@auscult/connectors';
import pg from 'pg';
import type { ApiHarness } from './api-harness.js';

const webhooks = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../libs/connectors/src/webhooks',
);

export const SECRETS = {
  META_APP_SECRET: 'meta-app-secret-for-tests-0123',
  META_VERIFY_TOKEN: 'verify-token-for-tests',
  TWILIO_AUTH_TOKEN: 'twilio-auth-token-for-tests-0123',
  EMAIL_INBOUND_SECRET: 'email-inbound-secret-for-tests',
  WEBHOOK_SECRETS: 'survey-tool=survey-tool-secret-0123456',
  CONNECTOR_RHYTHMS: 'twilio=3600',
};

export function fixture(relative: string): Buffer {
  return readFileSync(path.join(webhooks, relative));
}

export function webhookUrl(api: ApiHarness, source: string): string {
  return `${api.url}/api/v1/connectors/${source}/webhook`;
}

export function postGeneric(
  api: ApiHarness,
  body: string | Buffer,
  at = Math.floor(Date.now() / 1000),
  secret = 'survey-tool-secret-0123456',
) {
  return fetch(webhookUrl(api, 'survey-tool'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signGenericWebhook(secret, body, at) },
    body: new Uint8Array(Buffer.from(body)),
  });
}

export function postMeta(
  api: ApiHarness,
  source: 'facebook' | 'instagram',
  body: Buffer,
  secret = SECRETS.META_APP_SECRET,
) {
  return fetch(webhookUrl(api, source), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMetaWebhook(secret, body) },
    body: new Uint8Array(body),
  });
}

export function postTwilio(api: ApiHarness, form: Buffer, token = SECRETS.TWILIO_AUTH_TOKEN) {
  const url = webhookUrl(api, 'twilio');
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilioRequest(token, url, new URLSearchParams(form.toString())),
    },
    body: new Uint8Array(form),
  });
}

export function postEmail(
  api: ApiHarness,
  body: Buffer,
  contentType: string,
  password = SECRETS.EMAIL_INBOUND_SECRET,
) {
  return fetch(webhookUrl(api, 'email'), {
    method: 'POST',
    headers: {
      'content-type': contentType,
      authorization: `Basic ${Buffer.from(`inbound:${password}`).toString('base64')}`,
    },
    body: new Uint8Array(body),
  });
}

export async function query<T>(api: ApiHarness, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: api.db.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
