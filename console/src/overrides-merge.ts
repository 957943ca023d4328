import type { Blackout, Emergency } from './overrides-api.ts';

/** The lists of the emergency page. */
export interface OverrideLists {
  emergencies: Emergency[];
  blackouts: Blackout[];
}

// An emergency only moves forward (pending → active → cleared or expired), a blackout from in force to lifted.
const emergencyRank: Record<Emergency['state'], number> = { pending: 0, active: 1, cleared: 2, expired: 2 };
const blackoutRank = (b: Blackout) => (b.active ? 0 : 1);

/** Acknowledgements only accrue: every screen either side has seen show it, the earliest time kept. */
function unionAcks(a: Emergency['acks'], b: Emergency['acks']): Emergency['acks'] {
  if (!a && !b) return undefined;
  const byScreen = new Map<string, string>();
  for (const ack of [...(a ?? []), ...(b ?? [])]) {
    const was = byScreen.get(ack.screenId);
    if (was === undefined || ack.at < was) byScreen.set(ack.screenId, ack.at);
  }
  return [...byScreen].map(([screenId, at]) => ({ screenId, at }));
}

/**
 * The lists as read over REST, merged with what the page already holds from live events. A read that left the
 * server before an event (an ack, a clear) may arrive after it: it must not take the page back. Each item keeps
 * the later of its two states and every acknowledgement either knew; an item only the page knows (pushed
 * while the read was under way) stays.
 */
export function mergeOverrides(fresh: OverrideLists, held: OverrideLists | undefined): OverrideLists {
  if (!held) return fresh;
  const emergencies = fresh.emergencies.map((e) => {
    const mine = held.emergencies.find((x) => x.id === e.id);
    if (!mine) return e;
    const later = emergencyRank[mine.state] > emergencyRank[e.state] ? mine : e;
    const acks = unionAcks(e.acks, mine.acks);
    return acks ? { ...later, acks } : later;
  });
  const blackouts = fresh.blackouts.map((b) => {
    const mine = held.blackouts.find((x) => x.id === b.id);
    return mine && blackoutRank(mine) > blackoutRank(b) ? mine : b;
  });
  const onlyHeld = <T extends { id: string }>(list: T[], fetched: T[]) =>
    list.filter((x) => !fetched.some((y) => y.id === x.id));
  return {
    emergencies: [...onlyHeld(held.emergencies, fresh.emergencies), ...emergencies],
    blackouts: [...onlyHeld(held.blackouts, fresh.blackouts), ...blackouts],
  };
}
