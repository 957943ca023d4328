import { randomUUID } from 'node:crypto';
import type { ApiTokenInput } from '../../schemas/types.ts';
import { can, personOf, rolesBeyond, type Principal } from '../domain/access.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../domain/errors.ts';
import type { AccessPolicy } from './access.service.ts';
import { hashSecret, newSecret } from '../domain/token.ts';
import type { ApiTokenRepository, StoredApiToken } from '../repositories/api-token.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AuditService } from './audit.service.ts';
import { managesScope } from './user.service.ts';

/** API tokens: credentials for automation, each with its own roles and scope; shown once, hashed at rest. */
export class ApiTokenService {
  private readonly tokens: ApiTokenRepository;
  private readonly audit: AuditService;
  private readonly clock: Clock;
  private readonly access: AccessPolicy;
  private readonly users: UserRepository;

  constructor(deps: {
    tokens: ApiTokenRepository;
    audit: AuditService;
    clock: Clock;
    access: AccessPolicy;
    /** To refuse the tokens of a person who was disabled, removed, or given less than the token has. */
    users: UserRepository;
  }) {
    this.tokens = deps.tokens;
    this.users = deps.users;
    this.access = deps.access;
    this.audit = deps.audit;
    this.clock = deps.clock;
  }

  /** Registers ADMIN_TOKEN (an admin token for automation and tests) unless it is already known. */
  async registerConfigured(secret: string | undefined): Promise<void> {
    if (!secret || (await this.tokens.findLive(hashSecret(secret)))) return;
    await this.tokens.insert(
      {
        id: randomUUID(),
        label: 'admin (ADMIN_TOKEN)',
        createdAt: isoNow(this.clock),
        revokedAt: null,
        roles: ['admin'],
        scope: { global: true, provinces: [], gates: [] },
      },
      hashSecret(secret),
    );
  }

  /** The principal of a bearer API token; UnauthorizedError when unknown or revoked. */
  async authenticate(secret: string, ip?: string): Promise<Principal> {
    const found = await this.tokens.findLive(hashSecret(secret));
    if (!found) throw new UnauthorizedError('invalid or revoked token');
    if (!(await this.personStillHolds(found)))
      throw new UnauthorizedError("the token's person was disabled or no longer holds its roles and scope");
    return {
      kind: 'token',
      id: found.id,
      name: found.label,
      roles: found.roles,
      scope: found.scope,
      person: found.person,
      ip,
    };
  }

  /**
   * Creates a token with at most its creator's permissions and scope, acting for its creator's person (so
   * it never counts as a second person); the secret is returned only now.
   */
  async create(actor: Principal, body: unknown): Promise<StoredApiToken & { token: string }> {
    // A person makes tokens for their own automation; a token makes more only if it may manage people.
    if (actor.kind !== 'user') this.access.assertCan(actor, 'user:manage');
    const input = validate<ApiTokenInput>('user.json#/$defs/apiTokenInput', structuredClone(body));
    const extra = rolesBeyond(actor, input.roles);
    if (extra.length > 0)
      throw new ForbiddenError(`a token cannot have roles its creator lacks: ${extra.join(', ')}`, '/roles', {
        reason: 'roles_beyond_own',
        params: { roles: extra },
      });
    if (!(await this.access.covers(actor, input.scope)))
      throw new ForbiddenError("a token cannot reach beyond its creator's scope", '/scope', {
        reason: 'scope_beyond_own',
      });
    const token = newSecret('gca');
    const stored: StoredApiToken = {
      id: randomUUID(),
      label: input.label,
      createdAt: isoNow(this.clock),
      revokedAt: null,
      roles: input.roles,
      scope: input.scope,
      person: personOf(actor),
    };
    await this.tokens.insert(stored, hashSecret(token));
    await this.audit.record(actor, {
      action: 'token.create',
      entity: 'api-token',
      entityId: stored.id,
      detail: { label: stored.label, roles: stored.roles, scope: stored.scope },
      scope: stored.scope,
    });
    return { ...stored, token };
  }

  /**
   * The caller's own tokens, and for an admin those whose scope it manages (a province's admin sees its
   * province's tokens).
   */
  async list(actor: Principal): Promise<StoredApiToken[]> {
    const sees = await this.visibility(actor);
    return (await this.tokens.list()).filter(sees);
  }

  /** Revokes one of the caller's own tokens, or (an admin) one within its scope; others answer as if absent. */
  async revoke(actor: Principal, id: string): Promise<void> {
    const sees = await this.visibility(actor);
    const found = await this.tokens.byId(id);
    if (!found || found.revokedAt || !sees(found)) throw new NotFoundError(`no live API token "${id}"`);
    if (!(await this.tokens.revoke(id, isoNow(this.clock))))
      throw new NotFoundError(`no live API token "${id}"`);
    await this.audit.record(actor, {
      action: 'token.revoke',
      entity: 'api-token',
      entityId: id,
      scope: found.scope,
    });
  }

  /** Which tokens the caller may list and revoke: its person's own; an admin's, also those in its scope. */
  private async visibility(actor: Principal): Promise<(token: StoredApiToken) => boolean> {
    const person = personOf(actor);
    const own = (t: StoredApiToken) => t.person === person;
    if (!can(actor, 'user:manage')) {
      if (actor.kind !== 'user') this.access.assertCan(actor, 'user:manage');
      return own;
    }
    const view = await this.access.view(actor);
    return (t) => own(t) || managesScope(actor, view, t.scope);
  }

  /**
   * A token made by a person works only while that person may sign in and still holds the token's roles
   * and scope (disabling someone, or narrowing their access, reaches their automation at once).
   */
  private async personStillHolds(token: StoredApiToken): Promise<boolean> {
    if (!token.person?.startsWith('user:')) return true;
    const user = await this.users.byId(token.person.slice('user:'.length));
    if (!user || user.disabled) return false;
    if (rolesBeyond(user, token.roles).length > 0) return false;
    const holder: Principal = {
      kind: 'user',
      id: user.id,
      name: user.username,
      roles: user.roles,
      scope: user.scope,
    };
    return this.access.covers(holder, token.scope);
  }
}
