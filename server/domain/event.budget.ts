/**
 * What a device may send on /player: a token bucket per device token (pure: the caller passes the time).
 * Each event takes a token; tokens come back at `perMinute` up to `burst`. An event without a token is
 * refused, and counts as a strike; strikes wear off one per `strikeDecayMs`. A device that piles up more
 * than `strikes` of them, sending on although it is told to slow down, is cut off: its events and new
 * connections are refused for `penaltyMs`. In memory, per process: a budget is about this process's work.
 */
export interface EventBudgetOptions {
  perMinute: number;
  burst: number;
  strikes: number;
  strikeDecayMs: number;
  penaltyMs: number;
}

/**
 * ok: go on. limited: refuse this event. cut: refuse it and disconnect the device (it just crossed the
 * strike limit). blocked: the device is serving its penalty (refuse, disconnect; already counted).
 */
export type BudgetVerdict = 'ok' | 'limited' | 'cut' | 'blocked';

interface Bucket {
  tokens: number;
  strikes: number;
  at: number;
  blockedUntil: number;
}

export class EventBudget {
  private readonly options: EventBudgetOptions;
  private readonly buckets = new Map<string, Bucket>();
  private sweepAt = 1024;

  constructor(options: EventBudgetOptions) {
    this.options = options;
  }

  /** Spends one event of `key` at `now`. */
  take(key: string, now: number): BudgetVerdict {
    const bucket = this.refill(key, now);
    if (bucket.blockedUntil > now) return 'blocked';
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 'ok';
    }
    bucket.strikes += 1;
    if (bucket.strikes <= this.options.strikes) return 'limited';
    bucket.strikes = 0;
    bucket.blockedUntil = now + this.options.penaltyMs;
    return 'cut';
  }

  /** Until when `key` is cut off (0: it is not). */
  blockedUntil(key: string, now: number): number {
    const until = this.buckets.get(key)?.blockedUntil ?? 0;
    return until > now ? until : 0;
  }

  /** Milliseconds until `key` has an event to spend again. */
  retryAfterMs(key: string, now: number): number {
    const bucket = this.refill(key, now);
    if (bucket.blockedUntil > now) return bucket.blockedUntil - now;
    return bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) * 60_000) / this.options.perMinute);
  }

  private refill(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.sweepAt) this.sweep(now);
      bucket = { tokens: this.options.burst, strikes: 0, at: now, blockedUntil: 0 };
      this.buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (elapsed * this.options.perMinute) / 60_000);
    bucket.strikes = Math.max(0, bucket.strikes - elapsed / this.options.strikeDecayMs);
    bucket.at = Math.max(bucket.at, now);
    return bucket;
  }

  /** Forgets the devices that are back to a full budget (they are as good as new), keeping the map small. */
  private sweep(now: number): void {
    for (const key of [...this.buckets.keys()]) {
      const b = this.refill(key, now);
      if (b.tokens >= this.options.burst && b.strikes === 0 && b.blockedUntil <= now)
        this.buckets.delete(key);
    }
    this.sweepAt = Math.max(1024, this.buckets.size * 2);
  }
}
