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
} from '@auscult/contracts';
import type { LiveNamespace } from '@auscult/live';
import type { Socket } from 'socket.io';
import { TokenService } from '../auth/token.service.js';
import { PresenceService } from '../presence/presence.service.js';

interface LiveSocketData {
  user: AuthUser;
}

/**
 * The live push. A socket is authenticated at the handshake (`auth: { token }`) and joins only the
 * rooms its user may see; events are sent to rooms by the worker and the API through Redis.
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
  private readonly refresh: NodeJS.Timeout;

  @WebSocketServer()
  nsp!: LiveNamespace;

  constructor(
    private readonly tokens: TokenService,
    private readonly presence: PresenceService,
  ) {
    this.refresh = setInterval(
      () => void this.presence.touchLocalSockets(this.nsp),
      PRESENCE_HEARTBEAT_SECONDS * 1000,
    );
    this.refresh.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.refresh);
  }

  afterInit(nsp: LiveNamespace): void {
    nsp.use((socket, next) => {
      const auth: unknown = socket.handshake.auth;
      const token =
        typeof auth === 'object' && auth !== null ? (auth as { token?: unknown }).token : undefined;
      this.tokens
        .verify(token)
        .then((user) => {
          if (!user) return next(new Error('unauthorized: send auth: { token } with a valid access token'));
          (socket.data as LiveSocketData).user = user;
          // Joined before the handshake completes, so no event can slip between "connected" and "in its rooms".
          void socket.join(roomsForViewer(user.role, user.units));
          next();
        })
        .catch(next);
    });
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
}
