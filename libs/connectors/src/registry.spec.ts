import { describe, expect, it } from '@jest/globals';
import { CONNECTORS, CONNECTOR_NAMES, isConnectorName } from './registry.js';

describe('connector registry', () => {
  it('keys every connector by its own name', () => {
    for (const name of CONNECTOR_NAMES) expect(CONNECTORS[name].name).toBe(name);
  });

  it('knows jsonl and csv and nothing inherited from Object', () => {
    expect(isConnectorName('csv')).toBe(true);
    expect(isConnectorName('jsonl')).toBe(true);
    expect(isConnectorName('toString')).toBe(false);
  });
});
