// The command line of `npm run import`: what to read, how to map it, how to enqueue it.
import { parseArgs } from 'node:util';
import { DATE_ORDERS, parseColumnMapping, ColumnMappingError, type DateOrder } from '@auscult/connectors';
import { CHANNELS, isOneOf, type Channel } from '@auscult/contracts';

export interface ImportOptions {
  file: string;
  source: string;
  format: 'csv' | 'jsonl';
  /** CSV only: target=Column pairs, e.g. comment=Q12,unit=Ward,date=Date,id=RespondentID. */
  map: string;
  channel?: Channel;
  facility?: string;
  unit?: string;
  dateOrder: DateOrder;
  delimiter: string;
  batchSize: number;
  /** Pause enqueueing while more jobs than this wait in the queue (0: never), so Redis memory stays bounded. */
  maxBacklog: number;
  wait: boolean;
  waitTimeoutSeconds: number;
  json: boolean;
  rejectsFile?: string;
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run import -- --file <comments.csv|items.jsonl> --source <name> [options]
  --map comment=Q12,unit=Ward,date=Date,id=RespondentID   CSV columns → fields (default text=text)
  --format csv|jsonl        default from the file extension
  --channel <channel>       default import (${CHANNELS.join(', ')})
  --facility <code>  --unit <code>   for rows that carry none
  --date-order iso|dmy|mdy  how to read dates like 03/04/2026 (default iso)
  --delimiter <char>        CSV delimiter (default ,)
  --batch <n>               jobs per queue round trip (default 1000)
  --max-backlog <n>         pause while more jobs than this wait (default 100000, 0 = never)
  --wait                    wait until the worker has stored every accepted item
  --wait-timeout <seconds>  default 3600
  --rejects <file>          write every rejected row as a JSON line
  --json                    print the summary as one JSON line on stdout`;

export function parseImportArgs(argv: readonly string[]): ImportOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      file: { type: 'string' },
      source: { type: 'string' },
      map: { type: 'string' },
      format: { type: 'string' },
      channel: { type: 'string' },
      facility: { type: 'string' },
      unit: { type: 'string' },
      'date-order': { type: 'string', default: 'iso' },
      delimiter: { type: 'string', default: ',' },
      batch: { type: 'string', default: '1000' },
      'max-backlog': { type: 'string', default: '100000' },
      wait: { type: 'boolean', default: false },
      'wait-timeout': { type: 'string', default: '3600' },
      rejects: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.file) throw new UsageError('--file is required');
  if (!values.source) throw new UsageError('--source is required, e.g. --source survey');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(values.source))
    throw new UsageError('--source may hold letters, digits, ".", "_" and "-" only (at most 64)');
  const format = values.format ?? (/\.(jsonl|ndjson)$/i.test(values.file) ? 'jsonl' : 'csv');
  if (format !== 'csv' && format !== 'jsonl') throw new UsageError('--format must be csv or jsonl');
  const map = values.map ?? 'text=text';
  if (format === 'csv') checkMapping(map);
  if (values.channel !== undefined && !isOneOf(CHANNELS, values.channel))
    throw new UsageError(`--channel must be one of ${CHANNELS.join(', ')}`);
  if (!isOneOf(DATE_ORDERS, values['date-order']))
    throw new UsageError(`--date-order must be one of ${DATE_ORDERS.join(', ')}`);
  if (values.delimiter.length !== 1) throw new UsageError('--delimiter must be one character');
  return {
    file: values.file,
    source: values.source,
    format,
    map,
    channel: values.channel as Channel | undefined,
    facility: values.facility,
    unit: values.unit,
    dateOrder: values['date-order'],
    delimiter: values.delimiter,
    batchSize: integer('--batch', values.batch, 1, 10_000),
    maxBacklog: integer('--max-backlog', values['max-backlog'], 0, 100_000_000),
    wait: values.wait,
    waitTimeoutSeconds: integer('--wait-timeout', values['wait-timeout'], 1, 7 * 24 * 3600),
    json: values.json,
    rejectsFile: values.rejects,
  };
}

function checkMapping(map: string): void {
  try {
    parseColumnMapping(map);
  } catch (error) {
    if (error instanceof ColumnMappingError) throw new UsageError(`--map: ${error.message}`);
    throw error;
  }
}

function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}`);
  return n;
}
