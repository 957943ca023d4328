// Small players boot without a correct clock, so playback runs on the controller's time:
// now() = Date.now() + offset, the offset measured by time:sync round trips.
//
// The wall clock can also jump while the page runs (NTP stepping it, a technician setting it, a GPS or RTC
// module catching up): Date.now() moves by seconds at once and every screen of a gate would be out of step
// until the next sync. The monotonic clock (performance.now()) never jumps, so the difference between the two
// is constant but for slow slewing: when it moves by more than stepThresholdMs between two readings, the wall
// clock stepped, and the offset absorbs the step at once (now() stays continuous) until a resync confirms it.
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

/** A jump of the wall clock against the monotonic clock larger than this is a step, not slewing (ms). */
export const stepThresholdMs = 50;

/** The two clocks a ServerClock reads: the wall clock (may jump) and a monotonic one (never does). */
export interface ClockSources {
  wall(): number;
  monotonic(): number;
}

const browserClocks: ClockSources = { wall: () => Date.now(), monotonic: () => performance.now() };

/** The server-corrected clock that playback reads. */
export class ServerClock {
  private offsetMs = 0;
  private measured = false;
  private notBeforeMs = -Infinity;
  private readonly listeners: ((offset: number) => void)[] = [];
  private readonly stepListeners: ((step: number) => void)[] = [];
  private readonly sources: ClockSources;
  /** Wall minus monotonic at the last reading: constant while the wall clock does not step. */
  private base: number;
  private stepCount = 0;
  /** Steps found since the listeners were last told (they are told once, after the reading). */
  private pendingStep = 0;

  constructor(sources: ClockSources = browserClocks) {
    this.sources = sources;
    this.base = sources.wall() - sources.monotonic();
  }

  /** Milliseconds since the epoch, on the controller's clock as best known (continuous across steps). */
  now(): number {
    const wall = this.sources.wall();
    this.absorbStep(wall);
    return wall + this.offsetMs;
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** How many wall-clock steps were absorbed so far: a time:sync sample taken across one is worthless. */
  get steps(): number {
    return this.stepCount;
  }

  /** Looks for a wall-clock step now (call it every second or so: nothing else may read the clock for a while). */
  check(): void {
    this.absorbStep(this.sources.wall());
  }

  /** Adopts an offset measured against the controller (time:sync) and tells the listeners. */
  setOffset(offset: number): void {
    this.check(); // a step before this reading is not the measurement's
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

  /** Called after the wall clock stepped by `step` ms (already absorbed): time to measure again. */
  onStep(listener: (step: number) => void): void {
    this.stepListeners.push(listener);
  }

  private absorbStep(wall: number): void {
    const base = wall - this.sources.monotonic();
    const step = base - this.base;
    this.base = base; // slow slewing moves the base a little at every reading and never adds up to a step
    if (Math.abs(step) <= stepThresholdMs) return;
    this.stepCount += 1;
    this.offsetMs = Math.round(this.offsetMs - step);
    // Told after the caller has its reading: a listener (playback, overrides) reads now() again, and would
    // otherwise run inside the reading that found the step.
    const told = this.pendingStep !== 0;
    this.pendingStep += step;
    if (told) return;
    queueMicrotask(() => {
      const total = this.pendingStep;
      this.pendingStep = 0;
      for (const listener of this.listeners) listener(this.offsetMs);
      for (const listener of this.stepListeners) listener(total);
    });
  }

  private adopt(offset: number): void {
    this.offsetMs = Math.round(offset);
    for (const listener of this.listeners) listener(this.offsetMs);
  }
}

/** Measure again at least this often (ms)… */
export const syncEveryMs = 5 * 60_000;
/** …and at most this often, however fast the clock drifts. */
export const resyncSoonMs = 10_000;
/** How far the local clock may drift from the controller's between two syncs (ms). */
export const driftBudgetMs = 20;

/**
 * When to measure again, from how far this sync moved the offset (`moved` ms: what the clock believed just
 * before, wall-clock steps already absorbed, against what was measured) and how long ago the previous sync
 * was (`elapsed` ms; null for the first one). In five minutes while syncs agree; sooner when they do not: as
 * soon as the drift they show would use up driftBudgetMs, but not more often than every resyncSoonMs. A first
 * measurement has nothing to agree with, so it is checked again soon.
 */
export function nextSyncDelay(moved: number, elapsed: number | null): number {
  if (elapsed === null) return resyncSoonMs;
  const drift = Math.abs(moved);
  if (drift === 0) return syncEveryMs;
  return Math.min(syncEveryMs, Math.max(resyncSoonMs, (driftBudgetMs * Math.max(1, elapsed)) / drift));
}
