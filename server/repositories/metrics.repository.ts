// The Prometheus registry (prom-client): the one place that knows metric names. Services report through
// its typed methods; GET /metrics renders it.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { playRefusals, type PlayRefusal } from '../domain/play.check.ts';

export type ErrorSource = 'http' | 'socket' | 'database' | 'other';

export interface MetricsSources {
  /** Players connected to this process. */
  connectedPlayers(): number;
  /** Screens per connectivity status, as of the monitor's last check. */
  statusCounts(): Record<string, number>;
}

export class MetricsRepository {
  readonly registry = new Registry();
  private readonly heartbeats: Counter;
  private readonly publishAck: Histogram;
  private readonly errors: Counter<'source'>;
  private readonly playerDropped: Counter<'event' | 'reason'>;
  private readonly playsRefusedTotal: Counter<'reason'>;
  private readonly floodDisconnects: Counter;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    // Includes nodejs_eventloop_lag_seconds and its percentiles, heap, GC and handles.
    collectDefaultMetrics({ register: this.registry, prefix: 'gatecast_' });
    new Gauge({
      name: 'gatecast_connected_players',
      help: 'Players connected to this controller process',
      registers,
      collect() {
        this.set(sources.connectedPlayers());
      },
    });
    new Gauge({
      name: 'gatecast_screens',
      help: 'Screens by connectivity status (online, stale, offline, never, scheduled-off)',
      labelNames: ['status'],
      registers,
      collect() {
        this.reset();
        for (const [status, n] of Object.entries(sources.statusCounts())) this.set({ status }, n);
      },
    });
    this.heartbeats = new Counter({
      name: 'gatecast_heartbeats_total',
      help: 'Heartbeats received (rate() gives heartbeats per second)',
      registers,
    });
    this.publishAck = new Histogram({
      name: 'gatecast_publish_ack_seconds',
      help: 'From pushing a new manifest to a screen to that screen acknowledging it',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60, 300],
      registers,
    });
    this.errors = new Counter({
      name: 'gatecast_errors_total',
      help: 'Unexpected errors by source (http 5xx, socket handlers, database)',
      labelNames: ['source'],
      registers,
    });
    this.playerDropped = new Counter({
      name: 'gatecast_player_events_dropped_total',
      help: 'Player events refused with an error ack, by event and reason (rate_limited, validation_failed, not_found, …)',
      labelNames: ['event', 'reason'],
      registers,
    });
    this.playsRefusedTotal = new Counter({
      name: 'gatecast_plays_refused_total',
      help: 'Proof-of-play records refused one by one as implausible (their batch was acked), by reason',
      labelNames: ['reason'],
      registers,
    });
    // Every reason shows from the start, at 0, so that a rate() over it has a series to work on.
    for (const reason of playRefusals) this.playsRefusedTotal.inc({ reason }, 0);
    this.floodDisconnects = new Counter({
      name: 'gatecast_player_flood_disconnects_total',
      help: 'Players disconnected (and kept off for a while) for sending on although told to slow down',
      registers,
    });
  }

  heartbeat(n = 1): void {
    this.heartbeats.inc(n);
  }

  publishAcked(ms: number): void {
    this.publishAck.observe(ms / 1000);
  }

  error(source: ErrorSource): void {
    this.errors.inc({ source });
  }

  /** A player event answered with an error ack (`reason` is its error code). */
  playerEventDropped(event: string, reason: string): void {
    this.playerDropped.inc({ event, reason });
  }

  /** Proof-of-play records refused for `reason`. */
  playsRefused(reason: PlayRefusal, n = 1): void {
    this.playsRefusedTotal.inc({ reason }, n);
  }

  /** A device cut off for flooding. */
  floodDisconnect(): void {
    this.floodDisconnects.inc();
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
