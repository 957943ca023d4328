// What goes into a heartbeat, read from the parts of the player that know it.
import type { Heartbeat, Manifest, OnScreen } from '../../schemas/types.ts';
import type { AssetStore } from './assets.ts';
import type { ServerClock } from './clock.ts';
import type { RecentErrors } from './heartbeat.ts';
import type { PlayLog } from './proofplay.ts';

/** The player's version, reported in every heartbeat. */
export const playerVersion = '0.1.0';
const startedAt = Date.now();

export interface SnapshotSources {
  stage: HTMLElement;
  clock: ServerClock;
  assets: AssetStore;
  errors: RecentErrors;
  plays: PlayLog;
  /** The applied manifest, or null before the first. */
  manifest(): Manifest | null;
}

/** What covers the schedule on the stage now (test pattern, blackout, emergency, hours), if anything. */
export function coverOf(stage: HTMLElement): OnScreen | null {
  if (stage.querySelector('[data-testpattern]')) return { type: 'test-pattern' };
  const hours = stage.querySelector<HTMLElement>('.hours-cover');
  const scheduledOff = hours !== null && !hours.hidden;
  const override = stage.querySelector<HTMLElement>('.override');
  if (override && !override.hidden) {
    if (override.dataset['override'] === 'blackout') return { type: 'blackout' };
    if (override.dataset['override'] === 'emergency') {
      const block = override.querySelector<HTMLElement>('[data-emergency-id]');
      const id = block?.dataset['emergencyId'];
      const lang = block?.querySelector<HTMLElement>('[lang]')?.lang || block?.lang;
      return {
        type: 'emergency',
        ...(id ? { emergencyId: id.slice(0, 64) } : {}),
        ...(lang ? { lang } : {}),
      };
    }
  }
  // Below emergencies and blackouts, above the schedule: the night template or black by the gate's hours.
  if (scheduledOff) return { type: 'scheduled-off' };
  return null;
}

/** Builds one heartbeat from the player's current state. */
export async function heartbeatSnapshot(sources: SnapshotSources): Promise<Heartbeat> {
  const { stage, clock, assets, errors, plays } = sources;
  const manifest = sources.manifest();
  const cache = manifest ? await assets.cacheState(manifest) : { assets: 0, bytes: 0, missing: [] };
  const rect = stage.getBoundingClientRect();
  return {
    sentAt: Math.max(0, Math.round(clock.now())),
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    playerVersion,
    manifestVersion: manifest?.version ?? null,
    onScreen: coverOf(stage) ?? plays.onScreen(),
    cache: {
      bytes: cache.bytes,
      assets: cache.assets + cache.missing.length,
      missing: cache.missing.length,
      pendingPlays: await plays.pending(),
    },
    clock: { offsetMs: Math.round(clock.offset), trusted: clock.clockTrusted() },
    display: {
      width: Math.round(innerWidth),
      height: Math.round(innerHeight),
      devicePixelRatio: devicePixelRatio,
      stageWidth: Math.round(rect.width),
      stageHeight: Math.round(rect.height),
    },
    errors: errors.list(),
  };
}
