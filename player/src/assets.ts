// Media of the manifests, kept on disk with the Cache API under its /media/<sha256> URL, and held there only
// once its bytes match that hash. A republished manifest whose media did not change downloads nothing, and
// a reload without the controller finds everything on disk. The page downloads (with the device token
// that /media asks of devices) rather than the service worker: Chromium stops a worker's event after five
// minutes, and a large video over a slow border link takes longer. Where the Cache API is missing (plain
// HTTP without the Chromium flag, see docs/PLAYER.md) media is held in memory instead, as blobs. An
// interrupted download resumes where it stopped (download.ts); its parts are not "held" until complete.
import type { Manifest, ManifestAsset } from '../../schemas/types.ts';
import { downloadAsset } from './download.ts';
import { PartialStore } from './download.partials.ts';

const cacheName = 'gatecast-media';
/** Downloads at a time: enough to fill a slow link, few enough to leave it to the socket too. */
const parallelDownloads = 3;

/** What the disk holds of a manifest's media (for the heartbeat). */
export interface CacheState {
  /** Assets held, and their bytes. */
  assets: number;
  bytes: number;
  /** sha256 of the assets not held (yet). */
  missing: string[];
}

/** Every asset a manifest lists, once per file. */
export function assetsOf(manifest: Manifest): ManifestAsset[] {
  const bySha = new Map<string, ManifestAsset>();
  for (const asset of Object.values(manifest.assets)) if (asset) bySha.set(asset.sha256, asset);
  return [...bySha.values()];
}

/** Object URLs of the media on disk, by sha256, for the items on screen. */
export class AssetStore {
  private readonly urls = new Map<string, string>();
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly token: string;
  private readonly cache: Promise<Cache | null>;
  private readonly partials: PartialStore;

  constructor(token: string) {
    this.token = token;
    const hasCaches = typeof caches !== 'undefined';
    this.cache = hasCaches ? caches.open(cacheName).catch(() => null) : Promise.resolve(null);
    // Without the Cache API nothing survives a reload anyway: partials stay in memory too.
    this.partials = new PartialStore(hasCaches && typeof indexedDB !== 'undefined');
  }

  /** The object URL of a manifest asset, once it is on disk (fetchAll or restore). */
  url(asset: ManifestAsset | undefined): string | undefined {
    return asset ? this.urls.get(asset.sha256) : undefined;
  }

  /** Makes every asset of a manifest available: from disk, else downloaded and checked. Rejects if one fails. */
  async fetchAll(manifest: Manifest): Promise<void> {
    const queue = assetsOf(manifest);
    const worker = async () => {
      for (let asset = queue.shift(); asset; asset = queue.shift()) await this.ensure(asset, true);
    };
    await Promise.all(Array.from({ length: parallelDownloads }, worker));
  }

  /** Makes available what is on disk already, without the network (a start without the controller). */
  async restore(manifest: Manifest): Promise<void> {
    await Promise.all(assetsOf(manifest).map((asset) => this.ensure(asset, false)));
  }

  /** Frees the object URLs and deletes from disk the media (and unfinished downloads) that none of the given manifests uses. */
  async retainOnly(...manifests: Manifest[]): Promise<void> {
    const keep = new Set(manifests.flatMap((m) => assetsOf(m).map((a) => a.sha256)));
    for (const [sha256, url] of this.urls) {
      if (!keep.has(sha256)) {
        URL.revokeObjectURL(url);
        this.urls.delete(sha256);
      }
    }
    await this.partials.retainOnly(new Set([...keep, ...this.inflight.keys()]));
    const cache = await this.cache;
    if (!cache) return;
    for (const request of await cache.keys()) {
      const sha256 = shaOf(request.url);
      if (!keep.has(sha256) && !this.inflight.has(sha256)) await cache.delete(request);
    }
  }

  /** How much of a manifest's media is on disk. */
  async cacheState(manifest: Manifest): Promise<CacheState> {
    const state: CacheState = { assets: 0, bytes: 0, missing: [] };
    const cache = await this.cache;
    for (const asset of assetsOf(manifest)) {
      const held = cache ? (await cache.match(asset.url)) !== undefined : this.urls.has(asset.sha256);
      if (held) {
        state.assets += 1;
        state.bytes += asset.size;
      } else state.missing.push(asset.sha256);
    }
    return state;
  }

  private ensure(asset: ManifestAsset, download: boolean): Promise<void> {
    if (this.urls.has(asset.sha256)) return Promise.resolve();
    let pending = this.inflight.get(asset.sha256);
    if (!pending) {
      pending = this.load(asset, download).finally(() => this.inflight.delete(asset.sha256));
      this.inflight.set(asset.sha256, pending);
    }
    return pending;
  }

  private async load(asset: ManifestAsset, download: boolean): Promise<void> {
    const cache = await this.cache;
    const held = await cache?.match(asset.url);
    if (held) {
      // A blob read from Cache Storage stays on disk: the object URL costs no memory.
      this.urls.set(asset.sha256, URL.createObjectURL(await held.blob()));
      return;
    }
    if (!download) return;
    const blob = await downloadAsset(asset, this.token, this.partials);
    if (!cache) {
      this.urls.set(asset.sha256, URL.createObjectURL(blob));
      await this.partials.discard(asset.sha256);
      return;
    }
    const headers = { 'content-type': asset.mime, 'content-length': String(blob.size) };
    await cache.put(asset.url, new Response(blob, { headers }));
    const stored = await cache.match(asset.url);
    if (!stored) throw new Error(`${asset.url}: not kept by the cache`);
    this.urls.set(asset.sha256, URL.createObjectURL(await stored.blob()));
    await this.partials.discard(asset.sha256);
  }
}

/** The sha256 a /media URL names (its last path segment). */
function shaOf(url: string): string {
  return new URL(url).pathname.split('/').pop() ?? '';
}
