import { describe, expect, it } from '@jest/globals';
import { generateRedactionCorpus, scoreRedaction } from '../../scripts/redaction-corpus.js';
import { findIdentifiers, redact, redactText } from './redact.js';

describe('redactText', () => {
  it('replaces emails, phone numbers and handles with typed placeholders', () => {
    expect(redactText('@jo_smith call me on 07700 900123 or jo@example.org')).toBe(
      '[HANDLE] call me on [PHONE] or [EMAIL]',
    );
  });

  it('replaces the value of a labelled record number or date of birth, keeping the label', () => {
    expect(redactText('MRN: A1234567, DOB 04/05/1950')).toBe('MRN: [MRN], DOB [DOB]');
  });

  it('replaces names found by the tagger and by context (relatives, titles, staff roles)', () => {
    expect(redactText('My dad John Smith was seen by Dr. Patel and nurse Kelly.')).toBe(
      'My dad [NAME] was seen by Dr. [NAME] and nurse [NAME].',
    );
  });

  it('catches a lower-case first name after a relative only when it is a known first name', () => {
    expect(redactText('my mum margaret fell')).toBe('my mum [NAME] fell');
    expect(redactText('my mum really fell')).toBe('my mum really fell');
  });

  it('replaces street addresses, NHS and social security numbers and URLs with a path', () => {
    expect(
      redactText(
        'I live at 14 Oak Tree Road, Leeds LS6 2QT. NHS number 943 476 5919, SSN 123-45-6789, see https://x.com/jo/status/1 or www.hospital.org',
      ),
    ).toBe('I live at [ADDRESS]. NHS number [ID_NUMBER], SSN [ID_NUMBER], see [URL] or www.hospital.org');
  });

  it('leaves times, beds, wards, money and hospital names alone', () => {
    const text = "in pain for 3 hours since 10:30 in bed 12 on ward 4B, parking £18.50, St Mary's was great";
    expect(redactText(text)).toBe(text);
  });
});

describe('redact spans', () => {
  it('maps every placeholder to its original span and back', () => {
    const original = 'Call Priya Sharma on +44 20 7946 0958 today';
    const r = redact(original);
    expect(r.text).toBe('Call [NAME] on [PHONE] today');
    expect(r.spans.map((s) => [s.type, original.slice(s.original.start, s.original.end)])).toEqual([
      ['NAME', 'Priya Sharma'],
      ['PHONE', '+44 20 7946 0958'],
    ]);
    for (const s of r.spans) expect(r.text.slice(s.redacted.start, s.redacted.end)).toBe(`[${s.type}]`);
  });
});

describe('redaction recall on the synthetic test set', () => {
  it('catches at least 95% of the identifiers planted in the tuning templates, with precision above 95%', () => {
    const scores = scoreRedaction(generateRedactionCorpus(300), findIdentifiers);
    expect(scores.ALL.caught / scores.ALL.planted).toBeGreaterThanOrEqual(0.95);
    expect(scores.ALL.correct / scores.ALL.redacted).toBeGreaterThanOrEqual(0.95);
  });
});
