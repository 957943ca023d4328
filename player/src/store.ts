// What a player needs to start without the controller: its screen's config, the manifest it last played, its
// live values and the last measured clock offset. Kept in IndexedDB (a week of schedule can outgrow localStorage), under
// a fingerprint of the device token, so that a player paired again as another screen forgets the old one.
import type { DataValue, Manifest, ScreenConfig } from '../../schemas/types.ts';

/** What survives a reload. */
export interface SavedState {
  config?: ScreenConfig;
  manifest?: Manifest;
  /** Server clock minus local clock (ms), as last measured. */
  offset?: number;
  /** The live values last received (each with the time it was observed: staleness holds offline). */
  data?: DataValue[];
}

/** One saved part of the state, and the token that saved it. */
interface Row {
  key: string;
  owner: string;
  value: unknown;
}

const dbName = 'gatecast-player';
const storeName = 'state';

/** The player's saved state; every method works (and keeps nothing) where IndexedDB is unavailable. */
export class PlayerStore {
  private readonly owner: string;
  private readonly db: Promise<IDBDatabase | null>;

  constructor(token: string) {
    this.owner = fingerprint(token);
    this.db = open().catch((err: unknown) => {
      console.warn('IndexedDB unavailable: the player will not start without the controller', err);
      return null;
    });
  }

  /** Everything saved by this device token. */
  async load(): Promise<SavedState> {
    const db = await this.db;
    if (!db) return {};
    const all = db.transaction(storeName).objectStore(storeName).getAll() as IDBRequest<Row[]>;
    const rows = await request(all).catch(() => []);
    const state: Record<string, unknown> = {};
    for (const row of rows) if (row.owner === this.owner) state[row.key] = row.value;
    return state;
  }

  /** Saves one part of the state (best effort: a full disk must not stop playback). */
  async save<K extends keyof SavedState>(key: K, value: NonNullable<SavedState[K]>): Promise<void> {
    const db = await this.db;
    if (!db) return;
    try {
      const tx = db.transaction(storeName, 'readwrite');
      tx.objectStore(storeName).put({ key, owner: this.owner, value });
      await done(tx);
    } catch (err) {
      console.warn(`could not save the ${key}`, err);
    }
  }
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(dbName, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(storeName, { keyPath: 'key' });
  };
  return request(req);
}

/** An IndexedDB request as a promise. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

/** Resolves when an IndexedDB transaction commits; rejects if it fails or aborts. */
export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = tx.onabort = () => {
      reject(tx.error ?? new Error('IndexedDB transaction failed'));
    };
  });
}

/** FNV-1a of the token: tells tokens apart without keeping the secret a second time. */
function fingerprint(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
