import { SetMetadata } from '@nestjs/common';

/**
 * The named limits. Each route opts into one with `@RateLimit(name)`; routes without it are not
 * limited here (they are authenticated, and the lockout guards the login itself).
 * - `login`: per client IP, on the login and refresh routes.
 * - `ingest`: per ingest key (or per bearer token / IP when none is sent).
 * - `public`: per client IP, for unauthenticated public pages such as the comment-card form.
 */
export const RATE_LIMITS = ['login', 'ingest', 'public'] as const;
export type RateLimitName = (typeof RATE_LIMITS)[number];

export const RATE_LIMIT = 'auscult:rateLimit';

export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT, name);
