// Automatic log-off: after `timeoutMs` without input the session ends on this screen, whatever the
// server still allows (a shared ward computer left open must not stay signed in).

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleTimer {
  /** The user did something: the countdown starts again. */
  activity(): void;
  /** When the user last did something (ms since the epoch). */
  lastActivity(): number;
  stop(): void;
}

/** Calls `onIdle` once, `timeoutMs` after the last activity; stopped timers never call it. */
export function createIdleTimer(timeoutMs: number, onIdle: () => void, clock: Clock = realClock): IdleTimer {
  let last = clock.now();
  let handle: unknown = null;
  let stopped = false;

  // One timer for the whole period; when it fires early (activity moved the deadline) it re-arms.
  const arm = (delay: number) => {
    handle = clock.setTimeout(check, delay);
  };
  function check() {
    if (stopped) return;
    const left = last + timeoutMs - clock.now();
    if (left > 0) return arm(left);
    stopped = true;
    onIdle();
  }
  arm(timeoutMs);

  return {
    activity: () => {
      if (!stopped) last = clock.now();
    },
    lastActivity: () => last,
    stop: () => {
      stopped = true;
      clock.clearTimeout(handle);
    },
  };
}

/** Input that counts as someone at the screen (not mere pointer drift from a cleaning cloth: no mousemove). */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * When to renew the access token: shortly before it expires, so requests and the socket never carry
 * an expired one. Counted on this screen's clock from when the token arrived (the server's clock may
 * differ); never earlier than now.
 */
export function refreshDelayMs(
  receivedAt: number,
  ttlSeconds: number,
  now: number,
  marginMs = 30_000,
): number {
  return Math.max(0, receivedAt + ttlSeconds * 1000 - now - marginMs);
}
