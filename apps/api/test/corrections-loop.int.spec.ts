// The corrections loop end to end: a reclassification made through the API is stored beside the machine's
// decision, `train:classifier --with-corrections` reads it from that PostgreSQL database into a new model
// version, and the eval prints the old and new figures side by side.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_PASSWORD } from '@auscult/persistence';
import type { LoginResponse } from '@auscult/contracts';
import { startApi, type ApiHarness } from './api-harness.js';
import { insertItems } from './item-rows.factory.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bundled = path.join(root, 'libs/classifier/model/classifier-model.json');
const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  run('npx', ['tsx', `libs/classifier/scripts/${script}`, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 10 * 1024 * 1024,
  });

let api: ApiHarness;
let dir: string;

beforeAll(async () => {
  api = await startApi('corrections');
  dir = mkdtempSync(path.join(tmpdir(), 'auscult-corrections-'));
});

afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('corrections loop', () => {
  it('retrains with a dashboard correction from the database and compares old and new models', async () => {
    const text = 'my nan keeps asking for water and the jug is out of reach, nobody comes';
    const [id] = await insertItems(api.db.url, [{ kind: 'service_complaint', unit: null, text }]);
    const login = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'px@auscult.local', password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as LoginResponse;
    const reclassified = await fetch(`${api.url}/api/v1/items/${id}/reclassify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ kind: 'care_need', urgency: 'high', topics: ['nutrition_hydration'] }),
    });
    expect(reclassified.status).toBe(200);

    const out = path.join(dir, 'model.json');
    const trained = await tsx('train.ts', ['--with-corrections', '--out', out], { DATABASE_URL: api.db.url });
    expect(trained.stdout).toContain('corrections: 1 of 1 rows usable');
    const model = JSON.parse(readFileSync(out, 'utf8')) as {
      version: string;
      training: { corrections: number };
    };
    const old = JSON.parse(readFileSync(bundled, 'utf8')) as { version: string };
    expect(model.version).toMatch(/^auscult-clf-1\.c-/);
    expect(model.version).not.toBe(old.version);
    expect(model.training.corrections).toBe(1);

    const evaluated = await tsx('evaluate.ts', ['--model', out, '--compare', bundled]).catch(
      (error: { stdout: string }) => error,
    );
    const lines = evaluated.stdout.trim().split('\n');
    expect(evaluated.stdout).toContain(`model ${model.version} (compared with ${old.version})`);
    expect(evaluated.stdout).toMatch(/macro-F1\s+\d\.\d{3}\s+≥ 0\.9\s+\| old \d\.\d{3}/);
    const summary = JSON.parse(lines[lines.length - 1]) as { model: string; compare: { model: string } };
    expect([summary.model, summary.compare.model]).toEqual([model.version, old.version]);
  }, 600_000);
});
