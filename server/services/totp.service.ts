import { generateSecret, generateURI, verifySync } from 'otplib';
import type { TotpConfirm, TotpSetup, TotpStart } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import { ConflictError, DomainError, ValidationError } from '../domain/errors.ts';
import { isSealed, seal, unseal } from '../domain/sealing.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { RateLimiter, RateLimits } from '../repositories/rate-limit.repository.ts';
import type { UserCredentials, UserRepository } from '../repositories/user.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AuditService } from './audit.service.ts';
import type { PasswordCheckService } from './password-check.service.ts';

/** Wrong codes a person may give (confirming or turning off) before a pause. */
const MAX_WRONG_CODES = 5;
const WRONG_CODE_WINDOW_MS = 15 * 60_000;

/**
 * The TOTP second factor: enrolment (start, confirm), turning it off (by its owner with a code, or by an
 * admin), and checking codes at sign-in. Secrets are stored sealed with the controller's key.
 */
export class TotpService {
  private readonly users: UserRepository;
  private readonly passwords: PasswordCheckService;
  private readonly audit: AuditService;
  private readonly clock: Clock;
  private readonly key: Buffer;
  private readonly wrongCodes: RateLimiter;

  constructor(deps: {
    users: UserRepository;
    /** Re-verifies the person's password before enrolment, with its own guessing limit. */
    passwords: PasswordCheckService;
    audit: AuditService;
    clock: Clock;
    /** The key that seals secrets (derived from the controller's secret key for this purpose). */
    key: Buffer;
    /** Where wrong codes are counted (shared by every controller when Redis is configured). */
    limits: RateLimits;
  }) {
    this.users = deps.users;
    this.passwords = deps.passwords;
    this.audit = deps.audit;
    this.clock = deps.clock;
    this.key = deps.key;
    this.wrongCodes = deps.limits.window('totp-wrong', MAX_WRONG_CODES, WRONG_CODE_WINDOW_MS);
  }

  /** Seals secrets stored in plain text by earlier versions; returns how many it sealed. */
  async sealLegacySecrets(): Promise<number> {
    let sealed = 0;
    for (const user of await this.users.withTotp()) {
      if (isSealed(user.totpSecret)) continue;
      await this.users.setTotpSecret(user.id, seal(this.key, user.totpSecret, user.id));
      sealed++;
    }
    return sealed;
  }

  /** Whether `code` is the user's current code, not used before on any controller; used at sign-in. */
  async verifyAtSignIn(user: UserCredentials, code: string): Promise<boolean> {
    const secret = user.totpSecret ? this.open(user.totpSecret, user.id) : undefined;
    if (secret === undefined) return false;
    return this.accept(user, this.check(secret, code, user.totpLastStep ?? undefined));
  }

  /**
   * Starts enrolment for the signed-in person: a fresh secret, returned this once (as text and as an
   * otpauth:// URI for a QR code). It becomes active only when confirmed with a code.
   */
  async start(principal: Principal, body: unknown): Promise<TotpSetup> {
    const input = validate<TotpStart>('user.json#/$defs/totpStart', structuredClone(body));
    const user = await this.person(principal);
    if (!(await this.passwords.reverify(user.id, user.passwordHash, input.password))) {
      await this.audit.record(principal, {
        action: 'auth.totp.start',
        entity: 'user',
        entityId: user.id,
        outcome: 'failed',
        detail: { reason: 'wrong password' },
      });
      throw new ValidationError('/password: is not your current password', '/password');
    }
    if (user.totpSecret) {
      throw new ConflictError('a second factor is already on: turn it off first to enrol a new one');
    }
    const secret = generateSecret();
    await this.users.setTotpPending(user.id, seal(this.key, secret, user.id));
    await this.audit.record(principal, { action: 'auth.totp.start', entity: 'user', entityId: user.id });
    return { secret, otpauthUri: generateURI({ secret, label: user.username, issuer: 'Gatecast' }) };
  }

  /** Turns the second factor on, once the authenticator app shows a valid code for the pending secret. */
  async confirm(principal: Principal, body: unknown): Promise<void> {
    const input = validate<TotpConfirm>('user.json#/$defs/totpConfirm', structuredClone(body));
    const user = await this.person(principal);
    if (!user.totpPending) {
      throw new ConflictError('no enrolment is under way: start one with POST /api/v1/auth/totp');
    }
    await this.assertNotGuessing(user.id);
    const secret = this.open(user.totpPending, user.id);
    if (secret === undefined || this.check(secret, input.totp, undefined) === undefined) {
      await this.wrongCode(principal, user.id, 'auth.totp.enable');
      throw new ValidationError('/totp: the code does not match: check the app and the clock', '/totp');
    }
    await this.users.setTotpSecret(user.id, seal(this.key, secret, user.id));
    await this.audit.record(principal, { action: 'auth.totp.enable', entity: 'user', entityId: user.id });
  }

  /** Turns the caller's own second factor off; needs a current code. */
  async disable(principal: Principal, body: unknown): Promise<void> {
    const input = validate<TotpConfirm>('user.json#/$defs/totpConfirm', structuredClone(body));
    const user = await this.person(principal);
    if (!user.totpSecret) throw new ConflictError('this account has no second factor');
    await this.assertNotGuessing(user.id);
    const secret = this.open(user.totpSecret, user.id);
    const step =
      secret === undefined ? undefined : this.check(secret, input.totp, user.totpLastStep ?? undefined);
    if (!(await this.accept(user, step))) {
      await this.wrongCode(principal, user.id, 'auth.totp.disable');
      throw new ValidationError('/totp: the code does not match', '/totp');
    }
    await this.users.setTotpSecret(user.id, null);
    await this.audit.record(principal, { action: 'auth.totp.disable', entity: 'user', entityId: user.id });
  }

  private async person(principal: Principal): Promise<UserCredentials> {
    const user = principal.kind === 'user' ? await this.users.byId(principal.id) : undefined;
    if (!user)
      throw new ValidationError('only a signed-in person has a second factor (not an API token)', '/');
    return user;
  }

  private async assertNotGuessing(userId: string): Promise<void> {
    const now = this.clock.now();
    if (await this.wrongCodes.exhausted(userId, now)) {
      const at = new Date(await this.wrongCodes.retryAt(userId, now)).toISOString();
      throw new DomainError('rate_limited', 429, `too many wrong codes: try again after ${at}`);
    }
  }

  private async wrongCode(principal: Principal, userId: string, action: string): Promise<void> {
    await this.wrongCodes.record(userId, this.clock.now());
    await this.audit.record(principal, {
      action,
      entity: 'user',
      entityId: userId,
      outcome: 'failed',
      detail: { reason: 'wrong code' },
    });
  }

  /**
   * Marks the matched step used, in the database: of two controllers given the same code at once, only the
   * one whose conditional update changed the row accepts it.
   */
  private async accept(user: UserCredentials, step: number | undefined): Promise<boolean> {
    return step !== undefined && (await this.users.acceptTotpStep(user.id, step));
  }

  /** The plain secret; undefined when it does not open (the controller's key was changed or lost). */
  private open(sealed: string, userId: string): string | undefined {
    // Secrets stored before sealing existed are sealed at start; tolerate one in between.
    if (!isSealed(sealed)) return sealed;
    try {
      return unseal(this.key, sealed, userId);
    } catch {
      return undefined;
    }
  }

  /** The time step the code matched (±30 s of clock drift), or undefined. */
  private check(secret: string, code: string, after: number | undefined): number | undefined {
    try {
      const result = verifySync({
        secret,
        token: code,
        epochTolerance: 30,
        epoch: Math.floor(this.clock.now() / 1000),
        ...(after === undefined ? {} : { afterTimeStep: after }),
      });
      // A TOTP result carries its time step (an HOTP one, which this never is, would not).
      return result.valid && 'timeStep' in result ? result.timeStep : undefined;
    } catch {
      return undefined;
    }
  }
}
