import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../auth/api-client';
import { makeItem } from '../../live/item-factory';
import { conflictItem, describeFailure } from './triage-outcome';

describe('describeFailure', () => {
  it("shows a conflict's message as the server wrote it", () => {
    const error = new ApiError(409, 'This item is already claimed by Nina Ward.');
    expect(describeFailure('claim', error)).toBe('This item is already claimed by Nina Ward.');
  });

  it('adds who holds the item when the message does not say so', () => {
    const item = makeItem();
    const held = {
      ...item,
      triage: { ...item.triage, status: 'in_progress' as const, assigneeName: 'Ada Admin' },
    };
    const error = new ApiError(409, 'This item has changed since you loaded it; look again.', { item: held });
    expect(describeFailure('claim', error)).toBe(
      'This item has changed since you loaded it; look again. It is now in progress, with Ada Admin.',
    );
  });

  it('names the action for other refusals', () => {
    expect(describeFailure('resolve', new ApiError(400, 'note must not be blank'))).toBe(
      'Could not resolve this item: note must not be blank',
    );
  });

  it('does not reveal whether an unreachable item exists', () => {
    expect(describeFailure('claim', new ApiError(404, 'No such item.'))).toBe(
      'This item is no longer within your reach.',
    );
  });

  it('says the server could not be reached when the request never got an answer', () => {
    expect(describeFailure('note', new TypeError('Failed to fetch'))).toMatch(/could not be reached/);
  });
});

describe('conflictItem', () => {
  it('gives back the item a 409 carries', () => {
    const item = makeItem();
    expect(conflictItem(new ApiError(409, 'taken', { message: 'taken', item }))).toBe(item);
  });

  it('gives nothing for other errors or bodies without an item', () => {
    expect(conflictItem(new ApiError(403, 'no', { item: makeItem() }))).toBeNull();
    expect(conflictItem(new ApiError(409, 'changed', { message: 'changed' }))).toBeNull();
  });
});
