// CSV exports of surveys and comment-card transcriptions (RFC 4180, as Excel, Google Sheets and
// survey tools write them). The first record is the header; a column mapping says which column
// feeds which field; every column is kept in `raw` so unmapped answers (ratings, ages) survive.
import { createHash } from 'node:crypto';
import { decodeChunks, decodePayload } from '../chunks.js';
import {
  collect,
  type ChunkSource,
  type Connector,
  type ParsedRecord,
  type ParseResult,
} from '../connector.js';
import { toIngestItem, type ItemDefaults } from '../ingest-item.js';
import {
  ColumnMappingError,
  parseColumnMapping,
  resolveColumns,
  type ColumnMapping,
  type ColumnPositions,
} from './column-mapping.js';
import { toIsoDateText, type DateOrder } from './csv-date.js';
import { CsvLimitError, CsvTokenizer, type CsvRecord } from './csv-tokenizer.js';

export interface CsvOptions extends ItemDefaults {
  /** CSV rows carry no source of their own, e.g. `inpatient-survey-2026q4`. */
  source: string;
  /** `comment=Q12,unit=Ward,date=Date,id=RespondentID`, or the same as an object. */
  mapping: string | ColumnMapping;
  delimiter?: string;
  dateOrder?: DateOrder;
}

export const csvConnector: Connector<CsvOptions> = {
  name: 'csv',
  description:
    'CSV (RFC 4180) with a header row and a column mapping such as comment=Q12,unit=Ward,date=Date,id=RespondentID',
  parse(payload, options): ParseResult {
    const reader = new CsvRowReader(options);
    return collect([...reader.push(decodePayload(payload)), ...reader.end()]);
  },
  async *stream(input: ChunkSource, options) {
    const reader = new CsvRowReader(options);
    for await (const chunk of decodeChunks(input)) {
      yield* reader.push(chunk);
      if (reader.isStopped) return;
    }
    yield* reader.end();
  },
};

/** Turns tokenizer records into ingest items; stops for good on a problem with the whole file. */
class CsvRowReader {
  private readonly tokenizer: CsvTokenizer;
  private header: string[] | null = null;
  private positions: ColumnPositions = {};
  isStopped = false;

  constructor(private readonly options: CsvOptions) {
    this.tokenizer = new CsvTokenizer(options.delimiter ?? ',');
  }

  push(chunk: string): ParsedRecord[] {
    return this.guard(() => this.tokenizer.push(chunk));
  }

  end(): ParsedRecord[] {
    const records = this.guard(() => this.tokenizer.end());
    if (this.header === null && !this.isStopped)
      return [...records, stop('the file is empty: no header row')];
    return records;
  }

  private guard(read: () => CsvRecord[]): ParsedRecord[] {
    if (this.isStopped) return [];
    const out: ParsedRecord[] = [];
    try {
      for (const record of read()) {
        out.push(...this.toParsed(record));
        if (this.isStopped) break;
      }
    } catch (error) {
      if (!(error instanceof CsvLimitError || error instanceof ColumnMappingError)) throw error;
      this.isStopped = true;
      out.push(stop(error.message));
    }
    return out;
  }

  private toParsed(record: CsvRecord): ParsedRecord[] {
    if (this.header === null) {
      this.header = record.fields.map((name) => name.trim());
      const mapping =
        typeof this.options.mapping === 'string'
          ? parseColumnMapping(this.options.mapping)
          : this.options.mapping;
      if (mapping.text === undefined)
        throw new ColumnMappingError('the mapping must name the text column, e.g. comment=Q12');
      this.positions = resolveColumns(mapping, this.header);
      return [];
    }
    const index = record.index - 1;
    const where = `row ${index + 1} (line ${record.line})`;
    if (record.error !== undefined) return [reject(index, `${where}: ${record.error}`)];
    if (record.fields.length !== this.header.length) {
      return [
        reject(index, `${where}: has ${record.fields.length} fields, the header has ${this.header.length}`),
      ];
    }
    const validated = toIngestItem(this.candidate(record.fields), {
      ...this.options,
      channel: this.options.channel ?? 'import',
    });
    if (validated.ok) return [{ ok: true, index, item: validated.item }];
    const column = this.columnOf(validated.field);
    return [
      reject(
        index,
        `${where}: field '${validated.field}'${column ? ` (column '${column}')` : ''}: ${validated.reason}`,
      ),
    ];
  }

  private candidate(fields: readonly string[]): Record<string, unknown> {
    const header = this.header ?? [];
    const cell = (position: number | undefined): string | undefined =>
      position === undefined ? undefined : fields[position].trim();
    const candidate: Record<string, unknown> = {
      text: cell(this.positions.text) ?? '',
      // Without an id column the row's content is its identity, so re-importing a file dedupes.
      externalId:
        cell(this.positions.externalId) ??
        `row-${createHash('sha256').update(fields.join('\u001f')).digest('hex').slice(0, 24)}`,
      raw: Object.fromEntries(header.map((name, position) => [name, fields[position]])),
    };
    for (const target of ['unit', 'author', 'facility', 'channel', 'url'] as const) {
      const value = cell(this.positions[target]);
      if (value !== undefined && value !== '') candidate[target] = value;
    }
    const date = cell(this.positions.postedAt);
    if (date !== undefined && date !== '')
      candidate.postedAt = toIsoDateText(date, this.options.dateOrder ?? 'iso');
    return candidate;
  }

  private columnOf(field: string): string | undefined {
    const position = (this.positions as Record<string, number | undefined>)[field];
    return position === undefined ? undefined : this.header?.[position];
  }
}

function reject(index: number, reason: string): ParsedRecord {
  return { ok: false, rejection: { index, reason } };
}

function stop(reason: string): ParsedRecord {
  return { ok: false, rejection: { reason } };
}
