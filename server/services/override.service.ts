import type { OverrideTargets, PlayerOverride } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import type { Gate, Screen } from '../domain/entities.ts';
import { ForbiddenError } from '../domain/errors.ts';
import { gatesTouched, overrideFor, resolveTargets, targetsReach } from '../domain/override.ts';
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
  access: Pick<AccessPolicy, 'assertWritable' | 'gatesInScope'>;
  broadcaster: Pick<ScreenBroadcaster, 'override'>;
  clock: Clock;
}

/**
 * Works out what overrides each screen's schedule (live emergencies, blackouts) and pushes it. The whole
 * state is sent every time, so a player that missed a change, or reconnects, converges on the next one.
 */
export class OverrideService {
  private readonly deps: OverrideServiceDeps;

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
}
