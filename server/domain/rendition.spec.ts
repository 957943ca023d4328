// What a rendition is: the pixels of one source image made for one box. Pure; shared by the manifest
// builder (which asks for them), the rendition service (which makes and caches them) and the benchmark.

/** How an image fills a W×H box: crop to fill, letterbox on a background, stretch, or fit inside (thumbnails). */
export type RenditionFit = 'cover' | 'contain' | 'fill' | 'inside';
export type RenditionFormat = 'webp' | 'jpeg';

export interface RenditionSpec {
  width: number;
  height: number;
  fit: RenditionFit;
  /** `#rrggbb`, lower case: the letterbox of `contain`, and what transparency is flattened onto. */
  background: string;
  format: RenditionFormat;
}

export const DEFAULT_BACKGROUND = '#000000';
/** WebP cannot hold more than 16383 px a side; larger boxes get JPEG. */
export const WEBP_MAX_SIDE = 16383;
/** Console thumbnails: WebP inside a 320×320 box. */
export const THUMBNAIL: RenditionSpec = {
  width: 320,
  height: 320,
  fit: 'inside',
  background: DEFAULT_BACKGROUND,
  format: 'webp',
};

export const mimeOf = (format: RenditionFormat): string => (format === 'webp' ? 'image/webp' : 'image/jpeg');

/** A spec with its background in canonical form and a format the box allows. */
export function normalizeSpec(spec: RenditionSpec): RenditionSpec {
  const tooWide = spec.width > WEBP_MAX_SIDE || spec.height > WEBP_MAX_SIDE;
  return {
    width: spec.width,
    height: spec.height,
    fit: spec.fit,
    background: (spec.background || DEFAULT_BACKGROUND).toLowerCase(),
    format: spec.format === 'webp' && tooWide ? 'jpeg' : spec.format,
  };
}

/** The cache key of a rendition: (source hash, geometry, fit, background, format). */
export function renditionKey(sourceSha256: string, spec: RenditionSpec): string {
  const s = normalizeSpec(spec);
  return `${sourceSha256}:${s.width}x${s.height}:${s.fit}:${s.background}:${s.format}`;
}

/** The key of an image entry's file in a manifest's `assets`: one per asset, fit and background. */
export function manifestMediaKey(assetId: string, fit: RenditionFit, background: string): string {
  return `${assetId}:${fit}:${background.toLowerCase()}`;
}
