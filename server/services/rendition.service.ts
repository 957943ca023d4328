import type { Logger } from 'pino';
import type { ManifestAsset } from '../../schemas/types.ts';
import { NotFoundError } from '../domain/errors.ts';
import { normalizeSpec, renditionKey, type RenditionSpec } from '../domain/rendition.spec.ts';
import type { BlobStore } from '../repositories/blob.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { ImageRepository } from '../repositories/image.repository.ts';
import type { Rendition, RenditionRepository } from '../repositories/rendition.repository.ts';

/**
 * Renditions: a source image made for one box (a screen's exact pixels, or a thumbnail), cached by
 * (source hash, box, fit, background, format) in the renditions table and the blob store. Each key is
 * computed once: concurrent requests for it share one promise, later ones find the row.
 */
export class RenditionService {
  private readonly renditions: RenditionRepository;
  private readonly blobs: BlobStore;
  private readonly images: ImageRepository;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly inflight = new Map<string, Promise<Rendition>>();

  constructor(deps: {
    renditions: RenditionRepository;
    blobs: BlobStore;
    images: ImageRepository;
    clock: Clock;
    log: Logger;
  }) {
    this.renditions = deps.renditions;
    this.blobs = deps.blobs;
    this.images = deps.images;
    this.clock = deps.clock;
    this.log = deps.log;
  }

  /**
   * The rendition of a source blob for a spec: from the cache, or made now (once, however many ask).
   * `from` is a local file with the source's bytes that are not in the store yet (an upload being checked).
   */
  ensure(source: string, spec: RenditionSpec, from?: string): Promise<Rendition> {
    const key = renditionKey(source, spec);
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.lookupOrMake(key, source, normalizeSpec(spec), from).finally(() =>
        this.inflight.delete(key),
      );
      this.inflight.set(key, pending);
    }
    return pending;
  }

  /**
   * Makes every rendition a manifest needs and returns them as manifest assets, by cache key. One that
   * cannot be made is logged and left out (its entry then has no file), so one bad image never blocks a
   * publish to every screen.
   */
  async forManifest(
    needs: ReadonlyMap<string, { source: string; spec: RenditionSpec }>,
  ): Promise<Map<string, ManifestAsset>> {
    const made = new Map<string, ManifestAsset>();
    await Promise.all(
      [...needs].map(async ([key, { source, spec }]) => {
        try {
          const r = await this.ensure(source, spec);
          made.set(key, {
            sha256: r.sha256,
            mime: r.mime,
            size: r.size,
            url: `/media/${r.sha256}`,
            width: r.width,
            height: r.height,
          });
        } catch (err) {
          this.log.error({ err, source, spec }, 'rendition failed; the image is left out of the manifest');
        }
      }),
    );
    return made;
  }

  /** Renditions made from a source blob so far. */
  ofSource(source: string): Promise<Rendition[]> {
    return this.renditions.ofSource(source);
  }

  private async lookupOrMake(
    key: string,
    source: string,
    spec: RenditionSpec,
    from: string | undefined,
  ): Promise<Rendition> {
    const cached = await this.renditions.get(key);
    if (cached && (await this.blobs.exists(cached.sha256))) return cached;
    if (!from && !(await this.blobs.exists(source)))
      throw new NotFoundError('the source image is not in the store');
    const image = await this.images.render(from ?? this.blobs.localPath(source), spec);
    const blob = await this.blobs.put(image.data);
    const rendition: Rendition = {
      key,
      source,
      width: spec.width,
      height: spec.height,
      fit: spec.fit,
      background: spec.background,
      format: spec.format,
      sha256: blob.sha256,
      size: blob.size,
      mime: image.mime,
      createdAt: isoNow(this.clock),
    };
    // A row whose blob went missing (restored database, lost disk) is replaced by the one just made.
    if (cached) await this.renditions.delete(key);
    await this.renditions.insert(rendition);
    this.log.debug({ key, sha256: blob.sha256, bytes: blob.size }, 'rendition made');
    return rendition;
  }
}
