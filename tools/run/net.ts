// Small network helpers: a free loopback port, a TCP probe, and polling with a deadline.
import { createServer, Socket } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

/** Sends `request` over TCP and resolves with the first bytes answered, or null if nothing answers in time. */
export function tcpExchange(
  host: string,
  port: number,
  request: string,
  timeoutMs = 500,
): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (answer: string | null): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.once('data', (data) => done(data.toString('utf8')));
    socket.connect(port, host, () => socket.write(request));
  });
}

/** Polls `check` until it returns a value, or throws `what` after `timeoutMs`. */
export async function waitUntil<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | null | undefined>,
  intervalMs = 150,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** True when nothing listens on `port` (on any address, as the API will bind it). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
