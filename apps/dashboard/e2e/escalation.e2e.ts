// An admin shortens the critical SLA in the admin screen; a critical care need nobody claims shows the
// 80 % warning on the board, then escalates to the unit's charge nurse, whose board alerts and marks it.
import { expect, test } from '@playwright/test';
import { DEFAULT_SLA_WINDOWS, type SlaPolicyUpdate } from '@auscult/contracts';
import { baseUrl, DEMO_USERS, ingest, screenshot, signIn, tokenFor } from './support';

test.setTimeout(150_000);

test('an admin sets a 1-minute critical SLA; an unclaimed critical item warns at 80 % and escalates to the charge nurse', async ({
  browser,
}, testInfo) => {
  const adminContext = await browser.newContext();
  const chargeContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const charge = await chargeContext.newPage();
  const adminToken = await tokenFor(admin, DEMO_USERS.admin);
  try {
    await signIn(admin, DEMO_USERS.admin);
    await admin.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Admin' }).click();
    const policy = admin.getByRole('region', { name: 'SLA policy' });
    await policy.getByLabel('Critical care need').fill('0');
    await policy.getByRole('button', { name: 'Save policy' }).click();
    await expect(policy.getByText('must be between 1 and 43200 minutes')).toBeVisible();
    await policy.getByLabel('Critical care need').fill('1');
    await policy.getByRole('button', { name: 'Save policy' }).click();
    await expect(policy.getByRole('status')).toHaveText('Saved. New items take these times.');
    await expect(policy).toContainText('by admin@auscult.local');
    await admin.screenshot({ path: screenshot('admin-sla-policy.png'), fullPage: true });

    await signIn(charge, DEMO_USERS.charge4b);
    const board = charge.getByRole('region', { name: /^Care board/ });
    const id = await ingest(
      charge,
      `Ward 4B: my father fell in the bathroom and is bleeding from his head (${testInfo.testId})`,
    );
    const card = board.locator(`[data-item-id="${id}"]`);
    await expect(card.getByRole('timer')).toHaveText(/1:00|0:5\d/);
    await expect(card.getByRole('timer')).toHaveAttribute('data-sla-state', 'warning', { timeout: 60_000 });

    const alert = charge.getByRole('alert').filter({ hasText: 'Escalated to level 1 · 4B' });
    await expect(alert).toHaveAttribute('data-item-id', id, { timeout: 80_000 });
    await expect(card).toContainText('Escalated (level 1)');
    await expect(card.getByRole('timer')).toHaveAttribute('data-sla-state', 'breached');
    await charge.screenshot({ path: screenshot('care-board-charge-escalation.png') });
    await testInfo.attach('escalation', {
      path: screenshot('care-board-charge-escalation.png'),
      contentType: 'image/png',
    });
  } finally {
    // Later tests expect the default windows.
    const defaults: SlaPolicyUpdate = { facility: null, ...DEFAULT_SLA_WINDOWS };
    await admin.request.put(`${baseUrl}/api/v1/sla-policy`, {
      headers: { authorization: `Bearer ${adminToken}` },
      data: defaults,
    });
    await Promise.all([adminContext.close(), chargeContext.close()]);
  }
});
