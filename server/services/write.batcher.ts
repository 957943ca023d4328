import type { Logger } from 'pino';
import { FlushScheduler } from './flush.scheduler.ts';

export interface WriteBatcherOptions {
  /** How long the first waiting write waits for others before the batch is written. */
  flushMs: number;
  /** A batch is written at once when this many keys wait. */
  maxSize: number;
  /** A batch that failed this many times is given up: its callers get the error. */
  maxAttempts: number;
}

interface Slot<V, R> {
  value: V;
  attempts: number;
  waiters: { resolve: (r: R | undefined) => void; reject: (err: unknown) => void }[];
}

/**
 * Collects keyed writes for a moment and stores them with one call of `write` (one transaction), so a burst
 * of a thousand player acks costs a few statements instead of thousands. Each `add` settles once its value
 * is stored, with what `write` returned for its key: the caller answers only what is durable. A later
 * value for a waiting key replaces the earlier one. A failed batch is tried again with the next flush.
 */
export class WriteBatcher<V, R> {
  private readonly name: string;
  private readonly writeBatch: (values: ReadonlyMap<string, V>) => Promise<ReadonlyMap<string, R>>;
  private readonly log: Logger;
  private readonly options: WriteBatcherOptions;
  private pending = new Map<string, Slot<V, R>>();
  private readonly scheduler: FlushScheduler;

  constructor(deps: {
    /** Names the batcher in logs. */
    name: string;
    write: (values: ReadonlyMap<string, V>) => Promise<ReadonlyMap<string, R>>;
    log: Logger;
    options: WriteBatcherOptions;
  }) {
    this.name = deps.name;
    this.writeBatch = deps.write;
    this.log = deps.log;
    this.options = deps.options;
    this.scheduler = new FlushScheduler(() => this.write(), deps.options.flushMs);
  }

  /** Queues `value` under `key`; resolves with the write's result for that key once it is stored. */
  add(key: string, value: V): Promise<R | undefined> {
    if (this.scheduler.closed) return Promise.reject(new Error(`${this.name}: closed`));
    return new Promise((resolve, reject) => {
      const slot = this.pending.get(key);
      if (slot) {
        slot.value = value;
        slot.waiters.push({ resolve, reject });
      } else {
        this.pending.set(key, { value, attempts: 0, waiters: [{ resolve, reject }] });
      }
      if (this.pending.size >= this.options.maxSize) void this.flush();
      else this.scheduler.later();
    });
  }

  /** Writes what waits now; flushes never overlap. */
  flush(): Promise<void> {
    return this.scheduler.now();
  }

  /** Writes what waits (at shutdown, before the database closes); later adds are refused. */
  async close(): Promise<void> {
    await this.scheduler.close();
    const left = this.pending;
    this.pending = new Map();
    for (const slot of left.values())
      for (const w of slot.waiters) w.reject(new Error(`${this.name}: closed before the write succeeded`));
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    let results: ReadonlyMap<string, R>;
    try {
      results = await this.writeBatch(new Map([...batch].map(([key, slot]) => [key, slot.value])));
    } catch (err) {
      this.log.error({ err, batch: batch.size, batcher: this.name }, 'batched write failed');
      for (const [key, slot] of batch) {
        slot.attempts += 1;
        const newer = this.pending.get(key);
        if (slot.attempts >= this.options.maxAttempts) {
          for (const w of slot.waiters) w.reject(err);
        } else if (newer) {
          newer.waiters.unshift(...slot.waiters); // the newer value is written for both
        } else {
          this.pending.set(key, slot);
        }
      }
      if (this.pending.size > 0) this.scheduler.later();
      return;
    }
    for (const [key, slot] of batch) for (const w of slot.waiters) w.resolve(results.get(key));
  }
}
