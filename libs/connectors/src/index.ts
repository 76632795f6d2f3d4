export type { ChunkSource, Connector, ParsedRecord, ParseResult, Rejection } from './connector.js';
export { toIngestItem, type ItemDefaults, type Validated } from './ingest-item.js';
export {
  CONNECTORS,
  CONNECTOR_NAMES,
  isConnectorName,
  type ConnectorName,
  type ConnectorOptions,
} from './registry.js';
export { jsonlConnector, type JsonlOptions } from './jsonl/jsonl.connector.js';
export { csvConnector, type CsvOptions } from './csv/csv.connector.js';
export {
  parseColumnMapping,
  ColumnMappingError,
  CSV_TARGETS,
  type ColumnMapping,
  type CsvTarget,
} from './csv/column-mapping.js';
export { DATE_ORDERS, type DateOrder } from './csv/csv-date.js';
export * from './webhooks/index.js';
export { itemIdFor } from './ingest-queue/item-id.js';
export {
  enqueueIngestItems,
  ingestJobOptions,
  type EnqueueResult,
  type IngestQueue,
  type IngestTarget,
} from './ingest-queue/ingest-producer.js';
export * from './webhooks/index.js';
export { newestPostedAt, type JsonValue, type PollPage, type Poller } from './pollers/poller.js';
export { PollError, retryAfter } from './pollers/http.js';
export {
  TwitterPoller,
  type TwitterCursor,
  type TwitterPollerConfig,
} from './pollers/twitter/twitter.poller.js';
export { RssPoller, type RssCursor, type RssPollerConfig } from './pollers/rss/rss.poller.js';
export { RedditPoller, type RedditCursor, type RedditPollerConfig } from './pollers/reddit/reddit.poller.js';
export {
  GoogleReviewsPoller,
  type GoogleReviewsCursor,
  type GoogleReviewsPollerConfig,
} from './pollers/google-reviews/google-reviews.poller.js';
