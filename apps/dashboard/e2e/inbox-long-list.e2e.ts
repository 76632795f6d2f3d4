// The PX inbox with 10,000 items loaded: the list is virtual (only a window of rows is in the page),
// scrolls to the end, and the CSV export of the filtered list downloads exactly those rows.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { artifact, baseUrl, DEMO_USERS, ingest, signInAsPx, tokenFor } from './support';
import { canSeedBySql, cloneItem } from './bulk-items';

const ROWS = 10_000;

async function waitUntilStored(page: Page, id: string): Promise<void> {
  const token = await tokenFor(page, DEMO_USERS.px);
  await expect
    .poll(
      async () =>
        (
          await page.request.get(`${baseUrl}/api/v1/items/${id}`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).status(),
      { timeout: 30_000 },
    )
    .toBe(200);
}

test.describe.configure({ mode: 'serial' });
// Skipped only when run by hand against a system this suite did not start: 10,000 items are seeded by SQL
// (going through ingest took ~9 minutes here), which needs the database URL that `npm run test:e2e`
// passes. Under `npm test` and CI the variable is always set, so the test always runs.
test.skip(!canSeedBySql, 'needs AUSCULT_E2E_DATABASE_URL (set by npm run test:e2e) to seed 10,000 items');

// One "comment card" stream of 10,000 items: a channel no other test posts to.
const filterValue = 'comment_card';

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  const template = await ingest(page, 'Comment card: the ward was clean and the night staff kind', {
    channel: filterValue,
  });
  await waitUntilStored(page, template);
  await cloneItem(template, ROWS - 1);
  await page.close();
});

test('10,000 items scroll to the end while only a window of rows is in the page', async ({ page }) => {
  // 50 pages of 200 one after another: seconds on an idle machine, a minute or more on a loaded one.
  test.setTimeout(180_000);
  const inbox = await signInAsPx(page);
  await inbox.getByLabel('Channel').selectOption(filterValue);
  const count = inbox.getByTestId('inbox-count');
  const scroller = inbox.locator('.inbox-scroll');
  // Each scroll to the bottom loads the next page; stop once the whole list is in (no "+").
  await expect(async () => {
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(count).toHaveText(/^\d+ items$/, { timeout: 1_000 });
  }).toPass({ timeout: 160_000, intervals: [100] });
  // Exactly ROWS on a fresh database; more when run again against the same system.
  const total = Number((await count.textContent())?.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(ROWS);

  const rendered = await inbox.locator('li[data-item-id]').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(60);
  // The last page made the list longer: go to its new end (rows measure themselves as they render).
  await expect(async () => {
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(inbox.locator(`li[aria-posinset="${total}"]`)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });

  await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
  await expect(inbox.locator('li[aria-posinset="1"]')).toHaveCount(0);
  const middle = Number(await inbox.locator('li[data-item-id]').first().getAttribute('aria-posinset'));
  expect(middle).toBeGreaterThan(total / 4);
  expect(middle).toBeLessThan((total * 3) / 4);
  expect(await inbox.locator('li[data-item-id]').count()).toBeLessThan(60);
  await page.screenshot({ path: artifact('inbox-10k.png') });

  // How smooth: frame intervals while the list scrolls 120 steps; printed, never asserted (shared machine).
  const frames = await scroller.evaluate(async (element) => {
    const gaps: number[] = [];
    let last = performance.now();
    for (let step = 0; step < 120; step += 1) {
      element.scrollBy({ top: 400 });
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    return gaps.sort((a, b) => a - b);
  });
  const at = (q: number) => frames[Math.floor(q * (frames.length - 1))].toFixed(1);
  test.info().annotations.push({
    type: 'scroll frame ms',
    description: `p50 ${at(0.5)}, p95 ${at(0.95)}, max ${at(1)} over ${frames.length} frames, ${total} rows`,
  });
  console.log(
    `inbox scroll frames with ${total} rows: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
  );
});

test('the CSV export downloads the filtered list', async ({ page }) => {
  const inbox = await signInAsPx(page);
  await inbox.getByLabel('Channel').selectOption(filterValue);
  await expect(inbox.getByTestId('inbox-count')).toHaveText(/^\d+\+? items$/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    inbox.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const file = artifact('export.csv');
  await download.saveAs(file);
  const lines = (await readFile(file, 'utf8')).trimEnd().split(/\r?\n/);
  const header = lines[0].split(',');
  expect(header.slice(0, 5)).toEqual(['id', 'receivedAt', 'postedAt', 'source', 'channel']);
  expect(lines.length).toBeGreaterThanOrEqual(ROWS + 1);
  const channelColumn = header.indexOf('channel');
  // The text column comes last, so the leading columns split cleanly on commas.
  expect(lines.slice(1).every((line) => line.split(',')[channelColumn] === filterValue)).toBe(true);
});
