// Reconnection schedule. A controller restart drops every player at once; socket.io-client's own schedule
// (a doubling delay with ±50 % jitter) brings them back in waves. Full jitter spreads each retry uniformly
// over [0, ceiling): the fleet arrives as a flat trickle that the controller absorbs.

export interface BackoffOptions {
  /** Ceiling of the first retry (ms). */
  baseMs?: number;
  /** Largest ceiling (ms). */
  capMs?: number;
  /** Uniform in [0, 1): injectable for tests. */
  random?: () => number;
}

/** Full-jitter exponential backoff: the n-th retry (from 0) waits random(0, min(cap, base · 2^n)). */
export class Backoff {
  private attempt = 0;
  private readonly baseMs: number;
  private readonly capMs: number;
  private readonly random: () => number;

  constructor(options: BackoffOptions = {}) {
    this.baseMs = options.baseMs ?? 1_000;
    this.capMs = options.capMs ?? 60_000;
    this.random = options.random ?? Math.random;
  }

  /** The delay before the next retry; each call raises the ceiling until it reaches the cap. */
  next(): number {
    const ceiling = Math.min(this.capMs, this.baseMs * 2 ** this.attempt);
    if (ceiling < this.capMs) this.attempt += 1;
    return this.random() * ceiling;
  }

  /** After a success: the next failure starts from the base again. */
  reset(): void {
    this.attempt = 0;
  }

  /** Straight to the cap: after a refusal that a quick retry would not change (e.g. a revoked token). */
  saturate(): void {
    while (this.baseMs * 2 ** this.attempt < this.capMs) this.attempt += 1;
  }
}
