import { Logger } from '@nestjs/common';
import {
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { LIVE_NAMESPACE, roomsForViewer, type AuthUser } from '@auscult/contracts';
import type { LiveNamespace } from '@auscult/live';
import type { Socket } from 'socket.io';
import { TokenService } from '../auth/token.service.js';

interface LiveSocketData {
  user: AuthUser;
}

/**
 * The live push. A socket is authenticated at the handshake (`auth: { token }`) and joins only the
 * rooms its user may see; events are sent to rooms by the worker and the API through Redis.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: false })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnGatewayConnection<Socket> {
  private readonly logger = new Logger(LiveGateway.name);

  @WebSocketServer()
  nsp!: LiveNamespace;

  constructor(private readonly tokens: TokenService) {}

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
  }
}
