// CSRF protection for the anonymous comment-card form: a double-submit token bound to a
// SameSite=Strict cookie. A page on another site can post the form, but the browser does not send
// the cookie with it, and the token in the form is worthless without the cookie it was made for.
import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from '@auscult/connectors';

export const FEEDBACK_COOKIE = 'auscult_card';
const MAX_AGE_SECONDS = 4 * 3600;

export interface FormToken {
  /** One per rendered form: the card's externalId, so a double submit is one item. */
  formId: string;
  token: string;
}

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

export function issueToken(key: string, nonce: string, unit: string, now = Date.now()): FormToken {
  const formId = randomBytes(12).toString('hex');
  const issuedAt = Math.floor(now / 1000);
  return { formId, token: `${formId}.${issuedAt}.${sign(key, nonce, unit, formId, issuedAt)}` };
}

/** The form's id when the token is one we issued for this cookie and unit, recently; null otherwise. */
export function checkToken(
  key: string,
  nonce: string | null,
  unit: string,
  token: unknown,
  now = Date.now(),
): string | null {
  if (!nonce || typeof token !== 'string') return null;
  const [formId, issued, signature] = token.split('.');
  const issuedAt = Number(issued);
  if (!formId || !signature || !Number.isInteger(issuedAt)) return null;
  if (now / 1000 - issuedAt > MAX_AGE_SECONDS || issuedAt - now / 1000 > 60) return null;
  return safeEqual(sign(key, nonce, unit, formId, issuedAt), signature) ? formId : null;
}

export function cookieHeader(nonce: string, isSecure: boolean): string {
  return `${FEEDBACK_COOKIE}=${nonce}; Path=/feedback; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict${isSecure ? '; Secure' : ''}`;
}

export function nonceFrom(cookieHeaderValue: string | undefined): string | null {
  for (const part of (cookieHeaderValue ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === FEEDBACK_COOKIE && /^[0-9a-f]{32}$/.test(value ?? '')) return value;
  }
  return null;
}

function sign(key: string, nonce: string, unit: string, formId: string, issuedAt: number): string {
  return createHmac('sha256', key)
    .update(`card\u0000${nonce}\u0000${unit}\u0000${formId}\u0000${issuedAt}`)
    .digest('base64url');
}
