export * from './config.js';
export * from './redis.js';
export * from './logging.js';
export type { PushConnectorsConfig, WebhookSecretConfig } from './push-connectors.config.js';
export type { PullConnectorsConfig } from './pull-connectors.config.js';
export * from './metrics.js';
