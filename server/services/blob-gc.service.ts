import type { Logger } from 'pino';
import type { Asset } from '../domain/entities.ts';
import type { BlobStore } from '../repositories/blob.repository.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { ManifestRepository } from '../repositories/manifest.repository.ts';
import type { RenditionRepository } from '../repositories/rendition.repository.ts';

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
    const sources = new Set<string>();
    for (const asset of await this.assets.all()) {
      sources.add(asset.sha256);
      if (asset.poster?.status === 'made') sources.add(asset.poster.sha256);
    }
    const referenced = new Set(sources);
    const orphaned: string[] = [];
    const cutoffIso = new Date(cutoff).toISOString();
    for (const r of await this.renditions.references()) {
      // A rendition made moments ago may be for an upload whose asset row is not written yet.
      if (!sources.has(r.source) && r.createdAt < cutoffIso) orphaned.push(r.key);
      else referenced.add(r.sha256);
    }
    const renditionsDropped = await this.renditions.deleteKeys(orphaned);
    for (const state of await this.manifests.states()) {
      for (const version of new Set([state.currentVersion, state.appliedVersion])) {
        const manifest = version ? await this.manifests.get(version) : undefined;
        for (const a of Object.values(manifest?.assets ?? {})) if (a) referenced.add(a.sha256);
      }
    }

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
