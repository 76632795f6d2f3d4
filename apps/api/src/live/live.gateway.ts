import { Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  LIVE_NAMESPACE,
  PRESENCE_HEARTBEAT_SECONDS,
  roomsForViewer,
  type AuthUser,
  type PresenceAck,
  type SessionEndReason,
} from '@auscult/contracts';
import type { LiveNamespace } from '@auscult/live';
import type { Subscription } from 'rxjs';
import type { Socket } from 'socket.io';
import { SessionService } from '../auth/session.service.js';
import { TokenService } from '../auth/token.service.js';
import { PresenceService } from '../presence/presence.service.js';

interface LiveSocketData {
  user: AuthUser;
  sessionId: string;
}

const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * The live push. A socket is authenticated at the handshake (`auth: { token }`, a live session) and
 * joins only the rooms its user may see. It is checked again when its access token expires (the
 * server sends `session.ended` with `token_expired` and disconnects; the client refreshes and
 * reconnects) and is disconnected at once when its session ends (logout, deactivation, idle, reuse),
 * on every API instance, through the Redis adapter.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: false })
export class LiveGateway
  implements
    OnGatewayInit<LiveNamespace>,
    OnGatewayConnection<Socket>,
    OnGatewayDisconnect<Socket>,
    OnModuleDestroy
{
  private readonly logger = new Logger(LiveGateway.name);
  private endedSubscription?: Subscription;
  // Not in socket.data: that is serialised into Redis for connection state recovery.
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  private readonly refresh: NodeJS.Timeout;

  @WebSocketServer()
  nsp!: LiveNamespace;

  constructor(
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    private readonly presence: PresenceService,
  ) {
    this.refresh = setInterval(
      () => void this.presence.touchLocalSockets(this.nsp),
      PRESENCE_HEARTBEAT_SECONDS * 1000,
    );
    this.refresh.unref();
  }

  afterInit(nsp: LiveNamespace): void {
    nsp.use((socket, next) => {
      this.authenticate(socket)
        .then((problem) => next(problem ? new Error(problem) : undefined))
        .catch(next);
    });
    this.endedSubscription = this.sessions.ended$.subscribe(({ sessionId, reason }) =>
      this.endSockets(sessionRoom(sessionId), reason),
    );
  }

  /** Answers a refusal message, or null once the socket is authenticated and in its rooms. */
  private async authenticate(socket: Socket): Promise<string | null> {
    const auth: unknown = socket.handshake.auth;
    const token = typeof auth === 'object' && auth !== null ? (auth as { token?: unknown }).token : undefined;
    const verified = await this.tokens.verify(token);
    if (!verified) return 'unauthorized: send auth: { token } with a valid access token';
    if (!(await this.sessions.isLive(verified.sessionId)))
      return 'unauthorized: the session has ended; log in again';
    const data = socket.data as LiveSocketData;
    data.user = verified.user;
    data.sessionId = verified.sessionId;
    // Joined before the handshake completes, so no event can slip between "connected" and "in its rooms".
    await socket.join([
      ...roomsForViewer(verified.user.role, verified.user.units),
      sessionRoom(verified.sessionId),
    ]);
    clearTimeout(this.expiryTimers.get(socket.id));
    const timer = setTimeout(
      () => this.endSockets(socket.id, 'token_expired'),
      Math.max(0, verified.expiresAt.getTime() - Date.now()),
    );
    this.expiryTimers.set(socket.id, timer);
    return null;
  }

  handleConnection(socket: Socket): void {
    const { user } = socket.data as LiveSocketData;
    this.logger.debug(
      { socket: socket.id, role: user.role, recovered: socket.recovered },
      'live client connected',
    );
    void this.presence.connected(socket);
  }

  handleDisconnect(socket: Socket): Promise<void> {
    clearTimeout(this.expiryTimers.get(socket.id));
    this.expiryTimers.delete(socket.id);
    return this.presence.disconnected(this.nsp, socket);
  }

  /** The answer goes to the client's acknowledgement callback. */
  @SubscribeMessage('presence.watch')
  watch(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<PresenceAck> {
    return this.presence.watch(this.nsp, socket, body);
  }

  @SubscribeMessage('presence.leave')
  leave(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<PresenceAck> {
    return this.presence.leave(this.nsp, socket, body);
  }

  /**
   * Tells the sockets of a room why, then disconnects them. Both go through the adapter (with connection
   * state recovery a direct emit does too), which keeps them in order on every API instance.
   */
  private endSockets(room: string, reason: SessionEndReason | 'token_expired'): void {
    const sockets = this.nsp.in(room);
    sockets.emit('session.ended', { reason });
    sockets.disconnectSockets();
  }

  onModuleDestroy(): void {
    clearInterval(this.refresh);
    this.endedSubscription?.unsubscribe();
    for (const timer of this.expiryTimers.values()) clearTimeout(timer);
  }
}
