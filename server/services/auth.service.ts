import { randomBytes, randomUUID } from 'node:crypto';
import type { LoginInput, PasswordChange } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import { DomainError, UnauthorizedError, ValidationError } from '../domain/errors.ts';
import { passwordProblem } from '../domain/password.policy.ts';
import { hashSecret } from '../domain/token.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { PasswordHasher } from '../repositories/password.repository.ts';
import type { SessionRepository } from '../repositories/session.repository.ts';
import type { UserCredentials, UserRepository } from '../repositories/user.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AuditService } from './audit.service.ts';
import type { PasswordCheckService } from './password-check.service.ts';
import type { TotpService } from './totp.service.ts';

const SESSION_HOURS = 12;

export interface SignedIn {
  /** The cookie value; only its hash is stored. */
  sessionSecret: string;
  csrfToken: string;
  expiresAt: string;
  principal: Principal;
}

export function userPrincipal(user: UserCredentials, ip?: string): Principal {
  return { kind: 'user', id: user.id, name: user.username, roles: user.roles, scope: user.scope, ip };
}

/** Signing in and out: passwords (argon2id), guessing throttled per name and address, sessions, second factor. */
export class AuthService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly hasher: PasswordHasher;
  private readonly audit: AuditService;
  private readonly clock: Clock;
  private readonly totp: TotpService;
  private readonly passwords: PasswordCheckService;

  constructor(deps: {
    users: UserRepository;
    sessions: SessionRepository;
    hasher: PasswordHasher;
    audit: AuditService;
    clock: Clock;
    totp: TotpService;
    passwords: PasswordCheckService;
  }) {
    this.passwords = deps.passwords;
    this.users = deps.users;
    this.sessions = deps.sessions;
    this.hasher = deps.hasher;
    this.audit = deps.audit;
    this.clock = deps.clock;
    this.totp = deps.totp;
  }

  /**
   * On a database with no user, creates `admin` with the given password or a random one.
   * Returns the generated password, to be printed once; undefined when a user existed or one was given.
   */
  async bootstrapAdmin(configured: string | undefined): Promise<string | undefined> {
    if ((await this.users.count()) > 0) return undefined;
    const password = configured ?? randomBytes(18).toString('base64url');
    const problem = passwordProblem(password, 'admin');
    if (problem) throw new ValidationError(`ADMIN_PASSWORD ${problem}`, '/ADMIN_PASSWORD');
    const now = isoNow(this.clock);
    await this.users.insert(
      {
        id: randomUUID(),
        username: 'admin',
        displayName: 'Quản trị viên',
        roles: ['admin'],
        scope: { global: true, provinces: [], gates: [] },
        disabled: false,
        secondFactor: false,
        createdAt: now,
        updatedAt: now,
      },
      await this.hasher.hash(password),
    );
    return configured ? undefined : password;
  }

  /**
   * Checks credentials and opens a session. The same error for an unknown user and a wrong password, and the
   * same throttle (per name and address, see PasswordCheckService) whether the name exists or not.
   */
  async login(body: unknown, ip: string): Promise<SignedIn> {
    const input = validate<LoginInput>('user.json#/$defs/login', structuredClone(body));
    const now = this.clock.now();
    const username = input.username.normalize('NFC').toLowerCase();
    const anonymous: Principal = {
      kind: 'user',
      id: '-',
      name: input.username.slice(0, 64),
      roles: [],
      scope: {},
      ip,
    };
    try {
      await this.passwords.reserveSignIn(username, ip);
    } catch (error) {
      // Recorded like a failure of an unknown name, so the log does not tell which names exist either.
      await this.audit.record(anonymous, {
        action: 'auth.login',
        outcome: 'denied',
        detail: { reason: 'throttled' },
      });
      throw error;
    }
    const user = await this.users.byUsername(username);
    if (!user || user.disabled) {
      // Spend the same time as a real check, so timing does not tell which usernames exist.
      await this.hasher.verify(
        '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$5bC3sZ2h2qBsnb6QbC9fZl2P6S9iNOaGqJrYbWb1Q3c',
        input.password,
      );
      await this.audit.record(anonymous, {
        action: 'auth.login',
        outcome: 'failed',
        detail: { reason: 'bad credentials' },
      });
      throw new UnauthorizedError('invalid username or password');
    }
    const passwordOk = await this.hasher.verify(user.passwordHash, input.password);
    // The code is checked only after the password, so that a wrong password never uses up a code.
    const totpOk = !user.totpSecret || (passwordOk && (await this.totp.verifyAtSignIn(user, input, ip)));
    if (!passwordOk || !totpOk) {
      const reason = !passwordOk ? 'bad credentials' : 'bad second factor';
      await this.audit.record(userPrincipal(user, ip), {
        action: 'auth.login',
        outcome: 'failed',
        detail: { reason },
      });
      if (passwordOk && input.totp === undefined && input.recoveryCode === undefined) {
        throw new DomainError(
          'totp_required',
          401,
          'this account needs the six-digit code of its authenticator app',
        );
      }
      throw new UnauthorizedError(passwordOk ? 'invalid second-factor code' : 'invalid username or password');
    }
    await this.passwords.signedIn(username, ip);
    const sessionSecret = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now + SESSION_HOURS * 3_600_000).toISOString();
    await this.sessions.insert(hashSecret(sessionSecret), {
      userId: user.id,
      csrfToken,
      createdAt: new Date(now).toISOString(),
      expiresAt,
      ip,
    });
    const principal = userPrincipal(user, ip);
    await this.audit.record(principal, { action: 'auth.login' });
    return { sessionSecret, csrfToken, expiresAt, principal };
  }

  /** The signed-in person's own account: their name, whether a second factor is on, recovery codes left. */
  async account(
    principal: Principal,
  ): Promise<{ displayName: string; secondFactor: boolean; recoveryCodesLeft: number }> {
    const user = principal.kind === 'user' ? await this.users.byId(principal.id) : undefined;
    if (!user) throw new ValidationError('only a signed-in person has an account (not an API token)', '/');
    return {
      displayName: user.displayName,
      secondFactor: user.totpSecret !== null,
      recoveryCodesLeft: user.totpSecret ? await this.users.recoveryCodesLeft(user.id) : 0,
    };
  }

  /**
   * The principal of a session cookie, with the session's CSRF token; undefined when the session is unknown,
   * expired or its user disabled (the caller then treats the request as carrying no session).
   */
  async resolveSession(
    secret: string,
    ip: string,
  ): Promise<{ principal: Principal; csrfToken: string } | undefined> {
    const session = await this.sessions.find(hashSecret(secret));
    if (!session || Date.parse(session.expiresAt) <= this.clock.now()) return undefined;
    const user = await this.users.byId(session.userId);
    if (!user || user.disabled) return undefined;
    return { principal: userPrincipal(user, ip), csrfToken: session.csrfToken };
  }

  /** Ends a session on the server (the cookie alone is then worthless). */
  async logout(secret: string, principal: Principal): Promise<void> {
    await this.sessions.delete(hashSecret(secret));
    await this.audit.record(principal, { action: 'auth.logout' });
  }

  /** Changes the caller's own password; ends all their sessions. */
  async changePassword(principal: Principal, body: unknown): Promise<void> {
    const input = validate<PasswordChange>('user.json#/$defs/passwordChange', structuredClone(body));
    const user = await this.users.byId(principal.id);
    if (!user) throw new UnauthorizedError();
    if (!(await this.passwords.reverify(user.id, user.passwordHash, input.currentPassword))) {
      await this.audit.record(principal, { action: 'auth.password', outcome: 'failed' });
      throw new ValidationError(
        '/currentPassword: is not your current password',
        '/currentPassword',
        undefined,
        { reason: 'wrong_password' },
      );
    }
    const problem = passwordProblem(input.newPassword, user.username);
    if (problem) throw new ValidationError(`/newPassword: ${problem}`, '/newPassword');
    await this.users.setPassword(user.id, await this.hasher.hash(input.newPassword), isoNow(this.clock));
    await this.sessions.deleteForUser(user.id);
    await this.audit.record(principal, { action: 'auth.password' });
  }
}
