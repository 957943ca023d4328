import { randomUUID } from 'node:crypto';
import type { Emergency, EmergencyAck, EmergencyInput, OverrideActions } from '../../schemas/types.ts';
import { actorRecord, can, personOf, samePerson, systemPrincipal, type Principal } from '../domain/access.ts';
import type { Screen } from '../domain/entities.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain/errors.ts';
import {
  effectiveEmergency,
  emergencyAfter,
  emergencyEvents,
  emergencyReaches,
  isLive,
  pastDeadline,
} from '../domain/override.ts';
import { normalizeText } from '../domain/text.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { EmergencyRepository } from '../repositories/emergency.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import type { EmergencyProofService } from './emergency-proof.service.ts';
import type { OverrideService } from './override.service.ts';

export interface EmergencyServiceDeps {
  emergencies: EmergencyRepository;
  screens: DocumentRepository<Screen>;
  overrides: OverrideService;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
  /** The screenshots players sent when an emergency first showed (in answers to a person). */
  proofs: Pick<EmergencyProofService, 'proofs'>;
}

/**
 * Emergency messages: sent by an approver, live once a second approver agrees (or at once where every
 * target gate's policy waives the second approval), shown over everything until their TTL or a clear.
 */
export class EmergencyService {
  private readonly deps: EmergencyServiceDeps;

  private readonly ackListeners: ((emergencyId: string, screenId: string) => void)[] = [];

  constructor(deps: EmergencyServiceDeps) {
    this.deps = deps;
  }

  /** Sends an emergency message: live now if every target gate waives the second approval, else pending. */
  async send(actor: Principal, body: unknown): Promise<Emergency> {
    const { access, audit, clock } = this.deps;
    access.assertCan(actor, 'emergency');
    const input = normalizeText(validate<EmergencyInput>('override.json#/$defs/emergencyInput', body));
    const { gates, reached, gateIds } = await this.deps.overrides.reach(actor, input.targets, 'an emergency');

    const waived = gateIds.every(
      (id) => gates.find((g) => g.id === id)?.emergencyPolicy === 'single-approver',
    );
    const now = clock.now();
    const emergency: Emergency = {
      id: randomUUID(),
      variants: input.variants,
      targets: input.targets,
      ttlMinutes: input.ttlMinutes,
      ...(input.note ? { note: input.note } : {}),
      gateIds,
      createdBy: actorRecord(actor),
      createdAt: isoNow(clock),
      ...(waived
        ? {
            state: 'active' as const,
            secondApproval: 'waived-by-gate-policy' as const,
            activatedAt: isoNow(clock),
            expiresAt: new Date(now + input.ttlMinutes * 60_000).toISOString(),
          }
        : { state: 'pending' as const, secondApproval: 'awaited' as const }),
    };
    await this.deps.emergencies.insert(emergency);
    await audit.record(actor, {
      action: waived ? 'emergency.send' : 'emergency.submit',
      entity: 'emergency',
      entityId: emergency.id,
      scope: { gates: emergency.gateIds },
      detail: {
        after: emergency,
        screens: reached.length,
        ...(waived ? { secondApproval: 'waived by the policy of every target gate' } : {}),
      },
    });
    if (waived) await this.deps.overrides.push([emergency.targets]);
    this.deps.overrides.changed('emergency', emergency.id);
    return emergency;
  }

  /** The second approval: another approver makes a pending emergency live. */
  async approve(actor: Principal, id: string): Promise<Emergency> {
    this.deps.access.assertCan(actor, 'emergency');
    const before = await this.visible(actor, id);
    // A CAP alert whose authority's expiry passed while it waited is expired, whether or not the job wrote it.
    const state = emergencyAfter(effectiveEmergency(before, this.deps.clock.now()).state, 'approve', id);
    if (samePerson(actor, before.createdBy))
      throw new ForbiddenError(
        'the second approval must come from another approver than the sender (an API token acts for the person who created it)',
        undefined,
        { reason: 'same_person' },
      );
    await this.deps.access.assertWritable(actor, before.gateIds, 'this emergency');
    const now = this.deps.clock.now();
    const after: Emergency = {
      ...before,
      state,
      secondApproval: 'given',
      approvedBy: actorRecord(actor),
      activatedAt: new Date(now).toISOString(),
      // A CAP alert ends when the authority said it does, whenever it was approved.
      expiresAt:
        before.origin && before.expiresAt
          ? before.expiresAt
          : new Date(now + before.ttlMinutes * 60_000).toISOString(),
    };
    if (!(await this.deps.emergencies.replace(after, 'pending')))
      throw new ConflictError(`emergency "${id}" was changed by someone else; reload it`, undefined, {
        reason: 'changed_elsewhere',
      });
    await this.deps.audit.record(actor, {
      action: 'emergency.approve',
      entity: 'emergency',
      entityId: id,
      detail: { before, after },
      scope: { gates: before.gateIds },
    });
    await this.deps.overrides.push([after.targets]);
    this.deps.overrides.changed('emergency', id);
    return after;
  }

  /** Takes an emergency off the screens (or withdraws a pending one). */
  async clear(actor: Principal, id: string): Promise<Emergency> {
    this.deps.access.assertCan(actor, 'emergency');
    const before = await this.visible(actor, id);
    // One whose time is up is expired, whether or not the expiry job has written it yet.
    const state = emergencyAfter(effectiveEmergency(before, this.deps.clock.now()).state, 'clear', id);
    await this.deps.access.assertWritable(actor, before.gateIds, 'this emergency');
    const after: Emergency = {
      ...before,
      state,
      clearedBy: actorRecord(actor),
      clearedAt: isoNow(this.deps.clock),
    };
    if (!(await this.deps.emergencies.replace(after, before.state)))
      throw new ConflictError(`emergency "${id}" was changed by someone else; reload it`, undefined, {
        reason: 'changed_elsewhere',
      });
    await this.deps.audit.record(actor, {
      action: 'emergency.clear',
      entity: 'emergency',
      entityId: id,
      detail: { before, after },
      scope: { gates: before.gateIds },
    });
    if (before.state === 'active') await this.deps.overrides.push([after.targets]);
    this.deps.overrides.changed('emergency', id);
    return after;
  }

  /**
   * What a CAP alert does to the screens, as one change: its new emergencies stored (live or pending, as the
   * alert service decided for each gate) and the earlier ones it updates or cancels cleared, then one push.
   * The alert service has checked the source's scope; `actor` is the source.
   */
  async applyAlert(
    actor: Principal,
    add: readonly Emergency[],
    clear: readonly { id: string; replacedBy?: string }[],
  ): Promise<void> {
    const pushed: Emergency['targets'][] = [];
    const changed: string[] = [];
    for (const emergency of add) {
      await this.deps.emergencies.insert(emergency);
      await this.deps.audit.record(actor, {
        action: emergency.state === 'active' ? 'emergency.send' : 'emergency.submit',
        entity: 'emergency',
        entityId: emergency.id,
        scope: { gates: emergency.gateIds },
        detail: { after: emergency, alertId: emergency.origin?.alertId },
      });
      if (emergency.state === 'active') pushed.push(emergency.targets);
      changed.push(emergency.id);
    }
    for (const { id, replacedBy } of clear) {
      const before = await this.deps.emergencies.get(id);
      if (!before || (before.state !== 'active' && before.state !== 'pending')) continue;
      const after: Emergency = {
        ...before,
        state: 'cleared',
        clearedBy: actorRecord(actor),
        clearedAt: isoNow(this.deps.clock),
        ...(before.origin && replacedBy ? { origin: { ...before.origin, replacedBy } } : {}),
      };
      if (!(await this.deps.emergencies.replace(after, before.state))) continue; // cleared meanwhile
      await this.deps.audit.record(actor, {
        action: 'emergency.clear',
        entity: 'emergency',
        entityId: id,
        scope: { gates: before.gateIds },
        detail: { before, after, ...(replacedBy ? { replacedBy } : {}) },
      });
      if (before.state === 'active') pushed.push(after.targets);
      changed.push(id);
    }
    if (pushed.length > 0) await this.deps.overrides.push(pushed);
    for (const id of changed) this.deps.overrides.changed('emergency', id);
  }

  /** The emergencies that carry a CAP alert, one per gate it reached, each as it stands now. */
  async forAlert(alertId: string): Promise<Emergency[]> {
    const now = this.deps.clock.now();
    return (await this.deps.emergencies.forAlert(alertId)).map((e) => effectiveEmergency(e, now));
  }

  /** Marks live emergencies whose TTL has passed as expired and updates their screens (run by a job). */
  async expireDue(): Promise<number> {
    const now = this.deps.clock.now();
    const due = (await this.deps.emergencies.inStates(['active', 'pending'])).filter(
      (e) => (e.state === 'active' && !isLive(e, now)) || pastDeadline(e, now),
    );
    const expired: Emergency[] = [];
    for (const before of due) {
      const after: Emergency = { ...before, state: emergencyAfter(before.state, 'expire', before.id) };
      if (!(await this.deps.emergencies.replace(after, before.state))) continue; // cleared meanwhile
      expired.push(after);
      await this.deps.audit.record(systemPrincipal, {
        action: 'emergency.expire',
        entity: 'emergency',
        entityId: before.id,
        scope: { gates: before.gateIds },
        detail: { expiresAt: before.expiresAt },
      });
    }
    if (expired.length > 0) await this.deps.overrides.push(expired.map((e) => e.targets));
    for (const e of expired) this.deps.overrides.changed('emergency', e.id);
    return expired.length;
  }

  /**
   * The emergencies the principal may see (waiting or on screen first, then the newest), each as it stands now (one whose time is up shows as
   * expired), with the screens it reaches, their acknowledgements and what the principal may do with it.
   */
  async list(actor: Principal, limit: number): Promise<Emergency[]> {
    this.deps.access.assertCan(actor, 'read');
    const view = await this.deps.access.view(actor);
    // Those waiting or on screen come first whatever their age, so a long one never drops off the list.
    const [open, recent] = await Promise.all([
      this.deps.emergencies.inStates(['pending', 'active']),
      this.deps.emergencies.recent(500),
    ]);
    const openIds = new Set(open.map((e) => e.id));
    const found = [...open, ...recent.filter((e) => !openIds.has(e.id))].filter((e) =>
      view.visible(e.gateIds),
    );
    return this.described(actor, found.slice(0, limit));
  }

  /** One emergency as it stands now, with the screens it reaches, those that have shown it, and actions. */
  async get(actor: Principal, id: string): Promise<Emergency> {
    this.deps.access.assertCan(actor, 'read');
    const [described] = await this.described(actor, [await this.visible(actor, id)]);
    if (!described) throw new NotFoundError(`emergency "${id}" does not exist`);
    return described;
  }

  private async described(actor: Principal, emergencies: readonly Emergency[]): Promise<Emergency[]> {
    const now = this.deps.clock.now();
    const [screens, writable] = await Promise.all([
      this.deps.screens.all(),
      this.deps.overrides.writable(actor),
    ]);
    return Promise.all(
      emergencies.map(async (stored) => {
        const e = effectiveEmergency(stored, now);
        const actions: OverrideActions =
          !can(actor, 'emergency') || !writable(e.gateIds)
            ? []
            : emergencyEvents(e.state).flatMap((event) =>
                event === 'clear' || (event === 'approve' && !samePerson(actor, e.createdBy)) ? [event] : [],
              );
        return {
          ...e,
          screenIds: screens
            .filter((s) => emergencyReaches(e, s))
            .map((s) => s.id)
            .sort(),
          acks: e.activatedAt ? await this.deps.emergencies.acks(e.id) : [],
          proofs: e.activatedAt ? await this.deps.proofs.proofs(e.id) : [],
          actions,
          ...(e.state === 'pending'
            ? { approvers: await this.deps.overrides.approvers(e.gateIds, personOf(e.createdBy)) }
            : {}),
        };
      }),
    );
  }

  /** A player reports that an emergency is on its screen: one that went live (was pushed) and reaches it. */
  async recordAck(screenId: string, payload: EmergencyAck): Promise<{ id: string }> {
    const emergency = await this.deps.emergencies.get(payload.id);
    const screen = await this.deps.screens.get(screenId);
    // A pending emergency (or one withdrawn before approval) was never sent to any screen.
    if (!emergency?.activatedAt || !screen || !emergencyReaches(emergency, screen))
      throw new NotFoundError(`emergency "${payload.id}" is not for this screen`, '/id');
    await this.deps.emergencies.recordAck(payload.id, screenId, isoNow(this.deps.clock));
    for (const listener of this.ackListeners) listener(payload.id, screenId);
    return { id: payload.id };
  }

  /** Calls `listener` when a screen acknowledges an emergency (the console watches acknowledgements live). */
  onAck(listener: (emergencyId: string, screenId: string) => void): void {
    this.ackListeners.push(listener);
  }

  private async visible(actor: Principal, id: string): Promise<Emergency> {
    const found = await this.deps.emergencies.get(id);
    if (!found || !(await this.deps.access.visible(actor, found.gateIds)))
      throw new NotFoundError(`emergency "${id}" does not exist`);
    return found;
  }
}
