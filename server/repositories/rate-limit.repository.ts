// Where the guessing limits keep their counts: in this process's memory (one controller), or in Redis, so
// that N controllers behind a load balancer do not give an attacker N times the attempts.
import { randomBytes } from 'node:crypto';
import type { Store } from 'express-rate-limit';
import type { Logger } from 'pino';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import { RateWindow } from '../domain/rate.window.ts';

/** Counts events per key over a sliding window; the caller passes the time. */
export interface RateLimiter {
  /** Whether `key` has used up its events in the window ending at `now`. */
  exhausted(key: string, now: number): Promise<boolean>;
  /** Records one event for `key` at `now`. */
  record(key: string, now: number): Promise<void>;
  /** Records an event if the limit allows it; false (and nothing recorded) when exhausted. */
  take(key: string, now: number): Promise<boolean>;
  /** When the oldest event in the window expires (the earliest a blocked key may try again). */
  retryAt(key: string, now: number): Promise<number>;
  /** Forgets every event of `key`. */
  reset(key: string): Promise<void>;
}

/** Makes the limiters of one deployment: every limiter's keys are kept apart by its name. */
export interface RateLimits {
  /** A sliding window of `limit` events per `windowMs`, its keys named `name`. */
  window(name: string, limit: number, windowMs: number): RateLimiter;
  /** The store of an express-rate-limit limiter; undefined keeps express-rate-limit's own memory store. */
  store(name: string): Store | undefined;
  close(): Promise<void>;
}

/** A limiter in this process's memory, around the pure `RateWindow`. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly window: RateWindow;

  constructor(limit: number, windowMs: number) {
    this.window = new RateWindow(limit, windowMs);
  }

  exhausted(key: string, now: number): Promise<boolean> {
    return Promise.resolve(this.window.exhausted(key, now));
  }

  record(key: string, now: number): Promise<void> {
    this.window.record(key, now);
    return Promise.resolve();
  }

  take(key: string, now: number): Promise<boolean> {
    return Promise.resolve(this.window.take(key, now));
  }

  retryAt(key: string, now: number): Promise<number> {
    return Promise.resolve(this.window.retryAt(key, now));
  }

  reset(key: string): Promise<void> {
    this.window.reset(key);
    return Promise.resolve();
  }
}

/** One process (no REDIS_URL): every count lives in memory. */
export const memoryRateLimits: RateLimits = {
  window: (_name, limit, windowMs) => new MemoryRateLimiter(limit, windowMs),
  store: () => undefined,
  close: () => Promise.resolve(),
};

const newClient = (url: string) => createClient({ url });
export type RedisClient = ReturnType<typeof newClient>;

/*
 * Trim, count and add in one step, so that two controllers taking the last event at once cannot both get
 * it. Events at or before `since` have left the window; ones after `now` (a controller whose clock is
 * behind) are kept but not counted, as in RateWindow. Idle keys expire with their window.
 * KEYS[1] the key; ARGV: now, since, limit (0 = record without checking), a unique member, window ms.
 */
const SLIDE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
local limit = tonumber(ARGV[3])
if limit > 0 and redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[2], ARGV[1]) >= limit then
  return 0
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`;

/** A limiter whose events are a sorted set per key in Redis (scores are the events' times), shared by controllers. */
export class RedisRateLimiter implements RateLimiter {
  private readonly client: RedisClient;
  private readonly prefix: string;
  private readonly limit: number;
  private readonly windowMs: number;

  /** `prefix` is the whole key prefix of this limiter (the deployment's REDIS_PREFIX and its name). */
  constructor(client: RedisClient, prefix: string, limit: number, windowMs: number) {
    this.client = client;
    this.prefix = prefix;
    this.limit = limit;
    this.windowMs = windowMs;
  }

  async exhausted(key: string, now: number): Promise<boolean> {
    const count = await this.client.zCount(this.prefix + key, `(${now - this.windowMs}`, now);
    return count >= this.limit;
  }

  async record(key: string, now: number): Promise<void> {
    await this.slide(key, now, 0);
  }

  async take(key: string, now: number): Promise<boolean> {
    return (await this.slide(key, now, this.limit)) === 1;
  }

  async retryAt(key: string, now: number): Promise<number> {
    const [first] = await this.client.zRangeByScoreWithScores(
      this.prefix + key,
      `(${now - this.windowMs}`,
      now,
      { LIMIT: { offset: 0, count: 1 } },
    );
    return first === undefined ? now : first.score + this.windowMs;
  }

  async reset(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }

  private async slide(key: string, now: number, limit: number): Promise<number> {
    // Two events in the same millisecond are two members: the member carries a random suffix.
    const member = `${now}:${randomBytes(6).toString('base64url')}`;
    const reply = await this.client.eval(SLIDE, {
      keys: [this.prefix + key],
      arguments: [String(now), String(now - this.windowMs), String(limit), member, String(this.windowMs)],
    });
    return Number(reply);
  }
}

/** Several controllers: the limits are counted in Redis, under `prefix` (the deployment's REDIS_PREFIX). */
export class RedisRateLimits implements RateLimits {
  private readonly client: RedisClient;
  private readonly prefix: string;

  constructor(client: RedisClient, prefix: string) {
    this.client = client;
    this.prefix = prefix;
  }

  /** Connects a client of its own (the Socket.IO adapter's blocks on its stream reads). */
  static async connect(url: string, prefix: string, log: Logger): Promise<RedisRateLimits> {
    const client = newClient(url);
    client.on('error', (err: unknown) => {
      log.warn({ err }, 'Redis connection error (rate limits)');
    });
    await client.connect();
    return new RedisRateLimits(client, prefix);
  }

  window(name: string, limit: number, windowMs: number): RateLimiter {
    return new RedisRateLimiter(this.client, `${this.prefix}rate:${name}:`, limit, windowMs);
  }

  store(name: string): Store {
    return new RedisStore({
      sendCommand: (...args: string[]) => this.client.sendCommand(args),
      prefix: `${this.prefix}rate:${name}:`,
    });
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => undefined);
  }
}
