import type { Logger } from 'pino';
import type { Asset } from '../domain/entities.ts';
import type { BlobStore } from '../repositories/blob.repository.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { ManifestRepository } from '../repositories/manifest.repository.ts';
import type { RenditionRepository } from '../repositories/rendition.repository.ts';

/** Where blob references are read from: the same repositories over the live database or a backup's copy. */
export interface ReferenceSources {
  assets: { all(): Promise<Asset[]> };
  renditions: Pick<RenditionRepository, 'references'>;
  manifests: Pick<ManifestRepository, 'states' | 'get'>;
}

export interface BlobReferences {
  /** Every referenced blob, with the first thing found referring to it (for messages). */
  referenced: Map<string, string>;
  /** Keys of renditions whose source no asset uses any more (only when a cutoff was given). */
  orphanedRenditions: string[];
}

/**
 * The blobs a database refers to: assets' bytes and made posters, renditions, and the assets of each
 * screen's current and applied manifest. With `orphanCutoff` (ISO), renditions older than it whose source is
 * gone are not references but orphans; without it every rendition counts (a backup must hold them all).
 */
export async function blobReferences(from: ReferenceSources, orphanCutoff?: string): Promise<BlobReferences> {
  const referenced = new Map<string, string>();
  const refer = (sha256: string, by: string) => {
    if (!referenced.has(sha256)) referenced.set(sha256, by);
  };
  const sources = new Set<string>();
  for (const asset of await from.assets.all()) {
    sources.add(asset.sha256);
    refer(asset.sha256, `asset ${asset.id} "${asset.name}"`);
    if (asset.poster?.status === 'made') {
      sources.add(asset.poster.sha256);
      refer(asset.poster.sha256, `poster of asset ${asset.id} "${asset.name}"`);
    }
  }
  const orphanedRenditions: string[] = [];
  for (const r of await from.renditions.references()) {
    // A rendition made moments ago may be for an upload whose asset row is not written yet.
    if (orphanCutoff !== undefined && !sources.has(r.source) && r.createdAt < orphanCutoff) {
      orphanedRenditions.push(r.key);
    } else refer(r.sha256, `rendition ${r.key}`);
  }
  for (const state of await from.manifests.states()) {
    for (const version of new Set([state.currentVersion, state.appliedVersion])) {
      const manifest = version ? await from.manifests.get(version) : undefined;
      for (const a of Object.values(manifest?.assets ?? {})) {
        if (a) refer(a.sha256, `manifest ${version ?? ''} of screen ${state.screenId}`);
      }
    }
  }
  return { referenced, orphanedRenditions };
}

export interface GcReport {
  /** Blobs removed, and the bytes they held. */
  removed: number;
  freedBytes: number;
  /** Blobs kept: referenced, or unreferenced but younger than the grace period. */
  kept: number;
  /** Rendition rows dropped because their source asset is gone. */
  renditionsDropped: number;
  /** Leftovers of unfinished writes removed from tmp/. */
  temporariesRemoved: number;
}

/**
 * Garbage collection of the blob store. A blob is kept while an asset (its bytes or its poster), a
 * rendition, or a screen's current or applied manifest references it, and for the grace period after it
 * was written; renditions of sources no asset uses any more are dropped first (after the grace period too).
 */
export class BlobGcService {
  private readonly blobs: BlobStore;
  private readonly assets: { all(): Promise<Asset[]> };
  private readonly renditions: RenditionRepository;
  private readonly manifests: ManifestRepository;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly graceMs: number;

  constructor(deps: {
    blobs: BlobStore;
    assets: { all(): Promise<Asset[]> };
    renditions: RenditionRepository;
    manifests: ManifestRepository;
    clock: Clock;
    log: Logger;
    graceMs: number;
  }) {
    this.blobs = deps.blobs;
    this.assets = deps.assets;
    this.renditions = deps.renditions;
    this.manifests = deps.manifests;
    this.clock = deps.clock;
    this.log = deps.log;
    this.graceMs = deps.graceMs;
  }

  /** One collection pass. */
  async collect(): Promise<GcReport> {
    const cutoff = this.clock.now() - this.graceMs;
    const { referenced, orphanedRenditions } = await blobReferences(
      { assets: this.assets, renditions: this.renditions, manifests: this.manifests },
      new Date(cutoff).toISOString(),
    );
    const renditionsDropped = await this.renditions.deleteKeys(orphanedRenditions);

    const report: GcReport = { removed: 0, freedBytes: 0, kept: 0, renditionsDropped, temporariesRemoved: 0 };
    for await (const blob of this.blobs.list()) {
      if (!referenced.has(blob.sha256) && blob.modifiedAt < cutoff) {
        if (await this.blobs.removeIfOlder(blob.sha256, cutoff)) {
          report.removed++;
          report.freedBytes += blob.size;
          continue;
        }
      }
      report.kept++;
    }
    report.temporariesRemoved = await this.blobs.removeStaleTemporaries(cutoff);
    this.log.info(report, 'blob garbage collection');
    return report;
  }
}
