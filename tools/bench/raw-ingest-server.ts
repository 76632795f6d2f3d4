// The HTTP ingest baseline, with no Auscult code: a bare node:http server that reads a JSON array,
// adds one bare BullMQ job per item (addBulk) and answers 202. Started by http-ingest.ts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue } from 'bullmq';

const { REDIS_URL, RAW_PREFIX } = process.env;
if (!REDIS_URL || !RAW_PREFIX) throw new Error('REDIS_URL and RAW_PREFIX are required');
const u = new URL(REDIS_URL);
const queue = new Queue(`${RAW_PREFIX}-http`, {
  connection: { host: u.hostname, port: Number(u.port) },
  prefix: RAW_PREFIX,
});

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const items = (Array.isArray(parsed) ? parsed : [parsed]) as { externalId: string }[];
    queue.addBulk(items.map((item) => ({ name: 'raw', data: item, opts: { jobId: item.externalId } }))).then(
      () =>
        res
          .writeHead(202, { 'content-type': 'application/json' })
          .end(JSON.stringify({ accepted: items.length })),
      () => res.writeHead(503).end(),
    );
  });
});
server.listen(0, '127.0.0.1', () =>
  console.log(`raw ingest listening ${(server.address() as AddressInfo).port}`),
);
process.on('SIGTERM', () => {
  server.close();
  void queue.obliterate({ force: true }).finally(() => queue.close().finally(() => process.exit(0)));
});
