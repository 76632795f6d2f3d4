// An incremental RFC 4180 reader (https://www.rfc-editor.org/rfc/rfc4180): quoted fields may hold
// the delimiter, doubled quotes and line breaks, and a record may span any number of chunks.
// Lenient where real exports deviate: lone CR or LF end a record, a quote inside an unquoted field
// is kept as text, and blank lines are skipped.

export interface CsvRecord {
  /** 0-based record number, header included. */
  index: number;
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
  /** Set when the record is malformed; its fields are then a best effort. */
  error?: string;
}

/** The input cannot be read on: a record outgrew the limit, usually because a quote never closed. */
export class CsvLimitError extends Error {}

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted' | 'afterQuoted';

export class CsvTokenizer {
  private state: State = 'fieldStart';
  private field = '';
  private fields: string[] = [];
  private error: string | undefined;
  private line = 1;
  private recordLine = 1;
  private recordIndex = 0;
  private recordChars = 0;
  private isAfterCr = false;

  constructor(
    private readonly delimiter = ',',
    private readonly maxRecordChars = 1_000_000,
  ) {}

  push(chunk: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    for (const char of chunk) {
      if (this.isAfterCr) {
        this.isAfterCr = false;
        if (char === '\n') continue;
      }
      this.consume(char, records);
    }
    if (this.recordChars > this.maxRecordChars) {
      throw new CsvLimitError(
        `the record starting on line ${this.recordLine} is longer than ${this.maxRecordChars} characters; is a quote left open?`,
      );
    }
    return records;
  }

  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    if (this.state === 'quoted')
      this.error ??= `quoted field opened in the record on line ${this.recordLine} is never closed`;
    if (this.fields.length > 0 || this.field !== '' || this.state !== 'fieldStart') this.endRecord(records);
    return records;
  }

  private consume(char: string, records: CsvRecord[]): void {
    this.recordChars += 1;
    switch (this.state) {
      case 'quoted':
        if (char === '"') this.state = 'quoteInQuoted';
        else this.append(char);
        return;
      case 'quoteInQuoted':
        if (char === '"') {
          this.field += '"';
          this.state = 'quoted';
          return;
        }
        break;
      case 'fieldStart':
        if (char === '"') {
          this.state = 'quoted';
          return;
        }
        break;
    }
    this.consumeOutsideQuotes(char, records);
  }

  private consumeOutsideQuotes(char: string, records: CsvRecord[]): void {
    if (char === this.delimiter) return this.endField();
    if (char === '\n' || char === '\r') {
      this.line += 1;
      this.isAfterCr = char === '\r';
      return this.endRecord(records);
    }
    if (this.state === 'quoteInQuoted') {
      this.error ??= `unexpected text after a closing quote on line ${this.line}`;
      this.state = 'afterQuoted';
    } else if (this.state === 'fieldStart') {
      this.state = 'unquoted';
    }
    this.field += char;
  }

  private append(char: string): void {
    if (char === '\n') this.line += 1;
    this.field += char;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'fieldStart';
  }

  private endRecord(records: CsvRecord[]): void {
    this.endField();
    const isBlankLine = this.fields.length === 1 && this.fields[0] === '' && this.error === undefined;
    if (!isBlankLine) {
      const record: CsvRecord = { index: this.recordIndex++, line: this.recordLine, fields: this.fields };
      if (this.error !== undefined) record.error = this.error;
      records.push(record);
    }
    this.fields = [];
    this.error = undefined;
    this.recordChars = 0;
    this.recordLine = this.line;
  }
}
