// Playback: shows the slot the timeline gives for the corrected clock, and wakes up at the next
// boundary with one timer (no busy loop). Re-evaluated whenever the manifest, screen or clock changes.
import type { Manifest, ScreenConfig } from '../../schemas/types.ts';
import type { AssetStore } from './assets.ts';
import type { ServerClock } from './clock.ts';
import { renderSlot } from './render.ts';
import type { Stage } from './stage.ts';
import { slotAt, slotKey, type Slot } from './timeline.ts';

/** Even with nothing due, look again this often (clock corrections, timer drift, setTimeout's range). */
const maxSleepMs = 60_000;

/** Drives the stage from the applied manifest and the clock. */
export class Playback {
  private manifest: Manifest | null = null;
  private config: ScreenConfig | null = null;
  private shownKey: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly stage: Stage;
  private readonly clock: ServerClock;
  private readonly assets: AssetStore;

  constructor(stage: Stage, clock: ServerClock, assets: AssetStore) {
    this.stage = stage;
    this.clock = clock;
    this.assets = assets;
  }

  /** Plays a new manifest from where the clock says it is; resolves once its first item is on screen. */
  setManifest(manifest: Manifest): Promise<void> {
    this.manifest = manifest;
    return this.evaluate(true);
  }

  /** Applies the screen's geometry and redraws (text is fitted to the stage). */
  setConfig(config: ScreenConfig): Promise<void> {
    this.config = config;
    this.stage.configure(config);
    return this.evaluate(true);
  }

  /** Re-reads the clock; redraws only if another item is due. */
  refresh(): Promise<void> {
    return this.evaluate(false);
  }

  private evaluate(force: boolean): Promise<void> {
    clearTimeout(this.timer);
    if (!this.config) return Promise.resolve(); // nothing sensible to draw before the geometry is known
    const slot: Slot = this.manifest
      ? slotAt(this.manifest, this.clock.now())
      : { kind: 'idle', segment: null, remaining: Infinity };
    // A small margin past the boundary, so that the next evaluation lands in the next slot.
    const sleep = Math.min(maxSleepMs, Math.max(1, slot.remaining + 2));
    this.timer = setTimeout(() => void this.refresh(), sleep);

    const key = `${this.manifest?.version ?? ''}|${slotKey(slot)}`;
    if (!force && key === this.shownKey) return Promise.resolve();
    this.shownKey = key;
    return this.stage.show(
      renderSlot(slot, {
        manifest: this.manifest,
        config: this.config,
        stage: this.stage.size,
        assetUrl: (id) => (id ? this.assets.url(this.manifest?.assets[id]) : undefined),
        now: () => this.clock.now(),
      }),
    );
  }
}
