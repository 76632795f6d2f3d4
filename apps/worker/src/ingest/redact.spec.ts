import { describe, expect, it } from '@jest/globals';
import { redactText } from './redact.js';

describe('redactText', () => {
  it('replaces emails, phone numbers and handles with typed placeholders', () => {
    expect(redactText('@jo_smith call me on 07700 900123 or jo@example.org')).toBe(
      '[HANDLE] call me on [PHONE] or [EMAIL]',
    );
  });

  it('replaces medical record numbers and dates of birth', () => {
    expect(redactText('MRN: A1234567, DOB 04/05/1950')).toBe('[MRN], [DOB]');
  });

  it('leaves times and short numbers alone', () => {
    expect(redactText('in pain for 3 hours since 10:30 in bed 12')).toBe(
      'in pain for 3 hours since 10:30 in bed 12',
    );
  });
});
