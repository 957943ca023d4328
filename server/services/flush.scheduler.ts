/**
 * When a write buffer is written: `flushMs` after something is first buffered, or at once on request.
 * Writes never overlap, and once closed no timer is set again. The heartbeats and the manifest acks
 * share it; `write` handles (logs, re-buffers) its own failures and never rejects.
 */
export class FlushScheduler {
  private readonly write: () => Promise<void>;
  private readonly flushMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private isClosed = false;

  constructor(write: () => Promise<void>, flushMs: number) {
    this.write = write;
    this.flushMs = flushMs;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Writes within flushMs (unless a write is already due, or the scheduler is closed). */
  later(): void {
    if (!this.isClosed) this.timer ??= setTimeout(() => void this.now(), this.flushMs);
  }

  /** Writes now, after the write in progress if there is one. */
  now(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  /** A last write (at shutdown, before the database closes); no timer after it. */
  async close(): Promise<void> {
    await this.now();
    this.isClosed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
