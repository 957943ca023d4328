import type { Gate, Screen } from './api.ts';
import type { OverridePreview } from './overrides-api.ts';

/** The gates and screens the person can see, to name what an override reaches. */
export interface Names {
  gates: readonly Gate[];
  screens: readonly Screen[];
}

/** What an override reaches, by name, as the preview answers it; `hidden` counts screens out of sight. */
export type Reach = Pick<OverridePreview, 'gates' | 'screens'> & { hidden: number };

/** What a stored override reaches (its gates and screens by id), named from what the person can see. */
export function reachOf(gateIds: readonly string[], screenIds: readonly string[], names: Names): Reach {
  const screens = screenIds.flatMap((id) => {
    const s = names.screens.find((x) => x.id === id);
    return s ? [{ id: s.id, name: s.name, gateId: s.gateId }] : [];
  });
  const gates = names.gates
    .filter((g) => gateIds.includes(g.id) || screens.some((s) => s.gateId === g.id))
    .map((g) => ({ id: g.id, name: g.name, screens: screens.filter((s) => s.gateId === g.id).length }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return { gates, screens, hidden: screenIds.length - screens.length };
}

/** A preview as a reach (it names everything it reaches). */
export const previewReach = (preview: OverridePreview): Reach => ({
  gates: preview.gates,
  screens: preview.screens,
  hidden: 0,
});

/** The gates' names, in one line. */
export const gateNames = (reach: Reach): string => reach.gates.map((g) => g.name).join(', ');

/** How many screens, those out of sight included. */
export const screenCount = (reach: Reach): number => reach.screens.length + reach.hidden;

/** The time zone to show an override's times in: its first gate's. */
export function zoneOf(gateIds: readonly string[], names: Names): string | undefined {
  return names.gates.find((g) => gateIds.includes(g.id))?.timeZone;
}

/** A person who could approve, as the console names them: display name, and the name actors are logged by. */
export const personName = (p: { name: string; username: string }): string =>
  p.name === p.username ? p.name : `${p.name} (${p.username})`;
