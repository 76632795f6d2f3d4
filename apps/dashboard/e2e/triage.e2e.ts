// Triage from the item panel: a person corrects the machine, takes the item, and closes it with an outcome.
import { expect, test } from '@playwright/test';
import { artifact, ingest, signInAsPx } from './support';

const text = 'The parking at the hospital costs far too much and the billing office overcharged me twice';

test('reclassify, claim and resolve an item from the panel, with the audit history to show for it', async ({
  page,
}, testInfo) => {
  const inbox = await signInAsPx(page);
  const id = await ingest(page, text);
  await inbox.getByRole('button', { name: /new items? · show/ }).click();
  const row = inbox.locator(`[data-item-id="${id}"]`);
  await expect(row).toBeVisible();
  await row.getByRole('link').click();
  const panel = page.getByRole('region', { name: 'Item', exact: true });
  await expect(panel.getByTestId('item-kind')).toHaveText('Service complaint');

  await panel.getByRole('button', { name: 'Reclassify', exact: true }).click();
  const form = panel.getByRole('form', { name: 'Reclassify' });
  await form.getByLabel('Kind').selectOption('care_need');
  await form.getByLabel('Urgency').selectOption('high');
  await form.getByRole('checkbox', { name: 'pain' }).check();
  await form.getByRole('button', { name: 'Save correction' }).click();
  await expect(form).toBeHidden();
  await expect(panel.getByTestId('item-kind')).toHaveText('Care need');
  await expect(panel.getByTestId('machine-decision')).toContainText('Service complaint');
  await expect(panel.getByTestId('correction-by')).toContainText('px@auscult.local');

  await panel.getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(panel.getByTestId('triage-status')).toHaveText('In progress');
  await expect(panel.getByTestId('triage-assignee')).toHaveText('Pat Experience');

  // The shortcut opens the outcome field; the key itself must not land in it.
  await page.locator('body').focus();
  await page.keyboard.press('r');
  const outcome = panel.getByLabel('Outcome');
  await expect(outcome).toBeFocused();
  await expect(outcome).toHaveValue('');
  await outcome.fill('Refund arranged with the billing office; parking voucher sent.');
  await panel.getByRole('button', { name: 'Resolve item' }).click();
  await expect(panel.getByTestId('triage-status')).toHaveText('Resolved');

  const history = panel.getByRole('list', { name: 'Audit history' }).locator('li');
  // The worker's own entry (item.classified) comes first; the people's actions follow in order.
  await expect(history.filter({ hasText: 'px@auscult.local' })).toHaveCount(3);
  const actions = await history.evaluateAll((items) => items.map((li) => li.getAttribute('data-action')));
  expect(actions.filter((action) => action?.startsWith('triage.'))).toEqual([
    'triage.reclassify',
    'triage.claim',
    'triage.resolve',
  ]);
  await expect(history.last()).toContainText('Refund arranged with the billing office');
  await page.screenshot({ path: artifact('item-triage.png'), fullPage: true });
  await testInfo.attach('item-triage', { path: artifact('item-triage.png'), contentType: 'image/png' });
});
