import { describe, expect, it } from '@jest/globals';
import { createIdleTimer, refreshDelayMs, type Clock } from './idle-timer';

/** A hand-driven clock: time moves only when the test says so. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
    }
    now = until;
  };
  return { clock, advance };
}

const MINUTE = 60_000;

describe('createIdleTimer', () => {
  it('logs off after the idle time without input', () => {
    const { clock, advance } = manualClock();
    let idle = 0;
    createIdleTimer(15 * MINUTE, () => idle++, clock);
    advance(15 * MINUTE - 1);
    expect(idle).toBe(0);
    advance(1);
    expect(idle).toBe(1);
  });

  it('counts from the last input, not from the start', () => {
    const { clock, advance } = manualClock();
    let idle = 0;
    const timer = createIdleTimer(15 * MINUTE, () => idle++, clock);
    advance(10 * MINUTE);
    timer.activity();
    advance(14 * MINUTE);
    expect(idle).toBe(0);
    advance(MINUTE);
    expect(idle).toBe(1);
  });

  it('fires once only, and input after the log-off does not revive it', () => {
    const { clock, advance } = manualClock();
    let idle = 0;
    const timer = createIdleTimer(MINUTE, () => idle++, clock);
    advance(MINUTE);
    timer.activity();
    advance(10 * MINUTE);
    expect(idle).toBe(1);
  });

  it('never fires once stopped (signed out by hand)', () => {
    const { clock, advance } = manualClock();
    let idle = 0;
    const timer = createIdleTimer(MINUTE, () => idle++, clock);
    timer.stop();
    advance(10 * MINUTE);
    expect(idle).toBe(0);
  });
});

describe('refreshDelayMs', () => {
  it('renews 30 s before the access token expires, counted from its arrival on this clock', () => {
    expect(refreshDelayMs(5 * MINUTE, 600, 5 * MINUTE)).toBe(10 * MINUTE - 30_000);
    expect(refreshDelayMs(5 * MINUTE, 600, 8 * MINUTE)).toBe(7 * MINUTE - 30_000);
  });

  it('renews at once when the token is about to expire or has expired', () => {
    expect(refreshDelayMs(0, 10, 0)).toBe(0);
    expect(refreshDelayMs(0, 600, 20 * MINUTE)).toBe(0);
  });
});
