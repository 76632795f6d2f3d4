// PHI in the browser: redacted by default, the original on request (and audited), safe public replies, the admins' audit screen.
import { expect, test } from '@playwright/test';
import { artifact, ingest, signInAsPx } from './support';

const text =
  'Please call my daughter Priya Sharma on 07700 900123, my dad is in pain on ward 4B and nobody comes';

test('PX sees redacted text, opens the original, and checks a public reply before copying it', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const inbox = await signInAsPx(page);
  const id = await ingest(page, text);
  const row = inbox.locator(`[data-item-id="${id}"]`);
  // New arrivals wait under the "N new" marker so the rows on screen stay still.
  const marker = inbox.getByRole('button', { name: /new items? · show/ });
  await expect(marker.or(row)).toBeVisible({ timeout: 10_000 });
  if (await marker.isVisible()) await marker.click();
  await expect(row).toContainText('call my daughter [NAME] on [PHONE]', { timeout: 10_000 });
  await expect(row).not.toContainText('07700');
  await row.getByRole('link').click();
  const panel = page.getByRole('region', { name: 'Item', exact: true });

  await panel.getByRole('button', { name: 'Show original text' }).click();
  await expect(panel.getByTestId('original-text')).toHaveText(text);

  const reply = panel.getByRole('region', { name: 'Draft public reply' });
  await reply
    .getByLabel(/Your reply/)
    .fill('Actually Dr Patel says your treatment was fine during your stay.');
  await reply.getByRole('button', { name: 'Check reply' }).click();
  const problems = reply.getByRole('list', { name: 'Problems in the draft' }).locator('li');
  await expect(problems).toHaveCount(4);
  await expect(reply.getByRole('button', { name: 'Copy reply' })).toBeDisabled();
  await page.screenshot({ path: artifact('reply-check.png'), fullPage: true });
  await testInfo.attach('reply-check', { path: artifact('reply-check.png'), contentType: 'image/png' });

  await reply.getByRole('button', { name: 'Use approved wording' }).click();
  await expect(reply.getByText('No problems found')).toBeVisible();
  await reply.getByRole('button', { name: 'Copy reply' }).click();
  await expect(reply.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/privately/);
});

test('an admin finds the read of an original in the audit trail', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Email').fill('admin@auscult.local');
  await page.getByLabel('Password').fill('auscult-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Admin' }).click();
  await page
    .getByRole('navigation', { name: 'Admin pages' })
    .getByRole('link', { name: 'Audit trail' })
    .click();
  const screen = page.getByRole('region', { name: 'Audit trail' });
  await screen.getByLabel('Action').fill('item.original_read');
  await screen.getByRole('button', { name: 'Search' }).click();
  await expect(screen.locator('tbody tr').first()).toContainText('user:px@auscult.local');
  await page.screenshot({ path: artifact('admin-audit.png'), fullPage: true });
});
