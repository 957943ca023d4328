import { randomBytes, randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type {
  PairInput,
  PairingClaim,
  PairingOffer,
  PairingStatus,
  PairResult,
} from '../../schemas/types.ts';
import { systemPrincipal, type Principal } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import { addressGroup } from '../domain/network.address.ts';
import { newPairingCode, normalizePairingCode } from '../domain/pairing.code.ts';
import { offersToEnd } from '../domain/pairing.queue.ts';
import { keyedHash } from '../domain/sealing.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { Pairing, PairingRepository } from '../repositories/pairing.repository.ts';
import type { RateLimiter, RateLimits } from '../repositories/rate-limit.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import type { DeviceService } from './device.service.ts';

/** How the pairing service tells a waiting player that it was paired; the realtime layer implements it. */
export interface PairingLink {
  paired(pairingId: string): void;
}

export interface PairingLimits {
  /** How long a code stays valid, and how long a paired player has to pick up its token. */
  codeTtlMs: number;
  /** Codes one address may ask for per window (a player asks again only when its code expires). */
  requestsPerAddress: number;
  /** Wrong codes one operator may enter per window before a pause. */
  wrongCodesPerOperator: number;
  windowMs: number;
  /** Players that may wait at once, controller-wide (a flood of requests cannot fill the database). */
  maxWaiting: number;
  /** Codes one address (an IPv4 address, an IPv6 /64) may have waiting at once; a new one replaces its oldest. */
  waitingPerAddress: number;
  /** How long a code outlives the connection of the player showing it (a reload or a short network cut). */
  detachedGraceMs: number;
}

export const defaultPairingLimits: Omit<PairingLimits, 'codeTtlMs'> = {
  requestsPerAddress: 30,
  wrongCodesPerOperator: 10,
  windowMs: 15 * 60_000,
  maxWaiting: 1000,
  waitingPerAddress: 5,
  detachedGraceMs: 60_000,
};

/** One answer for every code that cannot pair a screen, so the reply reveals nothing about codes. */
const invalidCode = () =>
  new DomainError(
    'invalid_pairing_code',
    400,
    '/code: no player is waiting with this code (a code works once and expires after a few minutes): check the code on the screen',
    '/code',
  );

const secondsUntil = (iso: string, now: number) => Math.max(0, Math.floor((Date.parse(iso) - now) / 1000));

/**
 * Pairing: a player without a token asks for a short code and shows it; an operator with rights over a
 * screen enters the code; the player, which alone holds the offer's claim secret, then picks up its own
 * device token. Codes and claim secrets are stored as keyed hashes, expire, and work once.
 */
export class PairingService {
  private readonly access: AccessPolicy;
  private readonly pairings: PairingRepository;
  private readonly devices: DeviceService;
  private readonly audit: AuditService;
  private readonly link: PairingLink;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly key: Buffer;
  private readonly limits: PairingLimits;
  private readonly requests: RateLimiter;
  private readonly wrongCodes: RateLimiter;
  /** Requests make room in the queue one at a time, so that two cannot both take the last place. */
  private readonly queue = pLimit(1);

  constructor(deps: {
    access: AccessPolicy;
    pairings: PairingRepository;
    devices: DeviceService;
    audit: AuditService;
    link: PairingLink;
    clock: Clock;
    log: Logger;
    /** The key of the codes' and claims' keyed hashes. */
    key: Buffer;
    limits: PairingLimits;
    /** Where the limits count (shared by every controller when Redis is configured). */
    rateLimits: RateLimits;
  }) {
    this.access = deps.access;
    this.pairings = deps.pairings;
    this.devices = deps.devices;
    this.audit = deps.audit;
    this.link = deps.link;
    this.clock = deps.clock;
    this.log = deps.log;
    this.key = deps.key;
    this.limits = deps.limits;
    const { requestsPerAddress, wrongCodesPerOperator, windowMs } = deps.limits;
    this.requests = deps.rateLimits.window('pairing-requests', requestsPerAddress, windowMs);
    this.wrongCodes = deps.rateLimits.window('pairing-wrong', wrongCodesPerOperator, windowMs);
  }

  /**
   * A new code for a waiting player at `ip`, with the claim secret only that player receives. There is always
   * room: the address's oldest waiting codes beyond its share, or when the queue is full the oldest code of the
   * address with the most waiting, end to make it (see offersToEnd), so a flood cannot lock out a new player.
   */
  async request(ip: string): Promise<{ pairingId: string; offer: PairingOffer }> {
    const now = this.clock.now();
    const nowIso = new Date(now).toISOString();
    const group = addressGroup(ip);
    if (!(await this.requests.take(`ip:${group}`, now))) {
      throw new DomainError(
        'rate_limited',
        429,
        'too many pairing codes asked from this address: wait a while',
      );
    }
    // Offers that ended a day ago are forgotten; the audit log keeps what happened to them.
    await this.pairings.purgeEndedBefore(new Date(now - 24 * 3_600_000).toISOString());
    let code = newPairingCode();
    for (let tries = 0; await this.pairings.codeInUse(this.hash(code), nowIso); tries++) {
      if (tries > 10) throw new Error('no free pairing code');
      code = newPairingCode();
    }
    const claim = `gcp_${randomBytes(32).toString('base64url')}`;
    const pairing: Pairing = {
      id: randomUUID(),
      createdAt: nowIso,
      expiresAt: new Date(now + this.limits.codeTtlMs).toISOString(),
      ip,
      screenId: null,
      pairedAt: null,
      claimedAt: null,
    };
    await this.queue(async () => {
      const waiting = (await this.pairings.waiting(nowIso)).map((w) => ({ ...w, group: addressGroup(w.ip) }));
      const ended = offersToEnd(waiting, group, {
        perAddress: this.limits.waitingPerAddress,
        maxWaiting: this.limits.maxWaiting,
      });
      await this.pairings.end(ended, nowIso);
      if (ended.length > 0) this.log.info({ ended, ip }, 'waiting pairing codes ended to make room');
      await this.pairings.insert(pairing, this.hash(code), this.hash(claim));
    });
    this.log.info({ pairingId: pairing.id, ip }, 'pairing code issued');
    return {
      pairingId: pairing.id,
      offer: { code, claim, expiresInSeconds: secondsUntil(pairing.expiresAt, now) },
    };
  }

  /**
   * No player follows this offer any more (its socket closed or moved on): a waiting code then ends after a
   * short grace, unless its player comes back with the claim secret (a reload, a network cut).
   */
  async detach(pairingId: string): Promise<void> {
    const until = new Date(this.clock.now() + this.limits.detachedGraceMs).toISOString();
    await this.pairings.endBy(pairingId, until);
  }

  /**
   * The waiting player asks about its offer with the claim secret: still waiting, or paired, in which case
   * its own device token is created and returned, this once.
   */
  async claim(body: unknown, ip: string): Promise<{ pairingId: string; status: PairingStatus }> {
    const input = validate<PairingClaim>('pairing.json#/$defs/claim', structuredClone(body));
    const now = this.clock.now();
    const pairing = await this.pairings.byClaim(this.hash(input.claim));
    if (!pairing || pairing.claimedAt) {
      throw new DomainError('pairing_unknown', 404, 'no such pairing offer: ask for a new code');
    }
    if (Date.parse(pairing.expiresAt) <= now) {
      throw new DomainError('pairing_expired', 410, 'the pairing code has expired: ask for a new code');
    }
    if (!pairing.screenId) {
      // Its player follows it again: the code gets back the rest of its lifetime, if it had not ended.
      const until = new Date(Date.parse(pairing.createdAt) + this.limits.codeTtlMs).toISOString();
      const followed = await this.pairings.extend(pairing.id, until, new Date(now).toISOString());
      return {
        pairingId: pairing.id,
        status: {
          status: 'waiting',
          expiresInSeconds: secondsUntil(followed ? until : pairing.expiresAt, now),
        },
      };
    }
    if (!(await this.pairings.markClaimed(pairing.id, new Date(now).toISOString()))) {
      throw new DomainError('pairing_unknown', 404, 'no such pairing offer: ask for a new code');
    }
    const created = await this.devices.createToken({ ...systemPrincipal, ip }, pairing.screenId, {
      label: `paired ${pairing.pairedAt?.slice(0, 10) ?? ''}`.trim(),
    });
    return {
      pairingId: pairing.id,
      status: { status: 'paired', screenId: pairing.screenId, token: created.token },
    };
  }

  /**
   * An operator who may act on the screen `screenId` pairs it with the player showing the code. Unknown, used
   * and expired codes get the same answer; the audit log records which it was.
   */
  async pair(actor: Principal, screenId: string, body: unknown): Promise<PairResult> {
    await this.access.screen(actor, screenId, 'screen:write');
    const input = validate<PairInput>('pairing.json', structuredClone(body));
    const now = this.clock.now();
    const nowIso = new Date(now).toISOString();
    const guesser = `${actor.kind}:${actor.id}`;
    if (await this.wrongCodes.exhausted(guesser, now)) {
      await this.audit.record(actor, {
        action: 'device.pair',
        entity: 'screen',
        entityId: screenId,
        outcome: 'denied',
        detail: { reason: 'too many wrong codes' },
      });
      const at = new Date(await this.wrongCodes.retryAt(guesser, now)).toISOString();
      throw new DomainError('rate_limited', 429, `too many wrong pairing codes: try again after ${at}`);
    }
    const code = normalizePairingCode(input.code);
    const pairing = code === undefined ? undefined : await this.pairings.byCode(this.hash(code));
    const reason = !pairing
      ? 'unknown code'
      : pairing.screenId
        ? 'code already used'
        : Date.parse(pairing.expiresAt) <= now
          ? 'code expired'
          : undefined;
    const paired =
      pairing !== undefined &&
      reason === undefined &&
      (await this.pairings.markPaired(
        pairing.id,
        screenId,
        nowIso,
        new Date(now + this.limits.codeTtlMs).toISOString(),
      ));
    if (!pairing || !paired) {
      await this.wrongCodes.record(guesser, now);
      await this.audit.record(actor, {
        action: 'device.pair',
        entity: 'screen',
        entityId: screenId,
        outcome: 'denied',
        detail: { reason: reason ?? 'code already used', ...(pairing ? { pairingId: pairing.id } : {}) },
      });
      throw invalidCode();
    }
    this.link.paired(pairing.id);
    await this.audit.record(actor, {
      action: 'device.pair',
      entity: 'screen',
      entityId: screenId,
      detail: { pairingId: pairing.id, playerIp: pairing.ip },
    });
    return { screenId, pairedAt: nowIso };
  }

  private hash(secret: string): string {
    return keyedHash(this.key, secret);
  }
}
