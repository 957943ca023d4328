import type {
  DataSource,
  DataValue,
  PlayerDataUpdate,
  Scope,
  ScreenConfig,
  ScreenLiveData,
  StoredDataValue,
} from '../../schemas/types.ts';
import { gateInScope, type Principal } from '../domain/access.ts';
import type { Gate, Screen } from '../domain/entities.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { DataSourceRepository } from '../repositories/data-source.repository.ts';
import type { DataValueRepository } from '../repositories/data-value.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';

/** How values reach players; the realtime layer implements it with the screens' Socket.IO rooms. */
export interface DataChannel {
  /** Sends one update to every listed screen's room (serialised once). */
  data(screenIds: readonly string[], update: PlayerDataUpdate): void;
}

export interface DataDeliveryDeps {
  sources: Pick<DataSourceRepository, 'all'>;
  values: Pick<DataValueRepository, 'currentOf'>;
  gates: DocumentRepository<Gate>;
  screens: DocumentRepository<Screen>;
  channel: DataChannel;
  clock: Clock;
  /** Who may look at a screen (the console's preview of its live fields). */
  access: { screen(actor: Principal, screenId: string, permission: 'read'): Promise<unknown> };
  /** A screen's config as its players get it: its gate's zone, digits and approved calendar. */
  configs: { forScreen(screenId: string): Promise<{ config: ScreenConfig }> };
}

/**
 * A snapshot of a gate's values is reused this long: a fleet reconnecting at once (a controller restart)
 * reads the sources once per gate, not once per player. Short, so that a cluster's other controllers,
 * which do not hear this one's listeners, serve a new value on connect within a couple of seconds.
 */
const SNAPSHOT_TTL_MS = 2_000;

/**
 * The wire form of a value: what the player formats, with its source's maximum age (no state, source or who
 * entered it).
 */
function wire(value: StoredDataValue | DataValue, source: Pick<DataSource, 'maxAgeSeconds'>): DataValue {
  return {
    path: value.path,
    type: value.type,
    value: value.value,
    ...(value.currency === undefined ? {} : { currency: value.currency }),
    ...(value.unit === undefined ? {} : { unit: value.unit }),
    observedAt: value.observedAt,
    maxAgeSeconds: source.maxAgeSeconds,
  };
}

/** Keeps, per path, the newest observation (the rule the player applies too). */
function newestByPath(values: Iterable<DataValue>): DataValue[] {
  const byPath = new Map<string, DataValue>();
  for (const value of values) {
    const held = byPath.get(value.path);
    if (!held || value.observedAt > held.observedAt) byPath.set(value.path, value);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Live values to players, as small `data` updates beside the manifest (never a recompile): a screen gets the
 * current value of each path of every enabled source whose scope reaches its gate; when two sources give
 * the same path, the newer observation wins. On connect a player gets them all (`full`); then each value
 * that becomes current goes to the screens of the gates its source reaches; a source changed, disabled or
 * removed sends its gates everything again, so values it no longer gives leave the boards.
 */
export class DataDeliveryService {
  private readonly deps: DataDeliveryDeps;
  private readonly snapshots = new Map<string, { at: number; values: Promise<DataValue[]> }>();

  constructor(deps: DataDeliveryDeps) {
    this.deps = deps;
  }

  /** Everything a player at this gate shows: on connect. */
  async forGate(gateId: string): Promise<PlayerDataUpdate> {
    const now = this.deps.clock.now();
    const cached = this.snapshots.get(gateId);
    if (cached && now - cached.at < SNAPSHOT_TTL_MS) return { full: true, values: await cached.values };
    const values = this.read(gateId);
    this.snapshots.set(gateId, { at: now, values });
    values.catch(() => this.snapshots.delete(gateId));
    return { full: true, values: await values };
  }

  /** What a screen's fields are filled from now (the console's preview), for someone who may read it. */
  async forScreen(actor: Principal, screenId: string): Promise<ScreenLiveData> {
    await this.deps.access.screen(actor, screenId, 'read');
    const { config } = await this.deps.configs.forScreen(screenId);
    return { gate: config.gate, values: (await this.forGate(config.gate.id)).values };
  }

  /** A screen moved to another gate (ManifestService.onScreenMoved): its players get that gate's values. */
  async screenMoved(screenId: string, gateId: string): Promise<void> {
    this.deps.channel.data([screenId], await this.forGate(gateId));
  }

  /** Values that became current (DataValueService.onAccepted): to the screens of the gates the source reaches. */
  async accepted(source: DataSource, values: readonly StoredDataValue[]): Promise<void> {
    if (!source.enabled || values.length === 0) return;
    const gates = await this.gatesIn([source.scope]);
    for (const id of gates) this.snapshots.delete(id);
    const screens = await this.screensAt(gates);
    if (screens.length > 0)
      this.deps.channel.data(screens, {
        full: false,
        values: newestByPath(values.map((v) => wire(v, source))),
      });
  }

  /** A source was changed or removed: the gates it reached (before or after) get all their values again. */
  async sourceChanged(scopes: readonly Scope[]): Promise<void> {
    const gates = await this.gatesIn(scopes);
    for (const id of gates) this.snapshots.delete(id);
    const byGate = new Map<string, string[]>();
    for (const screen of await this.deps.screens.all()) {
      if (!gates.has(screen.gateId)) continue;
      byGate.set(screen.gateId, [...(byGate.get(screen.gateId) ?? []), screen.id]);
    }
    for (const [gateId, screens] of byGate) this.deps.channel.data(screens, await this.forGate(gateId));
  }

  private async read(gateId: string): Promise<DataValue[]> {
    const gate = await this.deps.gates.get(gateId);
    if (!gate) return [];
    const sources = (await this.deps.sources.all()).filter((s) => s.enabled && gateInScope(s.scope, gate));
    const current = await Promise.all(
      sources.map(async (s) => (await this.deps.values.currentOf(s.id)).map((v) => wire(v, s))),
    );
    return newestByPath(current.flat());
  }

  private async gatesIn(scopes: readonly Scope[]): Promise<Set<string>> {
    const gates = await this.deps.gates.all();
    return new Set(gates.filter((g) => scopes.some((s) => gateInScope(s, g))).map((g) => g.id));
  }

  private async screensAt(gates: ReadonlySet<string>): Promise<string[]> {
    return (await this.deps.screens.all()).filter((s) => gates.has(s.gateId)).map((s) => s.id);
  }
}
