import { createHash } from 'node:crypto';
import type {
  GateCalendar,
  LoopEntry,
  Manifest,
  ManifestAsset,
  ScreenConfig,
  ScreenInput,
} from '../../schemas/types.ts';
import type { Asset, Gate, Message, Playlist, Schedule, Screen } from './entities.ts';
import { fontFamilyFor } from '../../shared/fonts.ts';
import { screenLanguages } from '../../shared/languages.ts';
import { screenFloorPx } from '../../shared/legibility.ts';
import { DEFAULT_BACKGROUND, manifestMediaKey, renditionKey, type RenditionSpec } from './rendition.spec.ts';
import { compileTimeline, type CompiledTimeline, type CompileInput } from './schedule.compiler.ts';

/** What of a screen decides the pixels of its image renditions. */
export type ScreenGeometry = Pick<Screen, 'width' | 'height' | 'imageFormat'> &
  Pick<Partial<Screen>, 'layout'>;

/** The rendition an image entry needs on a screen: exactly its pixels, with the entry's fit and background. */
export function imageSpec(entry: LoopEntry, screen: ScreenGeometry): RenditionSpec {
  return {
    width: screen.width,
    height: screen.height,
    fit: entry.fit ?? 'contain',
    background: (entry.background ?? DEFAULT_BACKGROUND).toLowerCase(),
    format: screen.imageFormat ?? 'webp',
  };
}

/** The distinct renditions a compiled timeline needs on a screen (source blob and spec), keyed by cache key. */
export function renditionNeeds(
  timeline: CompiledTimeline,
  screen: ScreenGeometry,
  assets: ReadonlyMap<string, Asset>,
): Map<string, { source: string; spec: RenditionSpec }> {
  const needs = new Map<string, { source: string; spec: RenditionSpec }>();
  for (const entry of Object.values(timeline.loops).flat()) {
    const asset = entry.type === 'image' && entry.assetId ? assets.get(entry.assetId) : undefined;
    if (!asset) continue;
    const spec = imageSpec(entry, screen);
    needs.set(renditionKey(asset.sha256, spec), { source: asset.sha256, spec });
  }
  return needs;
}

/** A screen's compiled timeline, with the loop its player falls back to outside the horizon. */
export type ManifestTimeline = CompiledTimeline & {
  /** Key into loops of the gate's default playlist as it stands when the horizon ends; null without one. */
  fallback?: string | null;
};

export interface ManifestContent {
  timeline: ManifestTimeline;
  timeZone: string;
  messages: ReadonlyMap<string, Message>;
  assets: ReadonlyMap<string, Asset>;
  /** The screen the image renditions are for. */
  screen: ScreenGeometry;
  /** Image renditions by cache key (renditionKey); an image without one is listed with no file. */
  renditions?: ReadonlyMap<string, ManifestAsset> | undefined;
  /** Playlists, for the layout each asks for (absent: every playlist uses the screen's). */
  playlists?: ReadonlyMap<string, Playlist> | undefined;
  generatedAt: number;
}

/**
 * Assembles a manifest from a compiled timeline; its version is a hash of everything but generatedAt.
 * Image entries point (`media`) at the rendition made for the screen; videos at their original bytes.
 */
export function buildManifest(content: ManifestContent): Manifest {
  const { timeline } = content;
  const assets: Manifest['assets'] = {};
  const loops: Record<string, LoopEntry[]> = {};
  for (const [key, loop] of Object.entries(timeline.loops)) {
    loops[key] = loop.map((entry) => {
      const asset = entry.type === 'image' && entry.assetId ? content.assets.get(entry.assetId) : undefined;
      if (!asset || !entry.assetId) return entry;
      const spec = imageSpec(entry, content.screen);
      const media = manifestMediaKey(entry.assetId, spec.fit, spec.background);
      const rendition = content.renditions?.get(renditionKey(asset.sha256, spec));
      if (rendition) assets[media] = rendition;
      return { ...entry, media };
    });
  }
  const entries: LoopEntry[] = Object.values(loops).flat();
  const messages: Manifest['messages'] = {};
  const langs = new Set<string>();
  for (const entry of entries) {
    if (entry.messageId && entry.lang) {
      const message = content.messages.get(entry.messageId);
      if (message) {
        const existing = messages[entry.messageId] ?? {
          level: message.level ?? 'normal',
          // Only with fields, so that manifests of messages without them keep their versions.
          ...(message.fieldOptions ? { fieldOptions: message.fieldOptions } : {}),
          variants: {},
        };
        for (const lang of entry.langs ?? [entry.lang]) {
          const variant = message.variants[lang];
          if (variant) existing.variants[lang] = variant;
          langs.add(lang);
        }
        messages[entry.messageId] = existing;
      }
    }
    if (entry.type === 'video' && entry.assetId) {
      const asset = content.assets.get(entry.assetId);
      if (asset) {
        assets[entry.assetId] = {
          sha256: asset.sha256,
          mime: asset.mime,
          size: asset.size,
          url: `/media/${asset.sha256}`,
          ...(asset.width ? { width: asset.width } : {}),
          ...(asset.height ? { height: asset.height } : {}),
          ...(asset.duration ? { duration: asset.duration } : {}),
        };
      }
    }
  }
  const fonts = [...langs].sort().map((lang) => ({ lang, family: fontFamilyFor(lang) }));
  // Layouts are listed only when not full, so that manifests without them keep their versions.
  const layouts: Record<string, 'full' | 'ticker'> = {};
  for (const id of new Set(entries.map((e) => e.playlistId))) {
    const layout = content.playlists?.get(id)?.layout;
    if (layout) layouts[id] = layout;
  }
  const screenLayout = content.screen.layout ?? 'full';
  const body = {
    timeZone: content.timeZone,
    ...(screenLayout === 'full' ? {} : { layout: screenLayout }),
    ...(Object.values(layouts).some((l) => l !== screenLayout) ? { layouts } : {}),
    horizon: timeline.horizon,
    // Only when there is one, so that manifests of gates without a default playlist keep their versions.
    ...(timeline.fallback ? { fallback: timeline.fallback } : {}),
    segments: timeline.segments,
    loops,
    messages,
    assets,
    fonts,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32);
  return { version, generatedAt: content.generatedAt, ...body };
}

/** What the audience key of a screen is computed against: its gate, and the schedules there are. */
export interface Audience {
  gate: Gate;
  /** Group tags some schedule targets (other tags make no difference). */
  targetedGroups: ReadonlySet<string>;
  /** Whether some schedule names the screen by id. */
  named: boolean;
}

/** A screen field's part of the audience key, or why it has none. */
export type ScreenFieldRole =
  { sharedKey: (screen: Screen, audience: Audience) => unknown } | 'config-only' | 'not-in-manifest';

/**
 * What each field of a screen does to manifests: its part of the audience key (an input of the compiler, or
 * it picks the renditions the manifest lists), 'config-only' (sent to the player in its config: screens that
 * differ in it share a manifest), or 'not-in-manifest'. TypeScript wants every field of ScreenInput here, so a
 * new field cannot be added without saying which; one the compiler or the manifest reads needs a key part,
 * else screens that differ in it would wrongly share one manifest (manifest.key.test.ts checks each role).
 */
export const screenFields = {
  id: { sharedKey: (s, a) => (a.named ? s.id : null) },
  gateId: { sharedKey: (s) => s.gateId },
  name: 'config-only',
  kind: 'config-only',
  width: { sharedKey: (s) => s.width },
  height: { sharedKey: (s) => s.height },
  offsetX: 'config-only',
  offsetY: 'config-only',
  rotation: 'config-only',
  // Drills reach a screen by the overrides pushed to it, never through its manifest.
  exercises: 'not-in-manifest',
  layout: { sharedKey: (s) => s.layout ?? 'full' },
  kioskIdleSeconds: 'config-only',
  viewingDistanceM: 'config-only',
  pixelPitchMm: 'config-only',
  minTextPx: 'config-only',
  imageFormat: { sharedKey: (s) => s.imageFormat ?? 'webp' },
  languages: { sharedKey: (s, a) => screenLanguages(s, a.gate) },
  groups: { sharedKey: (s, a) => (s.groups ?? []).filter((g) => a.targetedGroups.has(g)).sort() },
} as const satisfies Record<keyof ScreenInput, ScreenFieldRole>;

const keyParts = Object.values(screenFields).flatMap((role) =>
  typeof role === 'object' ? [role.sharedKey] : [],
);

/**
 * Screens with the same audience key get the same compiled manifest, so the compiler runs once per key: the
 * key is made of the shared-key fields of screenFields.
 */
export function audienceKey(screen: Screen, gate: Gate, schedules: readonly Schedule[]): string {
  const audience: Audience = {
    gate,
    targetedGroups: new Set(schedules.flatMap((s) => s.targets.groups ?? [])),
    named: schedules.some((s) => s.targets.screens?.includes(screen.id)),
  };
  return JSON.stringify(keyParts.map((part) => part(screen, audience)));
}

/** What a player needs to know of its own screen (with the gate's approved calendar, when it has one). */
export function screenConfig(screen: Screen, gate: Gate, calendar?: GateCalendar): ScreenConfig {
  return {
    screenId: screen.id,
    name: screen.name,
    kind: screen.kind,
    width: screen.width,
    height: screen.height,
    offsetX: screen.offsetX ?? 0,
    offsetY: screen.offsetY ?? 0,
    rotation: screen.rotation ?? 0,
    ...(screen.kind === 'kiosk' ? { kioskIdleSeconds: screen.kioskIdleSeconds ?? 60 } : {}),
    languages: screenLanguages(screen, gate),
    minTextPx: screenFloorPx(screen),
    gate: {
      id: gate.id,
      name: gate.name,
      timeZone: gate.timeZone,
      // Operating hours travel with the config: the player applies them on its own, offline too.
      ...(gate.hours ? { hours: gate.hours } : {}),
      ...(gate.digits ? { digits: gate.digits } : {}),
      // The player works out the gate status from it on its own clock, offline too.
      ...(calendar ? { calendar } : {}),
    },
  };
}

/** Everything stored that a manifest is compiled from. */
export interface ContentSnapshot {
  schedules: readonly Schedule[];
  playlists: ReadonlyMap<string, Playlist>;
  messages: ReadonlyMap<string, Message>;
  assets: ReadonlyMap<string, Asset>;
  /** Image renditions made so far, by cache key (see renditionNeeds). */
  renditions?: ReadonlyMap<string, ManifestAsset>;
}

/** Compiles the timeline of one screen and assembles its manifest (reusing `timeline` when given). */
export function manifestFor(
  screen: Screen,
  gate: Gate,
  content: ContentSnapshot,
  now: number,
  horizonDays: number,
  timeline: ManifestTimeline = timelineFor(screen, gate, content, now, horizonDays),
): Manifest {
  return buildManifest({
    timeline,
    timeZone: gate.timeZone,
    messages: content.messages,
    assets: content.assets,
    screen,
    renditions: content.renditions,
    playlists: content.playlists,
    generatedAt: now,
  });
}

/**
 * Compiles the timeline of one screen, and the loop of its gate's default playlist on the day after the
 * horizon: what a player cut off for longer than the horizon plays (the loops list it, so its media is
 * cached with the rest).
 */
export function timelineFor(
  screen: Screen,
  gate: Gate,
  content: ContentSnapshot,
  now: number,
  horizonDays: number,
): ManifestTimeline {
  const input: CompileInput = {
    now,
    horizonDays,
    screen: {
      id: screen.id,
      gateId: gate.id,
      groups: screen.groups ?? [],
      languages: screenLanguages(screen, gate),
    },
    gate: {
      id: gate.id,
      province: gate.province,
      timeZone: gate.timeZone,
      defaultPlaylistId: gate.defaultPlaylistId,
    },
    schedules: content.schedules,
    playlists: content.playlists,
    messages: content.messages,
  };
  const timeline = compileTimeline(input);
  const after = compileTimeline({ ...input, schedules: [], now: timeline.horizon.until, horizonDays: 1 });
  const key = after.segments[0]?.loop;
  const entries = key ? after.loops[key] : undefined;
  if (!entries) return { ...timeline, fallback: null };
  const text = JSON.stringify(entries);
  const same = Object.keys(timeline.loops).find((k) => JSON.stringify(timeline.loops[k]) === text);
  if (same) return { ...timeline, fallback: same };
  return { ...timeline, loops: { ...timeline.loops, fallback: entries }, fallback: 'fallback' };
}
