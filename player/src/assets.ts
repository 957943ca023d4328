// Media of the manifests, held as blobs in memory and addressed by content hash, so a republished
// manifest whose media did not change downloads nothing. (The offline cache on disk comes later.)
import type { Manifest, ManifestAsset } from '../../schemas/types.ts';

/** Blob URLs of downloaded media, by sha256. */
export class AssetStore {
  private readonly urls = new Map<string, string>();
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly token: string;

  constructor(token: string) {
    this.token = token;
  }

  /** The object URL of a manifest asset, once downloaded. */
  url(asset: ManifestAsset | undefined): string | undefined {
    return asset ? this.urls.get(asset.sha256) : undefined;
  }

  /** Downloads every asset of a manifest not held yet; rejects if any one fails. */
  async fetchAll(manifest: Manifest): Promise<void> {
    const assets = Object.values(manifest.assets).filter((a): a is ManifestAsset => a !== undefined);
    await Promise.all(assets.map((asset) => this.fetchOne(asset)));
  }

  /** Frees the blobs that the given manifest does not use. */
  retainOnly(manifest: Manifest): void {
    const keep = new Set(Object.values(manifest.assets).map((a) => a?.sha256));
    for (const [sha256, url] of this.urls) {
      if (!keep.has(sha256)) {
        URL.revokeObjectURL(url);
        this.urls.delete(sha256);
      }
    }
  }

  private fetchOne(asset: ManifestAsset): Promise<string> {
    const held = this.urls.get(asset.sha256);
    if (held) return Promise.resolve(held);
    let pending = this.inflight.get(asset.sha256);
    if (!pending) {
      pending = this.download(asset).finally(() => this.inflight.delete(asset.sha256));
      this.inflight.set(asset.sha256, pending);
    }
    return pending;
  }

  private async download(asset: ManifestAsset): Promise<string> {
    const res = await fetch(asset.url, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new Error(`GET ${asset.url}: HTTP ${res.status}`);
    const bytes = await res.arrayBuffer();
    const sha256 = await digest(bytes);
    if (sha256 !== null && sha256 !== asset.sha256) throw new Error(`GET ${asset.url}: sha256 mismatch`);
    const url = URL.createObjectURL(new Blob([bytes], { type: asset.mime }));
    this.urls.set(asset.sha256, url);
    return url;
  }
}

/** Hex sha256 of the bytes; null where SubtleCrypto is missing (plain-HTTP origins other than localhost). */
async function digest(bytes: ArrayBuffer): Promise<string | null> {
  if (!globalThis.isSecureContext || typeof crypto.subtle === 'undefined') return null;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}
