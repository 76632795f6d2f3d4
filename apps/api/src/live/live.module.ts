import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OnlineRegistry } from '../presence/online-registry.js';
import { PresenceService } from '../presence/presence.service.js';
import { PresenceStore } from '../presence/presence.store.js';
import { LiveGateway } from './live.gateway.js';

@Module({
  imports: [AuthModule],
  providers: [LiveGateway, PresenceService, PresenceStore, OnlineRegistry],
  exports: [LiveGateway, OnlineRegistry],
})
export class LiveModule {}
