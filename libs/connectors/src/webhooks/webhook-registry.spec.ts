import { describe, expect, it } from '@jest/globals';
import { genericWebhook } from './generic/generic.webhook.js';
import { WEBHOOK_CONNECTORS, WEBHOOK_SOURCE_NAMES, webhookConnectorFor } from './webhook-registry.js';

describe('webhook registry', () => {
  it('keys every push source by its own name', () => {
    for (const name of WEBHOOK_SOURCE_NAMES) expect(WEBHOOK_CONNECTORS[name].name).toBe(name);
  });

  it('serves any other source, and nothing inherited from Object, with the generic signed JSON', () => {
    expect(webhookConnectorFor('twilio').name).toBe('twilio');
    expect(webhookConnectorFor('survey-tool')).toBe(genericWebhook);
    expect(webhookConnectorFor('toString')).toBe(genericWebhook);
  });
});
