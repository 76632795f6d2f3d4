// Near-duplicate linking in the real worker: the same author saying nearly the same thing on two
// channels within the window becomes one case, visible as caseId on both items' views.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ingestJobId, QUEUES, type IngestItem, type IngestJobData, type ItemEvent } from '@auscult/contracts';
import { itemIdFor } from '@auscult/connectors';
import { loadItemRecords, toItemView } from '@auscult/persistence';
import type { Queue } from 'bullmq';
import { eventually, startWorker, type WorkerHarness } from './worker-harness.js';

const COMPLAINT =
  'My father has been waiting on a trolley in the corridor of A&E for eleven hours, nobody has brought him water or checked his pain relief since this morning.';

describe('near-duplicate linking', () => {
  let harness: WorkerHarness;
  let queue: Queue<IngestJobData>;

  beforeAll(async () => {
    harness = await startWorker('neardup');
    queue = harness.queue<IngestJobData>(QUEUES.ingest);
  }, 60_000);
  afterAll(() => harness.close(), 30_000);

  async function ingest(item: IngestItem): Promise<ItemEvent> {
    const id = itemIdFor(item.source, item.externalId);
    await queue.add(
      'ingest.item',
      { id, item, receivedAt: new Date().toISOString() },
      { jobId: ingestJobId(item.source, item.externalId) },
    );
    return eventually(async () => harness.received['item.created'].find((e) => e.item.id === id), 20_000);
  }
  const caseOf = async (id: string) =>
    (
      (await harness.ds.query(`SELECT case_id FROM item_cases WHERE item_id = $1`, [id])) as {
        case_id: string;
      }[]
    )[0]?.case_id;

  it('links a reworded repeat by the same author on another channel into the first item’s case', async () => {
    const tweet = await ingest({
      source: 'twitter',
      externalId: 'nd-1',
      text: COMPLAINT,
      channel: 'social',
      author: '@jobloggs',
      postedAt: '2026-11-23T09:00:00Z',
    });
    expect(tweet.item.caseId).toBeUndefined(); // alone so far
    const review = await ingest({
      source: 'google-reviews',
      externalId: 'nd-2',
      text: COMPLAINT.replace('eleven', '11').toUpperCase(),
      channel: 'review',
      author: '@jobloggs',
      postedAt: '2026-11-23T15:30:00Z',
    });
    expect(review.item.caseId).toBe(tweet.item.id);
    expect(await caseOf(tweet.item.id)).toBe(tweet.item.id);
    // Linked by a keyed hash of the author: the handle itself is only in the sealed original.
    const authors = (await harness.ds.query(`SELECT author FROM item_cases WHERE item_id = ANY($1)`, [
      [tweet.item.id, review.item.id],
    ])) as { author: string }[];
    expect(authors).toHaveLength(2);
    for (const { author } of authors) expect(author).toMatch(/^[0-9a-f]{64}$/);
    // Reloaded, both views carry the case, so the item panel can show them together.
    const records = await loadItemRecords(harness.ds.manager, [tweet.item.id, review.item.id]);
    expect(records.map((r) => toItemView(r, { redacted: false }).caseId)).toEqual([
      tweet.item.id,
      tweet.item.id,
    ]);
  }, 60_000);

  it('keeps apart the same words from another author, a different complaint, and a repeat weeks later', async () => {
    const other = await ingest({
      source: 'twitter',
      externalId: 'nd-3',
      text: COMPLAINT,
      author: '@someone_else',
      postedAt: '2026-11-23T10:00:00Z',
    });
    const different = await ingest({
      source: 'twitter',
      externalId: 'nd-4',
      text: 'The parking machines only take coins and the car park was full, we missed our appointment in the eye clinic.',
      author: '@jobloggs',
      postedAt: '2026-11-23T11:00:00Z',
    });
    const later = await ingest({
      source: 'twitter',
      externalId: 'nd-5',
      text: COMPLAINT,
      author: '@jobloggs',
      postedAt: '2026-12-20T09:00:00Z',
    });
    expect(await caseOf(other.item.id)).toBe(other.item.id);
    expect(await caseOf(different.item.id)).toBe(different.item.id);
    expect(await caseOf(later.item.id)).toBe(later.item.id);
    expect([other.item.caseId, different.item.caseId, later.item.caseId]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  }, 60_000);

  it('does not link items without an author reference', async () => {
    const card = await ingest({
      source: 'comment-card',
      externalId: 'nd-6',
      text: COMPLAINT,
      channel: 'comment_card',
    });
    expect(await caseOf(card.item.id)).toBeUndefined();
  }, 30_000);
});
