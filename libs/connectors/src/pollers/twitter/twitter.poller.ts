// X (Twitter) API v2 recent search: GET /2/tweets/search/recent with a bearer token.
// Reference: developer.x.com/en/docs/x-api/tweets/search/api-reference/get-tweets-search-recent
// Pages run newest → oldest with `next_token`; a run starts with `since_id` = the newest tweet of
// the last finished run, and only when its last page is read does `since_id` move on — so a run
// cut short (crash, 429) resumes at its page token with no gap.
import type { IngestItem } from '@auscult/contracts';
import { httpGet, parseJson, PollError } from '../http.js';
import type { PollPage, Poller } from '../poller.js';

export interface TwitterPollerConfig {
  baseUrl: string;
  bearerToken: string;
  query: string;
  intervalSeconds: number;
  timeoutMs: number;
  /** 10–100 tweets per page. */
  pageSize?: number;
  source?: string;
}

export type TwitterCursor = { sinceId: string | null; nextToken: string | null; runNewestId: string | null };

interface Tweet {
  id: string;
  text: string;
  author_id?: string;
  created_at?: string;
  lang?: string;
  conversation_id?: string;
}
interface User {
  id: string;
  username: string;
  name?: string;
}
interface SearchResponse {
  data?: Tweet[];
  includes?: { users?: User[] };
  meta?: { newest_id?: string; oldest_id?: string; result_count?: number; next_token?: string };
}

export class TwitterPoller implements Poller<TwitterCursor> {
  readonly key: string;
  readonly source: string;
  readonly intervalSeconds: number;

  constructor(private readonly config: TwitterPollerConfig) {
    this.source = config.source ?? 'twitter';
    this.key = this.source;
    this.intervalSeconds = config.intervalSeconds;
  }

  initialCursor(): TwitterCursor {
    return { sinceId: null, nextToken: null, runNewestId: null };
  }

  async fetchPage(cursor: TwitterCursor): Promise<PollPage<TwitterCursor>> {
    const url = new URL('2/tweets/search/recent', withSlash(this.config.baseUrl));
    url.searchParams.set('query', this.config.query);
    url.searchParams.set('max_results', String(this.config.pageSize ?? 100));
    url.searchParams.set('tweet.fields', 'created_at,author_id,lang,conversation_id');
    url.searchParams.set('expansions', 'author_id');
    url.searchParams.set('user.fields', 'username,name');
    if (cursor.sinceId) url.searchParams.set('since_id', cursor.sinceId);
    if (cursor.nextToken) url.searchParams.set('next_token', cursor.nextToken);
    const response = await httpGet(url, {
      headers: { authorization: `Bearer ${this.config.bearerToken}` },
      timeoutMs: this.config.timeoutMs,
      resetAt: rateLimitReset,
    });
    const body = parseJson(response.body, url.host) as SearchResponse;
    if (body.meta === undefined || (body.data !== undefined && !Array.isArray(body.data)))
      throw new PollError(`${url.host}: not a recent-search answer (no meta)`);
    const users = new Map((body.includes?.users ?? []).map((user) => [user.id, user]));
    const items = (body.data ?? []).map((tweet) => this.toItem(tweet, users.get(tweet.author_id ?? '')));
    const runNewestId = cursor.runNewestId ?? body.meta.newest_id ?? null;
    const remaining = response.headers.get('x-rate-limit-remaining');
    const pauseUntil = remaining === '0' ? rateLimitReset(response.headers) : undefined;
    const next = body.meta.next_token;
    return next
      ? {
          items,
          hasMore: true,
          pauseUntil,
          cursor: { sinceId: cursor.sinceId, nextToken: next, runNewestId },
        }
      : {
          items,
          hasMore: false,
          pauseUntil,
          cursor: { sinceId: runNewestId ?? cursor.sinceId, nextToken: null, runNewestId: null },
        };
  }

  private toItem(tweet: Tweet, user: User | undefined): IngestItem {
    const item: IngestItem = {
      source: this.source,
      externalId: tweet.id,
      text: tweet.text,
      channel: 'social',
      raw: { tweet: { ...tweet }, ...(user ? { user: { ...user } } : {}) },
    };
    if (user) {
      item.author = `@${user.username}`;
      item.url = `https://x.com/${user.username}/status/${tweet.id}`;
    }
    if (tweet.created_at) item.postedAt = tweet.created_at;
    return item;
  }
}

/** X sends the end of the rate-limit window as epoch seconds. */
function rateLimitReset(headers: Headers): Date | undefined {
  const reset = Number(headers.get('x-rate-limit-reset'));
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
}

export function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
