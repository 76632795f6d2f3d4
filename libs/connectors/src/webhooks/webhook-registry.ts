// Every push source Auscult has a format for. Adding one is a folder beside these plus one line here;
// any other source name is served by the generic signed-JSON webhook once a secret is configured for it.
import { emailWebhook } from './email/email.webhook.js';
import { genericWebhook } from './generic/generic.webhook.js';
import { facebookWebhook, instagramWebhook } from './meta/meta.webhook.js';
import { twilioWebhook } from './twilio/twilio.webhook.js';
import type { WebhookConnector } from './webhook-connector.js';

export const WEBHOOK_CONNECTORS = {
  facebook: facebookWebhook,
  instagram: instagramWebhook,
  twilio: twilioWebhook,
  email: emailWebhook,
} as const satisfies Record<string, WebhookConnector>;

export type WebhookSourceName = keyof typeof WEBHOOK_CONNECTORS;
export const WEBHOOK_SOURCE_NAMES = Object.keys(WEBHOOK_CONNECTORS) as WebhookSourceName[];

/** The connector for a source: its own format when it has one, else the generic signed JSON. */
export function webhookConnectorFor(source: string): WebhookConnector {
  return Object.hasOwn(WEBHOOK_CONNECTORS, source)
    ? WEBHOOK_CONNECTORS[source as WebhookSourceName]
    : genericWebhook;
}
