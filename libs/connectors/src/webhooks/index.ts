export type {
  Check,
  WebhookConnector,
  WebhookContext,
  WebhookParseResult,
  WebhookReply,
  WebhookRequest,
  WebhookSecret,
} from './webhook-connector.js';
export { safeEqual, senderReference } from './signatures.js';
export {
  WEBHOOK_CONNECTORS,
  WEBHOOK_SOURCE_NAMES,
  webhookConnectorFor,
  type WebhookSourceName,
} from './webhook-registry.js';
export { genericWebhook, signGenericWebhook, MAX_CLOCK_SKEW_SECONDS } from './generic/generic.webhook.js';
export { facebookWebhook, instagramWebhook, signMetaWebhook } from './meta/meta.webhook.js';
export { twilioWebhook, signTwilioRequest } from './twilio/twilio.webhook.js';
export { emailWebhook } from './email/email.webhook.js';
export { stripQuotedReply } from './email/email-body.js';
