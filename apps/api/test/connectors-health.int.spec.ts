import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ConnectorHealthResponse } from '@auscult/contracts';
import { login, startApi, type ApiHarness } from './api-harness.js';
import { fixture, postTwilio, query, SECRETS } from './connectors-support.js';

let api: ApiHarness;
let admin: string;

beforeAll(async () => {
  api = await startApi('connector-health', SECRETS);
  admin = await login(api, 'admin@auscult.local');
}, 30_000);

afterAll(async () => {
  await api?.close();
});

async function health(token = admin): Promise<ConnectorHealthResponse> {
  const res = await fetch(`${api.url}/api/v1/admin/connectors`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`GET /api/v1/admin/connectors: ${res.status}`);
  return (await res.json()) as ConnectorHealthResponse;
}

const twilio = (h: ConnectorHealthResponse) => h.connectors.find((c) => c.source === 'twilio');

describe('GET /api/v1/admin/connectors', () => {
  it('lists every configured push source, also those that never delivered', async () => {
    const h = await health();
    expect(h.connectors.map((c) => [c.source, c.state]).sort()).toEqual([
      ['email', 'unknown'],
      ['facebook', 'unknown'],
      ['instagram', 'unknown'],
      ['survey-tool', 'unknown'],
      ['twilio', 'unknown'],
    ]);
    expect(h.alerting).toEqual([]);
  });

  it('shows the last delivery, the 24-hour error rate and the last error of a source', async () => {
    expect((await postTwilio(api, fixture('twilio/fixtures/inbound-sms.form'))).status).toBe(200);
    expect(
      (await postTwilio(api, fixture('twilio/fixtures/inbound-sms.form'), 'wrong-token-000000000000')).status,
    ).toBe(401);
    expect(twilio(await health())).toMatchObject({
      kind: 'push',
      expectedIntervalSeconds: 3600,
      lastSuccessAt: expect.any(String),
      lagSeconds: expect.any(Number),
      errorRate24h: 0.5,
      outcomes24h: { successes: 1, failures: 1, items: 1 },
      lastError: expect.stringMatching(/^refused: X-Twilio-Signature does not match/),
      state: 'ok',
      isAlerting: false,
    });
  });

  it('raises an alert when a source has been silent for longer than twice its rhythm', async () => {
    await query(
      api,
      `UPDATE connector_status SET last_success_at = now() - interval '121 minutes', failing_since = NULL WHERE source = 'twilio'`,
    );
    const h = await health();
    expect(twilio(h)).toMatchObject({ state: 'silent', isAlerting: true });
    expect(h.alerting).toEqual(['twilio']);
    expect(h.connectors[0].source).toBe('twilio');
  });

  it('is for admins only', async () => {
    await expect(health(await login(api, 'px@auscult.local'))).rejects.toThrow(/403/);
  });
});
