import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type {
  DeviceToken,
  DeviceTokenCreated,
  EnrolmentCreated,
  EnrolmentExchange,
  EnrolmentExchanged,
  EnrolmentInput,
  Scope,
} from '../../schemas/types.ts';
import { systemPrincipal, type Principal } from '../domain/access.ts';
import { DomainError, NotFoundError, UnauthorizedError } from '../domain/errors.ts';
import { hashSecret, newSecret } from '../domain/token.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type {
  DeviceEnrolment,
  DeviceTokenRepository,
  StoredDeviceToken,
} from '../repositories/device-token.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import type { RateLimiter, RateLimits } from '../repositories/rate-limit.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';

/** How the device service reaches connected players; the realtime layer implements it. */
export interface DeviceLink {
  /** Disconnects every socket that authenticated with this device token, on every controller process. */
  disconnectDevice(tokenId: string): void;
}

export interface EnrolmentLimits {
  /** How long a player link works (ENROLMENT_LINK_HOURS). */
  ttlMs: number;
  /** Refused links one address may present per window before a pause. */
  refusalsPerAddress: number;
  windowMs: number;
}

export const defaultEnrolmentLimits: Omit<EnrolmentLimits, 'ttlMs'> = {
  refusalsPerAddress: 20,
  windowMs: 15 * 60_000,
};

/** Links used or expired this long ago are forgotten (a later use then reads "not valid", not "used"). */
const enrolmentMemoryMs = 7 * 86_400_000;

type Refusal = 'unknown' | 'already used' | 'expired';

/** What the player shows for each refusal: plain words, and what to do next. */
const refusals: Record<Refusal, () => DomainError> = {
  unknown: () =>
    new DomainError(
      'enrolment_unknown',
      404,
      '/token: this link is not valid (mistyped, or its screen was deleted): pair the player or ask for a new link',
      '/token',
    ),
  'already used': () =>
    new DomainError(
      'enrolment_used',
      410,
      'this link was already used: pair the player again or ask for a new link',
    ),
  expired: () =>
    new DomainError('enrolment_expired', 410, 'this link has expired: pair the player or ask for a new link'),
};

/**
 * Devices: each player's own credential, bound to one screen; revoking one cuts the player off at once.
 * A device token never travels in a URL: a player link carries a single-use, short-lived enrolment token
 * that the player exchanges (over the /pairing socket) for its device token.
 */
export class DeviceService {
  private readonly access: AccessPolicy;
  private readonly tokens: DeviceTokenRepository;
  private readonly screens: EntityRepositories['screens'];
  private readonly audit: AuditService;
  private readonly link: DeviceLink;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly enrolment: EnrolmentLimits;
  private readonly refused: RateLimiter;

  constructor(deps: {
    tokens: DeviceTokenRepository;
    screens: EntityRepositories['screens'];
    audit: AuditService;
    link: DeviceLink;
    clock: Clock;
    log: Logger;
    enrolment: EnrolmentLimits;
    /** Where the refused-link counts are kept (shared by every controller when Redis is configured). */
    rateLimits: RateLimits;
    access: AccessPolicy;
  }) {
    this.access = deps.access;
    this.tokens = deps.tokens;
    this.screens = deps.screens;
    this.audit = deps.audit;
    this.link = deps.link;
    this.clock = deps.clock;
    this.log = deps.log;
    this.enrolment = deps.enrolment;
    const { refusalsPerAddress, windowMs } = deps.enrolment;
    this.refused = deps.rateLimits.window('enrolment-refused', refusalsPerAddress, windowMs);
  }

  /** Resolves a device token to its screen; throws UnauthorizedError when unknown or revoked. */
  async authenticate(secret: string | undefined): Promise<{ screenId: string; tokenId: string }> {
    if (!secret) throw new UnauthorizedError('missing device token');
    const found = await this.tokens.findDeviceToken(hashSecret(secret));
    if (!found) throw new UnauthorizedError('invalid or revoked device token');
    return { screenId: found.screenId, tokenId: found.id };
  }

  /**
   * Creates a device token for a screen; the secret is returned once and only its hash is kept. It is for
   * clients that present it in a socket handshake's auth; a player page gets a link (issueEnrolment).
   * `actor` is who asked: an operator who may act on the screen, or the controller itself when pairing.
   */
  async createToken(actor: Principal, screenId: string, body: unknown): Promise<DeviceTokenCreated> {
    await this.access.screen(actor, screenId, 'screen:write');
    const input = validate<{ label?: string }>('device-token.json', structuredClone(body ?? {}));
    const { created, secret } = this.newToken(screenId, input.label ?? '');
    await this.tokens.insertDeviceToken(created, hashSecret(secret));
    await this.recordCreated(created, actor);
    return { id: created.id, screenId, token: secret, createdAt: created.createdAt };
  }

  /** A screen's tokens (never their secrets), revoked ones included. */
  async listTokens(actor: Principal, screenId: string): Promise<DeviceToken[]> {
    await this.access.screen(actor, screenId, 'screen:write');
    return this.tokens.listForScreen(screenId);
  }

  /** Revokes a screen's token: its player is disconnected at once and every later handshake is refused. */
  async revoke(actor: Principal, screenId: string, tokenId: string): Promise<void> {
    await this.access.screen(actor, screenId, 'screen:write');
    const at = isoNow(this.clock);
    if (!(await this.tokens.revoke(screenId, tokenId, at))) {
      throw new NotFoundError(`screen "${screenId}" has no active device token "${tokenId}"`);
    }
    this.link.disconnectDevice(tokenId);
    this.log.info({ screenId, tokenId }, 'device token revoked');
    await this.audit.record(actor, {
      action: 'device.revoke',
      entity: 'screen',
      entityId: screenId,
      detail: { tokenId, revokedAt: at },
      scope: await this.scopeOf(screenId),
    });
  }

  /**
   * A player link for a screen the actor may act on: `/player/?token=gce_…`, whose enrolment token works
   * once, until it expires, and is kept only as its sha256.
   */
  async issueEnrolment(actor: Principal, screenId: string, body: unknown): Promise<EnrolmentCreated> {
    const screen = await this.access.screen(actor, screenId, 'screen:write');
    const input = validate<EnrolmentInput>('enrolment.json', structuredClone(body ?? {}));
    const now = this.clock.now();
    await this.tokens.purgeEnrolmentsBefore(new Date(now - enrolmentMemoryMs).toISOString());
    const secret = newSecret('gce');
    const enrolment: DeviceEnrolment = {
      id: randomUUID(),
      screenId,
      label: input.label ?? '',
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.enrolment.ttlMs).toISOString(),
      usedAt: null,
      deviceTokenId: null,
    };
    await this.tokens.insertEnrolment(enrolment, hashSecret(secret));
    this.log.info({ screenId, enrolmentId: enrolment.id }, 'player link issued');
    await this.audit.record(actor, {
      action: 'device.enrolment.issue',
      entity: 'screen',
      entityId: screenId,
      detail: { enrolmentId: enrolment.id, label: enrolment.label, expiresAt: enrolment.expiresAt },
      scope: { gates: [screen.gateId] },
    });
    return {
      id: enrolment.id,
      screenId,
      token: secret,
      playerUrl: `/player/?token=${secret}`,
      createdAt: enrolment.createdAt,
      expiresAt: enrolment.expiresAt,
    };
  }

  /** A fresh demo link for a seeded screen; the unused demo links printed before stop working. */
  async issueDemoLink(screenId: string): Promise<EnrolmentCreated> {
    await this.tokens.withdrawUnusedEnrolments(screenId, 'demo', isoNow(this.clock));
    return this.issueEnrolment(systemPrincipal, screenId, { label: 'demo' });
  }

  /**
   * A player at `ip` exchanges the enrolment token of its link for its own device token: once. A second use,
   * an expired or an unknown token is refused and audited, and counts towards the address's pause.
   */
  async exchangeEnrolment(body: unknown, ip: string): Promise<EnrolmentExchanged> {
    const input = validate<EnrolmentExchange>('enrolment.json#/$defs/exchange', structuredClone(body));
    const now = this.clock.now();
    const nowIso = new Date(now).toISOString();
    const actor: Principal = { ...systemPrincipal, ip };
    if (await this.refused.exhausted(`ip:${ip}`, now)) {
      // Not audited: a flood of refused links must not flood the audit log as well.
      this.log.warn({ ip }, 'player link exchange paused for this address');
      throw new DomainError('rate_limited', 429, 'too many refused links from this address: wait a while');
    }
    const enrolment = await this.tokens.enrolmentByHash(hashSecret(input.token));
    let refusal: Refusal | undefined = !enrolment
      ? 'unknown'
      : enrolment.usedAt
        ? 'already used'
        : Date.parse(enrolment.expiresAt) <= now
          ? 'expired'
          : undefined;
    if (enrolment && !refusal) {
      const label = enrolment.label || `link ${nowIso.slice(0, 10)}`;
      const { created, secret } = this.newToken(enrolment.screenId, label);
      if (await this.tokens.redeemEnrolment(enrolment.id, nowIso, created, hashSecret(secret))) {
        await this.recordCreated(created, actor);
        await this.audit.record(actor, {
          action: 'device.enrolment.exchange',
          entity: 'screen',
          entityId: enrolment.screenId,
          detail: { enrolmentId: enrolment.id, tokenId: created.id },
          scope: await this.scopeOf(enrolment.screenId),
        });
        return { screenId: enrolment.screenId, token: secret };
      }
    }
    await this.refused.record(`ip:${ip}`, now);
    // Read again: another exchange may have taken it a moment ago (or it expired meanwhile).
    const known = enrolment && (await this.tokens.enrolmentByHash(hashSecret(input.token)));
    refusal ??= known?.usedAt ? 'already used' : 'expired';
    await this.audit.record(actor, {
      action: 'device.enrolment.exchange',
      entity: 'screen',
      entityId: known ? known.screenId : undefined,
      outcome: 'denied',
      detail: {
        reason: refusal,
        ...(known
          ? {
              enrolmentId: known.id,
              usedAt: known.usedAt,
              tokenId: known.deviceTokenId,
              expiresAt: known.expiresAt,
            }
          : {}),
      },
      scope: known ? await this.scopeOf(known.screenId) : undefined,
    });
    throw refusals[refusal]();
  }

  private newToken(screenId: string, label: string): { created: StoredDeviceToken; secret: string } {
    return {
      secret: newSecret('gcd'),
      created: { id: randomUUID(), screenId, label, createdAt: isoNow(this.clock), revokedAt: null },
    };
  }

  private async recordCreated(created: StoredDeviceToken, actor: Principal): Promise<void> {
    this.log.info({ screenId: created.screenId, tokenId: created.id }, 'device token created');
    await this.audit.record(actor, {
      action: 'device.token.create',
      entity: 'screen',
      entityId: created.screenId,
      detail: { tokenId: created.id, label: created.label },
      scope: await this.scopeOf(created.screenId),
    });
  }

  /** What a device event concerns, for scoped readers of the audit log: the screen's gate. */
  private async scopeOf(screenId: string): Promise<Scope | undefined> {
    const screen = await this.screens.get(screenId);
    return screen ? { gates: [screen.gateId] } : undefined;
  }
}
