import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  audiencesForItem,
  isOneOf,
  PRESENCE_ACTIVITIES,
  type AuthUser,
  type PresenceAck,
} from '@auscult/contracts';
import type { LiveNamespace } from '@auscult/live';
import type { Socket } from 'socket.io';
import type { DataSource } from 'typeorm';
import { reaches } from '../triage/triage-store.js';
import { OnlineRegistry } from './online-registry.js';
import { PresenceStore } from './presence.store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function userOf(socket: Socket): AuthUser {
  return (socket.data as { user: AuthUser }).user;
}

function itemIdOf(body: unknown): string | null {
  const id = typeof body === 'object' && body !== null ? (body as { itemId?: unknown }).itemId : undefined;
  return typeof id === 'string' && UUID.test(id) ? id.toLowerCase() : null;
}

/**
 * Presence on the `/live` namespace (the LiveGateway authenticates the handshake and routes the
 * socket events here): who is viewing or editing an item, told only to the rooms that may see that
 * item, and the online registry by role.
 */
@Injectable()
export class PresenceService {
  private readonly logger = new Logger(PresenceService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly store: PresenceStore,
    private readonly online: OnlineRegistry,
  ) {}

  async connected(socket: Socket): Promise<void> {
    const user = userOf(socket);
    await this.online.touch(user.role, user.id, socket.id).catch((e: unknown) => this.warn('online', e));
  }

  async disconnected(nsp: LiveNamespace, socket: Socket): Promise<void> {
    const user = userOf(socket);
    try {
      await this.online.drop(user.role, user.id, socket.id);
      for (const itemId of await this.store.leaveAll(socket.id)) await this.broadcast(nsp, itemId);
    } catch (e) {
      this.warn('disconnect', e);
    }
  }

  async watch(nsp: LiveNamespace, socket: Socket, body: unknown): Promise<PresenceAck> {
    const itemId = itemIdOf(body);
    const activity = (body as { activity?: unknown } | null)?.activity;
    if (!itemId) return { ok: false, error: 'itemId must be a UUID' };
    if (!isOneOf(PRESENCE_ACTIVITIES, activity))
      return { ok: false, error: 'activity must be viewing or editing' };
    const user = userOf(socket);
    if (!(await this.mayWatch(user, itemId))) return { ok: false, error: 'no such item' };
    await this.store.watch(socket.id, user, itemId, activity);
    await this.online.touch(user.role, user.id, socket.id);
    return { ok: true, people: await this.broadcast(nsp, itemId) };
  }

  async leave(nsp: LiveNamespace, socket: Socket, body: unknown): Promise<PresenceAck> {
    const itemId = itemIdOf(body);
    if (!itemId) return { ok: false, error: 'itemId must be a UUID' };
    // Leaving always works (the item may have left the caller's scope since, e.g. forwarded), but the
    // item's people go back only to those who may watch it: never a list for a guessed id.
    await this.store.leave(socket.id, itemId);
    const people = await this.broadcast(nsp, itemId);
    if (!(await this.mayWatch(userOf(socket), itemId))) return { ok: false, error: 'no such item' };
    return { ok: true, people };
  }

  /** Executives work with aggregates; everyone else only on items their scope reaches. */
  private async mayWatch(user: AuthUser, itemId: string): Promise<boolean> {
    return user.role !== 'executive' && (await reaches(this.ds.manager, user, itemId));
  }

  /** The whole list, to the rooms whose members may see the item (never the executives' room). */
  private async broadcast(nsp: LiveNamespace, itemId: string) {
    const people = await this.store.people(itemId);
    const rows: { kind: string; unit: string | null }[] = await this.ds.query(
      `SELECT kind, unit FROM triage WHERE item_id = $1`,
      [itemId],
    );
    const [t] = rows;
    if (!t) return people;
    const rooms = audiencesForItem({ unit: t.unit, classification: { kind: t.kind } })
      .filter((a) => !a.redacted)
      .map((a) => a.room);
    nsp.to(rooms).emit('presence.changed', { itemId, people });
    return people;
  }

  /** This node keeps its own sockets in the online registry; if it dies, they age out. */
  async touchLocalSockets(nsp: LiveNamespace): Promise<void> {
    for (const socket of nsp.sockets.values()) {
      const user = userOf(socket);
      await this.online.touch(user.role, user.id, socket.id).catch((e: unknown) => this.warn('online', e));
    }
  }

  private warn(what: string, e: unknown): void {
    this.logger.warn({ what, err: e instanceof Error ? e.message : String(e) }, 'presence update failed');
  }
}
