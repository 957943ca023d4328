import type { ValueInput } from './data-api.ts';
import type { Unit, ValueType } from './data-words.ts';

/**
 * A value entered by hand, as typed, and the value it sends (POST /api/v1/data-sources/{id}/values), as pure
 * functions. Numbers are read the way the interface's language writes them, strictly: in Vietnamese
 * "26.370" is twenty-six thousand and "6,2" six point two, and "6.2" is refused rather than read as 62 (a
 * slipped separator is the mistake a rate board must not make).
 */
export interface EntryForm {
  path: string;
  type: ValueType;
  value: string;
  currency: string;
  unit: Unit | '';
  /** A datetime-local text (the browser's clock); empty: when it is received. */
  observed: string;
}

export type EntryField = 'path' | 'value' | 'currency' | 'observedAt';
export type EntryProblem = 'required' | 'path' | 'number' | 'currency' | 'time';

export const emptyEntry = (): EntryForm => ({
  path: '',
  type: 'money',
  value: '',
  currency: 'VND',
  unit: '',
  observed: '',
});

/** The JSON pointer the server names a field of the one value by. */
export const entryPointer = (field: EntryField | 'type' | 'unit'): string => `/values/0/${field}`;

const PATH = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
const SEPARATORS = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } } as const;
const escape = (c: string) => `\\${c}`;

/** A number as the language writes it (groups of three, its decimal mark), or undefined. */
export function parseAmount(text: string, lang: 'vi' | 'en'): number | undefined {
  const { group, decimal } = SEPARATORS[lang];
  const typed = text.trim().replace(/\s/g, '').replace(/^−/, '-');
  const g = escape(group);
  const d = escape(decimal);
  const grouped = new RegExp(`^-?\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  const plain = new RegExp(`^-?\\d+(?:${d}\\d+)?$`);
  if (!grouped.test(typed) && !plain.test(typed)) return undefined;
  const n = Number(typed.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A datetime-local text as an instant on the browser's clock, or undefined. */
export function localInstant(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text)) return undefined;
  const ms = new Date(text).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/** An instant as a datetime-local text on the browser's clock (to the minute). */
export function localText(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The value the form means, or what is wrong with each field (nothing is sent then). */
export function entryOf(
  form: EntryForm,
  lang: 'vi' | 'en',
): { value: ValueInput } | { problems: Partial<Record<EntryField, EntryProblem>> } {
  const problems: Partial<Record<EntryField, EntryProblem>> = {};
  const path = form.path.trim();
  if (path === '') problems.path = 'required';
  else if (!PATH.test(path) || path.length > 200) problems.path = 'path';
  let value: number | string | undefined;
  if (form.type === 'text') {
    value = form.value.normalize('NFC').trim();
    if (value === '') problems.value = 'required';
  } else if (form.type === 'time') {
    value = localInstant(form.value);
    if (value === undefined) problems.value = form.value.trim() === '' ? 'required' : 'time';
  } else {
    value = parseAmount(form.value, lang);
    if (value === undefined) problems.value = form.value.trim() === '' ? 'required' : 'number';
  }
  const currency = form.currency.trim().toUpperCase();
  if (form.type === 'money' && !/^[A-Z]{3}$/.test(currency))
    problems.currency = currency === '' ? 'required' : 'currency';
  const observedAt = form.observed.trim() === '' ? undefined : localInstant(form.observed);
  if (form.observed.trim() !== '' && observedAt === undefined) problems.observedAt = 'time';
  if (Object.keys(problems).length > 0 || value === undefined) return { problems };
  const typed = { path, value, ...(observedAt === undefined ? {} : { observedAt }) };
  switch (form.type) {
    case 'money':
      return { value: { ...typed, type: 'money', currency } };
    case 'number':
      return { value: { ...typed, type: 'number', ...(form.unit ? { unit: form.unit } : {}) } };
    case 'text':
    case 'time':
      return { value: { ...typed, type: form.type } };
  }
}
