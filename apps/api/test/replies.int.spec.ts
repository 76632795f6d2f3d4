import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ReplyCheckResult, ReplyTemplate } from '@auscult/contracts';
import { login, startApi, type ApiHarness } from './api-harness.js';
import { insertItems } from './item-rows.factory.js';

let api: ApiHarness;
let ids: string[];
const tokens: Record<string, string> = {};

function call(method: string, path: string, who: string, body?: unknown) {
  return fetch(`${api.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

beforeAll(async () => {
  api = await startApi('replies');
  ids = await insertItems(api.db.url, [{ kind: 'service_complaint', unit: '4B' }]);
  for (const who of ['px', 'nurse.4b', 'exec', 'admin'])
    tokens[who] = await login(api, `${who}@auscult.local`);
}, 30_000);

afterAll(async () => {
  await api?.close();
}, 30_000);

describe('POST /api/v1/items/:id/reply-check', () => {
  it('warns about a risky draft with spans and reasons, and suggests the approved wording for the kind', async () => {
    const draft = 'Actually Dr Patel says your treatment was fine during your stay.';
    const res = await call('POST', `/items/${ids[0]}/reply-check`, 'px', { draft });
    const body = (await res.json()) as ReplyCheckResult;
    expect([res.status, body.isSafe, body.suggestion.kind]).toEqual([200, false, 'service_complaint']);
    expect(body.warnings.map((w) => [w.kind, draft.slice(w.start, w.end)])).toEqual([
      ['argues', 'Actually'],
      ['names_person', 'Dr Patel'],
      ['confirms_patient', 'your treatment'],
      ['confirms_patient', 'during your stay'],
    ]);
    expect(body.suggestion.text).toMatch(/privately/);
  });

  it('finds nothing in the approved wording itself', async () => {
    const templates = (await (await call('GET', '/reply-templates', 'px')).json()) as ReplyTemplate[];
    for (const t of templates) {
      const body = (await (
        await call('POST', `/items/${ids[0]}/reply-check`, 'px', { draft: t.text })
      ).json()) as ReplyCheckResult;
      expect([t.kind, body.warnings]).toEqual([t.kind, []]);
    }
  });

  it('audits the check without storing the draft', async () => {
    const res = await call('GET', `/admin/audit?action=reply.checked&itemId=${ids[0]}`, 'admin');
    const { events } = (await res.json()) as {
      events: { to: { warnings: string[] }; note: string | null }[];
    };
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain('Dr Patel');
  });

  it('is for PX only, and answers 400 naming the field and 404 for an unknown item', async () => {
    const statuses = await Promise.all([
      call('POST', `/items/${ids[0]}/reply-check`, 'nurse.4b', { draft: 'hi' }).then((r) => r.status),
      call('POST', `/items/${ids[0]}/reply-check`, 'exec', { draft: 'hi' }).then((r) => r.status),
      call('POST', `/items/00000000-0000-4000-8000-000000000000/reply-check`, 'px', { draft: 'hi' }).then(
        (r) => r.status,
      ),
    ]);
    const bad = await call('POST', `/items/${ids[0]}/reply-check`, 'px', { draft: '' });
    const { errors } = (await bad.json()) as { errors: { field: string }[] };
    expect([...statuses, bad.status, errors[0]?.field]).toEqual([403, 403, 404, 400, 'draft']);
  });
});

describe('reply templates', () => {
  it('lets an admin edit the wording of a kind, audited, and PX then gets it', async () => {
    const text = 'Thank you. Please message us privately so our team can help.';
    const put = await call('PUT', '/reply-templates/praise', 'admin', { text });
    const updated = (await put.json()) as ReplyTemplate;
    const listed = (await (await call('GET', '/reply-templates', 'px')).json()) as ReplyTemplate[];
    expect([put.status, updated.updatedBy, listed.find((t) => t.kind === 'praise')?.text]).toEqual([
      200,
      'admin@auscult.local',
      text,
    ]);
    const audit = await call('GET', '/admin/audit?action=reply_template.updated', 'admin');
    expect(((await audit.json()) as { events: unknown[] }).events).toHaveLength(1);
  });

  it('refuses edits from anyone but an admin, and bad kinds or texts with 400', async () => {
    const px = await call('PUT', '/reply-templates/praise', 'px', { text: 'x' });
    const kind = await call('PUT', '/reply-templates/ticket', 'admin', { text: 'x' });
    const long = await call('PUT', '/reply-templates/praise', 'admin', { text: 'x'.repeat(1001) });
    expect([px.status, kind.status, long.status]).toEqual([403, 400, 400]);
  });
});
