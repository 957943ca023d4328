/**
 * A maximum age as a person types it (an amount of minutes or hours) and as the API keeps it (seconds,
 * data.json#/$defs/maxAgeSeconds: one minute to 31 days). Pure, shared by the data source form and the
 * message editor's field options: an age left as shown goes back as stored, to the second.
 */
export type AgeUnit = 'minutes' | 'hours';

export interface AgeForm {
  amount: string;
  unit: AgeUnit;
}

export const MIN_AGE_SECONDS = 60;
export const MAX_AGE_SECONDS = 31 * 24 * 3600;
const UNIT_SECONDS: Record<AgeUnit, number> = { minutes: 60, hours: 3600 };

/** How a stored age is shown: whole hours in hours, anything else in minutes (a fraction with a comma). */
export function ageFormOf(seconds: number): AgeForm {
  if (seconds % 3600 === 0) return { amount: String(seconds / 3600), unit: 'hours' };
  const minutes = Math.round((seconds / 60) * 1000) / 1000;
  return { amount: String(minutes).replace('.', ','), unit: 'minutes' };
}

export const sameAge = (a: AgeForm, b: AgeForm): boolean => a.amount === b.amount && a.unit === b.unit;

/**
 * The seconds a typed age means: the stored age when the form still shows it, else the amount (digits, one
 * decimal comma or point) in its unit; undefined when the amount is not a number.
 */
export function secondsOf(form: AgeForm, stored: number | undefined): number | undefined {
  if (stored !== undefined && sameAge(form, ageFormOf(stored))) return stored;
  const text = form.amount.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  return Math.round(Number(text.replace(',', '.')) * UNIT_SECONDS[form.unit]);
}

/** What is wrong with a typed age: not a number, or outside one minute to 31 days. */
export function ageProblem(form: AgeForm, stored: number | undefined): 'number' | 'range' | undefined {
  const seconds = secondsOf(form, stored);
  if (seconds === undefined) return 'number';
  return seconds < MIN_AGE_SECONDS || seconds > MAX_AGE_SECONDS ? 'range' : undefined;
}
