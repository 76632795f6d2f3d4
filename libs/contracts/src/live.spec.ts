import { describe, expect, it } from '@jest/globals';
import { LIVE_ROOMS, audiencesForItem, roomsForViewer } from './live.js';

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

describe('audiencesForItem', () => {
  it('sends a routed care need to its unit as well as to PX and (redacted) executives', () => {
    expect(audiencesForItem({ unit: '4B', classification: { kind: 'care_need' } })).toEqual([
      { room: LIVE_ROOMS.all, redacted: false },
      { room: LIVE_ROOMS.redacted, redacted: true },
      { room: 'unit:4B', redacted: false },
    ]);
  });

  it('sends an unrouted care need to the unrouted queue', () => {
    expect(
      audiencesForItem({ unit: null, classification: { kind: 'care_need' } }).map((a) => a.room),
    ).toContain(LIVE_ROOMS.unrouted);
  });

  it('never sends a service complaint to a unit board', () => {
    expect(audiencesForItem({ unit: '4B', classification: { kind: 'service_complaint' } })).toHaveLength(2);
  });
});
