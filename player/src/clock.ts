// Small players boot without a correct clock, so playback runs on the controller's time:
// now() = Date.now() + offset, the offset measured by time:sync round trips.
import type { TimeSyncReply } from '../../schemas/types.ts';

/** Offset (ms) to add to the local clock, from a time:sync reply received at local time receivedAt. */
export function offsetFrom(reply: TimeSyncReply, receivedAt: number): number {
  const rtt = Math.max(0, receivedAt - reply.clientTime);
  return reply.serverTime + rtt / 2 - receivedAt;
}

/** One time:sync round trip: the reply, and the local time it was received. */
export interface SyncSample {
  reply: TimeSyncReply;
  receivedAt: number;
}

/**
 * The offset of the sample with the shortest round trip (NTP's minimum-delay filter): a reply held up in
 * a queue, or read late by a busy page (as at connect, while a manifest is being applied), makes the
 * round trip long and its half-RTT guess wrong; the shortest one is the least disturbed.
 */
export function bestOffset(samples: readonly SyncSample[]): number | null {
  let best: SyncSample | undefined;
  const rtt = (s: SyncSample) => s.receivedAt - s.reply.clientTime;
  for (const sample of samples) if (!best || rtt(sample) < rtt(best)) best = sample;
  return best ? offsetFrom(best.reply, best.receivedAt) : null;
}

/** The server-corrected clock that playback reads. */
export class ServerClock {
  private offsetMs = 0;
  private measured = false;
  private notBeforeMs = -Infinity;
  private readonly listeners: ((offset: number) => void)[] = [];

  /** Milliseconds since the epoch, on the controller's clock as best known. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Adopts an offset measured against the controller (time:sync) and tells the listeners. */
  setOffset(offset: number): void {
    this.measured = true;
    this.adopt(offset);
  }

  /** Adopts an offset kept from before a reload: used until a measurement, but not proof of anything. */
  restore(offset: number): void {
    if (!this.measured) this.adopt(offset);
  }

  /** Records an instant the controller has already passed (a manifest's generatedAt): time is not before it. */
  notBefore(instant: number): void {
    this.notBeforeMs = Math.max(this.notBeforeMs, instant);
  }

  /**
   * Whether the clock can be trusted: measured against the controller since the page started, or at least
   * not before the newest manifest was made (a player that booted with a reset clock and no link is not).
   * The heartbeat reports it.
   */
  clockTrusted(): boolean {
    return this.measured || this.now() >= this.notBeforeMs;
  }

  onChange(listener: (offset: number) => void): void {
    this.listeners.push(listener);
  }

  private adopt(offset: number): void {
    this.offsetMs = Math.round(offset);
    for (const listener of this.listeners) listener(this.offsetMs);
  }
}
