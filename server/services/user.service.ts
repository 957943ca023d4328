import { randomUUID } from 'node:crypto';
import type { Scope, UserInput } from '../../schemas/types.ts';
import { mergeScopes, personOf, rolesBeyond, type Principal } from '../domain/access.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { passwordProblem } from '../domain/password.policy.ts';
import { normalizeText } from '../domain/text.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import { isUniqueViolation } from '../repositories/dialect.ts';
import type { PasswordHasher } from '../repositories/password.repository.ts';
import type { SessionRepository } from '../repositories/session.repository.ts';
import { publicUser, type User, type UserRepository } from '../repositories/user.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AuditEntry } from '../repositories/audit.repository.ts';
import type { AccessPolicy, ScopeView } from './access.service.ts';
import type { AuditService } from './audit.service.ts';

/**
 * Whether an admin manages a person of this scope: a national admin, everyone; any other admin, only people
 * whose scope names at least one province or gate and lies wholly within its own (never a national person,
 * never one with no scope at all, who belongs to the national admins).
 */
export function managesScope(actor: Principal, view: ScopeView, scope: Scope): boolean {
  if (actor.scope.global === true) return true;
  if (scope.global === true) return false;
  if ((scope.provinces ?? []).length === 0 && (scope.gates ?? []).length === 0) return false;
  return view.covers(scope);
}

/** People: admins create users, give them roles and a scope, reset passwords, disable or remove them. */
export class UserService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly hasher: PasswordHasher;
  private readonly access: AccessPolicy;
  private readonly audit: AuditService;
  private readonly clock: Clock;

  constructor(deps: {
    users: UserRepository;
    sessions: SessionRepository;
    hasher: PasswordHasher;
    access: AccessPolicy;
    audit: AuditService;
    clock: Clock;
  }) {
    this.users = deps.users;
    this.sessions = deps.sessions;
    this.hasher = deps.hasher;
    this.access = deps.access;
    this.audit = deps.audit;
    this.clock = deps.clock;
  }

  /** The people whose scope lies within the caller's: a province's admin manages its province's people. */
  async list(actor: Principal): Promise<User[]> {
    this.access.assertCan(actor, 'user:manage');
    const view = await this.access.view(actor);
    return (await this.users.list()).filter((u) => managesScope(actor, view, u.scope));
  }

  /** One person within the caller's scope; anyone else answers as if they did not exist. */
  async get(actor: Principal, id: string): Promise<User> {
    this.access.assertCan(actor, 'user:manage');
    const user = await this.users.byId(id);
    if (!user || !(await this.manages(actor, user.scope)))
      throw new NotFoundError(`user "${id}" does not exist`);
    return publicUser(user);
  }

  /** The newest audit entries by a person and about their account, for an admin who manages them. */
  async recentAudit(
    actor: Principal,
    id: string,
    limit: number,
  ): Promise<{ items: AuditEntry[]; total: number }> {
    await this.get(actor, id);
    return this.audit.list(actor, { person: id, limit, offset: 0 });
  }

  async create(actor: Principal, body: unknown): Promise<User> {
    this.access.assertCan(actor, 'user:manage');
    const input = this.parse(body);
    await this.assertGrantable(actor, input);
    if (!input.password) throw new ValidationError('/password: a new user needs a password', '/password');
    const now = isoNow(this.clock);
    const user = this.toUser(input, input.id ?? randomUUID(), now, now);
    const hash = await this.hasher.hash(input.password);
    try {
      await this.users.insert(user, hash);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`username or id "${user.username}" is already taken`, '/username', {
          reason: 'taken',
        });
      throw error;
    }
    await this.audit.record(actor, {
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      detail: { after: user },
      scope: user.scope,
    });
    return user;
  }

  async update(actor: Principal, id: string, body: unknown): Promise<User> {
    const before = await this.get(actor, id);
    const input = this.parse(body);
    await this.assertGrantable(actor, input);
    if (personOf(actor) === `user:${id}` && input.disabled === true)
      throw new ConflictError('you cannot disable your own account', '/disabled', { reason: 'same_person' });
    const user = {
      ...this.toUser(input, id, before.createdAt, isoNow(this.clock)),
      secondFactor: before.secondFactor,
    };
    try {
      await this.users.update(user);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`username "${user.username}" is already taken`, '/username', {
          reason: 'taken',
        });
      throw error;
    }
    if (input.password)
      await this.users.setPassword(id, await this.hasher.hash(input.password), user.updatedAt);
    // New roles, a narrower scope, a reset password or disabling take effect at once: end their sessions.
    await this.sessions.deleteForUser(id);
    await this.audit.record(actor, {
      action: 'user.update',
      entity: 'user',
      entityId: id,
      detail: { before, after: user, passwordReset: Boolean(input.password) },
      scope: mergeScopes(before.scope, user.scope),
    });
    return user;
  }

  async remove(actor: Principal, id: string): Promise<void> {
    const before = await this.get(actor, id);
    if (personOf(actor) === `user:${id}`)
      throw new ConflictError('you cannot delete your own account', undefined, { reason: 'same_person' });
    await this.users.delete(id);
    await this.audit.record(actor, {
      action: 'user.delete',
      entity: 'user',
      entityId: id,
      detail: { before },
      scope: before.scope,
    });
  }

  /** An admin turns off someone's second factor (a lost phone); they can sign in with the password alone. */
  async disableSecondFactor(actor: Principal, id: string): Promise<void> {
    await this.get(actor, id);
    const user = await this.users.byId(id);
    if (!user) throw new NotFoundError(`user "${id}" does not exist`);
    if (!user.totpSecret && !user.totpPending)
      throw new ConflictError('this user has no second factor', undefined, { reason: 'no_second_factor' });
    await this.users.setTotpSecret(user.id, null);
    await this.audit.record(actor, {
      action: 'auth.totp.disable',
      entity: 'user',
      entityId: user.id,
      detail: { by: 'admin', username: user.username },
      scope: user.scope,
    });
  }

  /** Nobody grants a role or a scope beyond their own. */
  private async assertGrantable(actor: Principal, input: UserInput): Promise<void> {
    const extra = rolesBeyond(actor, input.roles);
    if (extra.length > 0)
      throw new ForbiddenError(`you cannot grant roles beyond your own: ${extra.join(', ')}`, '/roles', {
        reason: 'roles_beyond_own',
        params: { roles: extra },
      });
    if (!(await this.manages(actor, input.scope)))
      throw new ForbiddenError(
        'you cannot grant a scope beyond your own (name provinces or gates of yours)',
        '/scope',
        {
          reason: 'scope_beyond_own',
        },
      );
  }

  private async manages(actor: Principal, scope: Scope): Promise<boolean> {
    return managesScope(actor, await this.access.view(actor), scope);
  }

  private parse(body: unknown): UserInput {
    const input = validate<UserInput>('user.json', normalizeText(body));
    if (input.password) {
      const problem = passwordProblem(input.password, input.username);
      if (problem) throw new ValidationError(`/password: ${problem}`, '/password');
    }
    return input;
  }

  private toUser(input: UserInput, id: string, createdAt: string, updatedAt: string): User {
    return {
      id,
      username: input.username,
      displayName: input.displayName,
      roles: input.roles,
      scope: {
        global: input.scope.global ?? false,
        provinces: input.scope.provinces ?? [],
        gates: input.scope.gates ?? [],
      },
      disabled: input.disabled ?? false,
      secondFactor: false,
      createdAt,
      updatedAt,
    };
  }
}
