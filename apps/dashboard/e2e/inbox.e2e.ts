// The path that matters most: a care need posted anywhere reaches an open dashboard live.
import { expect, test } from '@playwright/test';
import { artifact, ingest, signInAsPx } from './support';

const text = 'My mum on ward 4B has been in pain for 3 hours and nobody answers the call bell';

test('a newly ingested care need appears at the top of the inbox without reload', async ({
  page,
}, testInfo) => {
  const inbox = await signInAsPx(page);
  const id = await ingest(page, text);

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
  const id = await ingest(page, text);
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
