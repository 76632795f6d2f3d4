// The PX inbox: a care need posted anywhere reaches an open dashboard live, without moving what the
// reader is looking at; keys move through it; filters narrow it and the CSV export follows them.
import { expect, test, type Locator } from '@playwright/test';
import { artifact, ingest, screenshot, signInAsPx } from './support';

const text = 'My mum on ward 4B has been in pain for 3 hours and nobody answers the call bell';

/** Waits for the "N new" marker, reveals the arrivals, and answers the marker's words. */
async function showNewItems(inbox: Locator): Promise<string> {
  const marker = inbox.getByRole('button', { name: /new items? · show/ });
  await expect(marker).toBeVisible();
  const words = (await marker.textContent()) ?? '';
  await marker.click();
  await expect(marker).toHaveCount(0);
  return words;
}

test('a new care need waits under an "N new" marker, then shows at the top, without moving the rows on screen', async ({
  page,
}, testInfo) => {
  const inbox = await signInAsPx(page);
  const rows = inbox.locator('[data-item-id]');
  // Something to look at first, so there is a first row that must not move.
  await ingest(page, 'The food on the ward was cold again tonight');
  await showNewItems(inbox);
  const firstBefore = await rows.first().getAttribute('data-item-id');

  const id = await ingest(page, text);
  await expect(inbox.getByRole('button', { name: '1 new item · show' })).toBeVisible();
  await expect(rows.first()).toHaveAttribute('data-item-id', firstBefore ?? '');
  await expect(inbox.locator(`[data-item-id="${id}"]`)).toHaveCount(0);
  await page.screenshot({ path: artifact('inbox-new-marker.png') });

  await showNewItems(inbox);
  const topRow = rows.first();
  await expect(topRow).toHaveAttribute('data-item-id', id);
  await expect(topRow).toContainText(text);
  await page.screenshot({ path: screenshot('inbox-px.png') });
  await testInfo.attach('inbox', { path: screenshot('inbox-px.png'), contentType: 'image/png' });

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
  await showNewItems(inbox);
  await expect(rows.first()).toHaveAttribute('data-item-id', id);

  await page.keyboard.press('j');
  await expect(rows.first().getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/items/${id}$`));
  await expect(
    page.getByRole('region', { name: 'Item', exact: true }).getByTestId('item-kind'),
  ).toBeVisible();
});
