import { hasText, screenLanguages } from '../../shared/languages.ts';
import { gatesReached } from '../../shared/targeting.ts';
import type { Gate, Message, Playlist, Schedule, Screen } from './api.ts';

/** The gates a message reaches: its own gate, and every gate a schedule of a playlist naming it plays at. */
export function gatesOfMessage(
  message: { id?: string; gateId?: string | null },
  playlists: readonly Playlist[],
  schedules: readonly Schedule[],
  screens: readonly Screen[],
  gates: readonly Gate[],
): Set<string> {
  const reached = new Set<string>();
  if (message.gateId) reached.add(message.gateId);
  if (!message.id) return reached;
  const lists = new Set(
    playlists
      .filter((p) => p.items.some((i) => i.type === 'message' && i.messageId === message.id))
      .map((p) => p.id),
  );
  for (const s of schedules) {
    if (lists.has(s.playlistId)) for (const g of gatesReached(s, screens, gates)) reached.add(g);
  }
  return reached;
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
    const lists = own.length > 0 ? own.map((s) => screenLanguages(s, gate)) : [gate.languages];
    for (const list of lists) for (const lang of list) add(lang, gate);
  }
  return needed;
}

/** Languages needed but without any text in the message, with the gates that need each. */
export function missingLanguages(
  variants: Message['variants'],
  needed: ReadonlyMap<string, string[]>,
): [string, string[]][] {
  return [...needed].filter(([lang]) => !hasText(variants[lang]));
}
