import { describe, expect, it } from '@jest/globals';
import { stripQuotedReply } from './email-body.js';

describe('stripQuotedReply', () => {
  it('drops ">" lines and everything from "On … wrote:"', () => {
    const text =
      'The ward was noisy all night.\n\nOn Fri, 20 Nov 2026 at 16:02, PX <px@h.example> wrote:\n> How was your stay?\n';
    expect(stripQuotedReply(text)).toBe('The ward was noisy all night.');
  });

  it('recognises "On … wrote:" wrapped over two lines', () => {
    expect(
      stripQuotedReply(
        'Thanks.\nOn Fri, 20 Nov 2026 at 16:02, Patient Experience\n<px@h.example> wrote:\nold',
      ),
    ).toBe('Thanks.');
  });

  it('drops the signature after "-- "', () => {
    expect(stripQuotedReply('Food was cold.\r\n-- \r\nJane Doe\r\n07700 900456')).toBe('Food was cold.');
  });

  it("drops Outlook's original-message block and its From:/Sent: header form", () => {
    expect(stripQuotedReply('Car park full.\n-----Original Message-----\nFrom: PX\n')).toBe('Car park full.');
    expect(stripQuotedReply('Car park full.\n\nFrom: PX <px@h.example>\nSent: Friday\nSubject: x')).toBe(
      'Car park full.',
    );
  });

  it('drops "Sent from my iPhone" and keeps inline text between quotes', () => {
    expect(
      stripQuotedReply('> question one\nMy answer\n> question two\nSecond answer\nSent from my iPhone'),
    ).toBe('My answer\nSecond answer');
  });
});
