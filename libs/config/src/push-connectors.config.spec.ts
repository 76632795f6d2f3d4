import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('push connectors configuration', () => {
  it('configures no webhook secret by default (every push source is closed)', () => {
    expect(loadConfig(base).pushConnectors).toMatchObject({
      webhookSecrets: {},
      publicUrl: null,
      rawPayloadRetentionDays: 30,
      feedbackRateLimit: { limit: 5, windowSeconds: 600 },
    });
  });

  it('maps each provider secret and the generic list to secrets by source', () => {
    const config = loadConfig({
      ...base,
      META_APP_SECRET: 'meta-secret-0123456789',
      META_VERIFY_TOKEN: 'verify-me',
      TWILIO_AUTH_TOKEN: 'twilio-token-0123456789',
      WEBHOOK_SECRETS: 'survey-tool=survey-secret-01234567, web-form=form-secret-0123456789',
      CONNECTORS_PUBLIC_URL: 'https://feedback.example.org/',
      CONNECTOR_RHYTHMS: 'facebook=3600,twilio=86400',
    }).pushConnectors;
    expect(config.webhookSecrets).toEqual({
      facebook: { secret: 'meta-secret-0123456789', verifyToken: 'verify-me' },
      instagram: { secret: 'meta-secret-0123456789', verifyToken: 'verify-me' },
      twilio: { secret: 'twilio-token-0123456789' },
      'survey-tool': { secret: 'survey-secret-01234567' },
      'web-form': { secret: 'form-secret-0123456789' },
    });
    expect(config.publicUrl).toBe('https://feedback.example.org');
    expect(config.rhythms).toEqual({ facebook: 3600, twilio: 86400 });
  });

  it('refuses a short secret without printing it', () => {
    try {
      loadConfig({ ...base, TWILIO_AUTH_TOKEN: 'short' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems).toEqual([
        'TWILIO_AUTH_TOKEN: must be at least 16 characters (got "***")',
      ]);
    }
  });

  it('names a malformed entry of a list', () => {
    expect(() => loadConfig({ ...base, WEBHOOK_SECRETS: 'survey-tool' })).toThrow(
      /WEBHOOK_SECRETS: each entry must be <source>=<secret/,
    );
  });
});
