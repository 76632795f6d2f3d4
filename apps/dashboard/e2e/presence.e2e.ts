// Presence: two people on the same item see each other, viewing and then editing, so two people never
// answer the same patient.
import { expect, test } from '@playwright/test';
import { artifact, DEMO_USERS, ingest, signIn } from './support';

test('the PX officer sees a colleague viewing and then editing the item she has open, in the panel and the list', async ({
  browser,
}) => {
  const pxContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const px = await pxContext.newPage();
  const admin = await adminContext.newPage();
  try {
    await Promise.all([signIn(px, DEMO_USERS.px), signIn(admin, DEMO_USERS.admin)]);
    const id = await ingest(px, 'The billing office sent me the same invoice three times this month');
    for (const page of [px, admin]) {
      await page.getByRole('button', { name: /new items? · show/ }).click();
      await page.locator(`[data-item-id="${id}"] a`).click();
    }
    const pxPanel = px.getByRole('region', { name: 'Item', exact: true });
    await expect(pxPanel.getByTestId('presence')).toHaveText('Ada Admin (Admin) is viewing');

    await admin
      .getByRole('region', { name: 'Item', exact: true })
      .getByRole('button', { name: 'Add note', exact: true })
      .click();
    await expect(pxPanel.getByTestId('presence')).toHaveText('Ada Admin (Admin) is editing');
    await expect(px.locator(`li[data-item-id="${id}"]`).getByTestId('presence')).toHaveText(
      'Ada Admin (Admin) is editing',
    );
    await px.screenshot({ path: artifact('presence.png') });

    await admin.getByRole('button', { name: 'Close item' }).click();
    await expect(pxPanel.getByTestId('presence')).toHaveCount(0);
  } finally {
    await Promise.all([pxContext.close(), adminContext.close()]);
  }
});
