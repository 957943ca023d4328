import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import type { RecoveryCodes, TotpConfirm, TotpSetup, TotpStart } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import { ConflictError, DomainError, ValidationError } from '../domain/errors.ts';
import { isSealed, seal, unseal } from '../domain/sealing.ts';
import { hashSecret } from '../domain/token.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { RateLimiter, RateLimits } from '../repositories/rate-limit.repository.ts';
import type { UserCredentials, UserRepository } from '../repositories/user.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AuditService } from './audit.service.ts';
import type { PasswordCheckService } from './password-check.service.ts';

/** Wrong codes a person may give (confirming or turning off) before a pause. */
const MAX_WRONG_CODES = 5;
const WRONG_CODE_WINDOW_MS = 15 * 60_000;
/** Recovery codes given at once, and their letters: no 0/o, 1/l/i to misread from paper. */
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new recovery code as shown: ten letters and digits in two groups (about 50 bits). */
function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** What is stored of a recovery code: the hash of its letters, bound to its person (case, spaces, hyphens ignored). */
export function recoveryCodeHash(userId: string, code: string): string {
  return hashSecret(`${userId}:${code.toLowerCase().replace(/[\s-]/g, '')}`);
}

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

  /**
   * At sign-in: whether `given.totp` is the user's current code, not used before on any controller, or else
   * `given.recoveryCode` one of their unused recovery codes, used up now (of two sign-ins with the same
   * code, on any controller, one succeeds).
   */
  async verifyAtSignIn(
    user: UserCredentials,
    given: { totp?: string | undefined; recoveryCode?: string | undefined },
    ip?: string,
  ): Promise<boolean> {
    const secret = user.totpSecret ? this.open(user.totpSecret, user.id) : undefined;
    if (secret === undefined) return false;
    if (given.totp !== undefined)
      return this.accept(user, this.check(secret, given.totp, user.totpLastStep ?? undefined));
    if (given.recoveryCode === undefined) return false;
    const hash = recoveryCodeHash(user.id, given.recoveryCode);
    if (!(await this.users.useRecoveryCode(user.id, hash, isoNow(this.clock)))) return false;
    const principal: Principal = {
      kind: 'user',
      id: user.id,
      name: user.username,
      roles: user.roles,
      scope: user.scope,
      ip,
    };
    await this.audit.record(principal, {
      action: 'auth.recovery.use',
      entity: 'user',
      entityId: user.id,
      detail: { recoveryCodesLeft: await this.users.recoveryCodesLeft(user.id) },
    });
    return true;
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
      throw new ValidationError('/password: is not your current password', '/password', undefined, {
        reason: 'wrong_password',
      });
    }
    if (user.totpSecret) {
      throw new ConflictError(
        'a second factor is already on: turn it off first to enrol a new one',
        undefined,
        {
          reason: 'second_factor_on',
        },
      );
    }
    const secret = generateSecret();
    await this.users.setTotpPending(user.id, seal(this.key, secret, user.id));
    await this.audit.record(principal, { action: 'auth.totp.start', entity: 'user', entityId: user.id });
    return { secret, otpauthUri: generateURI({ secret, label: user.username, issuer: 'Gatecast' }) };
  }

  /**
   * Turns the second factor on, once the authenticator app shows a valid code for the pending secret; answers
   * the recovery codes, shown this once.
   */
  async confirm(principal: Principal, body: unknown): Promise<RecoveryCodes> {
    const input = validate<TotpConfirm>('user.json#/$defs/totpConfirm', structuredClone(body));
    const user = await this.person(principal);
    if (!user.totpPending) {
      throw new ConflictError('no enrolment is under way: start one with POST /api/v1/auth/totp');
    }
    await this.assertNotGuessing(user.id);
    const secret = this.open(user.totpPending, user.id);
    const step = secret === undefined ? undefined : this.check(secret, input.totp, undefined);
    if (secret === undefined || step === undefined) {
      await this.wrongCode(principal, user.id, 'auth.totp.enable');
      throw new ValidationError(
        '/totp: the code does not match: check the app and the clock',
        '/totp',
        undefined,
        {
          reason: 'wrong_code',
        },
      );
    }
    await this.users.setTotpSecret(user.id, seal(this.key, secret, user.id));
    // The code that turned it on is used: it does not sign in too (someone who saw it gains nothing).
    await this.users.acceptTotpStep(user.id, step);
    const codes = await this.newRecoveryCodes(user.id);
    await this.audit.record(principal, {
      action: 'auth.totp.enable',
      entity: 'user',
      entityId: user.id,
      detail: { recoveryCodes: codes.codes.length },
    });
    return codes;
  }

  /** A new set of recovery codes for the caller (the old ones stop working); needs a current code. */
  async renewRecoveryCodes(principal: Principal, body: unknown): Promise<RecoveryCodes> {
    const user = await this.withCurrentCode(principal, body, 'auth.recovery.renew');
    const codes = await this.newRecoveryCodes(user.id);
    await this.audit.record(principal, {
      action: 'auth.recovery.renew',
      entity: 'user',
      entityId: user.id,
      detail: { recoveryCodes: codes.codes.length },
    });
    return codes;
  }

  private async newRecoveryCodes(userId: string): Promise<RecoveryCodes> {
    const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.users.replaceRecoveryCodes(
      userId,
      codes.map((c) => recoveryCodeHash(userId, c)),
      isoNow(this.clock),
    );
    return { codes };
  }

  /** Turns the caller's own second factor off; needs a current code. */
  async disable(principal: Principal, body: unknown): Promise<void> {
    const user = await this.withCurrentCode(principal, body, 'auth.totp.disable');
    await this.users.setTotpSecret(user.id, null);
    await this.audit.record(principal, { action: 'auth.totp.disable', entity: 'user', entityId: user.id });
  }

  /**
   * The signed-in person, once the body's code is their current one (and not used before); a wrong code is
   * counted against guessing and recorded as a failed `action`.
   */
  private async withCurrentCode(
    principal: Principal,
    body: unknown,
    action: string,
  ): Promise<UserCredentials> {
    const input = validate<TotpConfirm>('user.json#/$defs/totpConfirm', structuredClone(body));
    const user = await this.person(principal);
    if (!user.totpSecret)
      throw new ConflictError('this account has no second factor', undefined, { reason: 'no_second_factor' });
    await this.assertNotGuessing(user.id);
    const secret = this.open(user.totpSecret, user.id);
    const step =
      secret === undefined ? undefined : this.check(secret, input.totp, user.totpLastStep ?? undefined);
    if (!(await this.accept(user, step))) {
      await this.wrongCode(principal, user.id, action);
      throw new ValidationError('/totp: the code does not match', '/totp', undefined, {
        reason: 'wrong_code',
      });
    }
    return user;
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
