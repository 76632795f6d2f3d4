import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ConnectorIntakeStore, ConnectorStatusRecorder } from '@auscult/persistence';
import { DataSource } from 'typeorm';
import { IngestModule } from '../ingest/ingest.module.js';
import { ConnectorsAdminController } from './connectors-admin.controller.js';
import { ConnectorsAdminService } from './connectors-admin.service.js';
import { IntakeService } from './intake.service.js';
import { RawPayloadRetention } from './raw-payload-retention.js';
import { rawWebhookBody } from './webhook-body.js';
import { WebhookController } from './webhook.controller.js';
import { WebhookService } from './webhook.service.js';

@Module({
  imports: [IngestModule],
  controllers: [WebhookController, ConnectorsAdminController],
  providers: [
    {
      provide: ConnectorIntakeStore,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new ConnectorIntakeStore(ds),
    },
    {
      provide: ConnectorStatusRecorder,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new ConnectorStatusRecorder(ds),
    },
    IntakeService,
    WebhookService,
    RawPayloadRetention,
    ConnectorsAdminService,
  ],
  exports: [IntakeService, ConnectorIntakeStore, ConnectorStatusRecorder],
})
export class ConnectorsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(rawWebhookBody).forRoutes(WebhookController);
  }
}
