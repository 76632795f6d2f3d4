import { describe, expect, it } from '@jest/globals';
import { chunked, collectStream, readFixture } from '../fixture.js';
import { csvConnector, type CsvOptions } from './csv.connector.js';

const survey = readFixture('csv/fixtures/inpatient-survey-excel.csv');
const surveyOptions: CsvOptions = {
  source: 'inpatient-survey',
  channel: 'survey',
  facility: 'riverside',
  mapping: 'comment=Q12 What could we have done better?,unit=Ward,date=Date,id=RespondentID',
  dateOrder: 'dmy',
};
const cards = readFixture('csv/fixtures/comment-cards-malformed.csv');
const cardOptions: CsvOptions = {
  source: 'comment-cards',
  channel: 'comment_card',
  mapping: 'id=card_no,date=received,unit=location,comment=comment',
};

describe('csvConnector on an Excel survey export', () => {
  const result = csvConnector.parse(survey, surveyOptions);

  it('maps columns to fields and reads day-first dates', () => {
    expect(result.items[0]).toMatchObject({
      source: 'inpatient-survey',
      externalId: '80012',
      channel: 'survey',
      facility: 'riverside',
      unit: '4B',
      postedAt: '2026-11-21T09:14:00.000Z',
      text: 'Nurses were lovely, but the call bell took ages at night.',
    });
  });

  it('unescapes doubled quotes and keeps line breaks in answers', () => {
    expect(result.items[1].text).toBe('Midwife Jo said "you\'re doing brilliantly" and I believed her.');
    expect(result.items[2].text).toBe('Parking cost more than my lunch.\r\nAnd the machine only took coins.');
  });

  it('keeps every column in raw, unmapped ones included', () => {
    expect(result.items[0].raw).toMatchObject({ 'Q1 Overall (1-5)': '4', RespondentID: '80012' });
  });

  it('rejects the row without a comment, naming its column', () => {
    expect(result.rejected).toEqual([
      {
        index: 3,
        reason:
          "row 4 (line 6): field 'text' (column 'Q12 What could we have done better?'): required, a non-empty string",
      },
    ]);
  });

  it('gives the same result streamed in chunks of any size', async () => {
    for (const size of [1, 3, 17, 4096]) {
      await expect(collectStream(csvConnector.stream(chunked(survey, size), surveyOptions))).resolves.toEqual(
        result,
      );
    }
  });
});

describe('csvConnector on malformed comment cards', () => {
  const result = csvConnector.parse(cards, cardOptions);

  it('keeps the good rows, unquoted text included', () => {
    expect(result.items.map((item) => item.externalId)).toEqual(['CC-0441', 'CC-0442', 'CC-0443']);
    expect(result.items[2]).toMatchObject({
      text: 'Thank you to the night team x',
      unit: 'Maternity',
      channel: 'comment_card',
    });
  });

  it('rejects each malformed row with its position and the reason', () => {
    expect(result.rejected).toEqual([
      { index: 3, reason: 'row 4 (line 5): unexpected text after a closing quote on line 5' },
      { index: 4, reason: 'row 5 (line 6): has 4 fields, the header has 5' },
      { index: 5, reason: "row 6 (line 7): field 'text' (column 'comment'): required, a non-empty string" },
      { index: 6, reason: 'row 7 (line 8): quoted field opened in the record on line 8 is never closed' },
    ]);
  });
});

describe('csvConnector options', () => {
  it('derives a stable externalId from the row when no id column is mapped', () => {
    const csv = 'comment\nThe chairs in the day room are broken\n';
    const first = csvConnector.parse(csv, { source: 'cards', mapping: 'comment=comment' });
    const again = csvConnector.parse(csv, { source: 'cards', mapping: 'comment=comment' });
    expect(first.items[0].externalId).toMatch(/^row-[0-9a-f]{24}$/);
    expect(again.items[0].externalId).toBe(first.items[0].externalId);
  });

  it('uses the import channel unless told otherwise', () => {
    expect(csvConnector.parse('c\nhello\n', { source: 's', mapping: 'comment=c' }).items[0].channel).toBe(
      'import',
    );
  });

  it('rejects the whole file, without an index, when a mapped column is missing', () => {
    expect(csvConnector.parse('a,b\n1,2\n', { source: 's', mapping: 'comment=Q12' })).toEqual({
      items: [],
      rejected: [{ reason: "column 'Q12' (for text) is not in the header: a, b" }],
    });
  });

  it('rejects an empty file', () => {
    expect(csvConnector.parse('', { source: 's', mapping: 'comment=c' }).rejected).toEqual([
      { reason: 'the file is empty: no header row' },
    ]);
  });

  it('reads semicolon-separated exports', () => {
    const result = csvConnector.parse('id;comment\n7;"Noisy, all night"\n', {
      source: 's',
      mapping: 'id=id,comment=comment',
      delimiter: ';',
    });
    expect(result.items[0]).toMatchObject({ externalId: '7', text: 'Noisy, all night' });
  });
});
