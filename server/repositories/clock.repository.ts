/** The one source of "now" for services; tests pass a fixed or fake clock. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** ISO 8601 UTC text of a clock reading, as stored in the database. */
export function isoNow(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}
