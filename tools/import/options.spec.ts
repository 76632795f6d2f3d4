import { describe, expect, it } from '@jest/globals';
import { parseImportArgs, UsageError } from './options.js';

describe('parseImportArgs', () => {
  it('reads the documented command with its CSV mapping', () => {
    const options = parseImportArgs([
      '--file',
      'comments.csv',
      '--source',
      'survey',
      '--map',
      'comment=Q12,unit=Ward,date=Date,id=RespondentID',
      '--wait',
    ]);
    expect(options).toMatchObject({
      file: 'comments.csv',
      source: 'survey',
      format: 'csv',
      map: 'comment=Q12,unit=Ward,date=Date,id=RespondentID',
      wait: true,
      batchSize: 1000,
    });
  });

  it('takes the format from a .jsonl extension', () => {
    expect(parseImportArgs(['--file', 'x.jsonl', '--source', 'x']).format).toBe('jsonl');
  });

  it.each([
    [['--source', 's'], '--file is required'],
    [['--file', 'a.csv'], '--source is required'],
    [['--file', 'a.csv', '--source', 'a b'], '--source may hold'],
    [
      ['--file', 'a.csv', '--source', 's', '--map', 'unit=Ward'],
      '--map: the mapping must name the text column',
    ],
    [['--file', 'a.csv', '--source', 's', '--channel', 'pigeon'], '--channel must be one of'],
    [['--file', 'a.csv', '--source', 's', '--batch', '0'], '--batch must be a whole number'],
  ])('refuses %j naming the option', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(UsageError);
    expect(() => parseImportArgs(argv)).toThrow(message);
  });
});
