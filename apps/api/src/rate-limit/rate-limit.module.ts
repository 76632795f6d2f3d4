import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RateLimitService } from './rate-limit.service.js';

/**
 * Named rate limits in Redis (see rate-limit.decorator.ts). Imported before AuthModule in AppModule,
 * so its guard runs first and floods are refused before any key or token check.
 * Other modules may inject RateLimitService to limit by their own tracker.
 */
@Global()
@Module({
  providers: [RateLimitService, { provide: APP_GUARD, useClass: RateLimitGuard }],
  exports: [RateLimitService],
})
export class RateLimitModule {}
