// Starts the real API (real PostgreSQL, real Redis) on a free port, in its own database and Redis prefix.
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type AuscultConfig } from '@auscult/config';
import { createTestDatabase, testAppEnv, type TestDatabase } from '@auscult/persistence/testing';
import { AppModule } from '../src/app.module.js';
import { configureApp } from '../src/app.setup.js';

export interface ApiHarness {
  url: string;
  /** The running Nest app, for tests that inspect it (the authorisation matrix lists its routes). */
  app: NestExpressApplication;
  config: AuscultConfig;
  db: TestDatabase;
  close(): Promise<void>;
}

export async function startApi(label: string, env: Record<string, string> = {}): Promise<ApiHarness> {
  const db = await createTestDatabase(label, { seedDemo: true });
  const config = loadConfig({ ...testAppEnv(label, db.url), ...env });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: false,
  });
  configureApp(app, config);
  // A fixed PORT only when a test needs the address before start (e.g. an OIDC redirect URL).
  await app.listen(env.PORT ? Number(env.PORT) : 0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    config,
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export async function login(api: ApiHarness, email: string): Promise<string> {
  const res = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'auscult-demo' }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export function ingest(
  api: ApiHarness,
  body: unknown,
  headers: Record<string, string> = { 'x-api-key': 'demo-ingest-key' },
) {
  return fetch(`${api.url}/api/v1/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
