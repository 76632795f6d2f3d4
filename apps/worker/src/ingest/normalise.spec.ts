import { describe, expect, it } from '@jest/globals';
import { normaliseText } from './normalise.js';

describe('normaliseText', () => {
  it('composes Unicode, drops control characters and trims', () => {
    expect(normaliseText('  Cafe\u0301\u0000 food\r\n ')).toBe('Café food');
  });

  it('keeps newlines inside the text', () => {
    expect(normaliseText('line one\r\nline two')).toBe('line one\nline two');
  });
});
