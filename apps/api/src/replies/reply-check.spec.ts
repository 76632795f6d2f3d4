import { describe, expect, it } from '@jest/globals';
import { checkReply } from './reply-check.js';

const kinds = (draft: string) => checkReply(draft).map((w) => [w.kind, w.text]);

describe('checkReply', () => {
  it('passes the approved kind of wording', () => {
    expect(
      checkReply(
        "We're sorry to hear this. Please contact our patient experience team at px@hospital.org so we can look into it privately.",
      ),
    ).toEqual([]);
  });

  it('warns when the reply confirms someone is or was a patient', () => {
    expect(
      kinds('We are sorry about the delays during your stay and when you were admitted last week.'),
    ).toEqual([
      ['confirms_patient', 'during your stay'],
      ['confirms_patient', 'when you were admitted'],
    ]);
    expect(kinds("Your mum's treatment was reviewed.")[0]).toEqual([
      'confirms_patient',
      "Your mum's treatment",
    ]);
  });

  it('warns when the reply names a person, with the span of the name', () => {
    const draft = 'Dr Patel will call you, and Sarah Jones from the ward sends her best.';
    const names = checkReply(draft).filter((w) => w.kind === 'names_person');
    expect(names.map((w) => draft.slice(w.start, w.end))).toEqual(['Dr Patel', 'Sarah Jones']);
  });

  it('warns when the reply mentions a condition or treatment', () => {
    expect(kinds('We hope the chemotherapy is going well.')).toEqual([['mentions_health', 'chemotherapy']]);
  });

  it('warns when the reply argues or blames', () => {
    expect(
      kinds("Actually, that's not true: you were told the wait would be long.").map((k) => k[1]),
    ).toEqual(['Actually', "that's not true", 'you were told']);
  });

  it('gives each warning a reason', () => {
    for (const w of checkReply('Actually Dr Patel saw you during your stay for your diabetes.'))
      expect(w.reason.length).toBeGreaterThan(10);
  });
});
