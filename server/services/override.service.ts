import type {
  OverridePerson,
  OverridePreview,
  OverridePreviewInput,
  OverrideTargets,
  PlayerOverride,
} from '../../schemas/types.ts';
import { can, gateInScope, personOf, rolesGranting, type Principal } from '../domain/access.ts';
import type { Gate, Screen } from '../domain/entities.ts';
import { ForbiddenError } from '../domain/errors.ts';
import { gatesTouched, overrideFor, resolveTargets, targetsReach } from '../domain/override.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { BlackoutRepository } from '../repositories/blackout.repository.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { EmergencyRepository } from '../repositories/emergency.repository.ts';
import type { AccessPolicy } from './access.service.ts';
import type { ScreenBroadcaster } from './broadcaster.ts';

export interface OverrideServiceDeps {
  emergencies: EmergencyRepository;
  blackouts: BlackoutRepository;
  screens: DocumentRepository<Screen>;
  gates: DocumentRepository<Gate>;
  access: Pick<AccessPolicy, 'assertCan' | 'assertWritable' | 'gatesInScope'>;
  /** People, to say who could give an emergency its second approval. */
  users: Pick<UserRepository, 'list'>;
  broadcaster: Pick<ScreenBroadcaster, 'override'>;
  clock: Clock;
}

/** Which override changed: the console's listeners fetch it again for each person who may see it. */
export type OverrideChanged = (kind: 'emergency' | 'blackout', id: string) => void;

/**
 * Works out what overrides each screen's schedule (live emergencies, blackouts) and pushes it. The whole
 * state is sent every time, so a player that missed a change, or reconnects, converges on the next one.
 * It also tells its listeners (the consoles) whenever an override changed state.
 */
export class OverrideService {
  private readonly deps: OverrideServiceDeps;

  private readonly changeListeners: OverrideChanged[] = [];

  constructor(deps: OverrideServiceDeps) {
    this.deps = deps;
  }

  /**
   * What targets reach, checked for the actor: every named gate and screen exists within the actor's scope
   * (one outside it is answered as unknown, like one that does not exist), at least one screen is reached,
   * and "all" needs national scope.
   */
  async reach(
    actor: Principal,
    targets: OverrideTargets,
    what: string,
  ): Promise<{ gates: Gate[]; reached: Screen[]; gateIds: string[] }> {
    if (targets.all && actor.scope.global !== true)
      throw new ForbiddenError(
        `only a user with national scope may aim ${what} at every screen`,
        '/targets/all',
        {
          reason: 'national_only',
        },
      );
    const scope = await this.deps.access.gatesInScope(actor);
    const inScope = (gateId: string) => scope === 'all' || scope.has(gateId);
    const gates = (await this.deps.gates.all()).filter((g) => inScope(g.id));
    const screens = (await this.deps.screens.all()).filter((s) => inScope(s.gateId));
    const reached = resolveTargets(targets, new Set(gates.map((g) => g.id)), screens);
    const gateIds = gatesTouched(targets, reached);
    await this.deps.access.assertWritable(actor, gateIds, what);
    return { gates, reached, gateIds };
  }

  /** The override state of one screen now (sent to its player on connect). */
  async forScreen(screen: Pick<Screen, 'id' | 'gateId'>): Promise<PlayerOverride> {
    const [emergencies, blackouts] = await Promise.all([
      this.deps.emergencies.inStates(['active']),
      this.deps.blackouts.active(),
    ]);
    return overrideFor(screen, emergencies, blackouts, this.deps.clock.now());
  }

  /**
   * Pushes the current state to every screen that any of the targets reaches; screens in the same state
   * share one broadcast. Returns the screens pushed to.
   */
  async push(targets: readonly OverrideTargets[]): Promise<string[]> {
    const [screens, emergencies, blackouts] = await Promise.all([
      this.deps.screens.all(),
      this.deps.emergencies.inStates(['active']),
      this.deps.blackouts.active(),
    ]);
    const now = this.deps.clock.now();
    const groups = new Map<string, { state: PlayerOverride; ids: string[] }>();
    const reached = screens.filter((s) => targets.some((t) => targetsReach(t, s)));
    for (const screen of reached) {
      const state = overrideFor(screen, emergencies, blackouts, now);
      const key = JSON.stringify(state);
      const group = groups.get(key) ?? { state, ids: [] };
      group.ids.push(screen.id);
      groups.set(key, group);
    }
    for (const { state, ids } of groups.values()) this.deps.broadcaster.override(ids, state);
    return reached.map((s) => s.id);
  }

  /** Calls `listener` after an emergency or a blackout changed state (stored, then pushed to players). */
  onChange(listener: OverrideChanged): void {
    this.changeListeners.push(listener);
  }

  /** Tells the listeners that an override changed state. */
  changed(kind: 'emergency' | 'blackout', id: string): void {
    for (const listener of this.changeListeners) listener(kind, id);
  }

  /**
   * What an emergency or a blackout with these targets would reach, by name, and for an emergency whether a
   * second approver is needed and who could give it. The same checks as sending it; nothing is changed.
   */
  async preview(actor: Principal, body: unknown): Promise<OverridePreview> {
    if (!can(actor, 'emergency') && !can(actor, 'blackout'))
      throw new ForbiddenError('previewing an override needs a role that may send one', undefined, {
        reason: 'needs_role',
        params: { roles: [...new Set([...rolesGranting('emergency'), ...rolesGranting('blackout')])] },
      });
    const input = validate<OverridePreviewInput>('override.json#/$defs/previewInput', body);
    this.deps.access.assertCan(actor, input.kind);
    const what = input.kind === 'emergency' ? 'an emergency' : 'a blackout';
    const { gates, reached, gateIds } = await this.reach(actor, input.targets, what);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
    const touched = gates.filter((g) => gateIds.includes(g.id)).sort(byName);
    const preview: OverridePreview = {
      kind: input.kind,
      gates: touched.map((g) => ({
        id: g.id,
        name: g.name,
        screens: reached.filter((s) => s.gateId === g.id).length,
      })),
      screens: touched.flatMap((g) =>
        reached
          .filter((s) => s.gateId === g.id)
          .sort(byName)
          .map((s) => ({ id: s.id, name: s.name, gateId: s.gateId })),
      ),
    };
    if (input.kind === 'blackout') return preview;
    const waived = touched.every((g) => g.emergencyPolicy === 'single-approver');
    if (waived) return { ...preview, secondApproval: 'waived' };
    return {
      ...preview,
      secondApproval: 'needed',
      approvers: await this.approvers(gateIds, personOf(actor)),
    };
  }

  /**
   * The people who could give an emergency reaching these gates its second approval: enabled, with a role
   * that may send emergencies, a scope covering every gate, and not `except` (the sender, as a person).
   */
  async approvers(gateIds: readonly string[], except: string): Promise<OverridePerson[]> {
    const [users, gates] = await Promise.all([this.deps.users.list(), this.deps.gates.all()]);
    const touched = gates.filter((g) => gateIds.includes(g.id));
    return users
      .filter(
        (u) =>
          !u.disabled &&
          `user:${u.id}` !== except &&
          can(u, 'emergency') &&
          touched.length === gateIds.length &&
          touched.every((g) => gateInScope(u.scope, g)),
      )
      .map((u) => ({ id: u.id, name: u.displayName, username: u.username }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** Whether the actor may change an override touching these gates (every gate in scope). */
  async writable(actor: Principal): Promise<(gateIds: readonly string[]) => boolean> {
    const scope = await this.deps.access.gatesInScope(actor);
    return (gateIds) => scope === 'all' || (gateIds.length > 0 && gateIds.every((id) => scope.has(id)));
  }
}
