import type { Logger } from 'pino';
import type { Heartbeat, HeartbeatMinute, HeartbeatReply, ScreenHeartbeat } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import type { AccessPolicy } from './access.service.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { HeartbeatRepository, MinuteWrite } from '../repositories/heartbeat.repository.ts';
import { FlushScheduler } from './flush.scheduler.ts';

/** Told of every heartbeat as it arrives (the status model and the console listen here). */
export type HeartbeatListener = (received: ScreenHeartbeat) => void;

export interface HeartbeatOptions {
  /** How often players send one (HEARTBEAT_SECONDS). */
  intervalSeconds: number;
  /** How long heartbeats wait in memory before one transaction writes them all. */
  flushMs: number;
  /** A flush starts early once this many screen-minutes are waiting. */
  batchSize: number;
}

/**
 * Heartbeat ingestion. A heartbeat is answered from memory: the latest per screen is kept here, and the
 * buffered heartbeats are written by one transaction per flush (every flushMs, or sooner when batchSize
 * screen-minutes wait), coalesced per screen and minute. No heartbeat writes on its own.
 */
export class HeartbeatService {
  private readonly access: AccessPolicy;
  private readonly repo: HeartbeatRepository;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly options: HeartbeatOptions;
  private readonly latestByScreen = new Map<string, ScreenHeartbeat>();
  private pendingLatest = new Map<string, ScreenHeartbeat>();
  private pendingMinutes = new Map<string, MinuteWrite>();
  private readonly listeners = new Set<HeartbeatListener>();
  private readonly scheduler: FlushScheduler;
  private received = 0;

  constructor(deps: {
    repo: HeartbeatRepository;
    clock: Clock;
    log: Logger;
    options: HeartbeatOptions;
    access: AccessPolicy;
  }) {
    this.access = deps.access;
    this.repo = deps.repo;
    this.clock = deps.clock;
    this.log = deps.log;
    this.options = deps.options;
    this.scheduler = new FlushScheduler(() => this.write(), deps.options.flushMs);
  }

  get intervalSeconds(): number {
    return this.options.intervalSeconds;
  }

  /** Takes one (validated) heartbeat of a screen; answers at once, the write follows with the next flush. */
  ingest(screenId: string, heartbeat: Heartbeat): HeartbeatReply {
    const receivedAt = this.clock.now();
    const received: ScreenHeartbeat = {
      screenId,
      receivedAt,
      intervalSeconds: this.options.intervalSeconds,
      heartbeat,
    };
    this.received += 1;
    this.latestByScreen.set(screenId, received);
    this.pendingLatest.set(screenId, received);
    const minute = new Date(receivedAt - (receivedAt % 60_000)).toISOString();
    const key = `${screenId}|${minute}`;
    const slot = this.pendingMinutes.get(key);
    if (slot) {
      slot.heartbeats += 1;
      slot.last = heartbeat;
    } else {
      this.pendingMinutes.set(key, { screenId, minute, heartbeats: 1, last: heartbeat });
    }
    if (this.scheduler.closed) return { receivedAt, intervalSeconds: this.options.intervalSeconds };
    if (this.pendingMinutes.size >= this.options.batchSize) void this.flush();
    else this.scheduler.later();
    for (const listener of this.listeners) {
      try {
        listener(received);
      } catch (err) {
        this.log.error({ err, screenId }, 'heartbeat listener failed');
      }
    }
    return { receivedAt, intervalSeconds: this.options.intervalSeconds };
  }

  /** A screen's latest heartbeat: from memory when this process received it, else from the database. */
  /** A screen's latest heartbeat, for someone who may read the screen. */
  async latest(actor: Principal, screenId: string): Promise<ScreenHeartbeat | null> {
    await this.access.screen(actor, screenId, 'read');
    return this.latestOf(screenId);
  }

  /** A screen's latest heartbeat (the controller's own use: status model, console pushes). */
  async latestOf(screenId: string): Promise<ScreenHeartbeat | null> {
    return this.latestByScreen.get(screenId) ?? (await this.repo.latest(screenId)) ?? null;
  }

  /** A screen's per-minute history in [from, until) (default: the 24 hours before until, or now). */
  async history(
    actor: Principal,
    screenId: string,
    period: { from?: string | undefined; until?: string | undefined },
  ): Promise<HeartbeatMinute[]> {
    await this.access.screen(actor, screenId, 'read');
    const until = period.until ? new Date(period.until) : new Date(this.clock.now());
    const from = period.from ? new Date(period.from) : new Date(until.getTime() - 24 * 3_600_000);
    return this.repo.history(screenId, from.toISOString(), until.toISOString());
  }

  /** Listens to every heartbeat received; returns the function that stops listening. */
  onHeartbeat(listener: HeartbeatListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Counts for monitoring and tests: heartbeats received, transactions written. */
  stats(): { received: number; transactions: number; pending: number } {
    return {
      received: this.received,
      transactions: this.repo.transactions,
      pending: this.pendingMinutes.size,
    };
  }

  /** Writes what is buffered now (also at shutdown); flushes never overlap. */
  flush(): Promise<void> {
    return this.scheduler.now();
  }

  /** Writes what is buffered and stops the timer (at shutdown, before the database closes). */
  close(): Promise<void> {
    return this.scheduler.close();
  }

  private async write(): Promise<void> {
    if (this.pendingMinutes.size === 0 && this.pendingLatest.size === 0) return;
    const latest = this.pendingLatest;
    const minutes = this.pendingMinutes;
    this.pendingLatest = new Map();
    this.pendingMinutes = new Map();
    try {
      await this.repo.writeBatch([...latest.values()], [...minutes.values()]);
    } catch (err) {
      this.log.error({ err, screens: latest.size }, 'heartbeat flush failed; retrying with the next one');
      // Put them back under anything newer that arrived meanwhile, and try again later.
      for (const [id, l] of latest) if (!this.pendingLatest.has(id)) this.pendingLatest.set(id, l);
      for (const [key, m] of minutes) {
        const newer = this.pendingMinutes.get(key);
        if (newer) newer.heartbeats += m.heartbeats;
        else this.pendingMinutes.set(key, m);
      }
      this.scheduler.later();
    }
  }
}
