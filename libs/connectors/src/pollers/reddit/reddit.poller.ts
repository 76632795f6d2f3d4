// Reddit search listings (JSON): GET /search.json or /r/{subreddit}/search.json?restrict_sr=1,
// sort=new. Reference: reddit.com/dev/api#GET_search — a Listing whose data.children[].data are
// posts (kind t3), paged newest → oldest with `after`. A run walks back until it meets the newest
// post of the last finished run (the watermark), then moves the watermark to its own newest post.
import type { IngestItem } from '@auscult/contracts';
import { INGEST_LIMITS } from '@auscult/contracts';
import { httpGet, parseJson, PollError } from '../http.js';
import type { PollPage, Poller } from '../poller.js';
import { withSlash } from '../twitter/twitter.poller.js';

export interface RedditPollerConfig {
  baseUrl: string;
  query: string;
  subreddit: string | null;
  /** An OAuth bearer token (oauth.reddit.com); without it the public JSON listing is read. */
  accessToken: string | null;
  userAgent: string;
  intervalSeconds: number;
  timeoutMs: number;
  source?: string;
}

type Mark = { name: string; created: number };
export type RedditCursor = { seen: Mark | null; after: string | null; runNewest: Mark | null };

interface Post {
  name: string;
  title?: string;
  selftext?: string;
  author?: string;
  created_utc: number;
  permalink?: string;
  subreddit?: string;
  score?: number;
  num_comments?: number;
}
interface Listing {
  kind: 'Listing';
  data: { after: string | null; children: { kind: string; data: Post }[] };
}

export class RedditPoller implements Poller<RedditCursor> {
  readonly key: string;
  readonly source: string;
  readonly intervalSeconds: number;

  constructor(private readonly config: RedditPollerConfig) {
    this.source = config.source ?? 'reddit';
    this.key = this.source;
    this.intervalSeconds = config.intervalSeconds;
  }

  initialCursor(): RedditCursor {
    return { seen: null, after: null, runNewest: null };
  }

  async fetchPage(cursor: RedditCursor): Promise<PollPage<RedditCursor>> {
    const { listing, pauseUntil } = await this.request(cursor.after);
    const items: IngestItem[] = [];
    let reachedSeen = false;
    for (const { kind, data } of listing.data.children) {
      if (kind !== 't3') continue;
      const seen = cursor.seen;
      if (seen && (data.name === seen.name || data.created_utc < seen.created)) {
        reachedSeen = true;
        break;
      }
      items.push(this.toItem(data));
    }
    const first = listing.data.children.find((child) => child.kind === 't3')?.data;
    const runNewest = cursor.runNewest ?? (first ? { name: first.name, created: first.created_utc } : null);
    const { after } = listing.data;
    return reachedSeen || !after
      ? {
          items,
          pauseUntil,
          hasMore: false,
          cursor: { seen: runNewest ?? cursor.seen, after: null, runNewest: null },
        }
      : { items, pauseUntil, hasMore: true, cursor: { seen: cursor.seen, after, runNewest } };
  }

  private async request(after: string | null): Promise<{ listing: Listing; pauseUntil?: Date }> {
    const path = this.config.subreddit ? `r/${this.config.subreddit}/search.json` : 'search.json';
    const url = new URL(path, withSlash(this.config.baseUrl));
    url.searchParams.set('q', this.config.query);
    url.searchParams.set('sort', 'new');
    url.searchParams.set('type', 'link');
    url.searchParams.set('limit', '100');
    url.searchParams.set('raw_json', '1');
    if (this.config.subreddit) url.searchParams.set('restrict_sr', '1');
    if (after) url.searchParams.set('after', after);
    const headers: Record<string, string> = { 'user-agent': this.config.userAgent };
    if (this.config.accessToken) headers.authorization = `bearer ${this.config.accessToken}`;
    const response = await httpGet(url, { headers, timeoutMs: this.config.timeoutMs, resetAt: resetFrom });
    const body = parseJson(response.body, url.host) as Partial<Listing>;
    if (body.kind !== 'Listing' || !Array.isArray(body.data?.children))
      throw new PollError(`${url.host}: not a search listing`);
    const remaining = Number(response.headers.get('x-ratelimit-remaining'));
    const isSpent = response.headers.has('x-ratelimit-remaining') && remaining < 1;
    return {
      listing: body as Listing,
      pauseUntil: isSpent ? resetFrom(response.headers, new Date()) : undefined,
    };
  }

  private toItem(post: Post): IngestItem {
    const text = [post.title?.trim(), post.selftext?.trim()].filter(Boolean).join('\n\n');
    const item: IngestItem = {
      source: this.source,
      externalId: post.name,
      text: (text || '(no text)').slice(0, INGEST_LIMITS.maxTextLength),
      channel: 'social',
      postedAt: new Date(post.created_utc * 1000).toISOString(),
      raw: {
        name: post.name,
        subreddit: post.subreddit ?? null,
        score: post.score ?? null,
        num_comments: post.num_comments ?? null,
      },
    };
    if (post.author && post.author !== '[deleted]') item.author = `u/${post.author}`;
    if (post.permalink?.startsWith('/')) item.url = `https://www.reddit.com${post.permalink}`;
    return item;
  }
}

/** Reddit sends the seconds left in the rate-limit window. */
function resetFrom(headers: Headers, now: Date): Date | undefined {
  const seconds = Number(headers.get('x-ratelimit-reset'));
  return headers.has('x-ratelimit-reset') && Number.isFinite(seconds)
    ? new Date(now.getTime() + seconds * 1000)
    : undefined;
}
