// Google Business Profile reviews: GET {base}/accounts/{a}/locations/{l}/reviews (My Business API
// v4, OAuth bearer). Reference: developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews/list
// Ordered by updateTime, newest first, paged with nextPageToken; a run walks back to the newest
// updateTime of the last finished run. starRating is an enum ONE…FIVE; the owner's reply is kept in raw.
import type { IngestItem } from '@auscult/contracts';
import { INGEST_LIMITS } from '@auscult/contracts';
import { httpGet, parseJson, PollError } from '../http.js';
import type { PollPage, Poller } from '../poller.js';
import { withSlash } from '../twitter/twitter.poller.js';

export interface GoogleReviewsPollerConfig {
  baseUrl: string;
  accessToken: string;
  /** accounts/{accountId}/locations/{locationId} */
  location: string;
  intervalSeconds: number;
  timeoutMs: number;
  source?: string;
}

export type GoogleReviewsCursor = {
  seenUntil: string | null;
  pageToken: string | null;
  runNewest: string | null;
};

const STARS = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 } as const;

interface Review {
  name?: string;
  reviewId: string;
  reviewer?: { displayName?: string; isAnonymous?: boolean };
  starRating?: keyof typeof STARS | 'STAR_RATING_UNSPECIFIED';
  comment?: string;
  createTime?: string;
  updateTime: string;
  reviewReply?: { comment?: string; updateTime?: string };
}
interface ReviewsPage {
  reviews?: Review[];
  averageRating?: number;
  totalReviewCount?: number;
  nextPageToken?: string;
}

export class GoogleReviewsPoller implements Poller<GoogleReviewsCursor> {
  readonly key: string;
  readonly source: string;
  readonly intervalSeconds: number;

  constructor(private readonly config: GoogleReviewsPollerConfig) {
    this.source = config.source ?? 'google-reviews';
    this.key = `${this.source}:${config.location}`;
    this.intervalSeconds = config.intervalSeconds;
  }

  initialCursor(): GoogleReviewsCursor {
    return { seenUntil: null, pageToken: null, runNewest: null };
  }

  async fetchPage(cursor: GoogleReviewsCursor): Promise<PollPage<GoogleReviewsCursor>> {
    const url = new URL(`${this.config.location}/reviews`, withSlash(this.config.baseUrl));
    url.searchParams.set('pageSize', '50');
    url.searchParams.set('orderBy', 'updateTime desc');
    if (cursor.pageToken) url.searchParams.set('pageToken', cursor.pageToken);
    const response = await httpGet(url, {
      headers: { authorization: `Bearer ${this.config.accessToken}` },
      timeoutMs: this.config.timeoutMs,
    });
    const body = parseJson(response.body, url.host) as ReviewsPage;
    if (
      typeof body !== 'object' ||
      body === null ||
      (body.reviews !== undefined && !Array.isArray(body.reviews))
    )
      throw new PollError(`${url.host}: not a reviews list`);
    const reviews = body.reviews ?? [];
    const items: IngestItem[] = [];
    let reachedSeen = false;
    for (const review of reviews) {
      if (cursor.seenUntil && Date.parse(review.updateTime) <= Date.parse(cursor.seenUntil)) {
        reachedSeen = true;
        break;
      }
      items.push(this.toItem(review));
    }
    const runNewest = cursor.runNewest ?? reviews[0]?.updateTime ?? null;
    return reachedSeen || !body.nextPageToken
      ? {
          items,
          hasMore: false,
          cursor: { seenUntil: runNewest ?? cursor.seenUntil, pageToken: null, runNewest: null },
        }
      : {
          items,
          hasMore: true,
          cursor: { seenUntil: cursor.seenUntil, pageToken: body.nextPageToken, runNewest },
        };
  }

  private toItem(review: Review): IngestItem {
    const stars =
      review.starRating && review.starRating in STARS ? STARS[review.starRating as keyof typeof STARS] : null;
    const comment = originalText(review.comment ?? '');
    const item: IngestItem = {
      source: this.source,
      externalId: review.reviewId,
      // A rating without words is still feedback: kept, with the rating said in words.
      text: (comment || `Rated ${stars ?? 'unknown'} of 5 stars, without a comment`).slice(
        0,
        INGEST_LIMITS.maxTextLength,
      ),
      channel: 'review',
      postedAt: review.createTime ?? review.updateTime,
      raw: {
        location: this.config.location,
        starRating: stars,
        updateTime: review.updateTime,
        reply: review.reviewReply?.comment
          ? { comment: review.reviewReply.comment, updateTime: review.reviewReply.updateTime ?? null }
          : null,
      },
    };
    const name = review.reviewer?.displayName;
    if (name && !review.reviewer?.isAnonymous) item.author = name.slice(0, 256);
    return item;
  }
}

// Google adds a machine translation before the reviewer's words: "(Translated by Google) … (Original) …".
function originalText(comment: string): string {
  const marker = comment.indexOf('(Original)');
  return (
    comment.startsWith('(Translated by Google)') && marker >= 0 ? comment.slice(marker + 10) : comment
  ).trim();
}
