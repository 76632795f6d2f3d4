import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { AuthUser, CreatedIngestKey, IngestKeyView } from '@auscult/contracts';
import { AuditEventEntity, hashIngestKey, IngestKeyEntity } from '@auscult/persistence';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { CurrentUser, Roles } from '../../auth/auth.decorators.js';
import { IngestKeysService } from '../../auth/ingest-keys.service.js';
import { DomainError } from '../../errors/domain-error.js';
import { uuid } from '../users/admin-users.controller.js';

export class CreateIngestKeyDto {
  @ApiProperty({ description: 'The source this key is for, e.g. "survey-vendor" or "comment-cards".' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/^[\w .-]+$/, { message: 'name may hold letters, digits, spaces, dots, dashes and underscores' })
  name!: string;
}

const toView = (k: IngestKeyEntity): IngestKeyView => ({
  id: k.id,
  name: k.name,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

/** Ingest API keys, one per source: created (the key shown once), listed (never the key), revoked. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/admin/ingest-keys')
export class AdminIngestKeysController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly keys: IngestKeysService,
  ) {}

  @Get()
  async list(): Promise<IngestKeyView[]> {
    const rows = await this.ds.getRepository(IngestKeyEntity).find({ order: { createdAt: 'DESC' } });
    return rows.map(toView);
  }

  @Post()
  async create(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Body() body: CreateIngestKeyDto,
  ): Promise<CreatedIngestKey> {
    const key = `ak_${randomBytes(32).toString('base64url')}`;
    const row = await this.ds.transaction(async (m) => {
      const created = await m
        .getRepository(IngestKeyEntity)
        .save({ name: body.name, keyHash: hashIngestKey(key) });
      await m.getRepository(AuditEventEntity).insert({
        actorId: user.id,
        actorLabel: `user:${user.email}`,
        action: 'ingest_key.created',
        note: `ingest key ${created.name} (${created.id})`,
        remoteAddress: req.ip ?? null,
      });
      return created;
    });
    return { ...toView(row), key };
  }

  @Post(':id/revoke')
  @HttpCode(200)
  async revoke(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Param('id', uuid) id: string,
  ): Promise<IngestKeyView> {
    const row = await this.ds.transaction(async (m) => {
      const key = await m.getRepository(IngestKeyEntity).findOneBy({ id });
      if (!key) throw new DomainError('not_found', 'No such ingest key.');
      if (key.revokedAt) return key;
      key.revokedAt = new Date();
      await m.getRepository(IngestKeyEntity).save(key);
      await m.getRepository(AuditEventEntity).insert({
        actorId: user.id,
        actorLabel: `user:${user.email}`,
        action: 'ingest_key.revoked',
        note: `ingest key ${key.name} (${key.id})`,
        remoteAddress: req.ip ?? null,
      });
      return key;
    });
    this.keys.forget(row.keyHash);
    return toView(row);
  }
}
