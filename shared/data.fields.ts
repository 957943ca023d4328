// Fields in message texts ({{rates.USD.sell}}), each value formatted per language, and whether the values
// are too old to show. Pure and runtime-independent: the player decides offline with its synced clock, and
// the console's preview and the controller get the same text. Chromium's ICU data has no km or lo locale
// (Intl.NumberFormat('km') formats as English there, though Node's full ICU knows it), so Khmer and Lao
// numbers are built here from English parts with CLDR 48's symbols: every runtime writes the same text.
import type {
  DataDigits,
  DataFieldOptions,
  DataFieldType,
  DataStaleMode,
  DataUnit,
  DataValue,
} from '../schemas/types.ts';
import { zonedFormat } from './date.format.ts';

export type { DataDigits, DataFieldOptions, DataFieldType, DataStaleMode, DataUnit, DataValue };

/**
 * The rule of a message with fields and no fieldOptions of its own: hide the item once a value is a day old
 * (a board never shows yesterday's rate as today's). The player applies it; the editor shows it and saves it.
 */
export const defaultFieldOptions: DataFieldOptions = { stale: 'hide', maxAgeSeconds: 86_400 };

/** How a field is shown, from the words after `|` in `{{path|code,2}}`. */
export interface FieldFormat {
  /** Money: the currency as a symbol (default: as the language writes it), as its ISO code, or left out. */
  display?: 'symbol' | 'code' | 'plain';
  /** Number and money: exactly this many decimals. */
  decimals?: 0 | 1 | 2 | 3 | 4;
  /** Time: the clock (default), the day, or both. */
  time?: 'time' | 'date' | 'datetime';
}

/** One well-formed field of a text: where it stands (UTF-16 offsets, end exclusive), its path and format. */
export interface FieldToken {
  path: string;
  format: FieldFormat;
  start: number;
  end: number;
}

export type FieldProblemReason = 'unclosed' | 'unopened' | 'empty' | 'bad_path' | 'bad_format';

/** A malformed field: where it is (UTF-16 offsets, end exclusive), why, and a sentence for logs and tests. */
export interface FieldProblem {
  start: number;
  end: number;
  reason: FieldProblemReason;
  message: string;
}

const PATH = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
const MAX_PATH = 200;
const FORMAT_WORDS: Readonly<Record<string, FieldFormat>> = {
  symbol: { display: 'symbol' },
  code: { display: 'code' },
  plain: { display: 'plain' },
  '0': { decimals: 0 },
  '1': { decimals: 1 },
  '2': { decimals: 2 },
  '3': { decimals: 3 },
  '4': { decimals: 4 },
  time: { time: 'time' },
  date: { time: 'date' },
  datetime: { time: 'datetime' },
};

/** The format words joined by commas, or why they are not one (two displays, a clock with decimals …). */
function readFormat(words: string): FieldFormat | string {
  const format: FieldFormat = {};
  for (const word of words.split(',').map((w) => w.trim())) {
    const one = FORMAT_WORDS[word];
    if (!one)
      return `"${word}" is not a format; use symbol, code, plain, 0-4 (decimals), time, date or datetime`;
    for (const key of Object.keys(one) as (keyof FieldFormat)[])
      if (format[key] !== undefined) return `"${words}" names the ${key} twice`;
    Object.assign(format, one);
  }
  if (format.time && (format.display || format.decimals !== undefined))
    return `"${words}" mixes a clock format with a number format`;
  return format;
}

/**
 * The `{{path}}` and `{{path|format}}` fields of a text, and every malformed one with its place and reason
 * (an editor marks it; approval refuses a text with any). Spaces inside the braces are allowed.
 */
export function parseFields(text: string): { fields: FieldToken[]; problems: FieldProblem[] } {
  const fields: FieldToken[] = [];
  const problems: FieldProblem[] = [];
  const problem = (start: number, end: number, reason: FieldProblemReason, message: string) =>
    problems.push({ start, end, reason, message });
  let i = 0;
  for (;;) {
    const open = text.indexOf('{{', i);
    const stray = text.indexOf('}}', i);
    if (stray >= 0 && (open < 0 || stray < open)) {
      problem(stray, stray + 2, 'unopened', `"}}" at ${stray} closes no "{{"`);
      i = stray + 2;
      continue;
    }
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    const next = text.indexOf('{{', open + 2);
    if (close < 0 || (next >= 0 && next < close)) {
      const end = next >= 0 && (close < 0 || next < close) ? next : text.length;
      problem(open, end, 'unclosed', `the field at ${open} has no closing "}}"`);
      i = end;
      continue;
    }
    const end = close + 2;
    const inner = text.slice(open + 2, close);
    const bar = inner.indexOf('|');
    const path = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const format = bar < 0 ? {} : readFormat(inner.slice(bar + 1));
    if (inner.trim() === '') problem(open, end, 'empty', `the field at ${open} names nothing`);
    else if (!PATH.test(path) || path.length > MAX_PATH)
      problem(
        open,
        end,
        'bad_path',
        `"${path}" at ${open} is not a field name: dot-separated parts of letters, digits, _ and -`,
      );
    else if (typeof format === 'string') problem(open, end, 'bad_format', `at ${open}: ${format}`);
    else fields.push({ path, format, start: open, end });
    i = end;
  }
  return { fields, problems };
}

/** Whether a format says something about a value of this type (the editor warns when it does not). */
export function formatFits(format: FieldFormat, type: DataFieldType): boolean {
  if (format.time) return type === 'time';
  if (format.display) return type === 'money';
  if (format.decimals !== undefined) return type === 'money' || type === 'number';
  return true;
}

// ——— Languages ———

export type Words = 'vi' | 'en' | 'km' | 'lo' | 'zh-Hans';

/**
 * The language whose conventions a tag follows: Jrai, Bahnar and Tai Dam boards are read in Vietnam, so
 * they follow Vietnamese; a language with no table of its own follows English.
 */
export function wordsOf(lang: string): Words {
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  if (base === 'vi' || base === 'jra' || base === 'bdq' || base === 'tmm') return 'vi';
  if (base === 'km' || base === 'lo') return base;
  if (base === 'zh') return 'zh-Hans';
  return 'en';
}

/** The Intl locale used for vi, en and zh-Hans (which every Chromium carries); others format as English. */
const INTL_LOCALE: Record<Words, string> = { vi: 'vi', en: 'en', km: 'en', lo: 'en', 'zh-Hans': 'zh-Hans' };

const NATIVE_ZERO: Partial<Record<Words, number>> = { km: 0x17e0, lo: 0x0ed0 };

/** Latin digits in a text as the language's own (Khmer ០-៩, Lao ໐-໙) when asked; others stay 0-9. */
export function withDigits(text: string, words: Words, digits: DataDigits | undefined): string {
  const zero = NATIVE_ZERO[words];
  if (digits !== 'native' || zero === undefined) return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 48));
}

// CLDR 48: Khmer groups with "," and marks decimals with "." in Latin digits, the other way round in
// Khmer digits; Lao groups with "." and marks decimals with "," in both.
const SEPARATORS: Partial<Record<Words, Record<DataDigits, { group: string; decimal: string }>>> = {
  km: { latn: { group: ',', decimal: '.' }, native: { group: '.', decimal: ',' } },
  lo: { latn: { group: '.', decimal: ',' }, native: { group: '.', decimal: ',' } },
};

// CLDR 48's currency symbols in km (written after the amount) and lo (before it); other currencies by code.
const SYMBOLS: Partial<Record<Words, Readonly<Record<string, string>>>> = {
  km: { KHR: '៛', USD: '$', VND: '₫', THB: '฿', EUR: '€', GBP: '£', JPY: 'JP¥', CNY: 'CN¥', KRW: '₩' },
  lo: { LAK: '₭', USD: 'US$', VND: '₫', THB: '฿', EUR: '€', GBP: '£', JPY: 'JP¥', CNY: 'CN¥', KRW: '₩' },
};

// After the number, with its space where the language puts one. Written by hand: °C for every language
// (CLDR's Lao "ອົງສາ ຊີ." is long for a board), km/h as road signs write it.
const UNITS: Record<Words, Record<DataUnit, string>> = {
  vi: { celsius: '°C', millimeter: ' mm', minute: ' phút', percent: '%', 'kilometer-per-hour': ' km/h' },
  en: { celsius: '°C', millimeter: ' mm', minute: ' min', percent: '%', 'kilometer-per-hour': ' km/h' },
  km: { celsius: '°C', millimeter: ' មិល្លីម៉ែត្រ', minute: ' នាទី', percent: '%', 'kilometer-per-hour': ' km/h' },
  lo: { celsius: '°C', millimeter: ' ມມ', minute: ' ນາທີ', percent: '%', 'kilometer-per-hour': ' km/h' },
  'zh-Hans': {
    celsius: '°C',
    millimeter: '毫米',
    minute: '分钟',
    percent: '%',
    'kilometer-per-hour': ' km/h',
  },
};

/** Currencies shown without decimals whatever ISO 4217 says (the riel's 2 are never used on a board). */
const WHOLE_CURRENCIES = new Set(['VND', 'KHR', 'LAK']);

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A number in the language's separators (Latin digits; withDigits maps them). */
function numberText(
  n: number,
  words: Words,
  digits: DataDigits | undefined,
  options: Intl.NumberFormatOptions,
) {
  const separators = SEPARATORS[words]?.[digits ?? 'latn'];
  if (!separators) return numberFormat(INTL_LOCALE[words], options).format(n);
  return numberFormat('en', { ...options, style: 'decimal' })
    .formatToParts(n)
    .map((part) =>
      part.type === 'group' ? separators.group : part.type === 'decimal' ? separators.decimal : part.value,
    )
    .join('');
}

function decimalsOf(currency: string, format: FieldFormat): number {
  if (format.decimals !== undefined) return format.decimals;
  if (WHOLE_CURRENCIES.has(currency)) return 0;
  try {
    return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

function moneyText(
  n: number,
  currency: string,
  words: Words,
  digits: DataDigits | undefined,
  f: FieldFormat,
) {
  const decimals = decimalsOf(currency, f);
  const fraction = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (f.display === 'plain') return numberText(n, words, digits, fraction);
  const symbols = SYMBOLS[words];
  if (!symbols) {
    try {
      const currencyDisplay = f.display === 'code' ? 'code' : 'symbol';
      return numberFormat(INTL_LOCALE[words], {
        style: 'currency',
        currency,
        currencyDisplay,
        ...fraction,
      }).format(n);
    } catch {
      return `${numberText(n, words, digits, fraction)} ${currency}`;
    }
  }
  const symbol = f.display === 'code' ? currency : (symbols[currency] ?? currency);
  const amount = numberText(Math.abs(n), words, digits, fraction);
  const sign = n < 0 ? '-' : '';
  // Khmer writes the currency after the amount, Lao before it; a symbol of letters keeps a space (ICU's rule).
  return words === 'km'
    ? `${sign}${amount}${isLetter(symbol[0]) ? ' ' : ''}${symbol}`
    : `${sign}${symbol}${isLetter(symbol.at(-1)) ? ' ' : ''}${amount}`;
}

// ——— Times ———

export interface Clock {
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall clock of an instant in a zone (the runtime's own zone for a name it does not know). */
function clockAt(instant: number, timeZone: string | undefined): Clock {
  const parts = zonedFormat('en-US-u-nu-latn', {
    ...(timeZone ? { timeZone } : {}),
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');
const clockText = (c: Clock) => `${two(c.hour)}:${two(c.minute)}`;

export function dayText(c: Clock, words: Words): string {
  if (words === 'en') return `${c.day} ${EN_MONTHS[c.month - 1] ?? ''}`;
  if (words === 'zh-Hans') return `${c.month}月${c.day}日`;
  return `${two(c.day)}/${two(c.month)}`;
}

function timeText(c: Clock, words: Words, time: FieldFormat['time']): string {
  if (time === 'date') return dayText(c, words);
  if (time !== 'datetime') return clockText(c);
  if (words === 'zh-Hans') return `${dayText(c, words)} ${clockText(c)}`;
  return words === 'en' ? `${clockText(c)}, ${dayText(c, words)}` : `${clockText(c)} ${dayText(c, words)}`;
}

/** How values are written: the gate's digits for km and lo, and its zone for times. */
export interface FormatOptions {
  digits?: DataDigits | undefined;
  timeZone?: string | undefined;
  format?: FieldFormat | undefined;
}

/** One value as the language writes it: separators, currency, unit, clock; a format that does not fit is ignored. */
export function formatValue(value: DataValue, lang: string, options: FormatOptions = {}): string {
  const words = wordsOf(lang);
  const format = options.format ?? {};
  const { digits } = options;
  const v = value.value;
  if (value.type === 'text') return String(v).normalize('NFC');
  if (typeof v !== 'number' || !Number.isFinite(v)) return '';
  switch (value.type) {
    case 'time':
      return withDigits(timeText(clockAt(v, options.timeZone), words, format.time), words, digits);
    case 'money':
      return withDigits(moneyText(v, value.currency ?? 'VND', words, digits, format), words, digits);
    case 'number': {
      const d = format.decimals;
      const number = numberText(
        v,
        words,
        digits,
        d === undefined ? {} : { minimumFractionDigits: d, maximumFractionDigits: d },
      );
      return withDigits(`${number}${value.unit ? UNITS[words][value.unit] : ''}`, words, digits);
    }
  }
}

/** "cập nhật lúc 14:05 12/06": when a shown value was observed, in the language, for a stale item. */
export function asOfText(observedAt: number, lang: string, options: FormatOptions = {}): string {
  const words = wordsOf(lang);
  const c = clockAt(observedAt, options.timeZone);
  const [time, day] = [clockText(c), dayText(c, words)];
  const line: Record<Words, string> = {
    vi: `cập nhật lúc ${time} ${day}`,
    en: `as of ${time}, ${day}`,
    km: `គិតត្រឹមម៉ោង ${time} ថ្ងៃទី ${day}`,
    lo: `ປັບປຸງເວລາ ${time} ວັນທີ ${day}`,
    'zh-Hans': `更新于${day} ${time}`,
  };
  return withDigits(line[words], words, options.digits);
}

// ——— Rendering and staleness ———

export interface RenderOptions extends DataFieldOptions {
  digits?: DataDigits | undefined;
  timeZone: string;
}

export interface Rendered {
  /** The text with each field's value (a missing one as nothing) and malformed fields as written. */
  text: string;
  /** Paths with no value, each once: the item must not be shown as it stands. */
  missing: string[];
  /** Whether some value shown is older than its maximum age at `now`. */
  stale: boolean;
  /** The oldest observedAt among the values shown. */
  oldestObservedAt?: number;
  /** With stale "as-of" and a stale value: the line to show under the item. */
  asOf?: string;
}

/**
 * A text with its fields filled in the language, and whether it may be shown at `now` (the player's synced
 * clock, so the verdict holds offline): a missing value, or a stale one with stale "hide", hides the item.
 */
export function renderFields(
  text: string,
  values: ReadonlyMap<string, DataValue>,
  lang: string,
  options: RenderOptions,
  now: number,
): Rendered {
  const { fields } = parseFields(text);
  const missing: string[] = [];
  let out = '';
  let at = 0;
  let stale = false;
  let oldest: number | undefined;
  for (const field of fields) {
    out += text.slice(at, field.start);
    at = field.end;
    const value = values.get(field.path);
    if (!value) {
      if (!missing.includes(field.path)) missing.push(field.path);
      continue;
    }
    out += formatValue(value, lang, {
      digits: options.digits,
      timeZone: options.timeZone,
      format: field.format,
    });
    if (now - value.observedAt > maxAgeOf(field.path, value, options) * 1000) stale = true;
    oldest = oldest === undefined ? value.observedAt : Math.min(oldest, value.observedAt);
  }
  out += text.slice(at);
  return {
    text: out,
    missing,
    stale,
    ...(oldest === undefined ? {} : { oldestObservedAt: oldest }),
    ...(stale && options.stale === 'as-of' && oldest !== undefined
      ? { asOf: asOfText(oldest, lang, { digits: options.digits, timeZone: options.timeZone }) }
      : {}),
  };
}

/**
 * How old a value may be, in seconds, before it is stale: the message's age for its path (else its own), or
 * the source's (carried on the value to a player), whichever is shorter.
 */
export function maxAgeOf(
  path: string,
  value: Pick<DataValue, 'maxAgeSeconds'>,
  options: DataFieldOptions,
): number {
  const message = options.fields?.[path]?.maxAgeSeconds ?? options.maxAgeSeconds;
  return Math.min(message, value.maxAgeSeconds ?? Infinity);
}

/**
 * Whether a new value moved more than `boundPercent` % from the previous one (it then waits for a look).
 * From zero any change is beyond every bound; a value that is not a finite number always needs a look.
 */
export function jumpExceeds(previous: number, next: number, boundPercent: number): boolean {
  if (!Number.isFinite(boundPercent) || boundPercent < 0)
    throw new RangeError(`a bound is a percentage of 0 or more, not ${boundPercent}`);
  if (!Number.isFinite(previous) || !Number.isFinite(next)) return true;
  // Multiplied out rather than divided: 26,000 → 26,260 is exactly 1 %, not 1.0000000000000002 %.
  return Math.abs(next - previous) * 100 > boundPercent * Math.abs(previous);
}
