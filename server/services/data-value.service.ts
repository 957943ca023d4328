import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type {
  DataSource,
  DataValue,
  DataValueQuery,
  DataValuesInput,
  DataValueState,
  StoredDataValue,
} from '../../schemas/types.ts';
import { jumpExceeds } from '../../shared/data.fields.ts';
import { actorRecord, samePerson, type Principal } from '../domain/access.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DataSourceRepository } from '../repositories/data-source.repository.ts';
import type { DataValueRepository } from '../repositories/data-value.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { Gate } from '../domain/entities.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import { SourceScope } from './data-source.service.ts';

export interface DataValueServiceDeps {
  sources: DataSourceRepository;
  values: DataValueRepository;
  gates: DocumentRepository<Gate>;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
  log: Logger;
}

/** Values that became current, for whoever delivers them (the players' data updates, later). */
export type AcceptedListener = (source: DataSource, values: readonly StoredDataValue[]) => void;

/** How far ahead of the controller's clock an observation may be stamped (clocks of sources drift). */
export const FUTURE_SLACK_MS = 5 * 60_000;

const numeric = (v: { type: string }) => v.type === 'number' || v.type === 'money';

/**
 * Values of data sources, every observation kept with the time it was observed. The newest accepted
 * observation of a path is its current value; an older one arriving late is kept but does not become
 * current; a number or amount that moves beyond the source's bound from the current value is held for an
 * approver (content:approve; another person than the one who entered it by hand).
 */
export class DataValueService {
  private readonly deps: DataValueServiceDeps;
  private readonly scope: SourceScope;
  private readonly listeners: AcceptedListener[] = [];

  constructor(deps: DataValueServiceDeps) {
    this.deps = deps;
    this.scope = new SourceScope(deps);
  }

  /** Registers a listener for values that became current. */
  onAccepted(listener: AcceptedListener): void {
    this.listeners.push(listener);
  }

  /** A push source sends values with its token (PUT /api/v1/data/values). */
  async push(source: DataSource, body: unknown): Promise<StoredDataValue[]> {
    if (source.kind !== 'push')
      throw new ConflictError(
        `data source "${source.name}" is pulled by the controller; it does not push values`,
      );
    return this.record(source, this.checked(body));
  }

  /** A person enters values by hand (rates no feed publishes: KHR, LAK), within the source's scope. */
  async enter(actor: Principal, sourceId: string, body: unknown): Promise<StoredDataValue[]> {
    this.deps.access.assertCan(actor, 'content:write');
    const source = await this.writable(actor, sourceId);
    const values = this.checked(body);
    const stored = await this.record(source, values, actor);
    await this.deps.audit.record(actor, {
      action: 'data-value.enter',
      entity: 'data-source',
      entityId: source.id,
      scope: source.scope,
      detail: { values: stored.map(({ id, path, value, state }) => ({ id, path, value, state })) },
    });
    return stored;
  }

  /**
   * Stores values a source gave (pushed, pulled or entered by `by`): each observation of a path once; the
   * source's lastValueAt follows the newest accepted one. Returns what was stored.
   */
  async record(source: DataSource, values: readonly DataValue[], by?: Principal): Promise<StoredDataValue[]> {
    const receivedAt = isoNow(this.deps.clock);
    const stored: StoredDataValue[] = [];
    const current: StoredDataValue[] = [];
    for (const value of values) {
      if (await this.deps.values.has(source.id, value.path, value.observedAt)) continue;
      const before = await this.deps.values.current(source.id, value.path);
      const becomes = before === undefined || value.observedAt >= before.observedAt;
      const held =
        becomes &&
        before !== undefined &&
        source.boundPercent !== undefined &&
        numeric(value) &&
        before.type === value.type &&
        before.currency === value.currency &&
        typeof before.value === 'number' &&
        typeof value.value === 'number' &&
        jumpExceeds(before.value, value.value, source.boundPercent);
      const entry: StoredDataValue = {
        id: randomUUID(),
        sourceId: source.id,
        ...value,
        receivedAt,
        state: held ? 'held' : 'accepted',
        ...(held ? { previous: before.value } : {}),
        ...(by ? { enteredBy: actorRecord(by) } : {}),
      };
      await this.deps.values.insert(entry);
      stored.push(entry);
      if (!held && becomes) current.push(entry);
    }
    await this.accepted(source, current);
    return stored;
  }

  /** The current value of every path of a source. */
  async current(actor: Principal, query: { sourceId: string }): Promise<StoredDataValue[]> {
    this.deps.access.assertCan(actor, 'read');
    const source = await this.visible(actor, query.sourceId);
    return this.deps.values.currentOf(source.id);
  }

  /** A source's values, newest observation first (of one path, or all), in every state. */
  async history(
    actor: Principal,
    sourceId: string,
    path: string | undefined,
    limit = 100,
  ): Promise<StoredDataValue[]> {
    this.deps.access.assertCan(actor, 'read');
    const source = await this.visible(actor, sourceId);
    return this.deps.values.history(source.id, path, Math.min(Math.max(limit, 1), 500));
  }

  /** Values of the sources the actor sees, newest received first: `state: 'held'` is what waits for a look. */
  async list(actor: Principal, query: DataValueQuery): Promise<StoredDataValue[]> {
    this.deps.access.assertCan(actor, 'read');
    const readable = await this.scope.readable(actor);
    const ids = (await this.deps.sources.all())
      .filter(readable)
      .map((s) => s.id)
      .filter((id) => query.sourceId === undefined || id === query.sourceId);
    return this.deps.values.list(ids, query.state, query.limit ?? 100);
  }

  async get(actor: Principal, id: string): Promise<StoredDataValue> {
    this.deps.access.assertCan(actor, 'read');
    const value = await this.deps.values.get(id);
    if (!value) throw new NotFoundError(`data value "${id}" does not exist`);
    await this.visible(actor, value.sourceId, `data value "${id}"`);
    return value;
  }

  /** Lets a held value through: it becomes current unless a newer one was accepted meanwhile. */
  async approve(actor: Principal, valueId: string): Promise<StoredDataValue> {
    return this.decide(actor, valueId, 'accepted');
  }

  /** Turns a held value down: the current value stays. */
  async reject(actor: Principal, valueId: string): Promise<StoredDataValue> {
    return this.decide(actor, valueId, 'rejected');
  }

  private async decide(actor: Principal, valueId: string, state: DataValueState): Promise<StoredDataValue> {
    this.deps.access.assertCan(actor, 'content:approve');
    const before = await this.deps.values.get(valueId);
    if (!before) throw new NotFoundError(`data value "${valueId}" does not exist`);
    const source = await this.writable(actor, before.sourceId, `data value "${valueId}"`);
    if (before.state !== 'held')
      throw new ConflictError(
        `data value "${valueId}" is ${before.state}; only a held value waits for a decision`,
        undefined,
        {
          reason: 'wrong_state',
          params: { state: before.state },
        },
      );
    if (before.enteredBy && samePerson(actor, before.enteredBy))
      throw new ForbiddenError(
        'a value entered by hand is let through by another person than the one who entered it (an API token acts for the person who created it)',
        undefined,
        { reason: 'same_person' },
      );
    const after: StoredDataValue = {
      ...before,
      state,
      decidedBy: actorRecord(actor),
      decidedAt: isoNow(this.deps.clock),
    };
    await this.deps.values.replace(after);
    await this.deps.audit.record(actor, {
      action: state === 'accepted' ? 'data-value.approve' : 'data-value.reject',
      entity: 'data-source',
      entityId: source.id,
      scope: source.scope,
      detail: { valueId, path: after.path, value: after.value, previous: after.previous },
    });
    if (state === 'accepted') {
      const now = await this.deps.values.current(source.id, after.path);
      if (now?.id === after.id) await this.accepted(source, [after]);
    }
    return after;
  }

  /** Notes the newest accepted observation on the source and tells the listeners. */
  private async accepted(source: DataSource, values: readonly StoredDataValue[]): Promise<void> {
    if (values.length === 0) return;
    const newest = Math.max(...values.map((v) => v.observedAt));
    await this.deps.sources.updateHealth(source.id, (health) => {
      const last = health.lastValueAt === undefined ? -Infinity : Date.parse(health.lastValueAt);
      return newest > last ? { ...health, lastValueAt: new Date(newest).toISOString() } : health;
    });
    for (const listener of this.listeners) {
      try {
        listener(source, values);
      } catch (err) {
        this.deps.log.error({ err, sourceId: source.id }, 'a data value listener failed');
      }
    }
  }

  /** The body's values, each path once, observed no later than a few minutes from now. */
  private checked(body: unknown): DataValue[] {
    const input = validate<DataValuesInput>('data.json#/$defs/valuesInput', body);
    const now = this.deps.clock.now();
    const seen = new Set<string>();
    return input.values.map((value, i) => {
      if (seen.has(value.path))
        throw new ValidationError(`${value.path} is sent twice`, `/values/${i}/path`, 'validation_failed', {
          reason: 'duplicate',
        });
      seen.add(value.path);
      const observedAt = value.observedAt ?? now;
      if (observedAt > now + FUTURE_SLACK_MS)
        throw new ValidationError(
          `${value.path} is observed in the future (${new Date(observedAt).toISOString()}); check the source's clock`,
          `/values/${i}/observedAt`,
          'data_in_future',
        );
      return { ...value, observedAt };
    });
  }

  private async visible(
    actor: Principal,
    sourceId: string,
    what = `data source "${sourceId}"`,
  ): Promise<DataSource> {
    const source = await this.deps.sources.get(sourceId);
    if (!source || !(await this.scope.readable(actor))(source))
      throw new NotFoundError(`${what} does not exist`);
    return source;
  }

  private async writable(actor: Principal, sourceId: string, what?: string): Promise<DataSource> {
    const source = await this.visible(actor, sourceId, what);
    if (!(await this.scope.covers(actor, source)))
      throw new ForbiddenError(`data source "${source.name}" reaches beyond your scope`, undefined, {
        reason: 'outside_scope',
      });
    return source;
  }
}
