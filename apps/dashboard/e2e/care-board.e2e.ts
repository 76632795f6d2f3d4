// The nurses' care board: only their unit's care needs, a critical one raises an alert, claim and resolve,
// and when two nurses claim at once exactly one wins while the other sees who has it.
import { expect, test, type Page } from '@playwright/test';
import { artifact, DEMO_USERS, ingest, screenshot, signIn } from './support';

const critical4b = (what: string) =>
  `My dad on ward 4B fell out of bed and hit his head, he is bleeding and nobody is coming (${what})`;
const criticalIcu = 'ICU: my husband cannot breathe and nobody comes to help him';

async function openBoard(page: Page, email: string) {
  await signIn(page, email);
  const board = page.getByRole('region', { name: /^Care board/ });
  await expect(board.getByRole('heading', { name: /^Care board/ })).toBeVisible();
  return board;
}

test('a nurse lands on the board of her unit, sees a new critical care need with an alert and a countdown, claims and resolves it', async ({
  page,
}, testInfo) => {
  const board = await openBoard(page, DEMO_USERS.nurse4b);
  await expect(board.getByRole('heading')).toHaveText('Care board · 4B');

  const icuId = await ingest(page, criticalIcu);
  const id = await ingest(page, critical4b(testInfo.testId));
  const card = board.locator(`[data-item-id="${id}"]`);
  await expect(card).toBeVisible();
  // Another unit's patient never reaches this board, not even as an alert.
  await expect(page.locator(`[data-item-id="${icuId}"]`)).toHaveCount(0);

  const alert = page.getByRole('alert').filter({ hasText: 'Critical care need · 4B' });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-item-id', id);
  // The login click let the page start sound, so the tone played rather than being blocked.
  await expect(alert).toHaveAttribute('data-sound', 'on');

  const timer = card.getByRole('timer');
  await expect(timer).toHaveAttribute('data-sla-state', 'waiting');
  const before = await timer.textContent();
  await expect(timer).not.toHaveText(before ?? '', { timeout: 3_000 });
  await expect(timer).toHaveText(/^time left to claim: [0-9]:[0-5][0-9]$/);
  await page.screenshot({ path: screenshot('care-board-nurse.png') });
  await testInfo.attach('care-board', { path: screenshot('care-board-nurse.png'), contentType: 'image/png' });

  await card.getByRole('button', { name: 'Claim' }).click();
  await expect(card.getByTestId('card-holder')).toHaveText('In progress · you have it');
  await expect(card.getByRole('timer')).toHaveCount(0);
  // The alert has done its job once someone has the patient.
  await expect(alert).toHaveCount(0);

  await card.getByRole('button', { name: 'Resolve' }).click();
  await card.getByLabel('What was done').fill('Reviewed by the nurse, head CT requested, family informed.');
  await card.getByRole('button', { name: 'Resolve' }).click();
  await expect(card).toHaveCount(0);
});

test('two nurses claim the same item at once: exactly one wins and the other sees who has it', async ({
  browser,
}, testInfo) => {
  const nurseContext = await browser.newContext();
  const chargeContext = await browser.newContext();
  const [nurse, charge] = [await nurseContext.newPage(), await chargeContext.newPage()];
  const [nurseBoard, chargeBoard] = await Promise.all([
    openBoard(nurse, DEMO_USERS.nurse4b),
    openBoard(charge, DEMO_USERS.charge4b),
  ]);
  const id = await ingest(nurse, critical4b(testInfo.testId));
  const cards = [nurseBoard, chargeBoard].map((board) => board.locator(`[data-item-id="${id}"]`));
  await Promise.all(cards.map((card) => expect(card.getByRole('button', { name: 'Claim' })).toBeEnabled()));

  // Both clicks in the same instant: Playwright's own click waits for stability, long enough for the
  // first claim's live update to remove the other button before it is pressed.
  const buttons = await Promise.all(
    cards.map((card) => card.getByRole('button', { name: 'Claim' }).elementHandle()),
  );
  await Promise.all(buttons.map((button) => button?.evaluate((element: HTMLElement) => element.click())));

  const holders = await Promise.all(
    cards.map(async (card) => {
      const holder = card.getByTestId('card-holder');
      await expect(holder).toHaveText(/ha(s|ve) it$/);
      return holder.textContent();
    }),
  );
  const winners = holders.filter((text) => text === 'In progress · you have it');
  expect(winners).toHaveLength(1);
  const loserIndex = holders.findIndex((text) => text !== 'In progress · you have it');
  const loser = cards[loserIndex];
  await expect(loser.getByTestId('card-holder')).toContainText(/In progress · .+ has it/);
  await expect(loser.getByRole('alert')).toContainText(/claimed by|with /);
  await expect(loser.getByRole('button', { name: 'Claim' })).toHaveCount(0);
  await (loserIndex === 0 ? nurse : charge).screenshot({ path: artifact('claim-conflict.png') });
  await Promise.all([nurseContext.close(), chargeContext.close()]);
});
