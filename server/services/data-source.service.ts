import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type {
  DataPull,
  DataSource,
  DataSourceInput,
  DataSourceWithToken,
  Scope,
} from '../../schemas/types.ts';
import { actorRecord, gateInScope, type Principal } from '../domain/access.ts';
import { parseSelect } from '../domain/data.mapping.ts';
import type { Gate } from '../domain/entities.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '../domain/errors.ts';
import { hashSecret, newSecret } from '../domain/token.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DataSourceRepository } from '../repositories/data-source.repository.ts';
import type { DataValueRepository } from '../repositories/data-value.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';

export interface DataSourceServiceDeps {
  sources: DataSourceRepository;
  values: Pick<DataValueRepository, 'removeOf'>;
  gates: DocumentRepository<Gate>;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
}

/** The clock a pull source's cron pattern is read on: Vietnam's (UTC+7 all year). */
export const CRON_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * What the schema cannot say of a pull: a cron pattern croner reads, selectors that parse, each path once.
 * Refused with the place of the problem, before anything is stored.
 */
export function checkPull(pull: DataPull | undefined): void {
  if (!pull) return;
  if (pull.cron !== undefined) {
    try {
      new Cron(pull.cron, { timezone: CRON_TIME_ZONE, paused: true });
    } catch (err) {
      throw new ValidationError(
        `pull.cron: ${err instanceof Error ? err.message.replace(/^CronPattern: /, '') : 'not a cron pattern'}`,
        '/pull/cron',
        'data_bad_cron',
      );
    }
  }
  const seen = new Set<string>();
  (pull.fields ?? []).forEach((field, i) => {
    parseSelect(field.select, `/pull/fields/${i}/select`);
    if (seen.has(field.path))
      throw new ValidationError(
        `${field.path} is read twice: each path once`,
        `/pull/fields/${i}/path`,
        'data_duplicate_path',
      );
    seen.add(field.path);
  });
  if (pull.observedAt) parseSelect(pull.observedAt.select, '/pull/observedAt/select');
}

/** The prefix of a data source's token, so the authentication middleware knows it from other credentials. */
export const DATA_TOKEN_PREFIX = 'gcv';

/** A source with its staleness worked out at `now`: no value, or a newest value older than its maximum age. */
export function withStale(source: DataSource, now: number): DataSource {
  const last = source.health.lastValueAt === undefined ? undefined : Date.parse(source.health.lastValueAt);
  const stale = last === undefined || now - last > source.maxAgeSeconds * 1000;
  return { ...source, health: { ...source.health, stale } };
}

/** The one gate an open-meteo source reads the weather of (its scope names exactly one gate). */
export function weatherGateId(scope: Scope): string | undefined {
  if (scope.global === true || (scope.provinces ?? []).length > 0) return undefined;
  const gates = scope.gates ?? [];
  return gates.length === 1 ? gates[0] : undefined;
}

/**
 * Who sees a source, and who acts on it. A person sees a source whose scope reaches any gate of their own
 * (or that their scope covers); registering, changing, entering values into and approving values of a
 * source needs the person's scope to cover the source's.
 */
export class SourceScope {
  private readonly deps: Pick<DataSourceServiceDeps, 'access' | 'gates'>;

  constructor(deps: Pick<DataSourceServiceDeps, 'access' | 'gates'>) {
    this.deps = deps;
  }

  /** A predicate for the sources this actor may read. */
  async readable(actor: Principal): Promise<(source: DataSource) => boolean> {
    const view = await this.deps.access.view(actor);
    const gates = await this.deps.gates.all();
    return (source) => {
      if (view.covers(source.scope)) return true;
      const reached = gates.filter((g) => gateInScope(source.scope, g)).map((g) => g.id);
      return reached.length > 0 && view.visible(reached);
    };
  }

  async covers(actor: Principal, source: DataSource): Promise<boolean> {
    return this.deps.access.covers(actor, source.scope);
  }
}

/**
 * Sources of live values: registered by an admin (data:manage) within their own scope; pulled from an
 * address on a schedule (data-pull.service.ts) or pushed with a token shown once and hashed at rest
 * (data-value.service.ts). Everyone who may read sees the sources reaching their gates, with their health.
 */
export class DataSourceService {
  private readonly deps: DataSourceServiceDeps;
  private readonly scope: SourceScope;
  private readonly changeListeners: ((scopes: Scope[]) => Promise<void>)[] = [];

  constructor(deps: DataSourceServiceDeps) {
    this.deps = deps;
    this.scope = new SourceScope(deps);
  }

  /**
   * Registers a listener for a source changed or removed, with the scopes it reached before and after: the
   * players of those gates are sent their values again (DataDeliveryService).
   */
  onChanged(listener: (scopes: Scope[]) => Promise<void>): void {
    this.changeListeners.push(listener);
  }

  /** The source a bearer token belongs to; UnauthorizedError when unknown or disabled. */
  async authenticate(token: string): Promise<DataSource> {
    const source = await this.deps.sources.byTokenHash(hashSecret(token));
    if (!source) throw new UnauthorizedError('invalid or renewed data source token');
    if (!source.enabled) throw new UnauthorizedError(`data source "${source.name}" is disabled`);
    return source;
  }

  /** The sources reaching the actor's gates, with their health. */
  async list(actor: Principal): Promise<DataSource[]> {
    this.deps.access.assertCan(actor, 'read');
    const readable = await this.scope.readable(actor);
    const now = this.deps.clock.now();
    return (await this.deps.sources.all()).filter(readable).map((s) => withStale(s, now));
  }

  async get(actor: Principal, id: string): Promise<DataSource> {
    this.deps.access.assertCan(actor, 'read');
    return withStale(await this.visible(actor, id), this.deps.clock.now());
  }

  /** Registers a source; its token is in the answer, and never again. */
  async create(actor: Principal, body: unknown): Promise<DataSourceWithToken> {
    this.deps.access.assertCan(actor, 'data:manage');
    const input = await this.checked(actor, body);
    const token = newSecret(DATA_TOKEN_PREFIX);
    const source: DataSource = {
      id: randomUUID(),
      ...input,
      enabled: input.enabled ?? true,
      tokenHint: token.slice(-4),
      createdBy: actorRecord(actor),
      createdAt: isoNow(this.deps.clock),
      health: { stale: true },
    };
    await this.deps.sources.insert(source, hashSecret(token));
    await this.deps.audit.record(actor, {
      action: 'data-source.create',
      entity: 'data-source',
      entityId: source.id,
      scope: source.scope,
      detail: { after: source },
    });
    return { source: withStale(source, this.deps.clock.now()), token };
  }

  /** Changes a source's name, kind, address, scope, maximum age, bound or state; its token and health stay. */
  async update(actor: Principal, id: string, body: unknown): Promise<DataSource> {
    this.deps.access.assertCan(actor, 'data:manage');
    const before = await this.writable(actor, id);
    const input = await this.checked(actor, body);
    const after: DataSource = {
      id: before.id,
      ...input,
      enabled: input.enabled ?? true,
      tokenHint: before.tokenHint,
      createdBy: before.createdBy,
      createdAt: before.createdAt,
      updatedAt: isoNow(this.deps.clock),
      health: before.health,
    };
    if (!(await this.deps.sources.replace(after)))
      throw new NotFoundError(`data source "${id}" does not exist`);
    await this.deps.audit.record(actor, {
      action: 'data-source.update',
      entity: 'data-source',
      entityId: id,
      scope: after.scope,
      detail: { before, after },
    });
    await this.changed([before.scope, after.scope]);
    return withStale(after, this.deps.clock.now());
  }

  /** A new token for a source: the old one stops working at once. */
  async renewToken(actor: Principal, id: string): Promise<DataSourceWithToken> {
    this.deps.access.assertCan(actor, 'data:manage');
    const before = await this.writable(actor, id);
    const token = newSecret(DATA_TOKEN_PREFIX);
    const source: DataSource = { ...before, tokenHint: token.slice(-4), updatedAt: isoNow(this.deps.clock) };
    await this.deps.sources.replace(source, hashSecret(token));
    await this.deps.audit.record(actor, {
      action: 'data-source.token',
      entity: 'data-source',
      entityId: id,
      scope: source.scope,
      detail: { tokenHint: source.tokenHint },
    });
    return { source: withStale(source, this.deps.clock.now()), token };
  }

  /** Removes a source and every value it gave: its token stops working. */
  async remove(actor: Principal, id: string): Promise<void> {
    this.deps.access.assertCan(actor, 'data:manage');
    const before = await this.writable(actor, id);
    await this.deps.sources.remove(id);
    await this.deps.values.removeOf(id);
    await this.deps.audit.record(actor, {
      action: 'data-source.delete',
      entity: 'data-source',
      entityId: id,
      scope: before.scope,
      detail: { before },
    });
    await this.changed([before.scope]);
  }

  /** Tells the listeners; a failed delivery is not the change's failure (players catch up on connect). */
  private async changed(scopes: Scope[]): Promise<void> {
    await Promise.all(this.changeListeners.map((listener) => listener(scopes).catch(() => undefined)));
  }

  private async checked(actor: Principal, body: unknown): Promise<DataSourceInput> {
    const input = validate<DataSourceInput>('data.json#/$defs/sourceInput', body);
    if (input.kind === 'pull' && !input.pull)
      throw new ValidationError(
        'a pull source needs pull: url, adapter, everyMinutes and timeoutSeconds',
        '/pull',
        'validation_failed',
        {
          reason: 'required',
        },
      );
    if (input.kind === 'push' && input.pull)
      throw new ValidationError(
        'a push source sends its values (PUT /api/v1/data/values); it has nothing to pull',
        '/pull',
        'validation_failed',
        {
          reason: 'invalid',
        },
      );
    if (!(await this.deps.access.covers(actor, input.scope)))
      throw new ForbiddenError('a source cannot reach beyond your own scope', '/scope', {
        reason: 'scope_beyond_own',
      });
    const known = new Set((await this.deps.gates.all()).map((g) => g.id));
    (input.scope.gates ?? []).forEach((id, i) => {
      if (!known.has(id))
        throw new ValidationError(`gate "${id}" does not exist`, `/scope/gates/${i}`, 'unknown_reference', {
          reason: 'unknown_reference',
          params: { noun: 'gate', id },
        });
    });
    if (input.pull?.adapter === 'open-meteo-json' && weatherGateId(input.scope) === undefined)
      throw new ValidationError(
        'a weather source reads the forecast at one gate: its scope names exactly that gate (scope.gates, one id, no province)',
        '/scope',
        'data_weather_gate',
      );
    checkPull(input.pull);
    return input;
  }

  /** A source the actor may read; out of sight answers as not found. */
  private async visible(actor: Principal, id: string): Promise<DataSource> {
    const found = await this.deps.sources.get(id);
    if (!found || !(await this.scope.readable(actor))(found))
      throw new NotFoundError(`data source "${id}" does not exist`);
    return found;
  }

  /** A source the actor may change: in sight and within the actor's scope. */
  private async writable(actor: Principal, id: string): Promise<DataSource> {
    const found = await this.visible(actor, id);
    if (!(await this.scope.covers(actor, found)))
      throw new ForbiddenError(`data source "${found.name}" reaches beyond your scope`, undefined, {
        reason: 'outside_scope',
      });
    return found;
  }
}
