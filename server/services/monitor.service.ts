import type { Logger } from 'pino';
import type { ConnectivityChange, FleetScreen, ScreenAlert, ScreenHeartbeat } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import type { ScreenState } from '../repositories/manifest.repository.ts';
import { ForbiddenError } from '../domain/errors.ts';
import type { MetricsRepository } from '../repositories/metrics.repository.ts';
import type { AccessPolicy } from './access.service.ts';
import { inQuietHours, shouldAnnounce, type AlertKind } from '../domain/alert.policy.ts';
import type { Gate, Screen } from '../domain/entities.ts';
import { connectivityOf, dutyAt, statusOf, type Connectivity, type Duty } from '../domain/status.model.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { ScreenAlertRepository, ScreenAlertState } from '../repositories/screen-alert.repository.ts';
import type { WebhookService } from './webhook.service.ts';

/** Where the monitor learns when each screen was last heard from. */
export interface HeartbeatSource {
  /** Controller time (ms) of each screen's latest heartbeat. */
  lastHeartbeats(): Promise<Map<string, number>>;
}

/**
 * The heartbeat times the monitor reads: what the database holds (written by every controller of a
 * cluster, and kept across a restart), merged with the heartbeats this process heard since its last
 * flush (fresher by up to a second).
 */
export class LiveHeartbeats implements HeartbeatSource {
  private readonly times = new Map<string, number>();
  private readonly load: () => Promise<Map<string, number>>;

  constructor(load: () => Promise<Map<string, number>>) {
    this.load = load;
  }

  /** Records a heartbeat (subscribed to the heartbeat service). */
  heard(screenId: string, at: number): void {
    this.times.set(screenId, Math.max(at, this.times.get(screenId) ?? 0));
  }

  async lastHeartbeats(): Promise<Map<string, number>> {
    for (const [id, at] of await this.load()) this.heard(id, at);
    return new Map(this.times);
  }
}

/** Told of every connectivity change and every announced alert (the console's live feed). */
export interface MonitorListener {
  statusChanged(change: ConnectivityChange): void;
  alerted(alert: ScreenAlert): void;
}

export interface MonitorServiceDeps {
  screens: DocumentRepository<Screen>;
  gates: DocumentRepository<Gate>;
  heartbeats: HeartbeatSource;
  alerts: ScreenAlertRepository;
  webhooks: Pick<WebhookService, 'notify'>;
  clock: Clock;
  log: Logger;
  intervalMs: number;
  offlineAfterMs: number;
  flapWindowMs: number;
  listeners?: MonitorListener[];
  access: AccessPolicy;
  /** Current and applied manifest per screen. */
  states: () => Promise<ScreenState[]>;
  /** The latest heartbeat of a screen (its clock trust). */
  latestHeartbeat: (screenId: string) => Promise<ScreenHeartbeat | null>;
  /** The Prometheus registry, for scrapers. */
  metrics: Pick<MetricsRepository, 'render' | 'contentType'>;
}

const hhmm = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
  }).format(at);

/**
 * Turns heartbeats into status changes and alerts: run every few seconds by a job (and on demand in
 * tests). Connectivity changes are events; offline/online alerts follow the alert policy (once, not for a
 * flapping screen, never in a gate's quiet hours) and go to the webhooks and the console.
 */
export class MonitorService {
  private readonly deps: MonitorServiceDeps;
  private readonly listeners: MonitorListener[];
  private counts: Record<Connectivity, number> = noScreens();

  constructor(deps: MonitorServiceDeps) {
    this.deps = deps;
    this.listeners = deps.listeners ?? [];
  }

  /** Adds a listener (the console namespace subscribes after it is built). */
  listen(listener: MonitorListener): void {
    this.listeners.push(listener);
  }

  /** Evaluates every screen now; returns the alerts announced. */
  async check(): Promise<ScreenAlert[]> {
    const { clock, intervalMs, offlineAfterMs } = this.deps;
    const now = clock.now();
    const [screens, gates, heard, memory] = await Promise.all([
      this.deps.screens.all(),
      this.deps.gates.all(),
      this.deps.heartbeats.lastHeartbeats(),
      this.deps.alerts.all(),
    ]);
    const gateById = new Map(gates.map((g) => [g.id, g]));
    const announced: ScreenAlert[] = [];
    // Status changes are stored together at the end; a screen whose alert went out is stored at once,
    // so a crash right after cannot announce it twice.
    const changed: ScreenAlertState[] = [];
    const counts = noScreens();
    const duty = dutiesAt(now);
    for (const screen of screens) {
      const gate = gateById.get(screen.gateId);
      if (!gate) continue;
      const lastHeartbeatAt = heard.get(screen.id) ?? null;
      const connectivity = connectivityOf({
        lastHeartbeatAt,
        intervalMs,
        offlineAfterMs,
        now,
        duty: duty(gate),
      });
      counts[connectivity]++;
      const before = memory.get(screen.id);
      let state: ScreenAlertState = before ?? {
        screenId: screen.id,
        connectivity,
        changedAt: now,
        announced: null,
        recoveredAt: null,
      };
      let dirty = !before;
      // A screen seen for the first time was "never" heard from until now.
      const previous = before?.connectivity ?? 'never';
      if (previous !== connectivity) {
        state = { ...state, connectivity, changedAt: now };
        dirty = true;
        for (const l of this.listeners)
          l.statusChanged({
            screenId: screen.id,
            gateId: gate.id,
            from: previous,
            to: connectivity,
            at: new Date(now).toISOString(),
          });
      }
      const kind: AlertKind | null =
        connectivity === 'offline' ? 'offline' : connectivity === 'online' ? 'online' : null;
      const quiet = inQuietHours(gate.quietHours, gate.timeZone, now);
      if (
        kind &&
        shouldAnnounce(
          kind,
          { lastAnnounced: state.announced, lastRecoveredAt: state.recoveredAt },
          {
            now,
            flapWindowMs: this.deps.flapWindowMs,
            quiet,
          },
        )
      ) {
        const alert = this.alertFor(kind, screen, gate, lastHeartbeatAt, state, now);
        state = {
          ...state,
          announced: { kind, at: now },
          recoveredAt: kind === 'online' ? now : state.recoveredAt,
        };
        announced.push(alert);
        await this.deps.webhooks.notify(alert, gate);
        for (const l of this.listeners) l.alerted(alert);
        this.deps.log.info({ screenId: screen.id, event: alert.event }, 'screen alert announced');
        await this.deps.alerts.save(state);
      } else if (dirty) {
        changed.push(state);
      }
    }
    await this.deps.alerts.saveMany(changed);
    this.counts = counts;
    return announced;
  }

  /** Every screen in the principal's scope with its status now, and how many are in each (the dashboard). */
  /** The controller's metrics in Prometheus text format, for a technician's or an admin's scraper. */
  async prometheus(actor: Principal): Promise<{ contentType: string; body: string }> {
    this.deps.access.assertCan(actor, 'metrics:read');
    // The counts and gauges cover every province at once: a provincial scope reads them through the fleet.
    if (actor.scope.global !== true)
      throw new ForbiddenError('the metrics cover every province: they need national scope', undefined, {
        reason: 'national_only',
      });
    return { contentType: this.deps.metrics.contentType, body: await this.deps.metrics.render() };
  }

  async fleet(actor: Principal): Promise<{ items: FleetScreen[]; counts: Record<Connectivity, number> }> {
    this.deps.access.assertCan(actor, 'read');
    const scope = await this.deps.access.gatesInScope(actor);
    const [screens, gates, heard, states] = await Promise.all([
      this.deps.screens.all(),
      this.deps.gates.all(),
      this.deps.heartbeats.lastHeartbeats(),
      this.deps.states(),
    ]);
    const gateById = new Map(gates.map((g) => [g.id, g]));
    const stateById = new Map(states.map((s) => [s.screenId, s]));
    const now = this.deps.clock.now();
    const duty = dutiesAt(now);
    const out: FleetScreen[] = [];
    for (const screen of screens) {
      const gate = gateById.get(screen.gateId);
      if (!gate || (scope !== 'all' && !scope.has(gate.id))) continue;
      const lastHeartbeatAt = heard.get(screen.id) ?? null;
      const state = stateById.get(screen.id);
      const latest = lastHeartbeatAt === null ? null : await this.deps.latestHeartbeat(screen.id);
      const flags = statusOf({
        lastHeartbeatAt,
        intervalMs: this.deps.intervalMs,
        offlineAfterMs: this.deps.offlineAfterMs,
        appliedVersion: state?.appliedVersion ?? null,
        currentVersion: state?.currentVersion ?? null,
        clockTrusted: latest ? latest.heartbeat.clock.trusted : null,
        now,
        duty: duty(gate),
      });
      out.push({
        screenId: screen.id,
        name: screen.name,
        kind: screen.kind,
        gateId: gate.id,
        gate: gate.name,
        province: gate.province,
        ...flags,
        lastHeartbeatAt: lastHeartbeatAt === null ? null : new Date(lastHeartbeatAt).toISOString(),
        appliedVersion: state?.appliedVersion ?? null,
        currentVersion: state?.currentVersion ?? null,
      });
    }
    const vi = (a: string, b: string) => a.localeCompare(b, 'vi');
    out.sort((a, b) => vi(a.province, b.province) || vi(a.gate, b.gate) || vi(a.name, b.name));
    const counts = noScreens();
    for (const s of out) counts[s.connectivity]++;
    return { items: out, counts };
  }

  /** Screens per connectivity as of the last check (for the metrics). */
  statusCounts(): Record<Connectivity, number> {
    return { ...this.counts };
  }

  private alertFor(
    kind: AlertKind,
    screen: Screen,
    gate: Gate,
    lastHeartbeatAt: number | null,
    state: ScreenAlertState,
    now: number,
  ): ScreenAlert {
    const since = kind === 'offline' ? lastHeartbeatAt : (state.announced?.at ?? null);
    const when = since === null ? '' : ` từ ${hhmm(since, gate.timeZone)}`;
    // The console's words for the two statuses (statusOffline "Mất kết nối", statusOnline "Đang hoạt động").
    const text =
      kind === 'offline'
        ? `Màn hình «${screen.name}» tại ${gate.name} (${gate.province}): Mất kết nối${when}.`
        : `Màn hình «${screen.name}» tại ${gate.name} (${gate.province}): Đang hoạt động trở lại.`;
    return {
      event: kind === 'offline' ? 'screen.offline' : 'screen.online',
      status: kind,
      screen: { id: screen.id, name: screen.name },
      gate: { id: gate.id, name: gate.name, province: gate.province },
      at: new Date(now).toISOString(),
      since: since === null ? null : new Date(since).toISOString(),
      text,
    };
  }
}

/** A count of zero for each status. */
function noScreens(): Record<Connectivity, number> {
  return { online: 0, stale: 0, offline: 0, never: 0, 'scheduled-off': 0 };
}

/** Each gate's duty at `now` (its operating hours), worked out once per gate. */
function dutiesAt(now: number): (gate: Gate) => Duty | undefined {
  const seen = new Map<string, Duty | undefined>();
  return (gate) => {
    if (!seen.has(gate.id)) seen.set(gate.id, dutyAt(gate.hours, gate.timeZone, now));
    return seen.get(gate.id);
  };
}
