// Every source format Auscult can read. Adding a source is one line here plus its folder.
import type { Connector } from './connector.js';
import { csvConnector } from './csv/csv.connector.js';
import { jsonlConnector } from './jsonl/jsonl.connector.js';

export const CONNECTORS = {
  jsonl: jsonlConnector,
  csv: csvConnector,
} as const;

export type ConnectorName = keyof typeof CONNECTORS;
export type ConnectorOptions<Name extends ConnectorName> =
  (typeof CONNECTORS)[Name] extends Connector<infer Options> ? Options : never;
export const CONNECTOR_NAMES = Object.keys(CONNECTORS) as ConnectorName[];

export function isConnectorName(name: string): name is ConnectorName {
  return Object.hasOwn(CONNECTORS, name);
}
