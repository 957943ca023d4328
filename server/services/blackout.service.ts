import { randomUUID } from 'node:crypto';
import type { Blackout, BlackoutInput } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import { actorRecord } from '../domain/access.ts';
import { normalizeText } from '../domain/text.ts';
import type { BlackoutRepository } from '../repositories/blackout.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import type { OverrideService } from './override.service.ts';

export interface BlackoutServiceDeps {
  blackouts: BlackoutRepository;
  overrides: OverrideService;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
}

/** Blackout of one screen, some gates, or everything: one privileged action, logged, reversible. */
export class BlackoutService {
  private readonly deps: BlackoutServiceDeps;

  constructor(deps: BlackoutServiceDeps) {
    this.deps = deps;
  }

  async start(actor: Principal, body: unknown): Promise<Blackout> {
    const { access, clock } = this.deps;
    access.assertCan(actor, 'blackout');
    const input = normalizeText(validate<BlackoutInput>('override.json#/$defs/blackoutInput', body));
    const { reached, gateIds } = await this.deps.overrides.reach(actor, input.targets, 'a blackout');
    const blackout: Blackout = {
      id: randomUUID(),
      targets: input.targets,
      reason: input.reason,
      gateIds,
      active: true,
      createdBy: actorRecord(actor),
      createdAt: isoNow(clock),
    };
    await this.deps.blackouts.insert(blackout);
    await this.deps.audit.record(actor, {
      action: 'blackout.start',
      entity: 'blackout',
      entityId: blackout.id,
      scope: { gates: blackout.gateIds },
      detail: { after: blackout, screens: reached.length },
    });
    await this.deps.overrides.push([blackout.targets]);
    return blackout;
  }

  async lift(actor: Principal, id: string): Promise<Blackout> {
    this.deps.access.assertCan(actor, 'blackout');
    const before = await this.visible(actor, id);
    if (!before.active)
      throw new ConflictError(`blackout "${id}" was already lifted`, undefined, {
        reason: 'wrong_state',
        params: { state: 'lifted' },
      });
    await this.deps.access.assertWritable(actor, before.gateIds, 'this blackout');
    const after: Blackout = {
      ...before,
      active: false,
      liftedBy: actorRecord(actor),
      liftedAt: isoNow(this.deps.clock),
    };
    if (!(await this.deps.blackouts.lift(after)))
      throw new ConflictError(`blackout "${id}" was already lifted`, undefined, {
        reason: 'wrong_state',
        params: { state: 'lifted' },
      });
    await this.deps.audit.record(actor, {
      action: 'blackout.lift',
      entity: 'blackout',
      entityId: id,
      detail: { before, after },
      scope: { gates: before.gateIds },
    });
    await this.deps.overrides.push([after.targets]);
    return after;
  }

  /** The newest blackouts the principal may see, in force first. */
  async list(actor: Principal, limit: number): Promise<Blackout[]> {
    this.deps.access.assertCan(actor, 'read');
    const view = await this.deps.access.view(actor);
    const visible = (await this.deps.blackouts.recent(500)).filter((b) => view.visible(b.gateIds));
    return visible.sort((a, b) => Number(b.active) - Number(a.active)).slice(0, limit);
  }

  async get(actor: Principal, id: string): Promise<Blackout> {
    this.deps.access.assertCan(actor, 'read');
    return this.visible(actor, id);
  }

  private async visible(actor: Principal, id: string): Promise<Blackout> {
    const found = await this.deps.blackouts.get(id);
    if (!found || !(await this.deps.access.visible(actor, found.gateIds)))
      throw new NotFoundError(`blackout "${id}" does not exist`);
    return found;
  }
}
