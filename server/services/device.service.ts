import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DeviceToken, DeviceTokenCreated } from '../../schemas/types.ts';
import { systemPrincipal, type Principal } from '../domain/access.ts';
import { NotFoundError, UnauthorizedError } from '../domain/errors.ts';
import { hashSecret, newSecret } from '../domain/token.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DeviceTokenRepository } from '../repositories/device-token.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AuditService } from './audit.service.ts';

/** How the device service reaches connected players; the realtime layer implements it. */
export interface DeviceLink {
  /** Disconnects every socket that authenticated with this device token, on every controller process. */
  disconnectDevice(tokenId: string): void;
}

/** Devices: each player's own credential, bound to one screen; revoking one cuts the player off at once. */
export class DeviceService {
  private readonly tokens: DeviceTokenRepository;
  private readonly screens: EntityRepositories['screens'];
  private readonly audit: AuditService;
  private readonly link: DeviceLink;
  private readonly clock: Clock;
  private readonly log: Logger;

  constructor(deps: {
    tokens: DeviceTokenRepository;
    screens: EntityRepositories['screens'];
    audit: AuditService;
    link: DeviceLink;
    clock: Clock;
    log: Logger;
  }) {
    this.tokens = deps.tokens;
    this.screens = deps.screens;
    this.audit = deps.audit;
    this.link = deps.link;
    this.clock = deps.clock;
    this.log = deps.log;
  }

  /** Resolves a device token to its screen; throws UnauthorizedError when unknown or revoked. */
  async authenticate(secret: string | undefined): Promise<{ screenId: string; tokenId: string }> {
    if (!secret) throw new UnauthorizedError('missing device token');
    const found = await this.tokens.findDeviceToken(hashSecret(secret));
    if (!found) throw new UnauthorizedError('invalid or revoked device token');
    return { screenId: found.screenId, tokenId: found.id };
  }

  /**
   * Creates a device token for a screen; the secret is returned once and only its hash is kept.
   * `actor` is who asked (an operator, or the controller itself when seeding or pairing).
   */
  async createToken(
    screenId: string,
    body: unknown,
    actor: Principal = systemPrincipal,
  ): Promise<DeviceTokenCreated> {
    const input = validate<{ label?: string }>('device-token.json', structuredClone(body ?? {}));
    if (!(await this.screens.get(screenId))) throw new NotFoundError(`screen "${screenId}" does not exist`);
    const secret = newSecret('gcd');
    const created = {
      id: randomUUID(),
      screenId,
      label: input.label ?? '',
      createdAt: isoNow(this.clock),
      revokedAt: null,
    };
    await this.tokens.insertDeviceToken(created, hashSecret(secret));
    this.log.info({ screenId, tokenId: created.id }, 'device token created');
    await this.audit.record(actor, {
      action: 'device.token.create',
      entity: 'screen',
      entityId: screenId,
      detail: { tokenId: created.id, label: created.label },
    });
    return {
      id: created.id,
      screenId,
      token: secret,
      playerUrl: `/player/?token=${encodeURIComponent(secret)}`,
      createdAt: created.createdAt,
    };
  }

  /** A screen's tokens (never their secrets), revoked ones included. */
  async listTokens(screenId: string): Promise<DeviceToken[]> {
    return this.tokens.listForScreen(screenId);
  }

  /** Revokes a screen's token: its player is disconnected at once and every later handshake is refused. */
  async revoke(actor: Principal, screenId: string, tokenId: string): Promise<void> {
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
    });
  }
}
