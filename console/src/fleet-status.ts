import type { Connectivity, FleetScreen } from '../../schemas/types.ts';

/** The statuses in the order a technician reads them: the worst first; dark by schedule is not a fault. */
export const connectivities: Connectivity[] = ['offline', 'stale', 'never', 'scheduled-off', 'online'];

/** The badge colour of a status; the text next to it says the same, so colour is never alone. */
export function badgeClass(
  c: Connectivity,
): 'badge-ok' | 'badge-warn' | 'badge-bad' | 'badge-muted' | 'badge-night' {
  switch (c) {
    case 'online':
      return 'badge-ok';
    case 'stale':
      return 'badge-warn';
    case 'offline':
      return 'badge-bad';
    case 'never':
      return 'badge-muted';
    case 'scheduled-off':
      return 'badge-night';
  }
}

export interface FleetFilter {
  status: Connectivity | 'all' | 'attention';
  /** '' for all, `p:<province>` or `g:<gateId>`. */
  place: string;
  text: string;
}
export type FleetSort = 'status' | 'name' | 'gate' | 'lastHeartbeat';

/**
 * Whether a screen needs a look: not online (a board dark by its gate's hours is as it should be), not on the
 * current manifest, or its clock is not trusted.
 */
export function needsAttention(s: FleetScreen): boolean {
  return (
    (s.connectivity !== 'online' && s.connectivity !== 'scheduled-off') || s.outdated || s.clockUntrusted
  );
}

/** The screens the filter keeps, in the chosen order (ties broken by gate, then name). */
export function filterFleet(items: FleetScreen[], filter: FleetFilter, sort: FleetSort): FleetScreen[] {
  const text = filter.text.trim().toLocaleLowerCase('vi');
  const kept = items.filter((s) => {
    if (
      filter.status === 'attention'
        ? !needsAttention(s)
        : filter.status !== 'all' && s.connectivity !== filter.status
    )
      return false;
    if (filter.place.startsWith('p:') && s.province !== filter.place.slice(2)) return false;
    if (filter.place.startsWith('g:') && s.gateId !== filter.place.slice(2)) return false;
    if (!text) return true;
    return [s.name, s.gate, s.province, s.kind ?? ''].some((v) => v.toLocaleLowerCase('vi').includes(text));
  });
  const byName = (a: FleetScreen, b: FleetScreen) =>
    a.gate.localeCompare(b.gate, 'vi') || a.name.localeCompare(b.name, 'vi');
  const rank = (s: FleetScreen) => connectivities.indexOf(s.connectivity);
  const compare: Record<FleetSort, (a: FleetScreen, b: FleetScreen) => number> = {
    status: (a, b) => rank(a) - rank(b) || byName(a, b),
    name: (a, b) => a.name.localeCompare(b.name, 'vi') || byName(a, b),
    gate: byName,
    // Longest silence first: a screen never heard from counts as the oldest.
    lastHeartbeat: (a, b) => (a.lastHeartbeatAt ?? '').localeCompare(b.lastHeartbeatAt ?? '') || byName(a, b),
  };
  return kept.sort(compare[sort]);
}

/** How many screens have each status. */
export function countByStatus(items: FleetScreen[]): Record<Connectivity, number> {
  const counts: Record<Connectivity, number> = {
    online: 0,
    stale: 0,
    offline: 0,
    never: 0,
    'scheduled-off': 0,
  };
  for (const s of items) counts[s.connectivity]++;
  return counts;
}

/** The screens grouped by province, then gate, each sorted by name, keeping the given order inside. */
export function groupByPlace(
  items: FleetScreen[],
): { province: string; gates: { gateId: string; gate: string; screens: FleetScreen[] }[] }[] {
  const provinces = new Map<string, Map<string, { gateId: string; gate: string; screens: FleetScreen[] }>>();
  for (const s of items) {
    const gates =
      provinces.get(s.province) ??
      new Map<string, { gateId: string; gate: string; screens: FleetScreen[] }>();
    provinces.set(s.province, gates);
    const gate = gates.get(s.gateId) ?? { gateId: s.gateId, gate: s.gate, screens: [] };
    gates.set(s.gateId, gate);
    gate.screens.push(s);
  }
  return [...provinces]
    .sort(([a], [b]) => a.localeCompare(b, 'vi'))
    .map(([province, gates]) => ({
      province,
      gates: [...gates.values()].sort((a, b) => a.gate.localeCompare(b.gate, 'vi')),
    }));
}
