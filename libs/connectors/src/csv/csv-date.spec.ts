import { describe, expect, it } from '@jest/globals';
import { toIsoDateText } from './csv-date.js';

describe('toIsoDateText', () => {
  it('reads day-first dates with a time', () => {
    expect(toIsoDateText('03/04/2026 9:05', 'dmy')).toBe('2026-04-03T09:05:00');
  });

  it('reads month-first dates', () => {
    expect(toIsoDateText('03/04/2026', 'mdy')).toBe('2026-03-04');
  });

  it('leaves values it does not recognise for validation to refuse', () => {
    expect(toIsoDateText('yesterday', 'dmy')).toBe('yesterday');
  });
});
