// RSS 2.0 and Atom news mentions. A conditional GET (If-None-Match with the last ETag,
// If-Modified-Since with the last Last-Modified) lets an unchanged feed answer 304 with no body;
// entries already seen (guid, Atom id, or link) are remembered in the cursor, so a feed that
// re-publishes its last 20 entries yields each one once.
import { createHash } from 'node:crypto';
import Parser from 'rss-parser';
import type { Channel, IngestItem } from '@auscult/contracts';
import { INGEST_LIMITS } from '@auscult/contracts';
import { httpGet, PollError } from '../http.js';
import type { PollPage, Poller } from '../poller.js';

export interface RssPollerConfig {
  url: string;
  source: string;
  intervalSeconds: number;
  timeoutMs: number;
  channel?: Channel;
}

export type RssCursor = { etag: string | null; lastModified: string | null; seen: string[] };

// Feeds carry their last 10–100 entries; remembering more than that costs nothing and covers reorders.
const SEEN_LIMIT = 1000;

type Entry = Parser.Item & { id?: string; author?: string };

export class RssPoller implements Poller<RssCursor> {
  readonly key: string;
  readonly source: string;
  readonly intervalSeconds: number;
  private readonly parser = new Parser<Record<string, unknown>, { id?: string; author?: string }>({
    customFields: { item: ['id', 'author'] },
  });

  constructor(private readonly config: RssPollerConfig) {
    this.source = config.source;
    this.intervalSeconds = config.intervalSeconds;
    this.key = `rss:${createHash('sha256').update(config.url).digest('hex').slice(0, 16)}`;
  }

  initialCursor(): RssCursor {
    return { etag: null, lastModified: null, seen: [] };
  }

  async fetchPage(cursor: RssCursor): Promise<PollPage<RssCursor>> {
    const url = new URL(this.config.url);
    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8',
    };
    if (cursor.etag) headers['if-none-match'] = cursor.etag;
    if (cursor.lastModified) headers['if-modified-since'] = cursor.lastModified;
    const response = await httpGet(url, { headers, timeoutMs: this.config.timeoutMs, accept: [304] });
    if (response.status === 304) return { items: [], cursor, hasMore: false };
    let feed: Parser.Output<Entry>;
    try {
      feed = await this.parser.parseString(response.body);
    } catch {
      throw new PollError(`${url.host}: not an RSS or Atom feed`);
    }
    const seen = new Set(cursor.seen);
    const fresh: string[] = [];
    const items: IngestItem[] = [];
    for (const entry of feed.items) {
      const id = entryId(entry);
      if (seen.has(id)) continue;
      seen.add(id);
      fresh.push(id);
      const item = this.toItem(entry, id, feed.title);
      if (item) items.push(item);
    }
    return {
      items,
      hasMore: false,
      cursor: {
        etag: response.headers.get('etag') ?? null,
        lastModified: response.headers.get('last-modified') ?? null,
        seen: [...fresh, ...cursor.seen].slice(0, SEEN_LIMIT),
      },
    };
  }

  private toItem(entry: Entry, id: string, feedTitle: string | undefined): IngestItem | null {
    const title = entry.title?.trim() ?? '';
    const body = (entry.contentSnippet ?? entry.summary ?? '').trim();
    const text = [title, body].filter(Boolean).join('\n\n').slice(0, INGEST_LIMITS.maxTextLength);
    if (text === '') return null;
    const item: IngestItem = {
      source: this.source,
      externalId: id.slice(0, INGEST_LIMITS.maxExternalIdLength),
      text,
      channel: this.config.channel ?? 'social',
      raw: {
        feed: feedTitle ?? null,
        title: title || null,
        link: entry.link ?? null,
        guid: entry.guid ?? entry.id ?? null,
      },
    };
    if (entry.link && /^https?:\/\//.test(entry.link)) item.url = entry.link;
    if (entry.isoDate) item.postedAt = entry.isoDate;
    const author = entry.creator ?? (typeof entry.author === 'string' ? entry.author : undefined);
    if (author) item.author = author.slice(0, 256);
    return item;
  }
}

/** guid (RSS), id (Atom), else the link, else a hash of what the entry says. */
function entryId(entry: Entry): string {
  const id = entry.guid ?? entry.id ?? entry.link;
  if (typeof id === 'string' && id.trim() !== '') return id.trim();
  return `sha256-${createHash('sha256')
    .update(`${entry.title ?? ''}\u0000${entry.pubDate ?? ''}`)
    .digest('hex')
    .slice(0, 32)}`;
}
