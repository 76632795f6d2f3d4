// An admin turns fair auto-assignment on with a per-person cap, on the "SLA and units" page.
import { expect, test } from '@playwright/test';
import type { FacilitySettings } from '@auscult/contracts';
import { baseUrl, DEMO_USERS, signIn, tokenFor } from './support';

test('an admin sets auto-assignment and its cap; a cap out of range is refused with the reason', async ({
  page,
}) => {
  const token = await tokenFor(page, DEMO_USERS.admin);
  const headers = { authorization: `Bearer ${token}` };
  const read = async () =>
    (await (
      await page.request.get(`${baseUrl}/api/v1/facilities/settings`, { headers })
    ).json()) as FacilitySettings[];
  const [before] = await read();
  try {
    await signIn(page, DEMO_USERS.admin);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Admin' }).click();
    const form = page
      .getByRole('region', { name: 'Auto-assignment' })
      .getByRole('form', { name: `Auto-assignment at ${before.facility}` });
    const cap = form.getByLabel('Open items per person');
    await expect(cap).toHaveValue(String(before.openItemCap));

    await cap.fill('0');
    await expect(form.getByRole('alert')).toHaveText('Between 1 and 1000 open items.');
    await expect(form.getByRole('button', { name: 'Save' })).toBeDisabled();

    await cap.fill('3');
    await form.getByLabel('Auto-assign new complaints').setChecked(!before.autoAssign);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved; applies to the next new complaint.');
    const [after] = await read();
    expect(after).toEqual({ facility: before.facility, autoAssign: !before.autoAssign, openItemCap: 3 });
  } finally {
    await page.request.put(`${baseUrl}/api/v1/facilities/${encodeURIComponent(before.facility)}/settings`, {
      headers,
      data: { autoAssign: before.autoAssign, openItemCap: before.openItemCap },
    });
  }
});
