import { randomUUID } from 'node:crypto';
import type { AlertSource, AlertSourceInput, AlertSourceWithToken } from '../../schemas/types.ts';
import { actorRecord, type Principal } from '../domain/access.ts';
import type { Gate } from '../domain/entities.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '../domain/errors.ts';
import { hashSecret, newSecret } from '../domain/token.ts';
import type { AlertSourceRepository } from '../repositories/alert-source.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';

export interface AlertSourceServiceDeps {
  sources: AlertSourceRepository;
  gates: DocumentRepository<Gate>;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
}

/** The prefix of a source's token, so the authentication middleware knows it from the other credentials. */
export const SOURCE_TOKEN_PREFIX = 'gcs';

/** The principal an alert source acts as: its own person, with its scope and no role of a person. */
export function sourcePrincipal(source: AlertSource): Principal {
  return {
    kind: 'system',
    id: `alert-source:${source.id}`,
    name: source.name,
    roles: [],
    scope: source.scope,
  };
}

/**
 * The authorities that send CAP alerts: registered by an admin (alert:manage) within their own scope, each
 * with a token shown once and hashed at rest, a scope bounding the gates its alerts reach, and rules for
 * which alerts go on screen at once.
 */
export class AlertSourceService {
  private readonly deps: AlertSourceServiceDeps;

  constructor(deps: AlertSourceServiceDeps) {
    this.deps = deps;
  }

  /** The source a bearer token belongs to; UnauthorizedError when unknown or disabled. */
  async authenticate(token: string): Promise<AlertSource> {
    const source = await this.deps.sources.byTokenHash(hashSecret(token));
    if (!source) throw new UnauthorizedError('invalid or renewed alert source token');
    if (!source.enabled) throw new UnauthorizedError(`alert source "${source.name}" is disabled`);
    return source;
  }

  async list(actor: Principal): Promise<AlertSource[]> {
    this.deps.access.assertCan(actor, 'alert:manage');
    const view = await this.deps.access.view(actor);
    return (await this.deps.sources.all()).filter((s) => view.covers(s.scope));
  }

  async get(actor: Principal, id: string): Promise<AlertSource> {
    this.deps.access.assertCan(actor, 'alert:manage');
    return this.visible(actor, id);
  }

  /** Registers a source; its token is in the answer, and never again. */
  async create(actor: Principal, body: unknown): Promise<AlertSourceWithToken> {
    this.deps.access.assertCan(actor, 'alert:manage');
    const input = await this.checked(actor, body);
    const token = newSecret(SOURCE_TOKEN_PREFIX);
    const source: AlertSource = {
      id: randomUUID(),
      ...input,
      immediate: input.immediate ?? [],
      defaultTtlMinutes: input.defaultTtlMinutes ?? 720,
      enabled: input.enabled ?? true,
      tokenHint: token.slice(-4),
      createdBy: actorRecord(actor),
      createdAt: isoNow(this.deps.clock),
    };
    await this.deps.sources.insert(source, hashSecret(token));
    await this.deps.audit.record(actor, {
      action: 'alert-source.create',
      entity: 'alert-source',
      entityId: source.id,
      detail: { after: source },
    });
    return { source, token };
  }

  /** Changes a source's name, feed, scope, rules, TTL or state; its token stays. */
  async update(actor: Principal, id: string, body: unknown): Promise<AlertSource> {
    this.deps.access.assertCan(actor, 'alert:manage');
    const before = await this.visible(actor, id);
    const input = await this.checked(actor, body);
    const { feed: _feed, note: _note, ...kept } = before;
    const after: AlertSource = {
      ...kept,
      ...input,
      immediate: input.immediate ?? [],
      defaultTtlMinutes: input.defaultTtlMinutes ?? 720,
      enabled: input.enabled ?? true,
      updatedAt: isoNow(this.deps.clock),
    };
    if (!(await this.deps.sources.replace(after)))
      throw new NotFoundError(`alert source "${id}" does not exist`);
    await this.deps.audit.record(actor, {
      action: 'alert-source.update',
      entity: 'alert-source',
      entityId: id,
      detail: { before, after },
    });
    return after;
  }

  /** A new token for a source: the old one stops working at once. */
  async renewToken(actor: Principal, id: string): Promise<AlertSourceWithToken> {
    this.deps.access.assertCan(actor, 'alert:manage');
    const before = await this.visible(actor, id);
    const token = newSecret(SOURCE_TOKEN_PREFIX);
    const source: AlertSource = { ...before, tokenHint: token.slice(-4), updatedAt: isoNow(this.deps.clock) };
    await this.deps.sources.replace(source, hashSecret(token));
    await this.deps.audit.record(actor, {
      action: 'alert-source.token',
      entity: 'alert-source',
      entityId: id,
      detail: { tokenHint: source.tokenHint },
    });
    return { source, token };
  }

  /** Removes a source: its token stops working; the alerts it sent stay, with their proof. */
  async remove(actor: Principal, id: string): Promise<void> {
    this.deps.access.assertCan(actor, 'alert:manage');
    const before = await this.visible(actor, id);
    await this.deps.sources.remove(id);
    await this.deps.audit.record(actor, {
      action: 'alert-source.delete',
      entity: 'alert-source',
      entityId: id,
      detail: { before },
    });
  }

  private async checked(actor: Principal, body: unknown): Promise<AlertSourceInput> {
    const input = validate<AlertSourceInput>('alert.json#/$defs/sourceInput', body);
    if (input.kind === 'feed' && !input.feed)
      throw new ValidationError(
        'a feed source needs its feed: url and pollMinutes',
        '/feed',
        'validation_failed',
        {
          reason: 'required',
        },
      );
    if (input.kind === 'push' && input.feed)
      throw new ValidationError(
        'a push source has no feed (it sends to POST /api/v1/cap)',
        '/feed',
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
    (input.immediate ?? []).forEach((rule, r) => {
      (rule.gates ?? []).forEach((id, i) => {
        if (!known.has(id))
          throw new ValidationError(
            `gate "${id}" does not exist`,
            `/immediate/${r}/gates/${i}`,
            'unknown_reference',
            {
              reason: 'unknown_reference',
              params: { noun: 'gate', id },
            },
          );
      });
    });
    return input;
  }

  private async visible(actor: Principal, id: string): Promise<AlertSource> {
    const found = await this.deps.sources.get(id);
    if (!found || !(await this.deps.access.covers(actor, found.scope)))
      throw new NotFoundError(`alert source "${id}" does not exist`);
    return found;
  }
}
