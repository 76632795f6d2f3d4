import { describe, expect, it } from '@jest/globals';
import { ColumnMappingError, parseColumnMapping, resolveColumns } from './column-mapping.js';

describe('parseColumnMapping', () => {
  it('reads aliases and field names', () => {
    expect(parseColumnMapping('comment=Q12,unit=Ward,date=Date,id=RespondentID')).toEqual({
      text: 'Q12',
      unit: 'Ward',
      postedAt: 'Date',
      externalId: 'RespondentID',
    });
  });

  it('keeps spaces inside column names', () => {
    expect(parseColumnMapping('text = What could we do better? ')).toEqual({
      text: 'What could we do better?',
    });
  });

  it('requires the text column', () => {
    expect(() => parseColumnMapping('unit=Ward')).toThrow('the mapping must name the text column');
  });

  it('names an unknown target', () => {
    expect(() => parseColumnMapping('comment=Q1,rating=Q2')).toThrow("unknown target 'rating'");
  });

  it('refuses a pair without =', () => {
    expect(() => parseColumnMapping('comment')).toThrow(ColumnMappingError);
  });
});

describe('resolveColumns', () => {
  it('finds columns by exact name, then ignoring case and spacing', () => {
    expect(resolveColumns({ text: 'q12  comment', unit: 'Ward' }, ['Ward', 'Q12 Comment'])).toEqual({
      text: 1,
      unit: 0,
    });
  });

  it('lists the header when a column is missing', () => {
    expect(() => resolveColumns({ text: 'Q99' }, ['Q1', 'Q12'])).toThrow(
      "column 'Q99' (for text) is not in the header: Q1, Q12",
    );
  });
});
