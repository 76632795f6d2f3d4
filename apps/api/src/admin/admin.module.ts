import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AdminIngestKeysController } from './ingest-keys/admin-ingest-keys.controller.js';
import { AdminUsersController } from './users/admin-users.controller.js';
import { AdminUsersService } from './users/admin-users.service.js';
import { TeamController } from './team/team.controller.js';

/** What admins manage: people and their access, ingest keys. (The audit trail has its own module.) */
@Module({
  imports: [AuthModule],
  controllers: [AdminUsersController, AdminIngestKeysController, TeamController],
  providers: [AdminUsersService],
})
export class AdminModule {}
