import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AssetFile, AssetInput, AssetPoster, AssetUploadQuery } from '../../schemas/types.ts';
import type { Asset, Playlist } from '../domain/entities.ts';
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../domain/errors.ts';
import { markupRefusal, sniffMedia, type SniffedMedia } from '../domain/media.sniff.ts';
import { THUMBNAIL } from '../domain/rendition.spec.ts';
import { normalizeText } from '../domain/text.ts';
import { PLAYABLE_CODECS, VideoProbeError, type VideoFacts } from '../domain/video.probe.ts';
import type { BlobStore } from '../repositories/blob.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import { isUniqueViolation } from '../repositories/dialect.ts';
import type { Page } from '../repositories/document.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import type { ImageRepository } from '../repositories/image.repository.ts';
import type { ManifestRepository } from '../repositories/manifest.repository.ts';
import type { VideoRepository } from '../repositories/video.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { RenditionService } from './rendition.service.ts';
import { ownerScope, type Principal } from '../domain/access.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';

/** Who asks for media: an operator (any asset) or a device (only what its current manifest lists). */
export type MediaPrincipal = { kind: 'api' } | { kind: 'device'; screenId: string };

/** A blob to send: its local file and media type. */
export interface MediaFile {
  path: string;
  mime: string;
  sha256: string;
}

type Inspected = SniffedMedia & Pick<AssetFile, 'width' | 'height' | 'duration' | 'codec'>;

const unsupported = (message: string) => new DomainError('unsupported_media', 415, message);

/**
 * Media assets: uploads into the content-addressed store (checked by content before they enter it), their
 * metadata, console thumbnails, video posters, and who may fetch which bytes.
 */
export class AssetService {
  private readonly repos: Pick<EntityRepositories, 'assets'>;
  private readonly blobs: BlobStore;
  private readonly images: ImageRepository;
  private readonly videos: VideoRepository;
  private readonly renditions: RenditionService;
  private readonly manifests: ManifestRepository;
  private readonly clock: Clock;
  private readonly maxBytes: number;
  private readonly playlists: () => Promise<Playlist[]>;
  private readonly access: AccessPolicy;
  private readonly audit: AuditService;

  constructor(deps: {
    repos: Pick<EntityRepositories, 'assets'>;
    /** Working and approved playlists: an asset either of them shows cannot be deleted. */
    playlists: () => Promise<Playlist[]>;
    blobs: BlobStore;
    images: ImageRepository;
    videos: VideoRepository;
    renditions: RenditionService;
    manifests: ManifestRepository;
    clock: Clock;
    maxBytes: number;
    access: AccessPolicy;
    audit: AuditService;
  }) {
    this.access = deps.access;
    this.audit = deps.audit;
    this.repos = deps.repos;
    this.playlists = deps.playlists;
    this.blobs = deps.blobs;
    this.images = deps.images;
    this.videos = deps.videos;
    this.renditions = deps.renditions;
    this.manifests = deps.manifests;
    this.clock = deps.clock;
    this.maxBytes = deps.maxBytes;
  }

  /** The media library: shared, so every signed-in reader sees all of it. */
  list(actor: Principal, limit: number, offset: number): Promise<Page<Asset>> {
    this.access.assertCan(actor, 'read');
    return this.repos.assets.list(limit, offset);
  }

  get(actor: Principal, id: string): Promise<Asset> {
    this.access.assertCan(actor, 'read');
    return this.find(id);
  }

  private async find(id: string): Promise<Asset> {
    const asset = await this.repos.assets.get(id);
    if (!asset) throw new NotFoundError(`asset "${id}" does not exist`);
    return asset;
  }

  /**
   * Stores uploaded bytes (deduplicated by sha256) and records an asset for them. The bytes are recognised
   * by content and checked before they enter the store: image headers (pixel limit), then one full decode
   * into the console thumbnail (corrupt or truncated pixels are refused); video containers (duration,
   * size, codec).
   */
  async upload(actor: Principal, query: unknown, body: Readable): Promise<Asset> {
    this.access.assertCan(actor, 'content:write');
    const meta = validate<AssetUploadQuery>(
      'asset.json#/$defs/uploadQuery',
      normalizeText({ ...(query as object) }),
    );
    if (meta.id && (await this.repos.assets.get(meta.id)))
      throw new ConflictError(`asset "${meta.id}" already exists`, '/id', { reason: 'taken' });
    const blob = await this.blobs.write(body, {
      maxBytes: this.maxBytes,
      inspect: (file, head, sha256) => this.inspect(file, head, sha256),
    });
    const { inspected } = blob;
    const poster =
      inspected.type === 'video' ? await this.poster(blob.sha256, inspected.duration) : undefined;
    const now = isoNow(this.clock);
    const owner = ownerScope(actor);
    const asset: Asset = {
      id: meta.id ?? randomUUID(),
      name: meta.name,
      tags: [],
      sha256: blob.sha256,
      size: blob.size,
      ...inspected,
      ...(poster ? { poster } : {}),
      // Who may later rename, retag or delete it: people whose scope covers the uploader's.
      ...(owner ? { owner } : {}),
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.repos.assets.insert(asset);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`asset "${asset.id}" already exists`, '/id', { reason: 'taken' });
      throw error;
    }
    await this.audit.record(actor, {
      action: 'asset.create',
      entity: 'asset',
      entityId: asset.id,
      detail: { after: asset },
      scope: asset.owner,
    });
    return asset;
  }

  private async inspect(file: string, head: Buffer, sha256: string): Promise<Inspected> {
    const kind = sniffMedia(head);
    if (!kind) {
      throw unsupported(
        markupRefusal(head) ??
          'the upload is not a supported image (JPEG, PNG, WebP, GIF) or video (MP4, WebM)',
      );
    }
    if (kind.type === 'image') {
      const size = await this.images.probe(file);
      // A full decode before the bytes enter the store: pixel data that is corrupt or truncated is refused
      // now, not at publish time, and the console has its thumbnail at once.
      await this.renditions.ensure(sha256, THUMBNAIL, file);
      return { ...kind, ...size };
    }
    let facts: VideoFacts;
    try {
      facts = await this.videos.probe(file);
    } catch (error) {
      if (error instanceof VideoProbeError)
        throw unsupported(`the upload is not a playable video: ${error.message}`);
      throw error;
    }
    if (!PLAYABLE_CODECS[facts.container].includes(facts.codec)) {
      throw unsupported(
        `the video codec "${facts.codec}" is not one the players decode ` +
          `(MP4: H.264, AV1 or VP9; WebM: VP8, VP9 or AV1)`,
      );
    }
    return {
      ...kind,
      width: facts.width,
      height: facts.height,
      codec: facts.codec,
      ...(facts.durationSeconds === null
        ? {}
        : { duration: Math.round(facts.durationSeconds * 1000) / 1000 }),
    };
  }

  // A frame a second in (or mid-clip for shorter ones), when the controller has ffmpeg.
  private async poster(sha256: string, duration: number | undefined): Promise<AssetPoster> {
    if (!this.videos.ffmpeg) {
      return {
        status: 'unavailable',
        reason:
          'no ffmpeg on the controller: poster frames are made only where ffmpeg is installed (FFMPEG_PATH)',
      };
    }
    try {
      const frame = await this.videos.frame(this.blobs.localPath(sha256), Math.min(1, (duration ?? 0) / 2));
      if (!frame) throw new Error('no frame');
      const still = await this.images.toWebp(frame);
      return { status: 'made', sha256: (await this.blobs.put(still.data)).sha256 };
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { status: 'unavailable', reason: `ffmpeg could not read a frame: ${why}` };
    }
  }

  /** Renames or retags an asset; its bytes never change (upload a new asset for new bytes). */
  async update(actor: Principal, id: string, body: unknown): Promise<Asset> {
    const existing = await this.writable(actor, id);
    const input = validate<AssetInput>('asset.json', normalizeText(body));
    const updated: Asset = {
      ...existing,
      name: input.name,
      tags: input.tags ?? [],
      updatedAt: isoNow(this.clock),
    };
    await this.repos.assets.update(updated);
    await this.audit.record(actor, {
      action: 'asset.update',
      entity: 'asset',
      entityId: id,
      detail: { before: existing, after: updated },
      scope: existing.owner,
    });
    return updated;
  }

  /** The asset, once the principal may change it: content:write, and a scope covering its uploader's. */
  private async writable(actor: Principal, id: string): Promise<Asset> {
    this.access.assertCan(actor, 'content:write');
    const existing = await this.find(id);
    if (!(await this.access.covers(actor, existing.owner ?? { global: true })))
      throw new ForbiddenError(
        existing.owner
          ? `asset "${id}" belongs to another scope: only people whose scope covers its uploader's may change it`
          : `asset "${id}" is national: only a user with national scope may change it`,
        undefined,
        { reason: existing.owner ? 'outside_scope' : 'national_only' },
      );
    return existing;
  }

  /** Forgets an asset; its blobs stay until the garbage collector finds them unreferenced. */
  async remove(actor: Principal, id: string): Promise<void> {
    const existing = await this.writable(actor, id);
    const users = new Set(
      (await this.playlists())
        .filter((p) => p.items.some((i) => (i.type === 'image' || i.type === 'video') && i.assetId === id))
        .map((p) => `"${p.id}"`),
    );
    if (users.size > 0) {
      throw new ConflictError(
        `asset "${id}" is still used by playlists ${[...users].join(', ')}`,
        undefined,
        {
          reason: 'in_use',
          params: { by: 'playlist', ids: [...users].map((u) => u.slice(1, -1)) },
        },
      );
    }
    await this.repos.assets.delete(id);
    await this.audit.record(actor, {
      action: 'asset.delete',
      entity: 'asset',
      entityId: id,
      detail: { before: existing },
      scope: existing.owner,
    });
  }

  /** The console thumbnail of an asset (WebP within 320×320): of the image, or of a video's poster. */
  async thumbnail(actor: Principal, id: string): Promise<MediaFile> {
    const asset = await this.get(actor, id);
    const source =
      asset.type === 'image'
        ? asset.sha256
        : asset.poster?.status === 'made'
          ? asset.poster.sha256
          : undefined;
    if (!source) {
      const why = asset.poster?.status === 'unavailable' ? asset.poster.reason : 'no poster frame';
      throw new DomainError('no_thumbnail', 404, `video "${id}" has no thumbnail: ${why}`);
    }
    const r = await this.renditions.ensure(source, THUMBNAIL);
    return { path: this.blobs.localPath(r.sha256), mime: r.mime, sha256: r.sha256 };
  }

  /** The blob a principal may read (NotFound/Forbidden otherwise), with its media type sniffed from its bytes. */
  async media(sha256: string, principal: MediaPrincipal): Promise<MediaFile> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new NotFoundError('no such media');
    if (principal.kind === 'device') {
      const state = await this.manifests.state(principal.screenId);
      const manifest = state?.currentVersion ? await this.manifests.get(state.currentVersion) : undefined;
      const listed = manifest && Object.values(manifest.assets).some((a) => a?.sha256 === sha256);
      if (!listed) throw new ForbiddenError("this media is not in the screen's manifest");
    }
    const head = await this.blobs.head(sha256);
    if (!head) throw new NotFoundError('no such media');
    return {
      path: this.blobs.localPath(sha256),
      sha256,
      mime: sniffMedia(head)?.mime ?? 'application/octet-stream',
    };
  }
}
