import type { Gate, Message, Playlist, Schedule, Screen } from './api.ts';

/** The gates a message reaches: its own gate, and every gate a schedule of a playlist naming it targets. */
export function gatesOfMessage(
  message: { id?: string; gateId?: string | null },
  playlists: readonly Playlist[],
  schedules: readonly Schedule[],
  screens: readonly Screen[],
): Set<string> {
  const gates = new Set<string>();
  if (message.gateId) gates.add(message.gateId);
  if (!message.id) return gates;
  const lists = new Set(
    playlists
      .filter((p) => p.items.some((i) => i.type === 'message' && i.messageId === message.id))
      .map((p) => p.id),
  );
  for (const s of schedules) {
    if (!lists.has(s.playlistId)) continue;
    for (const g of s.targets.gates ?? []) gates.add(g);
    for (const screen of screens) {
      if ((s.targets.screens ?? []).includes(screen.id)) gates.add(screen.gateId);
      if (screen.groups?.some((g) => (s.targets.groups ?? []).includes(g))) gates.add(screen.gateId);
    }
  }
  return gates;
}

/** Each language the screens of these gates show (a screen's own list, else its gate's), with the gates needing it. */
export function languagesNeeded(
  gateIds: ReadonlySet<string>,
  gates: readonly Gate[],
  screens: readonly Screen[],
): Map<string, string[]> {
  const needed = new Map<string, string[]>();
  const add = (lang: string, gate: Gate) => {
    const names = needed.get(lang) ?? [];
    if (!names.includes(gate.name)) names.push(gate.name);
    needed.set(lang, names);
  };
  for (const gate of gates) {
    if (!gateIds.has(gate.id)) continue;
    const own = screens.filter((s) => s.gateId === gate.id);
    const lists =
      own.length > 0
        ? own.map((s) => (s.languages?.length ? s.languages : gate.languages))
        : [gate.languages];
    for (const list of lists) for (const lang of list) add(lang, gate);
  }
  return needed;
}

/** Languages needed but without any text in the message, with the gates that need each. */
export function missingLanguages(
  variants: Message['variants'],
  needed: ReadonlyMap<string, string[]>,
): [string, string[]][] {
  const filled = (lang: string) => {
    const v = variants[lang];
    return Boolean(v && (v.title?.trim() || v.body?.trim() || v.ticker?.trim()));
  };
  return [...needed].filter(([lang]) => !filled(lang));
}
