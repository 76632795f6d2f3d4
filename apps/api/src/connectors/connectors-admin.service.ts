// Connector health for admins. Alerts are a flag computed on read (isAlerting, and the list
// `alerting`): silence is the absence of an event, so nothing would trigger a pushed alert without
// a scheduler, while a flag is always current, survives restarts and costs nothing when no one looks.
// The admin view refetches it every 30 s and shows alerting sources first.
import { Inject, Injectable } from '@nestjs/common';
import type { ConnectorHealth, ConnectorHealthResponse } from '@auscult/contracts';
import type { AuscultConfig } from '@auscult/config';
import { ConnectorStatusRecorder } from '@auscult/persistence';
import { AUSCULT_CONFIG } from '../config/config.module.js';

@Injectable()
export class ConnectorsAdminService {
  constructor(
    private readonly recorder: ConnectorStatusRecorder,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  async health(now: Date = new Date()): Promise<ConnectorHealthResponse> {
    const seen = await this.recorder.list(now);
    const known = new Set(seen.map((h) => h.source));
    // Configured push sources that never delivered are listed too: a webhook that was never called
    // is the most common misconfiguration.
    const neverSeen = Object.keys(this.config.pushConnectors.webhookSecrets)
      .filter((source) => !known.has(source))
      .map((source) => this.neverSeen(source));
    const connectors = [...seen, ...neverSeen].sort(
      (a, b) => Number(b.isAlerting) - Number(a.isAlerting) || a.source.localeCompare(b.source),
    );
    return {
      connectors,
      alerting: connectors.filter((h) => h.isAlerting).map((h) => h.source),
      checkedAt: now.toISOString(),
    };
  }

  private neverSeen(source: string): ConnectorHealth {
    return {
      source,
      kind: 'push',
      expectedIntervalSeconds: this.config.pushConnectors.rhythms[source] ?? null,
      lastSuccessAt: null,
      lastItemAt: null,
      lagSeconds: null,
      lastErrorAt: null,
      lastError: null,
      errorRate24h: null,
      outcomes24h: { successes: 0, failures: 0, items: 0 },
      state: 'unknown',
      isAlerting: false,
    };
  }
}
