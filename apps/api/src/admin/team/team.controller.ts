import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TeamMemberView } from '@auscult/contracts';
import { UserEntity } from '@auscult/persistence';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { Roles } from '../../auth/auth.decorators.js';

const TEAM_ROLES = ['px', 'admin'] as const;

/** GET /api/v1/team: who a PX officer may hand an item to (read-only; names and roles only). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(...TEAM_ROLES)
@Controller('v1/team')
export class TeamController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  async list(): Promise<TeamMemberView[]> {
    const rows = await this.ds.getRepository(UserEntity).find({
      select: { id: true, name: true, role: true },
      where: { isActive: true, role: In([...TEAM_ROLES]) },
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.map((u) => ({ id: u.id, name: u.name, role: u.role as TeamMemberView['role'] }));
  }
}
