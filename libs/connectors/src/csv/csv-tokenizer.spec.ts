import { describe, expect, it } from '@jest/globals';
import { CsvLimitError, CsvTokenizer } from './csv-tokenizer.js';

function tokenize(text: string): string[][] {
  const tokenizer = new CsvTokenizer();
  return [...tokenizer.push(text), ...tokenizer.end()].map((record) => record.fields);
}

describe('CsvTokenizer', () => {
  it('splits plain fields and records', () => {
    expect(tokenize('a,b\nc,d\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    expect(tokenize('"a,1","say ""hi""","line1\r\nline2"\r\n')).toEqual([
      ['a,1', 'say "hi"', 'line1\r\nline2'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(tokenize('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('reads the last record without a final line break', () => {
    expect(tokenize('a,b\nc,"d"')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('skips blank lines', () => {
    expect(tokenize('a\n\r\n\nb\n')).toEqual([['a'], ['b']]);
  });

  it('treats CRLF split across two chunks as one line end', () => {
    const tokenizer = new CsvTokenizer();
    const records = [...tokenizer.push('a,b\r'), ...tokenizer.push('\nc,d'), ...tokenizer.end()];
    expect(records.map((record) => [record.index, record.fields])).toEqual([
      [0, ['a', 'b']],
      [1, ['c', 'd']],
    ]);
  });

  it('reports the line on which each record starts', () => {
    const tokenizer = new CsvTokenizer();
    const records = [...tokenizer.push('h\n"multi\nline"\nnext\n'), ...tokenizer.end()];
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('flags text after a closing quote and goes on with the next record', () => {
    const tokenizer = new CsvTokenizer();
    const [bad, good] = [...tokenizer.push('"a" b,c\nd,e\n'), ...tokenizer.end()];
    expect(bad.error).toBe('unexpected text after a closing quote on line 1');
    expect(good).toEqual({ index: 1, line: 2, fields: ['d', 'e'] });
  });

  it('flags a quote that is never closed', () => {
    const tokenizer = new CsvTokenizer();
    const [record] = [...tokenizer.push('x,"open\nstill open'), ...tokenizer.end()];
    expect(record.error).toBe('quoted field opened in the record on line 1 is never closed');
  });

  it('uses another delimiter when told', () => {
    const tokenizer = new CsvTokenizer(';');
    expect([...tokenizer.push('a;"b;c"\n'), ...tokenizer.end()][0].fields).toEqual(['a', 'b;c']);
  });

  it('refuses to hold a record beyond its limit', () => {
    const tokenizer = new CsvTokenizer(',', 10);
    expect(() => tokenizer.push('"this quote runs on and on')).toThrow(CsvLimitError);
  });
});
