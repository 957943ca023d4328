// The bytes of unfinished downloads, so that a retry (or, on disk, a reload) asks only for the rest. Kept
// in IndexedDB as blobs of a few MB each (Chromium keeps them on disk, not in memory), in their own
// database: the player's state (store.ts) is small and read whole at start. Where IndexedDB does not open,
// or the media itself is kept in memory (no Cache API), the parts are blobs in memory for the page's life.
import type { Progress } from './download.resume.ts';
import { done, request } from './store.ts';

const dbName = 'gatecast-downloads';
const progressStore = 'progress';
const chunkStore = 'chunks';

/** How far a download got, by sha256. */
interface ProgressRow extends Progress {
  sha256: string;
}

/** One part of a download: the bytes from `offset`. */
interface ChunkRow {
  sha256: string;
  offset: number;
  blob: Blob;
}

/** The parts of unfinished downloads, by sha256 of the file. */
export class PartialStore {
  private readonly db: Promise<IDBDatabase | null>;
  private readonly memory = new Map<string, Progress & { parts: Blob[] }>();

  constructor(onDisk: boolean) {
    this.db = onDisk
      ? open().catch((err: unknown) => {
          console.warn('IndexedDB unavailable: interrupted downloads resume only until a reload', err);
          return null;
        })
      : Promise.resolve(null);
  }

  /** How many bytes of a file are kept, and the validator of the response they came from. */
  async progress(sha256: string): Promise<Progress> {
    const db = await this.db;
    const none = { bytes: 0, validator: null };
    if (!db) {
      const kept = this.memory.get(sha256);
      return kept ? { bytes: kept.bytes, validator: kept.validator } : none;
    }
    const tx = db.transaction(progressStore);
    const row = (await request(tx.objectStore(progressStore).get(sha256))) as ProgressRow | undefined;
    return row ? { bytes: row.bytes, validator: row.validator } : none;
  }

  /** Keeps the bytes from `offset`, which must be where the kept ones stop. */
  async append(sha256: string, offset: number, blob: Blob, validator: string | null): Promise<void> {
    const db = await this.db;
    if (!db) {
      const kept = this.memory.get(sha256) ?? { bytes: 0, validator, parts: [] };
      if (kept.bytes !== offset)
        throw new Error(`partial ${sha256}: ${kept.bytes} bytes kept, not ${offset}`);
      this.memory.set(sha256, { bytes: offset + blob.size, validator, parts: [...kept.parts, blob] });
      return;
    }
    // One transaction: the progress row never counts bytes that are not there.
    const tx = db.transaction([progressStore, chunkStore], 'readwrite');
    const progress = tx.objectStore(progressStore);
    const row = (await request(progress.get(sha256))) as ProgressRow | undefined;
    if ((row?.bytes ?? 0) !== offset) {
      tx.abort();
      throw new Error(`partial ${sha256}: ${row?.bytes ?? 0} bytes kept, not ${offset}`);
    }
    tx.objectStore(chunkStore).put({ sha256, offset, blob } satisfies ChunkRow);
    progress.put({ sha256, bytes: offset + blob.size, validator } satisfies ProgressRow);
    await done(tx);
  }

  /** The kept parts of a file, in order (blobs backed by disk where the store is). */
  async parts(sha256: string): Promise<Blob[]> {
    const db = await this.db;
    if (!db) return this.memory.get(sha256)?.parts ?? [];
    const all = db.transaction(chunkStore).objectStore(chunkStore).getAll(rangeOf(sha256));
    return ((await request(all)) as ChunkRow[]).map((row) => row.blob);
  }

  /** Forgets what was kept of a file. */
  async discard(sha256: string): Promise<void> {
    const db = await this.db;
    if (!db) {
      this.memory.delete(sha256);
      return;
    }
    const tx = db.transaction([progressStore, chunkStore], 'readwrite');
    tx.objectStore(progressStore).delete(sha256);
    tx.objectStore(chunkStore).delete(rangeOf(sha256));
    await done(tx);
  }

  /** Forgets the unfinished downloads of every file but those given. */
  async retainOnly(keep: Set<string>): Promise<void> {
    const db = await this.db;
    if (!db) {
      for (const sha256 of this.memory.keys()) if (!keep.has(sha256)) this.memory.delete(sha256);
      return;
    }
    const keys = db.transaction(chunkStore).objectStore(chunkStore).getAllKeys();
    const stale = new Set<string>();
    for (const key of await request(keys)) {
      const sha256 = (key as [string, number])[0];
      if (!keep.has(sha256)) stale.add(sha256);
    }
    const rows = db.transaction(progressStore).objectStore(progressStore).getAllKeys();
    for (const key of await request(rows)) if (!keep.has(key as string)) stale.add(key as string);
    for (const sha256 of stale) await this.discard(sha256);
  }
}

/** Every chunk key of one file: [sha256, offset] for any offset. */
function rangeOf(sha256: string): IDBKeyRange {
  return IDBKeyRange.bound([sha256, 0], [sha256, Infinity]);
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(dbName, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(progressStore, { keyPath: 'sha256' });
    req.result.createObjectStore(chunkStore, { keyPath: ['sha256', 'offset'] });
  };
  return request(req);
}
