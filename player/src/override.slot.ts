// Which emergency page is due: pure, so that every screen of a gate shows the same one at the same time.
import type { PlayerEmergency } from '../../schemas/types.ts';

/** Each language of an emergency stays up this long before the next. */
export const emergencyLanguageMs = 8_000;

/** The emergency and language due at `now`: the same on every screen of a gate (derived from the clock). */
export function emergencySlot(
  emergencies: readonly PlayerEmergency[],
  now: number,
): { emergency: PlayerEmergency; lang: string; remaining: number } | null {
  const pages = emergencies
    .filter((e) => e.expiresAt > now)
    .flatMap((emergency) => Object.keys(emergency.variants).map((lang) => ({ emergency, lang })));
  if (pages.length === 0) return null;
  const index = Math.floor(now / emergencyLanguageMs) % pages.length;
  const page = pages[index] ?? pages[0];
  if (!page) return null;
  const remaining = Math.min(
    emergencyLanguageMs - (now % emergencyLanguageMs),
    ...pages.map((p) => p.emergency.expiresAt - now),
  );
  return { ...page, remaining };
}
