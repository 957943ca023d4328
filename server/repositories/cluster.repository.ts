// What several controller processes share besides the database: Socket.IO's adapter over Redis, and a
// lock that lets exactly one of them run the periodic jobs.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import pg from 'pg';
import type { Logger } from 'pino';
import { createClient } from 'redis';

/** Whether this process runs the cluster's periodic jobs now. */
export interface JobLock {
  isLeader(): boolean;
  close(): Promise<void>;
}

/** One process, or SQLite (which is one process by nature): always the leader. */
export const soleProcess: JobLock = {
  isLeader: () => true,
  close: () => Promise.resolve(),
};

/**
 * A PostgreSQL session-level advisory lock held on a connection of its own: the process holding it runs
 * the jobs. If that process dies its connection closes, PostgreSQL releases the lock, and another process
 * takes it on its next attempt (every `retryMs`).
 */
export class PgAdvisoryLock implements JobLock {
  private client: pg.Client | undefined;
  private leader = false;
  private readonly timer: ReturnType<typeof setInterval>;
  private closed = false;
  private readonly url: string;
  private readonly key: number;
  private readonly log: Logger;

  constructor(url: string, key: number, log: Logger, retryMs = 5_000) {
    this.url = url;
    this.key = key;
    this.log = log;
    this.timer = setInterval(() => void this.attempt(), retryMs);
    this.timer.unref();
  }

  /** Tries once now (start-up): resolves when this process knows whether it leads. */
  async attempt(): Promise<boolean> {
    if (this.leader || this.closed) return this.leader;
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.url });
        client.on('error', (err) => {
          this.log.warn({ err }, 'job lock connection lost; another controller may take the jobs');
          this.leader = false;
          this.client = undefined;
        });
        await client.connect();
        this.client = client;
      }
      const { rows } = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
        this.key,
      ]);
      this.leader = rows[0]?.ok === true;
      if (this.leader) this.log.info('this controller now runs the periodic jobs');
    } catch (err) {
      this.log.warn({ err }, 'could not try the job lock');
      this.leader = false;
    }
    return this.leader;
  }

  isLeader(): boolean {
    return this.leader;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.leader = false;
    await this.client?.end().catch(() => undefined);
  }
}

/**
 * Socket.IO's adapter over Redis Streams: broadcasts, acks, fetchSockets and disconnects reach the
 * sockets of every controller, and a short Redis outage loses no packet (the stream is resumed).
 */
export async function redisAdapter(url: string, prefix: string, log: Logger) {
  const client = createClient({ url });
  client.on('error', (err: unknown) => {
    log.warn({ err }, 'Redis connection error (Socket.IO adapter)');
  });
  await client.connect();
  return {
    adapter: createAdapter(client, {
      streamName: `${prefix}socket.io`,
      sessionKeyPrefix: `${prefix}sio:session:`,
    }),
    close: async () => {
      await client.quit().catch(() => undefined);
    },
  };
}
