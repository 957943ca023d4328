// The last steps of startApp: listen, and the one order in which everything is closed again.
import type { AddressInfo } from 'node:net';
import type { Cron } from 'croner';
import type { Channels } from './channels.ts';
import type { Observability } from './observability.ts';
import type { Services } from './services.ts';
import type { Storage } from './storage.ts';

/** Listens on HOST:PORT; resolves with the base URL (e.g. http://127.0.0.1:8080), rejects if the port is taken. */
export async function listen({ http }: Channels, at: { host: string; port: number }): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(at.port, at.host, () => {
      resolve();
    });
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
}

/** How long requests in flight may take to finish once the controller is stopping. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The shutdown, once however often it is asked for: stop the jobs; stop accepting, let requests in flight
 * finish (within SHUTDOWN_GRACE_MS) and drop the players (they reconnect elsewhere); store what is buffered; close the shared state and
 * the database last.
 */
export function shutdown(parts: {
  base: Observability;
  storage: Storage;
  channels: Channels;
  services: Services;
  jobs: Cron[];
}): () => Promise<void> {
  const { base, storage, channels, services, jobs } = parts;
  const { http, io } = channels;
  const { manifests, heartbeats } = services.api;
  let closing: Promise<void> | undefined;
  return () =>
    (closing ??= (async () => {
      for (const job of jobs) job.stop();
      const httpClosed = new Promise<void>((resolve) =>
        http.close(() => {
          resolve();
        }),
      );
      http.closeIdleConnections();
      // Every namespace (players, consoles), not only '/': each client's one connection is closed.
      io.engine.close();
      // Requests in flight get a grace to finish; after it they are cut, so that a client that never
      // finishes one (a stalled download) cannot hold a restart forever.
      const cut = setTimeout(() => {
        http.closeAllConnections();
      }, SHUTDOWN_GRACE_MS);
      await httpClosed;
      clearTimeout(cut);
      await manifests.publish().catch(() => undefined);
      await manifests.close(); // acks waiting for their batch are stored before the database closes
      await heartbeats.close(); // what is buffered is written before the database closes
      await storage.close(); // the job lock, Redis, the rate limits, then the database
      base.log.info('closed');
    })());
}
