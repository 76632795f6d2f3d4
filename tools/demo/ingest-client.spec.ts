import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeErrorBody, retryAfterMs, sendBatch, type IngestTarget } from './ingest-client.js';

const item = { source: 'x', externalId: 'x-run-1', text: 'call bell unanswered on 4B' };

describe('sendBatch against a local HTTP server', () => {
  let server: Server;
  let target: IngestTarget;
  let answer: { status: number; body: unknown; headers?: Record<string, string> };

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    target = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, apiKey: 'demo-ingest-key' };
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('counts accepted items and duplicates from a 202', async () => {
    answer = {
      status: 202,
      body: {
        items: [
          { id: 'a', externalId: 'x-run-1', duplicate: false },
          { id: 'b', externalId: 'x-run-2', duplicate: true },
        ],
      },
    };
    await expect(sendBatch(target, [item, item])).resolves.toEqual({
      kind: 'accepted',
      accepted: 1,
      duplicates: 1,
    });
  });

  it('retries a 503 after the time the server asks for', async () => {
    answer = { status: 503, body: { message: 'The queue is unavailable' }, headers: { 'retry-after': '5' } };
    await expect(sendBatch(target, [item])).resolves.toEqual({
      kind: 'retry',
      message: '503 The queue is unavailable',
      retryAfterMs: 5000,
    });
  });

  it('reports the field and the reason of a 400 and goes on', async () => {
    answer = {
      status: 400,
      body: { message: 'Invalid', errors: [{ field: '[0].text', reason: 'must be a string' }] },
    };
    await expect(sendBatch(target, [item])).resolves.toEqual({
      kind: 'rejected',
      message: '400 Invalid — [0].text: must be a string',
    });
  });

  it('stops on a 401', async () => {
    answer = { status: 401, body: { message: 'Unknown ingest key' } };
    await expect(sendBatch(target, [item])).resolves.toMatchObject({ kind: 'fatal' });
  });

  it('says the API is unreachable when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(sendBatch({ url: `http://127.0.0.1:${port}`, apiKey: 'k' }, [item])).resolves.toEqual({
      kind: 'unreachable',
      message: 'ECONNREFUSED',
    });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Mon, 23 Nov 2026 12:00:10 GMT', Date.parse('2026-11-23T12:00:00Z'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
  });
});

describe('describeErrorBody', () => {
  it('is null for a body without a message', () => {
    expect(describeErrorBody('oops')).toBeNull();
  });
});
