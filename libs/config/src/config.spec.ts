import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('defaults to demo mode on port 3000 when only the services are given', () => {
    expect(loadConfig(base)).toMatchObject({ port: 3000, isDemo: true, redisPrefix: 'auscult' });
  });

  it('names the variable and the reason for a bad value', () => {
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(/PORT: .*\(got "abc"\)/);
  });

  it('reports a missing DATABASE_URL without crashing', () => {
    expect(() => loadConfig({ REDIS_URL: base.REDIS_URL })).toThrow(ConfigError);
  });

  it('refuses demo mode and a missing JWT secret in production', () => {
    let problems: string[] = [];
    try {
      loadConfig({ ...base, NODE_ENV: 'production', AUSCULT_DEMO: 'true' });
    } catch (e) {
      problems = (e as ConfigError).problems;
    }
    expect(problems).toEqual([expect.stringMatching(/^AUSCULT_DEMO/), expect.stringMatching(/^JWT_SECRET/)]);
  });

  it('hides secret values in its messages', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET: .*\*\*\*/,
    );
  });
});

describe('security settings', () => {
  it('defaults to short access tokens, a 15-minute idle log-off and same-origin only', () => {
    expect(loadConfig(base)).toMatchObject({ jwtTtlSeconds: 600, sessionIdleSeconds: 900, corsOrigins: [] });
  });

  it('reads CORS origins as a comma-separated list of origins', () => {
    expect(
      loadConfig({ ...base, CORS_ORIGINS: 'https://a.example, https://b.example:8443/' }).corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example:8443']);
  });

  it('refuses a CORS origin that is not an http(s) URL', () => {
    expect(() => loadConfig({ ...base, CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('data keys (encryption at rest)', () => {
  const key = Buffer.alloc(32, 7).toString('base64');
  const prod = { ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };

  it('uses the public demo key only in demo mode, and says so', () => {
    expect(loadConfig(base).dataKeys).toMatchObject({ activeKeyId: 'demo', isDemoKey: true });
  });

  it('refuses to start in production without data keys', () => {
    expect(() => loadConfig(prod)).toThrow(/AUSCULT_DATA_KEYS: is required outside demo mode/);
  });

  it('reads several keys and the active id, for rotation', () => {
    const config = loadConfig({
      ...prod,
      AUSCULT_DATA_KEYS: `k1:${key}, k2:${key}`,
      AUSCULT_ACTIVE_KEY_ID: 'k2',
    });
    expect(config.dataKeys).toEqual({ keys: { k1: key, k2: key }, activeKeyId: 'k2', isDemoKey: false });
  });

  it('refuses a short key or an active id that names no key, without printing the keys', () => {
    const short = Buffer.alloc(16).toString('base64');
    expect(() =>
      loadConfig({ ...prod, AUSCULT_DATA_KEYS: `k1:${short}`, AUSCULT_ACTIVE_KEY_ID: 'k1' }),
    ).toThrow(/AUSCULT_DATA_KEYS: each entry must be .*\(got "\*\*\*"\)/);
    expect(() =>
      loadConfig({ ...prod, AUSCULT_DATA_KEYS: `k1:${key}`, AUSCULT_ACTIVE_KEY_ID: 'k3' }),
    ).toThrow(/AUSCULT_ACTIVE_KEY_ID: must name one of the ids/);
  });
});

describe('hospital single sign-on (OIDC)', () => {
  const sso = {
    OIDC_ISSUER_URL: 'https://idp.hospital.example/realms/staff',
    OIDC_CLIENT_ID: 'auscult',
    OIDC_REDIRECT_URL: 'https://auscult.hospital.example/api/v1/auth/oidc/callback',
    OIDC_ROLE_MAP: 'Nursing=nurse, ChargeNurse=charge_nurse,Exec=executive',
  };

  it('is off when nothing is set', () => {
    expect(loadConfig(base).oidc).toBeNull();
  });

  it('reads the provider, the claims and the role map, with defaults', () => {
    expect(loadConfig({ ...base, ...sso }).oidc).toEqual({
      issuerUrl: sso.OIDC_ISSUER_URL,
      clientId: 'auscult',
      clientSecret: null,
      redirectUrl: sso.OIDC_REDIRECT_URL,
      dashboardUrl: 'https://auscult.hospital.example/',
      scopes: 'openid email profile',
      roleClaim: 'roles',
      unitsClaim: 'units',
      roleMap: { Nursing: 'nurse', ChargeNurse: 'charge_nurse', Exec: 'executive' },
    });
  });

  it('names what is missing when only part of it is set', () => {
    expect(() => loadConfig({ ...base, OIDC_ISSUER_URL: sso.OIDC_ISSUER_URL })).toThrow(
      /OIDC_CLIENT_ID: is required when single sign-on is configured/,
    );
    expect(() => loadConfig({ ...base, ...sso, OIDC_ROLE_MAP: 'Nursing' })).toThrow(
      /OIDC_ROLE_MAP: each entry/,
    );
  });

  it('refuses a plain-http issuer in production', () => {
    expect(() =>
      loadConfig({
        ...base,
        ...sso,
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(32),
        AUSCULT_DEMO: 'false',
        AUSCULT_DATA_KEYS: `k1:${Buffer.alloc(32).toString('base64')}`,
        AUSCULT_ACTIVE_KEY_ID: 'k1',
        OIDC_ISSUER_URL: 'http://idp.hospital.example',
      }),
    ).toThrow(/OIDC_ISSUER_URL: must be https/);
  });
});
