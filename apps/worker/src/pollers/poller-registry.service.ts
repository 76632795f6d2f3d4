// The pollers this worker runs, built from configuration. A source without configuration is not
// scheduled, and says so once at start-up.
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';
import {
  GoogleReviewsPoller,
  RedditPoller,
  RssPoller,
  TwitterPoller,
  type Poller,
} from '@auscult/connectors';
import { AUSCULT_CONFIG } from '../config.js';

type PullConfig = AuscultConfig['pullConnectors'];
type Builder = (config: PullConfig, timeoutMs: number) => Poller[] | null;

// Adding a pull source: its poller in libs/connectors/src/pollers/<source>/ and one line here.
const BUILDERS: Record<string, { needs: string; build: Builder }> = {
  twitter: {
    needs: 'X_BEARER_TOKEN and X_SEARCH_QUERY',
    build: (c, timeoutMs) => c.twitter && [new TwitterPoller({ ...c.twitter, timeoutMs })],
  },
  reddit: {
    needs: 'REDDIT_SEARCH_QUERY',
    build: (c, timeoutMs) => c.reddit && [new RedditPoller({ ...c.reddit, timeoutMs })],
  },
  'google-reviews': {
    needs: 'GOOGLE_BUSINESS_ACCESS_TOKEN and GOOGLE_BUSINESS_LOCATIONS',
    build: ({ googleReviews: g }, timeoutMs) =>
      g &&
      g.locations.map(
        (location) =>
          new GoogleReviewsPoller({
            baseUrl: g.baseUrl,
            accessToken: g.accessToken,
            location,
            intervalSeconds: g.intervalSeconds,
            timeoutMs,
          }),
      ),
  },
  rss: {
    needs: 'RSS_FEEDS',
    build: ({ rss }, timeoutMs) =>
      rss &&
      rss.feeds.map(
        (url) => new RssPoller({ url, source: rss.source, intervalSeconds: rss.intervalSeconds, timeoutMs }),
      ),
  },
};

@Injectable()
export class PollerRegistry {
  private readonly logger = new Logger(PollerRegistry.name);
  private readonly byKey = new Map<string, Poller>();
  readonly timeoutSeconds: number;

  constructor(@Inject(AUSCULT_CONFIG) config: AuscultConfig) {
    const pull = config.pullConnectors;
    this.timeoutSeconds = pull.timeoutSeconds;
    for (const [name, builder] of Object.entries(BUILDERS)) {
      const pollers = builder.build(pull, pull.timeoutSeconds * 1000);
      if (!pollers) {
        this.logger.log(
          { source: name },
          `pull source ${name} not configured (needs ${builder.needs}); not scheduled`,
        );
        continue;
      }
      for (const poller of pollers) this.byKey.set(poller.key, poller);
    }
  }

  all(): Poller[] {
    return [...this.byKey.values()];
  }

  get(key: string): Poller | undefined {
    return this.byKey.get(key);
  }
}
