import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DeviceTokenCreated } from '../../schemas/types.ts';
import { NotFoundError, UnauthorizedError } from '../domain/errors.ts';
import { hashSecret, newSecret } from '../domain/token.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DeviceTokenRepository } from '../repositories/device-token.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import { validate } from '../validation/schema.validator.ts';

/** Devices: each player's own credential, bound to one screen. */
export class DeviceService {
  private readonly tokens: DeviceTokenRepository;
  private readonly screens: EntityRepositories['screens'];
  private readonly clock: Clock;
  private readonly log: Logger;

  constructor(deps: {
    tokens: DeviceTokenRepository;
    screens: EntityRepositories['screens'];
    clock: Clock;
    log: Logger;
  }) {
    this.tokens = deps.tokens;
    this.screens = deps.screens;
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

  /** Creates a device token for a screen; the secret is returned once and only its hash is kept. */
  async createToken(screenId: string, body: unknown): Promise<DeviceTokenCreated> {
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
    return {
      id: created.id,
      screenId,
      token: secret,
      playerUrl: `/player/?token=${encodeURIComponent(secret)}`,
      createdAt: created.createdAt,
    };
  }
}
