import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { DemoComposer } from './compose.js';
import { Progress } from './progress.js';
import { seededRandom } from './random.js';
import { backoffMs, DemoStopped, Sender } from './sender.js';

/** Answers with the queued statuses in order, then 202 for everything. */
function startApi(statuses: number[]): Promise<{ server: Server; url: string; requests: () => number }> {
  let requests = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      const status = statuses.shift() ?? 202;
      const items = JSON.parse(Buffer.concat(chunks).toString()) as { externalId: string }[];
      response.writeHead(status, {
        'content-type': 'application/json',
        ...(status === 503 ? { 'retry-after': '0' } : {}),
      });
      response.end(
        JSON.stringify(
          status === 202
            ? {
                items: items.map((item) => ({
                  id: item.externalId,
                  externalId: item.externalId,
                  duplicate: false,
                })),
              }
            : { message: 'no' },
        ),
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests: () => requests,
      }),
    ),
  );
}

function quietProgress(): { progress: Progress; output: () => string } {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { progress: new Progress(sink as unknown as NodeJS.WriteStream), output: () => text };
}

const batch = new DemoComposer(seededRandom(1), 'spec').burst(new Date(), 3);

describe('Sender', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  const statuses: number[] = [];

  beforeAll(async () => {
    api = await startApi(statuses);
  });
  afterAll(() => new Promise<void>((resolve) => api.server.close(() => resolve())));

  it('sends the same batch again after a 503 and counts it once', async () => {
    statuses.push(503, 503);
    const { progress, output } = quietProgress();
    const before = api.requests();
    await new Sender({ url: api.url, apiKey: 'k' }, progress, new AbortController().signal, 1).deliver(batch);
    expect(api.requests() - before).toBe(3);
    expect(progress).toMatchObject({ sent: 3, accepted: 3, errors: 0 });
    expect(output()).toContain('API busy: 503 no; retrying in');
  });

  it('counts a 400 as errors and goes on', async () => {
    statuses.push(400);
    const { progress } = quietProgress();
    await new Sender({ url: api.url, apiKey: 'k' }, progress, new AbortController().signal, 1).deliver(batch);
    expect(progress).toMatchObject({ sent: 3, accepted: 0, errors: 3 });
  });

  it('stops with a clear message when the API was never reachable', async () => {
    const { progress } = quietProgress();
    const closed = await startApi([]);
    await new Promise<void>((resolve) => closed.server.close(() => resolve()));
    const sender = new Sender({ url: closed.url, apiKey: 'k' }, progress, new AbortController().signal, 1);
    await expect(sender.deliver(batch)).rejects.toThrow(
      new DemoStopped(
        `Cannot reach the Auscult API at ${closed.url} (ECONNREFUSED). Start it with \`npm start\`, or point the demo elsewhere with --url or AUSCULT_URL.`,
      ),
    );
  });
});

describe('backoffMs', () => {
  it('doubles from the first wait up to 30 seconds', () => {
    expect([1, 2, 3, 10].map((attempt) => backoffMs(attempt, 1000, 0.5))).toEqual([1000, 2000, 4000, 30_000]);
  });
});
