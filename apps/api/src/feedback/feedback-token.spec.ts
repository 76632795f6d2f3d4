import { describe, expect, it } from '@jest/globals';
import { checkToken, cookieHeader, issueToken, newNonce, nonceFrom } from './feedback-token.js';

const key = 'a-key-of-at-least-sixteen-chars';
const nonce = newNonce();
const now = Date.parse('2026-11-23T10:00:00Z');

describe('comment-card form tokens', () => {
  it('accept the token issued for this cookie and unit, giving the form id', () => {
    const { formId, token } = issueToken(key, nonce, '4B', now);
    expect(checkToken(key, nonce, '4B', token, now + 60_000)).toBe(formId);
  });

  it('refuse a token without its cookie, for another unit, or from another key', () => {
    const { token } = issueToken(key, nonce, '4B', now);
    expect(checkToken(key, null, '4B', token, now)).toBeNull();
    expect(checkToken(key, newNonce(), '4B', token, now)).toBeNull();
    expect(checkToken(key, nonce, 'ICU', token, now)).toBeNull();
    expect(checkToken('another-key-of-sixteen-chars', nonce, '4B', token, now)).toBeNull();
  });

  it('refuse a token older than four hours, and garbage', () => {
    const { token } = issueToken(key, nonce, '4B', now);
    expect(checkToken(key, nonce, '4B', token, now + 4 * 3600_000 + 1000)).toBeNull();
    expect(checkToken(key, nonce, '4B', 'a.b.c', now)).toBeNull();
    expect(checkToken(key, nonce, '4B', undefined, now)).toBeNull();
  });

  it('read the nonce back from a Cookie header set by cookieHeader', () => {
    const cookie = cookieHeader(nonce, true).split(';')[0];
    expect(cookieHeader(nonce, true)).toMatch(/HttpOnly; SameSite=Strict; Secure$/);
    expect(nonceFrom(`other=1; ${cookie}`)).toBe(nonce);
    expect(nonceFrom('auscult_card=not-hex')).toBeNull();
  });
});
