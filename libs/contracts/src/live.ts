import type { ItemView } from './item.js';
import type { Role } from './domain.js';
import type { SessionEndReason } from './auth.js';
import type { PresenceAck, PresenceChanged, PresenceLeave, PresenceWatch } from './presence.js';

export const LIVE_NAMESPACE = '/live';

/** Every live event carries the whole current state of the item, so a client can drop anything older. */
export interface ItemEvent {
  item: ItemView;
  /** Triage version; a client keeps the highest it has seen per item id. */
  version: number;
}

/** The item events: each carries the whole item as the receiving audience may see it. */
export interface ItemServerEvents {
  'item.created': (event: ItemEvent) => void;
  'item.updated': (event: ItemEvent) => void;
  'item.escalated': (event: ItemEvent) => void;
  /** Sent just before the server disconnects a socket: refresh and reconnect on `token_expired`, else log in. */
  'session.ended': (event: { reason: SessionEndReason | 'token_expired' }) => void;
}
/** The item events (each carries an ItemEvent); `session.ended` is about the connection itself. */
export type LiveEventName = Exclude<keyof ItemServerEvents, 'session.ended'>;

export interface ServerToClientEvents extends ItemServerEvents {
  /** Who is on an item now; only to sockets whose user may see that item. */
  'presence.changed': (event: PresenceChanged) => void;
}

export interface ClientToServerEvents {
  /** Start or refresh (heartbeat) a watch; the ack carries the item's current people or a refusal. */
  'presence.watch': (watch: PresenceWatch, ack?: (answer: PresenceAck) => void) => void;
  'presence.leave': (leave: PresenceLeave, ack?: (answer: PresenceAck) => void) => void;
}

export interface LiveHandshakeAuth {
  token: string;
}

/**
 * Rooms are the unit of access on the socket: a socket joins only the rooms its user may see,
 * and every event is sent to the rooms whose members may see that item.
 */
export const LIVE_ROOMS = {
  /** Everything, with original text: patient experience and admins. */
  all: 'items:all',
  /** Everything, text redacted: executives. */
  redacted: 'items:redacted',
  /** Care needs of one unit: that unit's nurses and charge nurses. */
  unit: (unit: string) => `unit:${unit}`,
  /** Care needs without a unit: charge nurses and PX. */
  unrouted: 'care:unrouted',
} as const;

export function roomsForViewer(role: Role, units: readonly string[]): string[] {
  switch (role) {
    case 'px':
    case 'admin':
      return [LIVE_ROOMS.all];
    case 'executive':
      return [LIVE_ROOMS.redacted];
    case 'charge_nurse':
      return [...units.map(LIVE_ROOMS.unit), LIVE_ROOMS.unrouted];
    case 'nurse':
      return units.map(LIVE_ROOMS.unit);
  }
}

/** Where an item's events go, and whether that audience gets the redacted text. */
export function audiencesForItem(item: Pick<ItemView, 'unit'> & { classification: { kind: string } }): {
  room: string;
  redacted: boolean;
}[] {
  const audiences: { room: string; redacted: boolean }[] = [
    { room: LIVE_ROOMS.all, redacted: false },
    { room: LIVE_ROOMS.redacted, redacted: true },
  ];
  if (item.classification.kind === 'care_need') {
    audiences.push({ room: item.unit ? LIVE_ROOMS.unit(item.unit) : LIVE_ROOMS.unrouted, redacted: false });
  }
  return audiences;
}
