// Child process that serves an embedded PGlite database over TCP, so TypeORM and pg reach it like
// any PostgreSQL. It runs apart from the apps because PGlite is single-threaded WASM (330–500 MB RSS).
// Usage: tsx tools/run/pglite-server.ts <dataDir> <port>; prints one JSON line {"ready":true,"port":N}.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// Above the pools of the API and the worker together (4 each when on PGlite); the default of 1 breaks a pool.
const MAX_CONNECTIONS = 10;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Two PGlite processes on one data directory would corrupt it: claim it with a pid file. */
function claimDataDir(dataDir: string): () => void {
  const pidFile = `${dataDir}.pid`;
  if (existsSync(pidFile)) {
    const owner = Number(readFileSync(pidFile, 'utf8'));
    if (owner && owner !== process.pid && isRunning(owner)) {
      throw new Error(
        `${dataDir} is in use by PGlite process ${owner} (another \`npm start\`?). Stop that one, or set DATABASE_URL.`,
      );
    }
  }
  writeFileSync(pidFile, String(process.pid));
  return () => rmSync(pidFile, { force: true });
}

async function main(): Promise<void> {
  const [dataDir, portArg] = process.argv.slice(2);
  const port = Number(portArg);
  if (!dataDir || !Number.isInteger(port) || port <= 0) {
    throw new Error('usage: pglite-server.ts <dataDir> <port>');
  }
  mkdirSync(dataDir, { recursive: true });
  const release = claimDataDir(dataDir);
  const db = await PGlite.create({ dataDir });
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: MAX_CONNECTIONS });
  await server.start();
  console.log(JSON.stringify({ ready: true, port }));

  const stop = async (): Promise<void> => {
    await server.stop();
    // Closing flushes the data directory, so the next start finds what was written.
    await db.close();
    release();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`PGlite server failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
