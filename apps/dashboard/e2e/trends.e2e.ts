// Executives' trends: counts update live as items arrive, and no item's text ever reaches the page.
import { expect, test } from '@playwright/test';
import { DEMO_USERS, ingest, screenshot, signIn } from './support';

test('an executive lands on trends, whose charts count a new item live without showing its text', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO_USERS.exec);
  const volume = page.getByRole('region', { name: /^Volume by kind/ });
  await expect(volume.getByRole('img', { name: /Stacked bar chart of items per kind/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Care versus service' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Top topics' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Median time to acknowledge/ })).toBeVisible();
  // Executives have no inbox to read items in.
  await expect(page.getByRole('region', { name: 'Inbox', exact: true })).toHaveCount(0);

  const total = volume.getByTestId('trends-total');
  await expect(total).toHaveText(/^\d+ items$/);
  const before = Number((await total.textContent())?.split(' ')[0]);
  const secret = `Mrs Example in bay ${testInfo.testId} waited hours for her pain relief on ward 4B`;
  await ingest(page, secret);
  await expect(total).toHaveText(`${before + 1} items`);
  await expect(page.locator('body')).not.toContainText(testInfo.testId);

  await page.getByLabel('Trend range').selectOption('7d');
  // PX and executives also get the SLA report beside the charts.
  await expect(page.getByRole('region', { name: 'SLA report' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Volume by kind, last 7 days/ })).toBeVisible();
  await page.screenshot({ path: screenshot('trends-executive.png'), fullPage: true });
  await testInfo.attach('trends', { path: screenshot('trends-executive.png'), contentType: 'image/png' });
});
