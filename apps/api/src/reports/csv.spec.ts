import { describe, expect, it } from '@jest/globals';
import { csvLine } from './csv.js';

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks, and ends with CRLF', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', null, 3])).toBe(
      '"a,b","say ""hi""","two\nlines",,3\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '-1', '@cmd'])).toBe(`"'=HYPERLINK(""x"")",'-1,'@cmd\r\n`);
  });

  it('joins arrays with spaces', () => {
    expect(csvLine([['pain', 'falls']])).toBe('pain falls\r\n');
  });
});
