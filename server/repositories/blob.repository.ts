import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError, ValidationError } from '../domain/errors.ts';

export interface StoredBlob {
  sha256: string;
  size: number;
}

/** A blob as listed by the store, for garbage collection. */
export interface BlobEntry {
  sha256: string;
  size: number;
  /** Epoch ms the blob was last written (a deduplicated rewrite renews it). */
  modifiedAt: number;
}

export interface WriteOptions<T> {
  /** Refuse (413 "too_large") past this many bytes. */
  maxBytes: number;
  /**
   * Looks at the complete bytes before they enter the store (a local file, its first HEAD_BYTES bytes and
   * the sha256 it will be stored under). A throw refuses the write: nothing enters the store. Its result is
   * handed back with the blob.
   */
  inspect?: (file: string, head: Buffer, sha256: string) => Promise<T>;
}

/**
 * Content-addressed blob storage: the bytes of originals, renditions and posters, by sha256.
 * Implementations write atomically (a reader never sees a partial blob) and deduplicate. The local
 * directory is the default; a shared directory or an object store (with a local read-through cache for
 * `localPath`) implements the same interface when several controllers run.
 */
export interface BlobStore {
  /** Streams bytes in; the blob exists only once every byte is written, synced and inspected. */
  write<T = undefined>(source: Readable, options: WriteOptions<T>): Promise<StoredBlob & { inspected: T }>;
  /** Stores bytes already in memory (renditions). */
  put(bytes: Uint8Array): Promise<StoredBlob>;
  exists(sha256: string): Promise<boolean>;
  /** The first bytes of a blob (to recognise its type), or undefined when there is no such blob. */
  head(sha256: string, bytes?: number): Promise<Buffer | undefined>;
  /** A local file with the blob's bytes, for sharp and for sendFile (Range, conditional GET). */
  localPath(sha256: string): string;
  /** Every blob, for garbage collection. */
  list(): AsyncIterable<BlobEntry>;
  /** The blob's entry now, or undefined when it is gone. */
  entry(sha256: string): Promise<BlobEntry | undefined>;
  /**
   * Removes a blob unless it was written at or after `writtenBefore` (epoch ms): an upload of the same bytes
   * racing the collector keeps its blob. True when removed.
   */
  removeIfOlder(sha256: string, writtenBefore: number): Promise<boolean>;
  /** Leftovers of writes that never finished (a crash, a kill), older than `before` (epoch ms); removes them. */
  removeStaleTemporaries(before: number): Promise<number>;
}

const shaPattern = /^[0-9a-f]{64}$/;
/** How many leading bytes a write hands to `inspect`: enough to recognise a type, or an SVG's root element. */
export const HEAD_BYTES = 4096;

/**
 * The local directory store: DATA_DIR/blobs/<first two hex>/<sha256>, written through DATA_DIR/blobs/tmp/
 * (same file system, so the final rename is atomic) and fsynced before the rename.
 */
export class LocalBlobStore implements BlobStore {
  private readonly root: string;
  private readonly tmpDir: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'blobs');
    this.tmpDir = join(this.root, 'tmp');
  }

  localPath(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  async exists(sha256: string): Promise<boolean> {
    return (await this.entry(sha256)) !== undefined;
  }

  async head(sha256: string, bytes = 64): Promise<Buffer | undefined> {
    if (!shaPattern.test(sha256)) return undefined;
    const handle = await open(this.localPath(sha256), 'r').catch(() => undefined);
    if (!handle) return undefined;
    try {
      const buf = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buf, 0, bytes, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async entry(sha256: string): Promise<BlobEntry | undefined> {
    if (!shaPattern.test(sha256)) return undefined;
    const s = await stat(this.localPath(sha256)).catch(() => undefined);
    return s?.isFile() ? { sha256, size: s.size, modifiedAt: s.mtimeMs } : undefined;
  }

  async write<T = undefined>(
    source: Readable,
    options: WriteOptions<T>,
  ): Promise<StoredBlob & { inspected: T }> {
    const { maxBytes } = options;
    await mkdir(this.tmpDir, { recursive: true });
    const tmp = join(this.tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const head: Buffer[] = [];
    let headBytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) {
          const mb = Math.round(maxBytes / 1024 / 1024);
          done(
            new DomainError(
              'too_large',
              413,
              `the upload is larger than the limit of ${mb} MB (MAX_UPLOAD_MB)`,
            ),
          );
          return;
        }
        if (headBytes < HEAD_BYTES) {
          const part = chunk.subarray(0, HEAD_BYTES - headBytes);
          head.push(part);
          headBytes += part.length;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(tmp, { flags: 'wx' }));
      if (size === 0) throw new ValidationError('upload is empty', '/', 'empty_upload');
      await syncFile(tmp);
      const sha256 = hash.digest('hex');
      const inspected = (
        options.inspect ? await options.inspect(tmp, Buffer.concat(head), sha256) : undefined
      ) as T;
      await this.place(tmp, sha256);
      return { sha256, size, inspected };
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async put(bytes: Uint8Array): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await mkdir(this.tmpDir, { recursive: true });
    const tmp = join(this.tmpDir, randomUUID());
    try {
      await writeFile(tmp, bytes, { flag: 'wx', flush: true });
      await this.place(tmp, sha256);
      return { sha256, size: bytes.length };
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async *list(): AsyncIterable<BlobEntry> {
    const prefixes = await readdir(this.root).catch(() => [] as string[]);
    for (const prefix of prefixes.sort()) {
      if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
      for (const name of (await readdir(join(this.root, prefix)).catch(() => [] as string[])).sort()) {
        if (!shaPattern.test(name) || !name.startsWith(prefix)) continue;
        const found = await this.entry(name);
        if (found) yield found;
      }
    }
  }

  // Lock-free, so it holds for several processes on one shared directory too: move the blob aside
  // (atomic), then look at what was moved; a blob rewritten meanwhile is new and goes back.
  async removeIfOlder(sha256: string, writtenBefore: number): Promise<boolean> {
    if (!shaPattern.test(sha256)) return false;
    await mkdir(this.tmpDir, { recursive: true });
    const aside = join(this.tmpDir, `gc-${randomUUID()}`);
    try {
      await rename(this.localPath(sha256), aside);
    } catch {
      return false;
    }
    const s = await stat(aside);
    if (s.mtimeMs >= writtenBefore) {
      await rename(aside, this.localPath(sha256));
      return false;
    }
    await rm(aside, { force: true });
    return true;
  }

  async removeStaleTemporaries(before: number): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.tmpDir).catch(() => [] as string[])) {
      const path = join(this.tmpDir, name);
      const s = await stat(path).catch(() => undefined);
      if (s && s.mtimeMs < before) {
        await rm(path, { force: true, recursive: true });
        removed++;
      }
    }
    return removed;
  }

  // Renaming over an existing blob of the same hash is harmless (same bytes) and renews its mtime, which
  // keeps a blob that was just uploaded again out of the garbage collector's reach.
  private async place(tmp: string, sha256: string): Promise<void> {
    const finalPath = this.localPath(sha256);
    const dir = join(finalPath, '..');
    await mkdir(dir, { recursive: true });
    await rename(tmp, finalPath);
    // The rename itself survives a power cut only once its directory is synced (sites lose power often).
    await syncFile(dir).catch(() => undefined);
  }
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
