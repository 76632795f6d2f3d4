// The worker's only HTTP surface, on its own port (WORKER_OPS_PORT, not published outside the
// deployment's network): liveness and readiness for the orchestrator, and Prometheus metrics.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import { QUEUES } from '@auscult/contracts';
import { isMetricsToken, type AuscultConfig } from '@auscult/config';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { WorkerMetrics } from './worker-metrics.service.js';

type Check = 'up' | string;

async function withTimeout(what: Promise<unknown>, ms: number): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((r) => (timer = setTimeout(() => r(`no answer in ${ms} ms`), ms)));
  try {
    return await Promise.race([what.then(() => 'up' as const), timeout]);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    clearTimeout(timer);
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startOpsServer(app: INestApplicationContext, config: AuscultConfig): Promise<Server> {
  const ds = app.get<DataSource>(getDataSourceToken());
  const queue = app.get<Queue>(getQueueToken(QUEUES.ingest));
  const metrics = app.get(WorkerMetrics);
  let shuttingDown = false;
  const ready = async () => {
    const [postgres, redis] = await Promise.all([
      withTimeout(ds.query('SELECT 1'), 2000),
      withTimeout(queue.getJobCounts('waiting'), 2000),
    ]);
    return { postgres, redis };
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url?.split('?')[0];
    if (path === '/health/live') return send(res, 200, JSON.stringify({ status: 'ok' }));
    if (path === '/health/ready' || path === '/health') {
      const checks = await ready();
      const ok = !shuttingDown && checks.postgres === 'up' && checks.redis === 'up';
      return send(
        res,
        ok ? 200 : 503,
        JSON.stringify({ status: ok ? 'ok' : 'error', shuttingDown, ...checks }),
      );
    }
    if (path === '/metrics') {
      if (config.metricsToken && !isMetricsToken(req.headers.authorization, config.metricsToken)) {
        return send(res, 401, JSON.stringify({ message: 'Send the metrics bearer token.' }));
      }
      return send(res, 200, await metrics.registry.metrics(), metrics.registry.contentType);
    }
    send(res, 404, JSON.stringify({ message: 'Not found: /health/live, /health/ready, /metrics' }));
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, JSON.stringify({ message: String(e) })));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.workerOpsPort, resolve);
  });
  server.on('close', () => (shuttingDown = true));
  return server;
}

export function opsPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}
