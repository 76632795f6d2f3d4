// Steps every browser test shares: sign in as a demo user and post items through the public ingest API.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import type { IngestItem, IngestResponse } from '@auscult/contracts';

export const baseUrl = process.env.AUSCULT_URL ?? 'http://localhost:3000';

export const artifact = (name: string) => fileURLToPath(new URL(`../test-results/${name}`, import.meta.url));
/** The README's screenshots, refreshed by every e2e run. */
export const screenshot = (name: string) =>
  fileURLToPath(new URL(`../../../docs/screenshots/${name}`, import.meta.url));

export const DEMO_USERS = {
  px: 'px@auscult.local',
  nurse4b: 'nurse.4b@auscult.local',
  charge4b: 'charge.4b@auscult.local',
  nurseIcu: 'nurse.icu@auscult.local',
  exec: 'exec@auscult.local',
  admin: 'admin@auscult.local',
} as const;

/** Signs in and waits for the live socket, or an item could arrive before the page listens for it. */
export async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('auscult-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 20_000 });
}

export async function signInAsPx(page: Page) {
  await signIn(page, DEMO_USERS.px);
  const inbox = page.getByRole('region', { name: 'Inbox', exact: true });
  await expect(inbox.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  return inbox;
}

/** Posts items with the demo ingest key; answers the ids the API gave them, in order. */
export async function ingestMany(page: Page, items: Partial<IngestItem>[]): Promise<string[]> {
  const response = await page.request.post(`${baseUrl}/api/v1/ingest`, {
    headers: { 'x-api-key': 'demo-ingest-key' },
    data: items.map((item) => ({
      source: 'e2e',
      externalId: `e2e-${randomUUID()}`,
      channel: 'social',
      ...item,
    })),
  });
  expect(response.status()).toBe(202);
  const body = (await response.json()) as IngestResponse;
  return body.items.map((item) => item.id);
}

/** Posts one item; answers the id the API gave it. */
export async function ingest(page: Page, text: string, item: Partial<IngestItem> = {}): Promise<string> {
  const [id] = await ingestMany(page, [{ ...item, text }]);
  return id;
}

/** A bearer token for API calls the test makes beside the browser (setting a policy, seeding). */
export async function tokenFor(page: Page, email: string): Promise<string> {
  const response = await page.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { email, password: 'auscult-demo' },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
