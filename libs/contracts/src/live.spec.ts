import { describe, expect, it } from '@jest/globals';
import { LIVE_ROOMS, roomsForViewer } from './live.js';

describe('roomsForViewer', () => {
  it('puts a nurse only in the rooms of her units', () => {
    expect(roomsForViewer('nurse', ['4B'])).toEqual([LIVE_ROOMS.unit('4B')]);
  });

  it('gives charge nurses their units and the unrouted care queue', () => {
    expect(roomsForViewer('charge_nurse', ['4B'])).toEqual(['unit:4B', LIVE_ROOMS.unrouted]);
  });

  it('gives executives only the redacted room', () => {
    expect(roomsForViewer('executive', [])).toEqual([LIVE_ROOMS.redacted]);
  });
});
