import { randomUUID } from 'node:crypto';
import type { Blackout, BlackoutInput } from '../../schemas/types.ts';
import { actorRecord, can, type Principal } from '../domain/access.ts';
import type { Screen } from '../domain/entities.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import { blackoutAfter, blackoutEvents, targetsReach } from '../domain/override.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import { normalizeText } from '../domain/text.ts';
import type { BlackoutRepository } from '../repositories/blackout.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import type { OverrideService } from './override.service.ts';

export interface BlackoutServiceDeps {
  blackouts: BlackoutRepository;
  screens: DocumentRepository<Screen>;
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
    this.deps.overrides.changed('blackout', blackout.id);
    return blackout;
  }

  async lift(actor: Principal, id: string): Promise<Blackout> {
    this.deps.access.assertCan(actor, 'blackout');
    const before = await this.visible(actor, id);
    blackoutAfter(before.active ? 'active' : 'lifted', 'lift', id);
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
    this.deps.overrides.changed('blackout', id);
    return after;
  }

  /** The newest blackouts the principal may see, in force first, with their screens and actions. */
  async list(actor: Principal, limit: number): Promise<Blackout[]> {
    this.deps.access.assertCan(actor, 'read');
    const view = await this.deps.access.view(actor);
    const visible = (await this.deps.blackouts.recent(500)).filter((b) => view.visible(b.gateIds));
    const sorted = visible.sort((a, b) => Number(b.active) - Number(a.active)).slice(0, limit);
    return this.described(actor, sorted);
  }

  async get(actor: Principal, id: string): Promise<Blackout> {
    this.deps.access.assertCan(actor, 'read');
    const [described] = await this.described(actor, [await this.visible(actor, id)]);
    if (!described) throw new NotFoundError(`blackout "${id}" does not exist`);
    return described;
  }

  private async described(actor: Principal, blackouts: readonly Blackout[]): Promise<Blackout[]> {
    const [screens, writable] = await Promise.all([
      this.deps.screens.all(),
      this.deps.overrides.writable(actor),
    ]);
    return blackouts.map((b) => ({
      ...b,
      screenIds: screens
        .filter((s) => targetsReach(b.targets, s))
        .map((s) => s.id)
        .sort(),
      actions:
        can(actor, 'blackout') && writable(b.gateIds) ? blackoutEvents(b.active ? 'active' : 'lifted') : [],
    }));
  }

  private async visible(actor: Principal, id: string): Promise<Blackout> {
    const found = await this.deps.blackouts.get(id);
    if (!found || !(await this.deps.access.visible(actor, found.gateIds)))
      throw new NotFoundError(`blackout "${id}" does not exist`);
    return found;
  }
}
