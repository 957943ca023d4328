// Which languages a message needs: those of the screens at every gate it can reach. One rule for the server
// (a submit that leaves some without text must acknowledge them) and the console (the editor's and the
// approver's list of missing languages).
import type { MessageVariant, ScheduleTargets, Scope } from '../schemas/types.ts';
import { hasText, screenLanguages } from './languages.ts';
import { gatesReached } from './targeting.ts';

/** What of a message decides where it can play: its own gate or province, and its id (playlists name it). */
export interface ReachingMessage {
  id?: string | undefined;
  gateId?: string | null | undefined;
  province?: string | null | undefined;
}

interface GateLike {
  id: string;
  name: string;
  province: string;
  languages: string[];
}

interface ScreenLike {
  id: string;
  gateId: string;
  groups?: string[] | undefined;
  languages?: string[] | undefined;
}

interface PlaylistLike {
  id: string;
  items: readonly { type: string; messageId?: string | undefined }[];
}

interface ScheduleLike {
  playlistId: string;
  targets: ScheduleTargets;
  owner?: Scope | undefined;
}

/** The gates a message reaches: its own gate (or its province's), and every gate a schedule of a playlist naming it plays at. */
export function gatesOfMessage(
  message: ReachingMessage,
  playlists: readonly PlaylistLike[],
  schedules: readonly ScheduleLike[],
  screens: readonly ScreenLike[],
  gates: readonly GateLike[],
): Set<string> {
  const reached = new Set<string>();
  if (message.gateId) reached.add(message.gateId);
  if (message.province) for (const g of gates) if (g.province === message.province) reached.add(g.id);
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

/** Each language the screens of these gates show (a screen's own list, else its gate's), with the gates' names needing it. */
export function languagesNeeded(
  gateIds: ReadonlySet<string>,
  gates: readonly GateLike[],
  screens: readonly ScreenLike[],
): Map<string, string[]> {
  const needed = new Map<string, string[]>();
  const add = (lang: string, gate: GateLike) => {
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
  variants: Readonly<Record<string, MessageVariant | undefined>>,
  needed: ReadonlyMap<string, string[]>,
): [string, string[]][] {
  return [...needed].filter(([lang]) => !hasText(variants[lang]));
}
