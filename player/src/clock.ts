// Small players boot without a correct clock, so playback runs on the controller's time:
// now() = Date.now() + offset, the offset measured by time:sync round trips.
import type { TimeSyncReply } from '../../schemas/types.ts';

/** Offset (ms) to add to the local clock, from a time:sync reply received at local time receivedAt. */
export function offsetFrom(reply: TimeSyncReply, receivedAt: number): number {
  const rtt = Math.max(0, receivedAt - reply.clientTime);
  return reply.serverTime + rtt / 2 - receivedAt;
}

/** The server-corrected clock that playback reads. */
export class ServerClock {
  private offsetMs = 0;
  private readonly listeners: ((offset: number) => void)[] = [];

  /** Milliseconds since the epoch, on the controller's clock as best known. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Adopts a new offset and tells the listeners. */
  setOffset(offset: number): void {
    this.offsetMs = Math.round(offset);
    for (const listener of this.listeners) listener(this.offsetMs);
  }

  onChange(listener: (offset: number) => void): void {
    this.listeners.push(listener);
  }
}
