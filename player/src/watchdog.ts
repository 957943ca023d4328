// The watchdog reloads a player whose playback stopped advancing: a timer chain broken by an exception, an
// item whose preparation never finishes, a renderer that stopped drawing frames. A reload resumes in place
// (position from the clock, manifest and media from disk), so it costs a blink. A main thread stuck in a
// loop cannot run this at all: that is for the autostart's restart policy (docs/PLAYER.md).
import type { Manifest } from '../../schemas/types.ts';
import type { PlaybackProgress } from './playback.ts';

/** What the watchdog knows at an instant; all times on one monotonic clock (ms). */
export interface WatchdogSample {
  now: number;
  /** Last time the item on screen was the one due (or someone touched the screen: a kiosk being browsed). */
  inStepAt: number;
  /** Last animation frame seen. */
  frameAt: number;
  /** Whether the page is visible (a hidden page draws no frames, rightly). */
  visible: boolean;
  /** The longest item of the manifest playing (ms; 0 without one). */
  longestItemMs: number;
}

export interface WatchdogLimits {
  /** Out of step for this many times the longest item means stuck… */
  factor: number;
  /** …but never less than this (ms): item preparation and font loading take their time. */
  minStallMs: number;
}

export const defaultLimits: WatchdogLimits = { factor: 3, minStallMs: 120_000 };

export type Verdict = { reload: false } | { reload: true; reason: string };

/** Whether to reload: out of step, or no frame drawn while visible, for longer than the limit. Pure. */
export function watchdogVerdict(sample: WatchdogSample, limits: WatchdogLimits = defaultLimits): Verdict {
  const limit = Math.max(limits.minStallMs, limits.factor * sample.longestItemMs);
  const seconds = (ms: number) => Math.round(ms / 1000);
  const stalled = sample.now - sample.inStepAt;
  if (stalled > limit) return { reload: true, reason: `playback stuck for ${seconds(stalled)} s` };
  const frameless = sample.now - sample.frameAt;
  if (sample.visible && frameless > limit) {
    return { reload: true, reason: `no frame drawn for ${seconds(frameless)} s` };
  }
  return { reload: false };
}

/** The longest entry of any loop in a manifest (ms). */
export function longestItemMs(manifest: Pick<Manifest, 'loops'> | null): number {
  let longest = 0;
  for (const loop of Object.values(manifest?.loops ?? {})) {
    for (const entry of loop ?? []) longest = Math.max(longest, entry.duration);
  }
  return longest;
}

const checkEveryMs = 5_000;

/** Samples playback every few seconds and reloads the page when watchdogVerdict says so. */
export class Watchdog {
  private readonly progress: () => PlaybackProgress;
  private readonly reload: (reason: string) => void;
  private readonly limits: WatchdogLimits;
  private inStepAt = performance.now();
  private frameAt = performance.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    progress: () => PlaybackProgress,
    reload: (reason: string) => void = () => {
      location.reload();
    },
    limits: WatchdogLimits = defaultLimits,
  ) {
    this.progress = progress;
    this.reload = reload;
    this.limits = limits;
  }

  start(): void {
    const touched = () => {
      this.inStepAt = performance.now();
    };
    for (const type of ['pointerdown', 'keydown']) addEventListener(type, touched, { passive: true });
    this.timer = setInterval(() => {
      this.check();
    }, checkEveryMs);
  }

  private check(): void {
    const now = performance.now();
    const { manifest, due, shown } = this.progress();
    if (due === null || due === shown) this.inStepAt = now;
    // One frame asked for per check, not a loop: an idle screen need not draw 60 frames a second for this.
    requestAnimationFrame(() => {
      this.frameAt = performance.now();
    });
    const verdict = watchdogVerdict(
      {
        now,
        inStepAt: this.inStepAt,
        frameAt: this.frameAt,
        visible: document.visibilityState === 'visible',
        longestItemMs: longestItemMs(manifest),
      },
      this.limits,
    );
    if (verdict.reload) {
      clearInterval(this.timer);
      console.error(`watchdog: ${verdict.reason}; reloading`);
      this.reload(verdict.reason);
    }
  }
}
