import { createHash } from 'node:crypto';
import type { LoopEntry, Manifest, ManifestAsset, ScreenConfig } from '../../schemas/types.ts';
import type { Asset, Gate, Message, Playlist, Schedule, Screen } from './entities.ts';
import { fontFamilyFor } from './fonts.ts';
import { DEFAULT_BACKGROUND, manifestMediaKey, renditionKey, type RenditionSpec } from './rendition.spec.ts';
import { compileTimeline, targetsScreen, type CompiledTimeline } from './schedule.compiler.ts';

/** The languages a screen rotates: its own list, or its gate's when empty. */
export function screenLanguages(screen: Screen, gate: Gate): string[] {
  return screen.languages && screen.languages.length > 0 ? screen.languages : gate.languages;
}

/** What of a screen decides the pixels of its image renditions. */
export type ScreenGeometry = Pick<Screen, 'width' | 'height' | 'imageFormat'>;

/**
 * Screens with the same audience key get the same compiled timeline, so the compiler runs once per key.
 * The key holds every input of the compiler that differs between screens, and the screen's geometry and
 * image format, which pick the renditions its manifest lists.
 */
export function audienceKey(screen: Screen, gate: Gate, schedules: readonly Schedule[]): string {
  const targetedGroups = new Set(schedules.flatMap((s) => s.targets.groups ?? []));
  const groups = (screen.groups ?? []).filter((g) => targetedGroups.has(g)).sort();
  const named = schedules.some((s) => s.targets.screens?.includes(screen.id));
  const geometry = [screen.width, screen.height, screen.imageFormat ?? 'webp'];
  return JSON.stringify([gate.id, screenLanguages(screen, gate), groups, named ? screen.id : null, geometry]);
}

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

/** Whether any schedule reaches the screen (for tests and diagnostics). */
export function schedulesFor(screen: Screen, schedules: readonly Schedule[]): Schedule[] {
  return schedules.filter((s) => targetsScreen(s, screen));
}

export interface ManifestContent {
  timeline: CompiledTimeline;
  timeZone: string;
  messages: ReadonlyMap<string, Message>;
  assets: ReadonlyMap<string, Asset>;
  /** The screen the image renditions are for. */
  screen: ScreenGeometry;
  /** Image renditions by cache key (renditionKey); an image without one is listed with no file. */
  renditions?: ReadonlyMap<string, ManifestAsset> | undefined;
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
        const variant = message.variants[entry.lang];
        const existing = messages[entry.messageId] ?? { level: message.level ?? 'normal', variants: {} };
        if (variant) existing.variants[entry.lang] = variant;
        messages[entry.messageId] = existing;
        langs.add(entry.lang);
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
  const body = {
    timeZone: content.timeZone,
    horizon: timeline.horizon,
    segments: timeline.segments,
    loops,
    messages,
    assets,
    fonts,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32);
  return { version, generatedAt: content.generatedAt, ...body };
}

/** What a player needs to know of its own screen. */
export function screenConfig(screen: Screen, gate: Gate): ScreenConfig {
  return {
    screenId: screen.id,
    name: screen.name,
    kind: screen.kind,
    width: screen.width,
    height: screen.height,
    offsetX: screen.offsetX ?? 0,
    offsetY: screen.offsetY ?? 0,
    rotation: screen.rotation ?? 0,
    languages: screenLanguages(screen, gate),
    gate: { id: gate.id, name: gate.name, timeZone: gate.timeZone },
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
  timeline: CompiledTimeline = timelineFor(screen, gate, content, now, horizonDays),
): Manifest {
  return buildManifest({
    timeline,
    timeZone: gate.timeZone,
    messages: content.messages,
    assets: content.assets,
    screen,
    renditions: content.renditions,
    generatedAt: now,
  });
}

/** Compiles the timeline of one screen. */
export function timelineFor(
  screen: Screen,
  gate: Gate,
  content: ContentSnapshot,
  now: number,
  horizonDays: number,
): CompiledTimeline {
  return compileTimeline({
    now,
    horizonDays,
    screen: {
      id: screen.id,
      gateId: gate.id,
      groups: screen.groups ?? [],
      languages: screenLanguages(screen, gate),
    },
    gate: { id: gate.id, timeZone: gate.timeZone, defaultPlaylistId: gate.defaultPlaylistId },
    schedules: content.schedules,
    playlists: content.playlists,
    messages: content.messages,
  });
}
