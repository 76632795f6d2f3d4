import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import express from 'express';
import { ConnectorsModule } from '../connectors/connectors.module.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { FeedbackController } from './feedback.controller.js';
import { FeedbackService } from './feedback.service.js';
import { UnitQrController } from './unit-qr.controller.js';

@Module({
  imports: [ConnectorsModule, RateLimitModule],
  controllers: [FeedbackController, UnitQrController],
  providers: [FeedbackService],
})
export class FeedbackModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The card is a plain HTML form post; a message is at most 2,000 characters.
    consumer.apply(express.urlencoded({ extended: false, limit: '32kb' })).forRoutes(FeedbackController);
  }
}
