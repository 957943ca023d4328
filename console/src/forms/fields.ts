/** Helpers the form models share: numbers and lists as typed, and a stored entity's fields the form leaves alone. */
import { parseList } from '../list-field.ts';

/** A number field's text for a stored number (empty when there is none). */
export const numberText = (n: number | undefined): string => (n === undefined ? '' : String(n));

/**
 * The number a number field holds: the stored one when its text is unchanged (so -0 or 1e21 come back as
 * they were), else the typed number. Text that is not a number is sent as typed, for the server to refuse
 * beside the field, never turned into 0.
 */
export function numberOf(text: string, stored: number | undefined): number {
  if (stored !== undefined && text === numberText(stored)) return stored;
  const n = Number(text);
  // The schema's refusal (wrong_type) names the field; a 0 in its place would be saved silently.
  return text.trim() !== '' && Number.isFinite(n) ? n : (text as unknown as number);
}

/** A comma-separated list field as sent: left out when empty unless the stored entity had the list. */
export function listOf(text: string, had: boolean): { list?: string[] } {
  const list = parseList(text);
  return list.length > 0 || had ? { list } : {};
}

/** The stored entity's fields other than server-set ones and those the form itself sends. */
export function untouched(stored: object | undefined, known: readonly string[]): Record<string, unknown> {
  const skip = new Set(['id', 'createdAt', 'updatedAt', 'owner', ...known]);
  return Object.fromEntries(Object.entries(stored ?? {}).filter(([key]) => !skip.has(key)));
}
