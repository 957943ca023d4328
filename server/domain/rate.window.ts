/**
 * Counts events per key over a sliding window (pure: the caller passes the time). Used to limit guessing
 * (wrong pairing or second-factor codes) and the creation of pairing codes. In memory, per process; with
 * several controllers the Redis limiter in repositories/rate-limit.repository.ts counts for all of them.
 */
export class RateWindow {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly events = new Map<string, number[]>();

  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Whether `key` has used up its events in the window ending at `now`. */
  exhausted(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.limit;
  }

  /** Records one event for `key` at `now`. */
  record(key: string, now: number): void {
    const list = this.recent(key, now);
    list.push(now);
    this.events.set(key, list);
  }

  /** Records an event if the limit allows it; false (and nothing recorded) when exhausted. */
  take(key: string, now: number): boolean {
    if (this.exhausted(key, now)) return false;
    this.record(key, now);
    return true;
  }

  /** Forgets every event of `key` (a sign-in that succeeded clears its failures). */
  reset(key: string): void {
    this.events.delete(key);
  }

  /** When the oldest event in the window expires (the earliest a blocked key may try again). */
  retryAt(key: string, now: number): number {
    const first = this.recent(key, now)[0];
    return first === undefined ? now : first + this.windowMs;
  }

  private recent(key: string, now: number): number[] {
    const list = (this.events.get(key) ?? []).filter((t) => t > now - this.windowMs && t <= now);
    if (list.length === 0) this.events.delete(key);
    // Keep the map small: forget keys whose events all fell out of the window.
    if (this.events.size > 10_000) {
      for (const [k, times] of this.events) {
        if (times.every((t) => t <= now - this.windowMs)) this.events.delete(k);
      }
    }
    return list;
  }
}
