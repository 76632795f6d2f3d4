import type { Role } from './domain.js';

/**
 * Presence: who is looking at (or working on) an item right now, so that two people never answer
 * the same patient. Sent over the existing `/live` socket; kept in Redis with a TTL so that every
 * API node sees the same state and a crashed node's entries fade out on their own.
 */
export const PRESENCE_ACTIVITIES = ['viewing', 'editing'] as const;
export type PresenceActivity = (typeof PRESENCE_ACTIVITIES)[number];

/**
 * A watch lasts this long unless the client repeats `presence.watch` (a heartbeat); the client
 * should repeat it every `PRESENCE_HEARTBEAT_SECONDS` while the item stays open.
 */
export const PRESENCE_TTL_SECONDS = 45;
export const PRESENCE_HEARTBEAT_SECONDS = 20;

/** client → server: I am looking at / editing this item (repeat as a heartbeat). */
export interface PresenceWatch {
  itemId: string;
  activity: PresenceActivity;
}

/** client → server: I closed this item. */
export interface PresenceLeave {
  itemId: string;
}

export interface PresencePerson {
  userId: string;
  displayName: string;
  role: Role;
  activity: PresenceActivity;
  /** When this person started this activity on the item, ISO 8601. */
  since: string;
}

/**
 * server → client: the whole current list of people on an item (one entry per user; `editing`
 * wins over `viewing` when a user has several tabs). Sent to the sockets allowed to see the item.
 */
export interface PresenceChanged {
  itemId: string;
  people: PresencePerson[];
}

/** The acknowledgement of `presence.watch` / `presence.leave`: the list as it stands, or why not. */
export type PresenceAck = { ok: true; people: PresencePerson[] } | { ok: false; error: string };
