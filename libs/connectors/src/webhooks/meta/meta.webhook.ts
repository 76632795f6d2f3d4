// Meta Graph API webhooks (https://developers.facebook.com/docs/graph-api/webhooks): Facebook Page
// `feed` changes (posts, comments, ratings with text) and Instagram `comments`/`live_comments`.
// The subscription is confirmed by a GET with hub.mode/hub.verify_token/hub.challenge; each POST is
// signed in X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256 of the raw body with the app secret.
import type { IngestItem } from '@auscult/contracts';
import { isPlainObject, toIngestItem } from '../../ingest-item.js';
import { hmac, safeEqual } from '../signatures.js';
import {
  invalid,
  VALID,
  type WebhookConnector,
  type WebhookParseResult,
  type WebhookSecret,
} from '../webhook-connector.js';

export const META_SIGNATURE_HEADER = 'x-hub-signature-256';

type Platform = 'facebook' | 'instagram';
const OBJECT_OF: Record<Platform, string> = { facebook: 'page', instagram: 'instagram' };
// Feed items that carry someone's words; likes, reactions, shares and the rest carry none.
const FEED_ITEMS_WITH_TEXT = new Set(['comment', 'post', 'status', 'photo', 'video', 'rating']);
const FEED_VERBS_WITH_TEXT = new Set(['add', 'edited', 'edit']);
const INSTAGRAM_TEXT_FIELDS = new Set(['comments', 'live_comments']);

type Change = { field: unknown; value: unknown };
type Outcome = { item: IngestItem } | { ignored: true } | { reason: string };

export function signMetaWebhook(appSecret: string, body: string | Buffer): string {
  return `sha256=${hmac('sha256', appSecret, body).toString('hex')}`;
}

function metaWebhook(platform: Platform): WebhookConnector {
  return {
    name: platform,
    description: `${platform === 'facebook' ? 'Facebook Page feed' : 'Instagram comments'} (Meta Graph API webhook)`,
    configuration: 'META_APP_SECRET and META_VERIFY_TOKEN',
    // Meta retries, then disables, a subscription that does not answer 200.
    acceptedStatus: 200,
    verify(request, { secret }) {
      const signature = request.headers[META_SIGNATURE_HEADER];
      if (!signature) return invalid('missing X-Hub-Signature-256 header');
      if (!/^sha256=[0-9a-f]{64}$/i.test(signature))
        return invalid('X-Hub-Signature-256 must be sha256=<64 hex digits>');
      return safeEqual(signMetaWebhook(secret, request.body), signature.toLowerCase())
        ? VALID
        : invalid('X-Hub-Signature-256 does not match HMAC-SHA256 of the raw body with the app secret');
    },
    handshake: (query, secret) => handshake(query, secret),
    async parse(body, _contentType, { source, receivedAt }) {
      let payload: unknown;
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch (error) {
        return wholly(`the body is not valid JSON: ${(error as Error).message}`);
      }
      if (!isPlainObject(payload) || !Array.isArray(payload.entry))
        return wholly("expected an object with an 'entry' array (a Graph API webhook notification)");
      if (payload.object !== OBJECT_OF[platform])
        return wholly(
          `field 'object': expected '${OBJECT_OF[platform]}' for ${platform}, got '${String(payload.object)}'`,
        );
      const result: WebhookParseResult = { items: [], rejected: [], ignored: 0 };
      let index = 0;
      for (const [e, entry] of payload.entry.entries()) {
        const changes = isPlainObject(entry) && Array.isArray(entry.changes) ? entry.changes : null;
        if (changes === null) {
          result.rejected.push({ index: index++, reason: `entry[${e}]: expected a 'changes' array` });
          continue;
        }
        const entryTime = isPlainObject(entry) ? entry.time : undefined;
        for (const [c, change] of changes.entries()) {
          const where = `entry[${e}].changes[${c}]`;
          const outcome = isPlainObject(change)
            ? platform === 'facebook'
              ? fromFeedChange(change as Change, source)
              : fromInstagramChange(change as Change, source, entryTime ?? receivedAt.getTime() / 1000)
            : { reason: 'must be an object' };
          if ('item' in outcome) result.items.push(outcome.item);
          else if ('ignored' in outcome) result.ignored += 1;
          else result.rejected.push({ index, reason: `${where}: ${outcome.reason}` });
          index += 1;
        }
      }
      return result;
    },
  };
}

function handshake(query: Readonly<Record<string, string | undefined>>, { verifyToken }: WebhookSecret) {
  const challenge = query['hub.challenge'];
  if (query['hub.mode'] !== 'subscribe' || !challenge)
    return text(400, 'expected hub.mode=subscribe with a hub.challenge');
  if (!verifyToken) return text(503, 'META_VERIFY_TOKEN is not configured');
  if (!safeEqual(verifyToken, query['hub.verify_token'] ?? ''))
    return text(403, 'hub.verify_token does not match META_VERIFY_TOKEN');
  return text(200, challenge);
}

function text(status: number, body: string) {
  return { status, contentType: 'text/plain; charset=utf-8', body };
}

function fromFeedChange({ field, value }: Change, source: string): Outcome {
  if (field !== 'feed') return { ignored: true };
  if (!isPlainObject(value)) return { reason: "field 'value': must be an object" };
  if (!FEED_ITEMS_WITH_TEXT.has(String(value.item)) || !FEED_VERBS_WITH_TEXT.has(String(value.verb)))
    return { ignored: true };
  const words = value.message ?? value.review_text;
  // A photo or a star rating without words is not feedback we can read.
  if (typeof words !== 'string' || words.trim() === '') return { ignored: true };
  const from = isPlainObject(value.from) ? value.from : {};
  const externalId = value.comment_id ?? value.post_id ?? value.open_graph_story_id;
  const post = isPlainObject(value.post) ? value.post : {};
  return validated({
    source,
    externalId,
    text: words,
    channel: value.item === 'rating' ? 'review' : 'social',
    author: from.id === undefined ? undefined : `fb:${String(from.id)}`,
    postedAt: unixToIso(value.created_time),
    url: typeof post.permalink_url === 'string' ? post.permalink_url : undefined,
    raw: { field, value },
  });
}

function fromInstagramChange({ field, value }: Change, source: string, entryTime: unknown): Outcome {
  if (!INSTAGRAM_TEXT_FIELDS.has(String(field))) return { ignored: true };
  if (!isPlainObject(value)) return { reason: "field 'value': must be an object" };
  const from = isPlainObject(value.from) ? value.from : {};
  return validated({
    source,
    externalId: value.id,
    text: value.text,
    channel: 'social',
    author: typeof from.username === 'string' ? `@${from.username}` : undefined,
    postedAt: unixToIso(value.timestamp ?? entryTime),
    raw: { field, value },
  });
}

function validated(candidate: Record<string, unknown>): Outcome {
  const clean = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  if (typeof clean.externalId === 'number') clean.externalId = String(clean.externalId);
  const result = toIngestItem(clean);
  if (result.ok) return { item: result.item };
  const field =
    result.field === 'externalId'
      ? 'comment_id/post_id/id'
      : result.field === 'text'
        ? 'message/text'
        : result.field;
  return { reason: `field '${field}': ${result.reason}` };
}

/** Graph webhooks give Unix seconds; a few fields come as ISO strings with "+0000". */
function unixToIso(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value))
    return new Date(value > 1e12 ? value : value * 1000).toISOString();
  if (typeof value === 'string' && value !== '') {
    const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  return undefined;
}

function wholly(reason: string): WebhookParseResult {
  return { items: [], rejected: [{ reason }], ignored: 0 };
}

export const facebookWebhook = metaWebhook('facebook');
export const instagramWebhook = metaWebhook('instagram');
