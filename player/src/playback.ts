// Playback: shows the slot the timeline gives for the corrected clock, and wakes up at the next
// boundary with one timer (no busy loop). Re-evaluated whenever the manifest, screen or clock changes.
import type { LoopEntry, Manifest, ScreenConfig } from '../../schemas/types.ts';
import { slotAt, slotKey, type Slot } from '../../shared/timeline.ts';
import type { AssetStore } from './assets.ts';
import type { ServerClock } from './clock.ts';
import type { FieldFiller } from './fields.ts';
import { layoutFor } from './layout.ts';
import { renderSlot } from './render.ts';
import type { Stage } from './stage.ts';

/** Even with nothing due, look again this often (clock corrections, timer drift, setTimeout's range). */
const maxSleepMs = 60_000;
/** A new manifest waits for the item on screen to end, unless that is further away than this. */
const maxSwapWaitMs = 60_000;

/** What the watchdog compares: the slot the clock says is due, and the one last put on screen. */
export interface PlaybackProgress {
  manifest: Manifest | null;
  /** Null while nothing is due (no screen geometry yet). */
  due: string | null;
  shown: string | null;
}

/** Drives the stage from the applied manifest and the clock. */
export class Playback {
  private manifest: Manifest | null = null;
  private config: ScreenConfig | null = null;
  private shownKey: string | null = null;
  /** The key of the slot whose element is on screen (shownKey is the one last asked for). */
  private onScreenKey: string | null = null;
  /** A manifest waiting for the item boundary at `at` (server-clock ms), and its caller. */
  private next: { manifest: Manifest; at: number; swapped: () => void } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly stage: Stage;
  private readonly clock: ServerClock;
  private readonly assets: AssetStore;
  private readonly shownListeners: ((slot: Slot, manifest: Manifest | null, key: string) => void)[] = [];
  private readonly fields: FieldFiller | undefined;

  /** With `fields`, messages show live values, and one whose values are missing or stale may be left out. */
  constructor(stage: Stage, clock: ServerClock, assets: AssetStore, fields?: FieldFiller) {
    this.stage = stage;
    this.clock = clock;
    this.assets = assets;
    this.fields = fields;
  }

  /**
   * Plays a new manifest from where the clock says it is; resolves once its first item is on screen, or
   * once a newer manifest superseded it (then `current` is not this one). With
   * `atItemBoundary`, the item on screen first plays to its end (if that is within a minute), so a swap
   * never cuts an item short and every screen that has the manifest swaps at the same instant.
   */
  setManifest(manifest: Manifest, options: { atItemBoundary?: boolean } = {}): Promise<void> {
    this.next?.swapped(); // superseded by this one: its caller goes on
    this.next = null;
    const now = this.clock.now();
    const remaining = this.manifest ? slotAt(this.manifest, now).remaining : Infinity;
    if (!options.atItemBoundary || !this.config || remaining > maxSwapWaitMs) {
      this.manifest = manifest;
      return this.evaluate(true);
    }
    return new Promise((swapped) => {
      this.next = { manifest, at: now + remaining, swapped };
      void this.refresh(); // re-arms the timer for the boundary
    });
  }

  /** The manifest playing (null before the first). */
  get current(): Manifest | null {
    return this.manifest;
  }

  /** The manifest waiting for the item boundary to be swapped in, if any. */
  get upcoming(): Manifest | null {
    return this.next?.manifest ?? null;
  }

  /** The slot due now and the one on screen: they differ only briefly while playback advances. */
  progress(): PlaybackProgress {
    return { manifest: this.manifest, due: this.keyAt(this.clock.now()), shown: this.onScreenKey };
  }

  /** Applies the screen's geometry and redraws (text is fitted to the stage). */
  setConfig(config: ScreenConfig): Promise<void> {
    this.config = config;
    this.stage.configure(config);
    return this.evaluate(true);
  }

  /** Called each time a slot is put on the stage (proof of play records from here); key names the slot. */
  onShown(listener: (slot: Slot, manifest: Manifest | null, key: string) => void): void {
    this.shownListeners.push(listener);
  }

  /** Re-reads the clock; redraws only if another item is due. */
  refresh(): Promise<void> {
    return this.evaluate(false);
  }

  private evaluate(force: boolean): Promise<void> {
    clearTimeout(this.timer);
    if (!this.config) return Promise.resolve(); // nothing sensible to draw before the geometry is known
    const now = this.clock.now();
    const swap = this.next && now >= this.next.at ? this.next : null;
    if (swap) {
      this.next = null;
      this.manifest = swap.manifest;
      force = true;
    }
    const skip = this.skipAt(now);
    const slot = this.slotAt(now, skip);
    // A small margin past the boundary, so that the next evaluation lands in the next slot; sooner when
    // time alone changes a live text in the loop (a value going stale, the gate status flipping).
    const untilSwap = this.next ? this.next.at - now : Infinity;
    const untilChange = this.loopChangesAt(slot, now) - now + 1;
    const sleep = Math.min(maxSleepMs, Math.max(1, Math.min(slot.remaining + 2, untilSwap, untilChange)));
    this.timer = setTimeout(() => void this.refresh(), sleep);

    const key = this.keyOf(slot);
    // A message's live text is part of what is drawn: a new value or a flip redraws the same item.
    const live =
      slot.kind === 'entry' && this.fields ? this.fields.stamp(this.manifest, slot.entry, now).key : '';
    const drawn = live ? `${key}|${live}` : key;
    if (!force && drawn === this.shownKey) return Promise.resolve();
    this.shownKey = drawn;
    this.stage.setLayout(layoutFor(this.manifest, this.config, slot)); // before measuring the main zone
    const rendered = renderSlot(slot, {
      manifest: this.manifest,
      config: this.config,
      stage: this.stage.size,
      assetUrl: (id) => (id ? this.assets.url(this.manifest?.assets[id]) : undefined),
      now: () => this.clock.now(),
      ...(this.fields ? { fields: this.fields } : {}),
      ...(skip ? { skip } : {}),
    });
    const manifest = this.manifest;
    return this.stage.show(rendered).then(() => {
      if (this.shownKey === drawn) {
        this.onScreenKey = key;
        for (const listener of this.shownListeners) listener(slot, manifest, key);
      }
      swap?.swapped();
    });
  }

  private keyAt(t: number): string | null {
    if (!this.config) return null; // nothing is drawn before the geometry is known
    return this.keyOf(this.slotAt(t, this.skipAt(t)));
  }

  /** Which entries the loop plays without at `t`: messages whose live values are missing or stale. */
  private skipAt(t: number): ((entry: LoopEntry) => boolean) | undefined {
    const { fields, manifest } = this;
    return fields ? (entry) => fields.hidden(manifest, entry, t) : undefined;
  }

  private slotAt(t: number, skip: ((entry: LoopEntry) => boolean) | undefined): Slot {
    return this.manifest
      ? slotAt(this.manifest, t, skip)
      : { kind: 'idle', segment: null, remaining: Infinity };
  }

  /** The first instant after `t` at which time alone changes a live text of the slot's loop. */
  private loopChangesAt(slot: Slot, t: number): number {
    const loop = slot.segment?.loop;
    const entries = loop == null ? undefined : this.manifest?.loops[loop];
    if (!this.fields || !entries) return Infinity;
    return Math.min(
      Infinity,
      ...entries.map((entry) => this.fields?.stamp(this.manifest, entry, t).changesAt ?? Infinity),
    );
  }

  /** Which item a slot is (a redraw of its live text is the same item: one play, not two). */
  private keyOf(slot: Slot): string {
    return `${this.manifest?.version ?? ''}|${slotKey(slot)}`;
  }
}
