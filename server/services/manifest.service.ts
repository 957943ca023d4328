import type { Logger } from 'pino';
import type { GateCalendar, Manifest, ManifestAckReply, ScreenConfig } from '../../schemas/types.ts';
import type { Gate, Message, Playlist, Schedule, Screen } from '../domain/entities.ts';
import { NotFoundError } from '../domain/errors.ts';
import {
  audienceKey,
  manifestFor,
  renditionNeeds,
  screenConfig,
  timelineFor,
  type ContentSnapshot,
} from '../domain/manifest.builder.ts';
import type { ApprovalRepository } from '../repositories/approval.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import type { ManifestRepository, ScreenState } from '../repositories/manifest.repository.ts';
import type { ScreenBroadcaster } from './broadcaster.ts';
import type { ChangeListener } from './entity.service.ts';
import type { Principal } from '../domain/access.ts';
import type { AccessPolicy } from './access.service.ts';
import type { RenditionService } from './rendition.service.ts';
import { WriteBatcher } from './write.batcher.ts';

/** Where the approved calendars of gates are read (GateCalendarRepository). */
export interface GateCalendars {
  approvedCalendars(): Promise<ReadonlyMap<string, GateCalendar>>;
  approvedCalendar(gateId: string): Promise<GateCalendar | undefined>;
}

export interface PublishResult {
  /** Distinct manifests compiled (one per audience). */
  compiled: number;
  /** Screens whose current manifest changed and were pushed. */
  pushed: number;
}

/**
 * Publishing: turns the stored content into one manifest per audience, stores it, and pushes it to the
 * screens whose manifest changed. Runs one at a time, so concurrent edits never interleave their writes.
 */
export class ManifestService implements ChangeListener {
  private readonly access: AccessPolicy;
  private readonly repos: EntityRepositories;
  private readonly approved: Pick<ApprovalRepository, 'approvedDocuments'>;
  private readonly manifests: ManifestRepository;
  private readonly broadcaster: ScreenBroadcaster;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly horizonDays: number;
  private readonly renditions: Pick<RenditionService, 'forManifest'>;
  private readonly calendars: GateCalendars | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly sentConfig = new Map<string, string>();
  private readonly movedListeners: ((screenId: string, gateId: string) => void)[] = [];
  private readonly appliedListeners: ((screenId: string) => void)[] = [];
  /** When each screen was last sent a version it has not acknowledged yet (for the publish-to-ack latency). */
  private readonly awaitingAck = new Map<string, { version: string; at: number }>();
  private readonly metrics: { publishAcked(ms: number): void } | undefined;
  /** Players' acks, stored a batch per transaction; each resolves with its screen's current version. */
  private readonly applied: WriteBatcher<{ version: string; at: string }, string | null>;

  constructor(deps: {
    repos: EntityRepositories;
    /** Messages, playlists and schedules reach manifests only in their approved version. */
    approved: Pick<ApprovalRepository, 'approvedDocuments'>;
    manifests: ManifestRepository;
    broadcaster: ScreenBroadcaster;
    clock: Clock;
    log: Logger;
    horizonDays: number;
    /** Makes the image renditions a manifest lists, before it is pushed. */
    renditions: Pick<RenditionService, 'forManifest'>;
    /** The gates' approved calendars, which the screens' configs carry (none: no calendar). */
    calendars?: GateCalendars;
    /** Where the publish-to-ack latency is reported. */
    metrics?: { publishAcked(ms: number): void };
    /** How long an ack waits for others before they are stored together (default 20 ms). */
    ackFlushMs?: number;
    access: AccessPolicy;
  }) {
    this.access = deps.access;
    this.renditions = deps.renditions;
    this.calendars = deps.calendars;
    this.metrics = deps.metrics;
    this.repos = deps.repos;
    this.approved = deps.approved;
    this.manifests = deps.manifests;
    this.broadcaster = deps.broadcaster;
    this.clock = deps.clock;
    this.log = deps.log;
    this.horizonDays = deps.horizonDays;
    this.applied = new WriteBatcher({
      name: 'manifest acks',
      log: deps.log,
      options: { flushMs: deps.ackFlushMs ?? 20, maxSize: 500, maxAttempts: 3 },
      write: (acks) =>
        this.manifests.setApplied(
          [...acks].map(([screenId, a]) => ({ screenId, version: a.version, at: a.at })),
        ),
    });
  }

  async changed(noun: string, id: string): Promise<void> {
    const result = await this.publish();
    this.log.info({ noun, id, ...result }, 'content changed, manifests republished');
  }

  /** Recompiles every audience and pushes what changed. Serialised behind any publish in progress. */
  publish(): Promise<PublishResult> {
    const run = this.queue.then(() => this.publishNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async publishNow(): Promise<PublishResult> {
    const now = this.clock.now();
    const [gates, screens, schedules, playlists, messages, assets, states, calendars] = await Promise.all([
      this.repos.gates.all(),
      this.repos.screens.all(),
      this.approved.approvedDocuments<Schedule>('schedule'),
      this.approved.approvedDocuments<Playlist>('playlist'),
      this.approved.approvedDocuments<Message>('message'),
      this.repos.assets.all(),
      this.manifests.states(),
      this.calendars?.approvedCalendars() ?? new Map<string, GateCalendar>(),
    ]);
    const gateById = new Map(gates.map((g) => [g.id, g]));
    const content: ContentSnapshot = {
      schedules,
      playlists: new Map(playlists.map((p) => [p.id, p])),
      messages: new Map(messages.map((m) => [m.id, m])),
      assets: new Map(assets.map((a) => [a.id, a])),
    };
    const current = new Map(states.map((s) => [s.screenId, s.currentVersion]));

    const audiences = new Map<string, { gate: Gate; screens: Screen[] }>();
    for (const screen of screens) {
      const gate = gateById.get(screen.gateId);
      if (!gate) continue;
      const key = audienceKey(screen, gate, schedules);
      const audience = audiences.get(key) ?? { gate, screens: [] };
      audience.screens.push(screen);
      audiences.set(key, audience);
      this.pushConfigIfChanged(screenConfig(screen, gate, calendars.get(gate.id)));
    }

    let pushed = 0;
    for (const { gate, screens: members } of audiences.values()) {
      const first = members[0];
      if (!first) continue;
      // The renditions exist before the manifest is pushed, so players can download at once.
      const timeline = timelineFor(first, gate, content, now, this.horizonDays);
      const renditions = await this.renditions.forManifest(renditionNeeds(timeline, first, content.assets));
      const manifest = manifestFor(first, gate, { ...content, renditions }, now, this.horizonDays, timeline);
      const stale = members.filter((s) => current.get(s.id) !== manifest.version).map((s) => s.id);
      if (stale.length === 0) continue;
      await this.manifests.save(manifest, isoNow(this.clock));
      await this.manifests.setCurrent(stale, manifest.version, isoNow(this.clock));
      this.broadcaster.manifest(stale, manifest);
      const at = this.clock.now();
      for (const id of stale) this.awaitingAck.set(id, { version: manifest.version, at });
      pushed += stale.length;
    }
    return { compiled: audiences.size, pushed };
  }

  private pushConfigIfChanged(config: ScreenConfig): void {
    const text = JSON.stringify(config);
    const before = this.sentConfig.get(config.screenId);
    if (before === text) return;
    this.sentConfig.set(config.screenId, text);
    this.broadcaster.config(config.screenId, config);
    const movedFrom = before === undefined ? undefined : (JSON.parse(before) as ScreenConfig).gate.id;
    if (movedFrom !== undefined && movedFrom !== config.gate.id)
      for (const listener of this.movedListeners) listener(config.screenId, config.gate.id);
  }

  /** Registers a listener for a screen moved to another gate (its players then need that gate's values). */
  onScreenMoved(listener: (screenId: string, gateId: string) => void): void {
    this.movedListeners.push(listener);
  }

  /** What a player gets on connecting: its screen's config and current manifest (if one was compiled). */
  async forScreen(screenId: string): Promise<{ config: ScreenConfig; manifest: Manifest | undefined }> {
    const screen = await this.repos.screens.get(screenId);
    if (!screen) throw new NotFoundError(`screen "${screenId}" does not exist`);
    const gate = await this.repos.gates.get(screen.gateId);
    if (!gate) throw new NotFoundError(`gate "${screen.gateId}" does not exist`);
    const state = await this.manifests.state(screenId);
    const manifest = state?.currentVersion ? await this.manifests.get(state.currentVersion) : undefined;
    const calendar = await this.calendars?.approvedCalendar(gate.id);
    return { config: screenConfig(screen, gate, calendar), manifest };
  }

  /**
   * Records the manifest version a player reports it has applied: only a version its own screen was sent
   * (one that does not exist, or went to other screens only, is refused alike and changes nothing).
   */
  async recordApplied(screenId: string, version: string): Promise<ManifestAckReply> {
    const notSent = () =>
      new NotFoundError(`manifest version "${version}" was not sent to this screen`, '/version');
    if (!(await this.manifests.get(version))) throw notSent();
    // Stored with the other acks of the same moment; the reply waits until it is durable. The write leaves
    // out an ack of a version the screen was never sent (undefined here).
    const current = await this.applied.add(screenId, { version, at: isoNow(this.clock) });
    if (current === undefined) throw notSent();
    const awaited = this.awaitingAck.get(screenId);
    if (awaited?.version === version) {
      this.awaitingAck.delete(screenId);
      this.metrics?.publishAcked(this.clock.now() - awaited.at);
    }
    for (const listener of this.appliedListeners) listener(screenId);
    return { version, current: current === version };
  }

  /** Stores the acks still waiting (at shutdown, before the database closes). */
  close(): Promise<void> {
    return this.applied.close();
  }

  /** Calls `listener` each time a screen reports a manifest version applied (the console watches it live). */
  onApplied(listener: (screenId: string) => void): void {
    this.appliedListeners.push(listener);
  }

  /** Current and applied manifest of a screen. */
  /** Where a screen stands (current and applied manifest, connected), for someone who may read it. */
  async screenStatus(actor: Principal, screenId: string): Promise<ScreenState & { connected: boolean }> {
    await this.access.screen(actor, screenId, 'read');
    return this.status(screenId);
  }

  /** The manifest a screen was last sent (null before the first), for someone who may read the screen. */
  async screenManifest(actor: Principal, screenId: string): Promise<Manifest | null> {
    await this.access.screen(actor, screenId, 'read');
    return (await this.forScreen(screenId)).manifest ?? null;
  }

  async status(screenId: string): Promise<ScreenState & { connected: boolean }> {
    if (!(await this.repos.screens.get(screenId)))
      throw new NotFoundError(`screen "${screenId}" does not exist`);
    const state = await this.manifests.state(screenId);
    return {
      screenId,
      currentVersion: state?.currentVersion ?? null,
      appliedVersion: state?.appliedVersion ?? null,
      appliedAt: state?.appliedAt ?? null,
      connected: await this.broadcaster.isConnected(screenId),
    };
  }
}
