import { describe, expect, it } from '@jest/globals';
import { ingestJobId } from './queue.js';

describe('ingestJobId', () => {
  it('is the same for the same source and externalId', () => {
    expect(ingestJobId('twitter', '123')).toBe(ingestJobId('twitter', '123'));
  });

  it('never contains a colon, which BullMQ forbids in custom ids', () => {
    expect(ingestJobId('a:b', 'urn:x:1')).not.toContain(':');
  });

  it('keeps different pairs apart even when a separator appears inside a value', () => {
    expect(ingestJobId('a|b', 'c')).not.toBe(ingestJobId('a', 'b|c'));
  });
});
