// What overrides the schedule on a screen: emergency messages and blackouts. Pure; the clock is an argument.
import type { Blackout, Emergency, OverrideTargets, PlayerOverride } from '../../schemas/types.ts';
import { ConflictError, ValidationError } from './errors.ts';
import { fontFamilyFor } from '../../shared/fonts.ts';

/** The part of a screen that decides whether targets reach it. */
export interface TargetableScreen {
  id: string;
  gateId: string;
  /** Whether the screen shows drills (CAP Exercise/Test alerts). */
  exercises?: boolean | undefined;
}

/** Whether targets reach a screen. Gate targets also reach screens added to the gate later. */
export function targetsReach(targets: OverrideTargets, screen: TargetableScreen): boolean {
  return (
    targets.all === true ||
    (targets.gates ?? []).includes(screen.gateId) ||
    (targets.screens ?? []).includes(screen.id)
  );
}

/** Whether an emergency reaches a screen: its targets do, and a drill only a screen that opted in to drills. */
export function emergencyReaches(
  emergency: Pick<Emergency, 'targets' | 'exercise'>,
  screen: TargetableScreen,
): boolean {
  return (
    targetsReach(emergency.targets, screen) && (emergency.exercise !== true || screen.exercises === true)
  );
}

/**
 * The screens targets reach, after checking that every named gate and screen exists (a ValidationError
 * names the first unknown one) and that they reach at least one screen.
 */
export function resolveTargets<S extends TargetableScreen>(
  targets: OverrideTargets,
  gateIds: ReadonlySet<string>,
  screens: readonly S[],
): S[] {
  (targets.gates ?? []).forEach((id, i) => {
    if (!gateIds.has(id))
      throw new ValidationError(`gate "${id}" does not exist`, `/targets/gates/${i}`, 'unknown_reference', {
        reason: 'unknown_reference',
        params: { noun: 'gate', id },
      });
  });
  const known = new Set(screens.map((s) => s.id));
  (targets.screens ?? []).forEach((id, i) => {
    if (!known.has(id))
      throw new ValidationError(
        `screen "${id}" does not exist`,
        `/targets/screens/${i}`,
        'unknown_reference',
        { reason: 'unknown_reference', params: { noun: 'screen', id } },
      );
  });
  const reached = screens.filter((s) => targetsReach(targets, s));
  if (reached.length === 0)
    throw new ValidationError('the targets reach no screen', '/targets', 'validation_failed', {
      reason: 'needs_target',
    });
  return reached;
}

/** The gates an override touches, for scopes: those it names and those of the screens it reaches. */
export function gatesTouched(targets: OverrideTargets, reached: readonly TargetableScreen[]): string[] {
  return [...new Set([...(targets.gates ?? []), ...reached.map((s) => s.gateId)])].sort();
}

/** The life of an override, one table for both kinds: what each event does from each state. */
export type OverrideEvent = 'approve' | 'clear' | 'expire' | 'lift';
/** The events a person applies (the expiry is the controller's own). */
export type PersonEvent = Exclude<OverrideEvent, 'expire'>;
const byPerson = (e: OverrideEvent): e is PersonEvent => e !== 'expire';
type EmergencyState = Emergency['state'];
/** A blackout's state: in force, or lifted. */
export type BlackoutState = 'active' | 'lifted';

const emergencyMachine: Record<EmergencyState, Partial<Record<OverrideEvent, EmergencyState>>> = {
  // A CAP alert waiting for an approver still ends when its authority said (expire).
  pending: { approve: 'active', clear: 'cleared', expire: 'expired' },
  active: { clear: 'cleared', expire: 'expired' },
  cleared: {},
  expired: {},
};
const blackoutMachine: Record<BlackoutState, Partial<Record<OverrideEvent, BlackoutState>>> = {
  active: { lift: 'lifted' },
  lifted: {},
};

function refuse(kind: string, from: string, event: OverrideEvent, id: string): never {
  throw new ConflictError(`${kind} "${id}" is ${from}: it cannot ${event}`, undefined, {
    reason: 'wrong_state',
    params: { state: from },
  });
}

/** The state an event leads an emergency to, or a ConflictError (wrong_state) when it does not apply. */
export function emergencyAfter(from: EmergencyState, event: OverrideEvent, id: string): EmergencyState {
  return emergencyMachine[from][event] ?? refuse('emergency', from, event, id);
}

/** The state an event leads a blackout to, or a ConflictError (wrong_state) when it does not apply. */
export function blackoutAfter(from: BlackoutState, event: OverrideEvent, id: string): BlackoutState {
  return blackoutMachine[from][event] ?? refuse('blackout', from, event, id);
}

/** The events a person may apply to an emergency in this state (the expiry is the controller's). */
export function emergencyEvents(state: EmergencyState): PersonEvent[] {
  return (Object.keys(emergencyMachine[state]) as OverrideEvent[]).filter(byPerson);
}

/** The events a person may apply to a blackout in this state. */
export function blackoutEvents(state: BlackoutState): PersonEvent[] {
  return (Object.keys(blackoutMachine[state]) as OverrideEvent[]).filter(byPerson);
}

/**
 * An emergency as it stands at `now`: one still marked active whose time is up is expired, even in the
 * moment before the expiry job writes it, so a console never shows "on screen" for what players dropped.
 */
export function effectiveEmergency(emergency: Emergency, now: number): Emergency {
  return (emergency.state === 'active' && !isLive(emergency, now)) || pastDeadline(emergency, now)
    ? { ...emergency, state: 'expired' }
    : emergency;
}

/**
 * Whether a CAP alert still waiting for an approver is past the expiry its authority gave: it can no longer
 * go on screen. (One a person sends has no deadline while it waits: its minutes count from the approval.)
 */
export function pastDeadline(emergency: Emergency, now: number): boolean {
  return (
    emergency.state === 'pending' &&
    emergency.origin !== undefined &&
    emergency.expiresAt !== undefined &&
    Date.parse(emergency.expiresAt) <= now
  );
}

/** Whether an emergency is on the screens at `now`: approved (or waived) and not yet expired or cleared. */
export function isLive(emergency: Emergency, now: number): boolean {
  return (
    emergency.state === 'active' && emergency.expiresAt !== undefined && Date.parse(emergency.expiresAt) > now
  );
}

/** What a screen must show over its schedule at `now`: black, and/or the live emergencies (oldest first). */
export function overrideFor(
  screen: TargetableScreen,
  emergencies: readonly Emergency[],
  blackouts: readonly Blackout[],
  now: number,
): PlayerOverride {
  const live = emergencies
    .filter((e) => isLive(e, now) && emergencyReaches(e, screen))
    .sort((a, b) => (a.activatedAt ?? '').localeCompare(b.activatedAt ?? '') || a.id.localeCompare(b.id));
  return {
    blackout: blackouts.some((b) => b.active && targetsReach(b.targets, screen)),
    emergencies: live.map((e) => ({
      id: e.id,
      variants: e.variants,
      expiresAt: Date.parse(e.expiresAt ?? ''),
      ...(e.activatedAt ? { since: Date.parse(e.activatedAt) } : {}),
      ...(e.exercise ? { exercise: true as const } : {}),
      fonts: Object.keys(e.variants)
        .sort()
        .map((lang) => ({ lang, family: fontFamilyFor(lang) })),
    })),
  };
}
