import { randomUUID } from 'node:crypto';
import type { ApiTokenInput } from '../../schemas/types.ts';
import { personOf, rolesBeyond, type Principal } from '../domain/access.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../domain/errors.ts';
import type { AccessPolicy } from './access.service.ts';
import { hashSecret, newSecret } from '../domain/token.ts';
import type { ApiTokenRepository, StoredApiToken } from '../repositories/api-token.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AuditService } from './audit.service.ts';

/** API tokens: credentials for automation, each with its own roles and scope; shown once, hashed at rest. */
export class ApiTokenService {
  private readonly tokens: ApiTokenRepository;
  private readonly audit: AuditService;
  private readonly clock: Clock;
  private readonly access: AccessPolicy;

  constructor(deps: { tokens: ApiTokenRepository; audit: AuditService; clock: Clock; access: AccessPolicy }) {
    this.tokens = deps.tokens;
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
    this.access.assertCan(actor, 'user:manage');
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

  /** The tokens whose scope lies within the caller's (a province's admin sees its province's tokens). */
  async list(actor: Principal): Promise<StoredApiToken[]> {
    this.access.assertCan(actor, 'user:manage');
    const view = await this.access.view(actor);
    return (await this.tokens.list()).filter((t) => view.covers(t.scope));
  }

  /** Revokes a token within the caller's scope; others answer as if they did not exist. */
  async revoke(actor: Principal, id: string): Promise<void> {
    this.access.assertCan(actor, 'user:manage');
    const found = await this.tokens.byId(id);
    if (!found || found.revokedAt || !(await this.access.covers(actor, found.scope)))
      throw new NotFoundError(`no live API token "${id}"`);
    if (!(await this.tokens.revoke(id, isoNow(this.clock))))
      throw new NotFoundError(`no live API token "${id}"`);
    await this.audit.record(actor, {
      action: 'token.revoke',
      entity: 'api-token',
      entityId: id,
      scope: found.scope,
    });
  }
}
