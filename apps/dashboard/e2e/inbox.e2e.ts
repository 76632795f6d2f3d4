// The path that matters most: a care need posted anywhere reaches an open dashboard live.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import type { IngestResponse } from '@auscult/contracts';

const baseUrl = process.env.AUSCULT_URL ?? 'http://localhost:3000';
const text = 'My mum on ward 4B has been in pain for 3 hours and nobody answers the call bell';
const artifact = (name: string) => fileURLToPath(new URL(`../test-results/${name}`, import.meta.url));

async function signInAsPx(page: Page) {
  await page.goto('/');
  await page.getByLabel('Email').fill('px@auscult.local');
  await page.getByLabel('Password').fill('auscult-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const inbox = page.getByRole('region', { name: 'Inbox', exact: true });
  await expect(inbox.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  // Wait for the live socket, or an item could arrive before the page listens for it.
  await expect(page.getByRole('status')).toHaveText('Live');
  return inbox;
}

async function ingest(page: Page): Promise<string> {
  const response = await page.request.post(`${baseUrl}/api/v1/ingest`, {
    headers: { 'x-api-key': 'demo-ingest-key' },
    data: { source: 'e2e', externalId: `e2e-${randomUUID()}`, text, channel: 'social' },
  });
  expect(response.status()).toBe(202);
  const body = (await response.json()) as IngestResponse;
  return body.items[0].id;
}

test('a newly ingested care need appears at the top of the inbox without reload', async ({
  page,
}, testInfo) => {
  const inbox = await signInAsPx(page);
  const id = await ingest(page);

  // The same text may be there from earlier runs: the id tells this item apart.
  const topRow = inbox.locator('[data-item-id]').first();
  await expect(topRow).toHaveAttribute('data-item-id', id, { timeout: 10_000 });
  await expect(topRow).toContainText(text);
  await page.screenshot({ path: artifact('inbox.png'), fullPage: true });
  await testInfo.attach('inbox', { path: artifact('inbox.png'), contentType: 'image/png' });

  await topRow.getByRole('link').click();
  const panel = page.getByRole('region', { name: 'Item', exact: true });
  await expect(panel.getByTestId('item-kind')).toHaveText('Care need');
  await expect(panel).toContainText(text);
  await page.screenshot({ path: artifact('item.png'), fullPage: true });
});

test('j moves through the inbox and Enter opens the focused item', async ({ page }) => {
  const inbox = await signInAsPx(page);
  const id = await ingest(page);
  const rows = inbox.locator('[data-item-id]');
  // Wait until the new item is on top, so no later arrival shifts the rows under the keys.
  await expect(rows.first()).toHaveAttribute('data-item-id', id, { timeout: 10_000 });

  await page.keyboard.press('j');
  await expect(rows.first().getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/items/${id}$`));
  await expect(
    page.getByRole('region', { name: 'Item', exact: true }).getByTestId('item-kind'),
  ).toBeVisible();
});
