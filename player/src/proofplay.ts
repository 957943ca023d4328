// Proof of play: one record per item shown (from when it appeared until it left), kept in IndexedDB until
// the controller acks the batch that carried it, so nothing is lost across reloads, crashes or days offline.
// Each record has its own id (a UUID made here), so a batch resent after a lost ack is stored once.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Manifest, OnScreen, PlayRecord } from '../../schemas/types.ts';
import type { Slot } from '../../shared/timeline.ts';
import type { ServerClock } from './clock.ts';

interface PlayDb extends DBSchema {
  records: { key: string; value: PlayRecord; indexes: { start: number } };
}

const openKey = 'gatecast.play.open';
/** The open record's end is saved this often, so a crash loses at most this much of one item. */
const aliveEveryMs = 5_000;

/** The queue of unacknowledged records on disk (IndexedDB; in memory where it is unavailable). */
export class PlayQueue {
  private readonly db: Promise<IDBPDatabase<PlayDb> | null>;
  private readonly memory = new Map<string, PlayRecord>();

  constructor(name = 'gatecast-proof-of-play') {
    this.db = openDB<PlayDb>(name, 1, {
      upgrade(db) {
        db.createObjectStore('records', { keyPath: 'id' }).createIndex('start', 'start');
      },
    }).catch((err: unknown) => {
      console.warn('IndexedDB unavailable: proof of play is kept in memory only', err);
      return null;
    });
  }

  /** Adds (or, with the same id, replaces) a record. */
  async add(record: PlayRecord): Promise<void> {
    const db = await this.db;
    if (db) await db.put('records', record);
    else this.memory.set(record.id, record);
  }

  /** The oldest records, at most `limit`. */
  async oldest(limit: number): Promise<PlayRecord[]> {
    const db = await this.db;
    if (!db) return [...this.memory.values()].sort((a, b) => a.start - b.start).slice(0, limit);
    return db.getAllFromIndex('records', 'start', null, limit);
  }

  /** Deletes acknowledged records, in one transaction. */
  async delete(ids: readonly string[]): Promise<void> {
    const db = await this.db;
    if (!db) {
      for (const id of ids) this.memory.delete(id);
      return;
    }
    const tx = db.transaction('records', 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  }

  async count(): Promise<number> {
    const db = await this.db;
    return db ? db.count('records') : this.memory.size;
  }
}

/** A UUID (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40; // version 4
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type Playing = Pick<PlayRecord, 'type' | 'playlistId' | 'messageId' | 'assetId' | 'lang' | 'manifestVersion'>;

/**
 * Turns what Playback puts on the stage into records. An item covered by a blackout, an emergency or the
 * test pattern is not on screen: its record ends when the cover comes and a new one starts when it goes.
 */
export class PlayLog {
  private readonly queue: PlayQueue;
  private readonly clock: ServerClock;
  private playing: Playing | null = null;
  private open: PlayRecord | null = null;
  private covered = false;
  private key: string | null = null;
  private writes: Promise<void> = Promise.resolve();
  /** Records made by this page (for diagnostics: window.__gatecastPlays). */
  readonly made: string[] = [];

  constructor(queue: PlayQueue, clock: ServerClock) {
    this.queue = queue;
    this.clock = clock;
    // A record left open by a crash or reload ends where it was last known to be on screen.
    const saved = localStorage.getItem(openKey);
    if (saved) {
      try {
        const record = JSON.parse(saved) as PlayRecord;
        if (record.end > record.start) this.enqueue(record);
      } catch {
        // Unreadable: nothing to recover.
      }
      localStorage.removeItem(openKey);
    }
    setInterval(() => {
      this.keepAlive();
    }, aliveEveryMs);
    addEventListener('pagehide', () => {
      this.keepAlive();
    });
  }

  /** Playback put a slot on the stage (the same key again is a redraw of the same item, not a new play). */
  shown(slot: Slot, manifest: Manifest | null, key: string): void {
    if (key === this.key) return;
    this.key = key;
    this.close();
    this.playing =
      slot.kind === 'entry'
        ? {
            type: slot.entry.type,
            playlistId: slot.entry.playlistId,
            ...(slot.entry.messageId ? { messageId: slot.entry.messageId } : {}),
            ...(slot.entry.assetId ? { assetId: slot.entry.assetId } : {}),
            ...(slot.entry.lang ? { lang: slot.entry.lang } : {}),
            ...(manifest ? { manifestVersion: manifest.version } : {}),
          }
        : null;
    if (!this.covered) this.begin();
  }

  /** Something covers the schedule (blackout, emergency, test pattern), or stopped covering it. */
  setCovered(covered: boolean): void {
    if (covered === this.covered) return;
    this.covered = covered;
    if (covered) this.close();
    else this.begin();
  }

  /** What the schedule shows now (for the heartbeat). */
  onScreen(): OnScreen {
    if (!this.playing || !this.open) return { type: 'idle' };
    const { type, playlistId, messageId, assetId, lang } = this.playing;
    return {
      type,
      ...(playlistId ? { playlistId } : {}),
      ...(messageId ? { messageId } : {}),
      ...(assetId ? { assetId } : {}),
      ...(lang ? { lang } : {}),
      since: this.open.start,
    };
  }

  /** Records not acknowledged yet. */
  pending(): Promise<number> {
    return this.queue.count();
  }

  private now(): number {
    return Math.max(0, Math.round(this.clock.now()));
  }

  private begin(): void {
    if (!this.playing || this.open) return;
    const start = this.now();
    this.open = { id: uuid(), ...this.playing, start, end: start, clockTrusted: this.clock.clockTrusted() };
    this.keepAlive();
  }

  private close(): void {
    const record = this.open;
    this.open = null;
    localStorage.removeItem(openKey);
    if (!record) return;
    const end = this.now();
    if (end > record.start) this.enqueue({ ...record, end });
  }

  private keepAlive(): void {
    if (!this.open) return;
    this.open.end = this.now();
    localStorage.setItem(openKey, JSON.stringify(this.open));
  }

  private enqueue(record: PlayRecord): void {
    this.made.push(record.id);
    this.writes = this.writes
      .then(() => this.queue.add(record))
      .catch((err: unknown) => {
        console.error('proof of play: could not keep a record', err);
      });
  }
}

/** Reports to the log whether something covers the schedule, watching the stage's layers. */
export function watchCover(stage: HTMLElement, isCovered: () => boolean, log: PlayLog): void {
  const check = () => {
    log.setCovered(isCovered());
  };
  new MutationObserver(check).observe(stage, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['hidden', 'data-override'],
  });
  check();
}
