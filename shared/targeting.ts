// Which screens a schedule reaches. The compiler decides with it what each screen plays; the server's
// scope checks and the console's message checks and week view decide with it which gates a schedule
// touches, so all three agree.
import type { ScheduleTargets, Scope } from '../schemas/types.ts';

/** What of a schedule decides where it plays: its targets, and the scope of whoever wrote it (absent: national). */
export interface Targeting {
  targets: ScheduleTargets;
  owner?: Scope | undefined;
}

/** What of a screen decides whether a schedule reaches it; `province` is its gate's. */
export interface TargetableScreen {
  id: string;
  gateId: string;
  groups?: readonly string[] | undefined;
  province?: string | undefined;
}

/**
 * Whether a schedule reaches a screen: listed by id, by its gate, or by one of its group tags. Group tags are
 * scoped: a schedule written by someone with a provincial scope (its `owner`) reaches tagged screens only at
 * gates within that scope, so a tag put on a screen elsewhere never pulls the schedule there.
 */
export function targetsScreen(schedule: Targeting, screen: TargetableScreen): boolean {
  const { targets, owner } = schedule;
  if (targets.screens?.includes(screen.id)) return true;
  if (targets.gates?.includes(screen.gateId)) return true;
  const groups = targets.groups;
  if (groups === undefined || !(screen.groups ?? []).some((g) => groups.includes(g))) return false;
  return (
    owner === undefined ||
    (owner.gates ?? []).includes(screen.gateId) ||
    (screen.province !== undefined && (owner.provinces ?? []).includes(screen.province))
  );
}

/** The gates a schedule plays at: those it names, and those of the screens it reaches. */
export function gatesReached(
  schedule: Targeting,
  screens: readonly Omit<TargetableScreen, 'province'>[],
  gates: readonly { id: string; province: string }[],
): Set<string> {
  const reached = new Set(schedule.targets.gates ?? []);
  const provinces = new Map(gates.map((g) => [g.id, g.province]));
  for (const screen of screens) {
    if (targetsScreen(schedule, { ...screen, province: provinces.get(screen.gateId) }))
      reached.add(screen.gateId);
  }
  return reached;
}
