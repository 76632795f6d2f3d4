// Steps every browser test shares: sign in as a demo user and post an item through the public ingest API.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import type { IngestResponse } from '@auscult/contracts';

const baseUrl = process.env.AUSCULT_URL ?? 'http://localhost:3000';

export const artifact = (name: string) => fileURLToPath(new URL(`../test-results/${name}`, import.meta.url));

export async function signInAsPx(page: Page) {
  await page.goto('/');
  await page.getByLabel('Email').fill('px@auscult.local');
  await page.getByLabel('Password').fill('auscult-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const inbox = page.getByRole('region', { name: 'Inbox', exact: true });
  await expect(inbox.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  // Wait for the live socket, or an item could arrive before the page listens for it.
  await expect(page.getByRole('status')).toHaveText('Live');
  return inbox;
}

/** Posts one item with the demo ingest key; answers the id the API gave it. */
export async function ingest(page: Page, text: string): Promise<string> {
  const response = await page.request.post(`${baseUrl}/api/v1/ingest`, {
    headers: { 'x-api-key': 'demo-ingest-key' },
    data: { source: 'e2e', externalId: `e2e-${randomUUID()}`, text, channel: 'social' },
  });
  expect(response.status()).toBe(202);
  const body = (await response.json()) as IngestResponse;
  return body.items[0].id;
}
