// The path that matters most: a care need posted anywhere reaches an open dashboard live.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { IngestResponse } from '@auscult/contracts';

const baseUrl = process.env.AUSCULT_URL ?? 'http://localhost:3000';
const screenshotPath = fileURLToPath(new URL('../test-results/inbox.png', import.meta.url));
const text = 'My mum on ward 4B has been in pain for 3 hours and nobody answers the call bell';

test('a newly ingested care need appears at the top of the inbox without reload', async ({
  page,
  request,
}, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Email').fill('px@auscult.local');
  await page.getByLabel('Password').fill('auscult-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const inbox = page.getByRole('region', { name: 'Inbox', exact: true });
  await expect(inbox.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  // Wait for the live socket, or the item could arrive before the page listens for it.
  await expect(page.getByRole('status')).toHaveText('Live');

  const response = await request.post(`${baseUrl}/api/v1/ingest`, {
    headers: { 'x-api-key': 'demo-ingest-key' },
    data: { source: 'e2e', externalId: `e2e-${randomUUID()}`, text, channel: 'social' },
  });
  expect(response.status()).toBe(202);
  const body = (await response.json()) as IngestResponse;
  const id = body.items[0].id;

  // The same text may be there from earlier runs: the id tells this item apart.
  const topRow = inbox.locator('[data-item-id]').first();
  await expect(topRow).toHaveAttribute('data-item-id', id, { timeout: 10_000 });
  await expect(topRow).toContainText(text);
  await page.screenshot({ path: screenshotPath, fullPage: true });
  await testInfo.attach('inbox', { path: screenshotPath, contentType: 'image/png' });

  await topRow.getByRole('link').click();
  const panel = page.getByRole('region', { name: 'Item', exact: true });
  await expect(panel.getByTestId('item-kind')).toHaveText('Care need');
  await expect(panel).toContainText(text);
});
