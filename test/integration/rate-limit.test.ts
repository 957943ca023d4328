import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  memoryRateLimits,
  RedisRateLimits,
  type RateLimits,
} from '../../server/repositories/rate-limit.repository.ts';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const log = pino({ level: 'silent' });
const t0 = Date.parse('2026-03-02T01:00:00Z');
const minute = 60_000;

/** Each run its own keys, removed afterwards, so runs never see each other's counts. */
const prefix = `gatecast-test-${randomBytes(4).toString('hex')}:`;
/** A plain client to look at (and clean up) what the limiters stored. */
const probe = createClient({ url: redisUrl });
/** Two "controllers": each its own connection, as two processes would have. */
const opened: RedisRateLimits[] = [];
const redis = async () => {
  const limits = await RedisRateLimits.connect(redisUrl, prefix, log);
  opened.push(limits);
  return limits;
};

beforeAll(async () => {
  await probe.connect();
});
afterAll(async () => {
  for (const limits of opened) await limits.close();
  const keys = await probe.keys(`${prefix}*`);
  if (keys.length > 0) await probe.del(keys);
  await probe.quit();
});

describe.each([
  ['memory', () => Promise.resolve<RateLimits>(memoryRateLimits)],
  ['redis', redis],
])('a sliding-window limiter (%s)', (_kind, make) => {
  it('allows `limit` events per window per key, then refuses until the oldest leaves the window', async () => {
    const limiter = (await make()).window(`window-${randomBytes(3).toString('hex')}`, 3, minute);
    expect(await limiter.take('ip:1', t0)).toBe(true);
    expect(await limiter.take('ip:1', t0 + 10_000)).toBe(true);
    expect(await limiter.exhausted('ip:1', t0 + 10_000)).toBe(false);
    expect(await limiter.take('ip:1', t0 + 20_000)).toBe(true);
    expect(await limiter.exhausted('ip:1', t0 + 20_000)).toBe(true);
    expect(await limiter.take('ip:1', t0 + 30_000)).toBe(false); // refused, and not counted
    expect(await limiter.retryAt('ip:1', t0 + 30_000)).toBe(t0 + minute);
    // Another key has its own budget.
    expect(await limiter.take('ip:2', t0 + 30_000)).toBe(true);

    // The first event leaves the window at t0 + 60 s exactly: one slot frees up, then the next.
    expect(await limiter.take('ip:1', t0 + minute - 1)).toBe(false);
    expect(await limiter.take('ip:1', t0 + minute)).toBe(true);
    expect(await limiter.take('ip:1', t0 + minute + 1)).toBe(false);
    expect(await limiter.retryAt('ip:1', t0 + minute + 1)).toBe(t0 + 10_000 + minute);
  });

  it('counts recorded events, even several in one millisecond, and forgets them after the window', async () => {
    const limiter = (await make()).window(`record-${randomBytes(3).toString('hex')}`, 2, minute);
    expect(await limiter.retryAt('user:1', t0)).toBe(t0); // nothing recorded: may try now
    await limiter.record('user:1', t0);
    expect(await limiter.exhausted('user:1', t0)).toBe(false);
    await limiter.record('user:1', t0);
    expect(await limiter.exhausted('user:1', t0)).toBe(true);
    expect(await limiter.retryAt('user:1', t0 + 5_000)).toBe(t0 + minute);
    expect(await limiter.exhausted('user:1', t0 + minute)).toBe(false);
    expect(await limiter.retryAt('user:1', t0 + minute)).toBe(t0 + minute);
  });
});

describe('the Redis limiter across controllers', () => {
  it('counts the events of two controllers on one key together', async () => {
    const name = `shared-${randomBytes(3).toString('hex')}`;
    const a = (await redis()).window(name, 4, minute);
    const b = (await redis()).window(name, 4, minute);
    const taken = [];
    for (let i = 0; i < 6; i++) taken.push(await (i % 2 === 0 ? a : b).take('ip:203.0.113.9', t0 + i));
    expect(taken).toEqual([true, true, true, true, false, false]);
    expect(await a.exhausted('ip:203.0.113.9', t0 + 10)).toBe(true);
    expect(await b.retryAt('ip:203.0.113.9', t0 + 10)).toBe(t0 + minute);
  });

  it('gives the last event to exactly one of many concurrent takers', async () => {
    const name = `race-${randomBytes(3).toString('hex')}`;
    const limiters = [(await redis()).window(name, 5, minute), (await redis()).window(name, 5, minute)];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => limiters[i % 2]!.take('user:1', t0)),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
  });

  it('keeps one sorted set per key under REDIS_PREFIX, trimmed to the window and expiring when idle', async () => {
    const name = `keys-${randomBytes(3).toString('hex')}`;
    const limiter = (await redis()).window(name, 10, minute);
    const key = `${prefix}rate:${name}:ip:1`;
    await limiter.record('ip:1', t0);
    await limiter.record('ip:1', t0 + 1_000);
    expect(await probe.zCard(key)).toBe(2);
    const ttl = await probe.pTTL(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(minute);
    // A later event trims the ones that left the window.
    await limiter.record('ip:1', t0 + minute + 500);
    expect(await probe.zCard(key)).toBe(2);
    await limiter.record('ip:1', t0 + 2 * minute + 1_000);
    expect(await probe.zCard(key)).toBe(1);

    // A short window really expires: the key is gone once it has been idle that long.
    const brief = (await redis()).window(`${name}-brief`, 10, 200);
    await brief.record('ip:1', Date.now());
    expect(await probe.exists(`${prefix}rate:${name}-brief:ip:1`)).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(await probe.exists(`${prefix}rate:${name}-brief:ip:1`)).toBe(0);
  });
});
