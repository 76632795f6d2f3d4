// The environment of pull sources (pollers in the worker). A source is scheduled only when what it
// needs is set; half a configuration (a token without a query) is an error naming what is missing.
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const seconds = (fallback: number) => z.coerce.number().int().min(10).max(86_400).default(fallback);
const list = (item: z.ZodType<string>, what: string) =>
  z.string().transform((text, ctx) => {
    const parts = text
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    for (const part of parts) {
      if (!item.safeParse(part).success) {
        ctx.addIssue({ code: 'custom', message: `each entry must be ${what} (got "${part.slice(0, 40)}")` });
        return z.NEVER;
      }
    }
    return parts;
  });

export const PULL_CONNECTOR_ENV = {
  POLL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  X_API_BASE_URL: httpUrl.default('https://api.x.com'),
  X_BEARER_TOKEN: z.string().min(1).optional(),
  X_SEARCH_QUERY: z.string().min(1).max(512).optional(),
  X_POLL_SECONDS: seconds(300),
  REDDIT_BASE_URL: httpUrl.default('https://www.reddit.com'),
  REDDIT_SEARCH_QUERY: z.string().min(1).max(512).optional(),
  REDDIT_SUBREDDIT: z
    .string()
    .regex(/^[A-Za-z0-9_]{2,21}$/, 'a subreddit name without r/')
    .optional(),
  REDDIT_ACCESS_TOKEN: z.string().min(1).optional(),
  REDDIT_USER_AGENT: z.string().min(1).default('server:auscult:0.1 (hospital listening)'),
  REDDIT_POLL_SECONDS: seconds(300),
  GOOGLE_BUSINESS_BASE_URL: httpUrl.default('https://mybusiness.googleapis.com/v4'),
  GOOGLE_BUSINESS_ACCESS_TOKEN: z.string().min(1).optional(),
  GOOGLE_BUSINESS_LOCATIONS: list(
    z.string().regex(/^accounts\/[^/\s]+\/locations\/[^/\s]+$/),
    'accounts/{accountId}/locations/{locationId}',
  ).optional(),
  GOOGLE_BUSINESS_POLL_SECONDS: seconds(900),
  RSS_FEEDS: list(httpUrl, 'an http(s) feed URL').optional(),
  RSS_SOURCE: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-" only')
    .default('news'),
  RSS_POLL_SECONDS: seconds(900),
};

type PullEnv = z.infer<z.ZodObject<typeof PULL_CONNECTOR_ENV>>;

export interface PullConnectorsConfig {
  timeoutSeconds: number;
  twitter: { baseUrl: string; bearerToken: string; query: string; intervalSeconds: number } | null;
  reddit: {
    baseUrl: string;
    query: string;
    subreddit: string | null;
    accessToken: string | null;
    userAgent: string;
    intervalSeconds: number;
  } | null;
  googleReviews: {
    baseUrl: string;
    accessToken: string;
    locations: string[];
    intervalSeconds: number;
  } | null;
  rss: { feeds: string[]; source: string; intervalSeconds: number } | null;
}

/** Half-configured sources, as config issues (variable, message). */
export function pullConnectorsIssues(e: PullEnv): { path: string; message: string }[] {
  const pairs: [keyof PullEnv, keyof PullEnv][] = [
    ['X_BEARER_TOKEN', 'X_SEARCH_QUERY'],
    ['GOOGLE_BUSINESS_ACCESS_TOKEN', 'GOOGLE_BUSINESS_LOCATIONS'],
  ];
  const issues = pairs.flatMap(([a, b]) =>
    e[a] !== undefined && e[b] === undefined
      ? [{ path: b, message: `is required with ${a}` }]
      : e[b] !== undefined && e[a] === undefined
        ? [{ path: a, message: `is required with ${b}` }]
        : [],
  );
  if ((e.REDDIT_ACCESS_TOKEN || e.REDDIT_SUBREDDIT) && !e.REDDIT_SEARCH_QUERY)
    issues.push({ path: 'REDDIT_SEARCH_QUERY', message: 'is required to poll Reddit' });
  return issues;
}

export function pullConnectorsConfig(e: PullEnv): PullConnectorsConfig {
  return {
    timeoutSeconds: e.POLL_TIMEOUT_SECONDS,
    twitter:
      e.X_BEARER_TOKEN && e.X_SEARCH_QUERY
        ? {
            baseUrl: e.X_API_BASE_URL,
            bearerToken: e.X_BEARER_TOKEN,
            query: e.X_SEARCH_QUERY,
            intervalSeconds: e.X_POLL_SECONDS,
          }
        : null,
    reddit: e.REDDIT_SEARCH_QUERY
      ? {
          baseUrl: e.REDDIT_BASE_URL,
          query: e.REDDIT_SEARCH_QUERY,
          subreddit: e.REDDIT_SUBREDDIT ?? null,
          accessToken: e.REDDIT_ACCESS_TOKEN ?? null,
          userAgent: e.REDDIT_USER_AGENT,
          intervalSeconds: e.REDDIT_POLL_SECONDS,
        }
      : null,
    googleReviews:
      e.GOOGLE_BUSINESS_ACCESS_TOKEN && e.GOOGLE_BUSINESS_LOCATIONS?.length
        ? {
            baseUrl: e.GOOGLE_BUSINESS_BASE_URL,
            accessToken: e.GOOGLE_BUSINESS_ACCESS_TOKEN,
            locations: e.GOOGLE_BUSINESS_LOCATIONS,
            intervalSeconds: e.GOOGLE_BUSINESS_POLL_SECONDS,
          }
        : null,
    rss: e.RSS_FEEDS?.length
      ? { feeds: e.RSS_FEEDS, source: e.RSS_SOURCE, intervalSeconds: e.RSS_POLL_SECONDS }
      : null,
  };
}
