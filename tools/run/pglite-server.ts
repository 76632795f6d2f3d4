// Child process that serves an embedded PGlite database over TCP, so TypeORM and pg reach it like
// any PostgreSQL. It runs apart from the apps because PGlite is single-threaded WASM (330–500 MB RSS).
// Usage: tsx tools/run/pglite-server.ts <dataDir> <port>; prints one JSON line {"ready":true,"port":N}.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// Above the pools of the API and the worker together (4 each when on PGlite); the default of 1 breaks a pool.
const MAX_CONNECTIONS = 10;

async function main(): Promise<void> {
  const [dataDir, portArg] = process.argv.slice(2);
  const port = Number(portArg);
  if (!dataDir || !Number.isInteger(port) || port <= 0) {
    throw new Error('usage: pglite-server.ts <dataDir> <port>');
  }
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: MAX_CONNECTIONS });
  await server.start();
  console.log(JSON.stringify({ ready: true, port }));

  const stop = async (): Promise<void> => {
    await server.stop();
    // Closing flushes the data directory, so the next start finds what was written.
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`PGlite server failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
