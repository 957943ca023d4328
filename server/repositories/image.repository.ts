import { availableParallelism } from 'node:os';
import pLimit, { type LimitFunction } from 'p-limit';
import sharp, { type Sharp } from 'sharp';
import { DomainError } from '../domain/errors.ts';
import { mimeOf, normalizeSpec, type RenditionSpec } from '../domain/rendition.spec.ts';

export interface ImageLimits {
  /** Largest width × height decoded; more is refused before any pixel is decoded (decompression bombs). */
  maxPixels: number;
  /**
   * Images processed at once; more wait in a queue. Each holds one of libuv's threads (UV_THREADPOOL_SIZE,
   * 4 by default) while libvips works, so a few must stay free for file I/O.
   */
  workers: number;
  /** libvips threads per image (sharp.concurrency); 0 or absent shares the cores among the workers. */
  threadsPerImage?: number;
}

export interface RenderedImage {
  data: Buffer;
  mime: string;
  width: number;
  height: number;
}

// Corrupt or truncated pixel data aborts; libjpeg's harmless warnings (common in camera files) do not.
const failOn = 'error';
// Encoders for LED boards, which mostly show text-heavy posters: full-resolution colour keeps red text sharp.
const webp = { quality: 85, smartSubsample: true } as const;
const jpeg = { quality: 85, chromaSubsampling: '4:4:4' } as const;

/** The options a rendition is encoded with: the benchmark's bare-sharp baseline uses the same ones. */
export function renditionPipeline(input: string, spec: RenditionSpec, maxPixels: number): Sharp {
  const s = normalizeSpec(spec);
  const image = sharp(input, { limitInputPixels: maxPixels, failOn, sequentialRead: true })
    // EXIF orientation applied; sharp writes no metadata (EXIF, GPS, XMP) unless asked to keep it.
    .rotate()
    .resize(s.width, s.height, { fit: s.fit, background: s.background, position: 'centre' })
    .flatten({ background: s.background });
  return s.format === 'webp' ? image.webp(webp) : image.jpeg(jpeg);
}

const rejected = (message: string) => new DomainError('unsupported_media', 415, message);

/** Image work with sharp (libvips), off the event loop and bounded: a burst queues instead of piling up. */
export class ImageRepository {
  private readonly limits: ImageLimits;
  private readonly queue: LimitFunction;

  constructor(limits: ImageLimits) {
    this.limits = limits;
    this.queue = pLimit(Math.max(1, limits.workers));
    // Workers × threads stays within the core count: a burst of uploads or a large publish queues instead of
    // oversubscribing the machine, and the event loop (the player sockets) keeps its share of the CPU.
    sharp.concurrency(
      limits.threadsPerImage || Math.max(1, Math.floor(availableParallelism() / Math.max(1, limits.workers))),
    );
  }

  /**
   * Pixel size after EXIF orientation, read from the header only. Refuses what sharp cannot read (415) and
   * images with more pixels than the limit (422, before any decoding).
   */
  async probe(path: string): Promise<{ width: number; height: number }> {
    const meta = await this.queue(() => sharp(path, { limitInputPixels: false }).metadata()).catch(
      () => undefined,
    );
    if (!meta?.width || !meta.height) throw rejected('the upload looks like an image but cannot be decoded');
    const pixels = meta.width * meta.height;
    if (pixels > this.limits.maxPixels) {
      throw new DomainError(
        'image_too_large',
        422,
        `the image is ${meta.width}×${meta.height} (${(pixels / 1e6).toFixed(1)} megapixels), more than ` +
          `the limit of ${(this.limits.maxPixels / 1e6).toFixed(0)} megapixels (MAX_IMAGE_MEGAPIXELS)`,
      );
    }
    const swapped = (meta.orientation ?? 1) >= 5;
    return swapped ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
  }

  /** Format and pixel size of encoded image bytes, read from the header only; undefined if sharp cannot read it. */
  async header(input: Buffer): Promise<{ format: string; width: number; height: number } | undefined> {
    const meta = await sharp(input, { limitInputPixels: false })
      .metadata()
      .catch(() => undefined);
    return meta ? { format: meta.format, width: meta.width, height: meta.height } : undefined;
  }

  /** The image at `path` made for a box (see RenditionSpec), encoded, without metadata. */
  async render(path: string, spec: RenditionSpec): Promise<RenderedImage> {
    const s = normalizeSpec(spec);
    try {
      const { data, info } = await this.queue(() =>
        renditionPipeline(path, s, this.limits.maxPixels).toBuffer({ resolveWithObject: true }),
      );
      return { data, mime: mimeOf(s.format), width: info.width, height: info.height };
    } catch (error) {
      throw rejected(
        `the image cannot be decoded: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Any image sharp reads (e.g. a video frame from ffmpeg), as WebP without metadata. */
  async toWebp(input: Buffer): Promise<RenderedImage> {
    const { data, info } = await this.queue(() =>
      sharp(input, { limitInputPixels: this.limits.maxPixels, failOn }).rotate().webp(webp).toBuffer({
        resolveWithObject: true,
      }),
    );
    return { data, mime: 'image/webp', width: info.width, height: info.height };
  }
}
