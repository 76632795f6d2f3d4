// A PX officer hands a complaint to a colleague and sends an unrouted care need to its unit, whose
// nurse sees it arrive on her board without reloading.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { artifact, DEMO_USERS, ingest, signIn, signInAsPx } from './support';

const complaint =
  'The parking at the hospital costs far too much and the billing office overcharged me twice';
// Names no ward: the router cannot place it, so it waits in the unrouted queue.
const unrouted = (what: string) =>
  `My mother has been in severe pain for hours and nobody has come to give her pain relief (${what})`;

async function openFromInbox(page: Page, inbox: Locator, id: string): Promise<Locator> {
  await inbox.getByRole('button', { name: /new items? · show/ }).click();
  await inbox.locator(`[data-item-id="${id}"]`).getByRole('link').click();
  return page.getByRole('region', { name: 'Item', exact: true });
}

test('a PX officer assigns a complaint to a colleague and forwards an unrouted care need to ICU, live on its board', async ({
  browser,
}, testInfo) => {
  const [pxContext, nurseContext] = [await browser.newContext(), await browser.newContext()];
  const [px, nurse] = [await pxContext.newPage(), await nurseContext.newPage()];
  await signIn(nurse, DEMO_USERS.nurseIcu);
  const board = nurse.getByRole('region', { name: /^Care board/ });
  await expect(board.getByRole('heading')).toHaveText('Care board · ICU');
  const inbox = await signInAsPx(px);

  // Assign: the picker lists the PX team; the panel then names the colleague.
  let panel = await openFromInbox(px, inbox, await ingest(px, complaint));
  await panel.getByRole('button', { name: /^Assign/ }).click();
  const assign = panel.getByRole('form', { name: 'Assign item' });
  await assign.getByLabel('Assign to').selectOption({ label: 'Priya Team (Patient experience)' });
  await assign.getByRole('button', { name: 'Assign item' }).click();
  await expect(assign).toBeHidden();
  await expect(panel.getByTestId('triage-assignee')).toHaveText('Priya Team');

  // Forward: an unrouted care need goes to ICU, by the f shortcut.
  const id = await ingest(px, unrouted(testInfo.testId));
  panel = await openFromInbox(px, inbox, id);
  await expect(panel.getByTestId('item-kind')).toHaveText('Care need');
  await expect(panel.getByTestId('triage-unit')).not.toContainText('ICU');
  await expect(board.locator(`[data-item-id="${id}"]`)).toHaveCount(0);
  await px.locator('body').focus();
  await px.keyboard.press('f');
  const forward = panel.getByRole('form', { name: 'Forward care need' });
  await forward.getByLabel('Forward to unit').selectOption('ICU');
  await forward.getByLabel(/^Note/).fill('Patient is on ICU per the family.');
  await forward.getByRole('button', { name: 'Forward care need' }).click();
  await expect(forward).toBeHidden();
  await expect(panel.getByTestId('triage-unit')).toContainText('ICU');
  await expect(panel.getByTestId('triage-status')).toHaveText('New');

  // The ICU nurse's board gains the card live, waiting for a nurse.
  const card = board.locator(`[data-item-id="${id}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Claim' })).toBeEnabled();
  await nurse.screenshot({ path: artifact('forwarded-to-icu.png') });
  await testInfo.attach('forwarded-to-icu', {
    path: artifact('forwarded-to-icu.png'),
    contentType: 'image/png',
  });
  await Promise.all([pxContext.close(), nurseContext.close()]);
});
