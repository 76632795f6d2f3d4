import { describe, expect, it } from '@jest/globals';
import { itemIdFor } from './item-id.js';

describe('itemIdFor', () => {
  it('gives the ids the ingest API answers with (pinned from apps/api item-id)', () => {
    expect(itemIdFor('twitter', '1790000000000000001')).toBe('6ba4f162-47a5-8bdd-80d7-acd4a3a79f23');
    expect(itemIdFor('survey', 'R-17')).toBe('a00a0d05-525f-837a-a0fe-236f20832be8');
  });

  it('separates source from externalId, so ("ab","c") and ("a","bc") differ', () => {
    expect(itemIdFor('ab', 'c')).not.toBe(itemIdFor('a', 'bc'));
  });
});
