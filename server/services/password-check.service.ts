import { DomainError } from '../domain/errors.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { PasswordHasher } from '../repositories/password.repository.ts';
import type { RateLimiter, RateLimits } from '../repositories/rate-limit.repository.ts';

/** Wrong passwords one account may get from one address, and a signed-in person when re-verifying. */
export const PASSWORD_GUESSES = 5;
export const PASSWORD_WINDOW_MS = 15 * 60_000;

/**
 * Limits password guessing without a lock that strangers can trigger. Sign-in attempts are counted per
 * account *and address* pair, so a stranger who sends wrong passwords slows only their own address, never the
 * person at theirs; the same count applies to names that do not exist, so the answer reveals nothing. A
 * signed-in session re-verifying its password (password change, second-factor enrolment) is counted per
 * account. Every count takes its slot before the password is checked, in one atomic step (memory or
 * Redis), so parallel guesses cannot slip past it; a success clears it.
 */
export class PasswordCheckService {
  private readonly hasher: PasswordHasher;
  private readonly clock: Clock;
  private readonly signIns: RateLimiter;
  private readonly reverifications: RateLimiter;

  constructor(deps: { hasher: PasswordHasher; clock: Clock; limits: RateLimits }) {
    this.hasher = deps.hasher;
    this.clock = deps.clock;
    this.signIns = deps.limits.window('login-pair', PASSWORD_GUESSES, PASSWORD_WINDOW_MS);
    this.reverifications = deps.limits.window('reverify', PASSWORD_GUESSES, PASSWORD_WINDOW_MS);
  }

  /** Takes one sign-in attempt for this name from this address; 429 when they are used up. */
  async reserveSignIn(username: string, ip: string): Promise<void> {
    const key = `${username}\n${ip}`;
    const now = this.clock.now();
    if (await this.signIns.take(key, now)) return;
    const at = new Date(await this.signIns.retryAt(key, now)).toISOString();
    throw new DomainError(
      'rate_limited',
      429,
      `too many failed sign-ins for this name from this address: try again after ${at}`,
    );
  }

  /** A sign-in succeeded: its earlier failures from this address no longer count. */
  async signedIn(username: string, ip: string): Promise<void> {
    await this.signIns.reset(`${username}\n${ip}`);
  }

  /** Whether `password` is the person's own, at most PASSWORD_GUESSES wrong tries per window (then 429). */
  async reverify(userId: string, passwordHash: string, password: string): Promise<boolean> {
    const now = this.clock.now();
    if (!(await this.reverifications.take(userId, now))) {
      const at = new Date(await this.reverifications.retryAt(userId, now)).toISOString();
      throw new DomainError('rate_limited', 429, `too many wrong passwords: try again after ${at}`);
    }
    const ok = await this.hasher.verify(passwordHash, password);
    if (ok) await this.reverifications.reset(userId);
    return ok;
  }
}
