import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators.js';
import { RedisHealthIndicator } from './redis.health.js';

/** Readiness: 200 when PostgreSQL and Redis both answer, 503 (with which one failed) otherwise. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.postgres.pingCheck('postgres', { timeout: 2000 }),
      () => this.redis.pingCheck('redis'),
    ]);
  }

  /** Liveness: the process answers. */
  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }
}
