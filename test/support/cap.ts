// CAP fixtures for tests, at a chosen time: every date-time in a document moved by the same amount, so that a
// chain (alert, update, cancel) keeps its order and references while its <sent> and <expires> suit the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'cap');
const DATE_TIME = /(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2}:\d{2})/g;

/** The fixture's text with every date-time moved by `shiftMs` (written in the same UTC offset). */
export function capText(name: string, shiftMs = 0): string {
  const text = readFileSync(join(DIR, name), 'utf8');
  if (shiftMs === 0) return text;
  return text.replace(DATE_TIME, (_m, local: string, offset: string) => {
    const sign = offset.startsWith('-') ? -1 : 1;
    const [h = 0, m = 0] = offset.slice(1).split(':').map(Number);
    const offsetMs = sign * (h * 60 + m) * 60_000;
    const at = Date.parse(`${local}${offset}`) + shiftMs;
    return `${new Date(at + offsetMs).toISOString().slice(0, 19)}${offset}`;
  });
}

/** The fixture's bytes (UTF-8), moved like capText. */
export function capBytes(name: string, shiftMs = 0): Buffer {
  return Buffer.from(capText(name, shiftMs), 'utf8');
}

/** The last <sent> of the flood chain (warning 06:30, update 12:00, cancel the next day 09:15). */
export const FLOOD_CHAIN_LAST_SENT = '2026-09-15T09:15:00+07:00';

/** How far to move documents so that `latestSent` (an ISO date-time of theirs) falls a minute before `now`. */
export function shiftSoSent(latestSent: string, now: number): number {
  return now - Date.parse(latestSent) - 60_000;
}
