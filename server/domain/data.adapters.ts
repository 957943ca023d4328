// Ready adapters for two kinds of published document, each read into typed values (shared/data.fields.ts
// formats them): a bank's exchange-rate list in Vietcombank's XML, and a forecast from Open-Meteo's JSON API.
// Pure: no network, the caller fetched the text; a document that is not what it claims is refused whole,
// naming the element or field, so a half-read list never reaches a board. docs/DATA.md describes both.
import { XMLValidator } from 'fast-xml-parser';
import { DateTime } from 'luxon';
import type { DataUnit, DataValue } from '../../schemas/types.ts';
import { clip } from './cap.fields.ts';
import { isNode, safeXmlParser, screenMarkup, type XmlNode } from './cap.xml.ts';
import { ValidationError } from './errors.ts';

/** The largest document read, in UTF-8 bytes: a bank's list of twenty currencies is about 3 KB. */
export const MAX_DATA_DOCUMENT_BYTES = 256 * 1024;

const malformed = (message: string, path = '/') => new ValidationError(message, path, 'data_malformed');

function checkSize(text: string, what: string): void {
  if (text.length > MAX_DATA_DOCUMENT_BYTES || Buffer.byteLength(text, 'utf8') > MAX_DATA_DOCUMENT_BYTES)
    throw new ValidationError(
      `${what} is larger than ${MAX_DATA_DOCUMENT_BYTES / 1024} KB; no rate list or forecast needs more`,
      '/',
      'data_too_large',
    );
}

// ——— Exchange rates (Vietcombank) ———

const RATE_WORDS = {
  code: 'data_forbidden_markup',
  document: 'an exchange-rate list',
  reader: 'Gatecast',
  doctype: 'a rate list needs no DTD, and entities are refused',
};

// ExrateList/Exrate is two deep; anything far deeper is not a rate list.
const rateParser = safeXmlParser({ maxNestedTags: 8 });

/** Vietnam's offset from UTC: +7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

const DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?$/;

/**
 * Vietcombank's <DateTime>: month/day/year and a 12-hour clock, "6/12/2026 1:05:00 PM", in Vietnam time (a
 * 24-hour clock without AM/PM is read too). Epoch ms, or undefined when it is no such date.
 */
export function vietcombankTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [month = 0, day = 0, year = 0, hour = 0, minute = 0] = m.slice(1, 6).map(Number);
  const second = Number(m[6] ?? 0);
  const half = m[7]?.toUpperCase();
  if (half ? hour < 1 || hour > 12 : hour > 23) return undefined;
  if (minute > 59 || second > 59) return undefined;
  const h24 = half ? (hour % 12) + (half === 'PM' ? 12 : 0) : hour;
  const utc = Date.UTC(year, month - 1, day, h24, minute, second);
  // Date.UTC rolls 2/30 over into March: such a date is not one.
  const back = new Date(utc);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return utc - VIETNAM_OFFSET_MS;
}

const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const RATE_KINDS = [
  ['Buy', 'buy'],
  ['Transfer', 'transfer'],
  ['Sell', 'sell'],
] as const;

/** The elements of this name under a node. */
const children = (node: XmlNode, name: string): unknown[] => {
  const value = node[name];
  return Array.isArray(value) ? value : [];
};

function textOf(value: unknown): string {
  const own: unknown = isNode(value) ? value['#text'] : value;
  const text: unknown = Array.isArray(own) ? own[0] : own;
  return typeof text === 'string' || typeof text === 'number' ? String(text).trim() : '';
}

function attrOf(node: XmlNode, name: string): string | undefined {
  const found = node[`@_${name}`];
  const text: unknown = Array.isArray(found) ? found[0] : found;
  return typeof text === 'string' ? text.trim() : undefined;
}

/**
 * A bank's exchange-rate list in Vietcombank's XML (<ExrateList> of <Exrate CurrencyCode Buy Transfer
 * Sell>, amounts in VND with thousands commas, "-" where the bank does not trade) as money values
 * rates.<CODE>.buy|transfer|sell, observed at the list's <DateTime>, or at `observedFallback` without one.
 */
export function readExchangeRates(xml: string, observedFallback: number): DataValue[] {
  if (typeof xml !== 'string' || xml.trim() === '') throw malformed('the exchange-rate list is empty');
  checkSize(xml, 'the exchange-rate list');
  screenMarkup(xml, RATE_WORDS);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- as in cap.xml.ts: shipped and tested with the parser
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true)
    throw malformed(
      `the exchange-rate list is not well-formed XML (line ${verdict.err.line}, column ${verdict.err.col}): ${verdict.err.msg}`,
    );
  let tree: unknown;
  try {
    tree = rateParser.parse(xml);
  } catch (err) {
    throw malformed(
      `the exchange-rate list could not be read: ${err instanceof Error ? clip(err.message, 200) : 'unknown error'}`,
    );
  }
  const roots = isNode(tree) ? Object.keys(tree).filter((key) => !key.startsWith('?')) : [];
  const lists = isNode(tree) ? children(tree, 'ExrateList') : [];
  const list = lists[0];
  if (roots.length !== 1 || lists.length !== 1 || !isNode(list))
    throw malformed(
      `an exchange-rate list has one root element, <ExrateList>, not <${clip(roots.join('>, <'), 60)}>`,
    );

  const stamps = children(list, 'DateTime');
  if (stamps.length > 1) throw malformed('the list has more than one <DateTime>', '/ExrateList/DateTime/1');
  let observedAt = observedFallback;
  if (stamps.length === 1) {
    const text = textOf(stamps[0]);
    const at = vietcombankTime(text);
    if (at === undefined)
      throw malformed(
        `<DateTime> "${clip(text, 40)}" is not a time as month/day/year h:mm:ss AM|PM, e.g. "6/12/2026 1:05:00 PM"`,
        '/ExrateList/DateTime/0',
      );
    observedAt = at;
  }

  const rates = children(list, 'Exrate');
  if (rates.length === 0) throw malformed('the list has no <Exrate>', '/ExrateList/Exrate');
  const seen = new Set<string>();
  const values: DataValue[] = [];
  rates.forEach((rate, i) => {
    const at = `/ExrateList/Exrate/${i}`;
    const node = isNode(rate) ? rate : {};
    const code = attrOf(node, 'CurrencyCode') ?? '';
    if (!/^[A-Z]{3}$/.test(code))
      throw malformed(
        `<Exrate> ${i + 1} has CurrencyCode "${clip(code, 20)}", not an ISO 4217 code`,
        `${at}/@CurrencyCode`,
      );
    if (seen.has(code)) throw malformed(`${code} is listed twice`, `${at}/@CurrencyCode`);
    seen.add(code);
    for (const [attribute, kind] of RATE_KINDS) {
      const text = attrOf(node, attribute);
      if (text === undefined || text === '' || text === '-') continue;
      if (!AMOUNT.test(text))
        throw malformed(
          `the ${attribute} rate of ${code}, "${clip(text, 20)}", is not an amount such as 26,370.00`,
          `${at}/@${attribute}`,
        );
      values.push({
        path: `rates.${code}.${kind}`,
        type: 'money',
        value: Number(text.replaceAll(',', '')),
        currency: 'VND',
        observedAt,
      });
    }
  });
  return values;
}

// ——— Weather (Open-Meteo) ———

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The unit Open-Meteo names for a variable must be ours: a forecast in °F or inches is refused. */
function checkUnit(units: unknown, group: string, variable: string, expected: string): void {
  const unit = isObject(units) ? units[variable] : undefined;
  if (unit !== undefined && unit !== expected)
    throw malformed(
      `${variable} is in "${clip(typeof unit === 'string' ? unit : JSON.stringify(unit), 12)}"; ask Open-Meteo for ${expected} (temperature_unit=celsius, precipitation_unit=mm)`,
      `/${group}/${variable}`,
    );
}

/**
 * An Open-Meteo forecast (`current` and `daily`, timeformat iso8601, asked in the gate's zone) as numbers
 * weather.now.temperature, weather.today|tomorrow.max|min|precipitation with their unit (celsius,
 * millimeter), all observed at current.time. The forecast's days must be the gate's: its UTC offset at
 * current.time must be the offset of `timeZone` then.
 */
export function readWeather(json: unknown, timeZone: string): DataValue[] {
  let doc = json;
  if (typeof json === 'string') {
    checkSize(json, 'the forecast');
    try {
      doc = JSON.parse(json);
    } catch {
      throw malformed('the forecast is not JSON');
    }
  }
  if (!isObject(doc)) throw malformed('the forecast is not a JSON object');
  if (doc.error === true)
    throw malformed(
      `Open-Meteo answered an error: ${clip(typeof doc.reason === 'string' ? doc.reason : 'no reason given', 200)}`,
      '/reason',
    );

  const offset = doc.utc_offset_seconds;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || Math.abs(offset) > 18 * 3600)
    throw malformed('utc_offset_seconds is missing or not a whole number of seconds', '/utc_offset_seconds');
  const current = doc.current;
  if (!isObject(current)) throw malformed('the forecast has no "current" block', '/current');
  const time = current.time;
  const m = typeof time === 'string' ? LOCAL_TIME.exec(time) : null;
  if (!m)
    throw malformed(
      `current.time "${clip(String(time), 30)}" is not a local time such as 2026-06-12T13:00 (timeformat=iso8601)`,
      '/current/time',
    );
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const observedAt = Date.UTC(year, month - 1, day, hour, minute) - offset * 1000;
  const gate = DateTime.fromMillis(observedAt, { zone: timeZone });
  if (!gate.isValid)
    throw new ValidationError(`"${timeZone}" is not a time zone`, '/timeZone', 'validation_failed');
  if (gate.offset * 60 !== offset)
    throw malformed(
      `the forecast's days are at UTC${offset >= 0 ? '+' : ''}${offset / 3600} but the gate's (${timeZone}) at UTC${gate.offset >= 0 ? '+' : ''}${gate.offset / 60}: ask Open-Meteo for timezone=${timeZone}`,
      '/utc_offset_seconds',
    );

  const daily = doc.daily;
  if (!isObject(daily) || !Array.isArray(daily.time))
    throw malformed('the forecast has no daily.time', '/daily/time');
  const days: unknown[] = daily.time;
  days.forEach((d, i) => {
    if (typeof d !== 'string' || !LOCAL_DATE.test(d))
      throw malformed(
        `daily.time[${i}] "${clip(String(d), 20)}" is not a date such as 2026-06-12`,
        `/daily/time/${i}`,
      );
  });
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const today = days.indexOf(date);
  if (today < 0) throw malformed(`daily.time has no ${date}, the day of current.time`, '/daily/time');

  checkUnit(doc.current_units, 'current', 'temperature_2m', '°C');
  for (const variable of ['temperature_2m_max', 'temperature_2m_min'])
    checkUnit(doc.daily_units, 'daily', variable, '°C');
  checkUnit(doc.daily_units, 'daily', 'precipitation_sum', 'mm');

  const values: DataValue[] = [];
  const push = (path: string, value: unknown, unit: DataUnit, pointer: string) => {
    if (value === null || value === undefined) return; // Open-Meteo's "no data" for that hour or day
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw malformed(`${pointer.slice(1).replaceAll('/', '.')} is not a number`, pointer);
    values.push({ path, type: 'number', value, unit, observedAt });
  };
  push('weather.now.temperature', current.temperature_2m, 'celsius', '/current/temperature_2m');
  const series = [
    ['temperature_2m_max', 'max', 'celsius'],
    ['temperature_2m_min', 'min', 'celsius'],
    ['precipitation_sum', 'precipitation', 'millimeter'],
  ] as const;
  for (const variable of series.map(([v]) => v)) {
    const list = daily[variable];
    if (list !== undefined && (!Array.isArray(list) || list.length !== days.length))
      throw malformed(
        `daily.${variable} does not have one entry per day of daily.time`,
        `/daily/${variable}`,
      );
  }
  for (const [name, index] of [
    ['today', today],
    ['tomorrow', today + 1],
  ] as const) {
    if (index >= days.length) continue; // a one-day forecast has no tomorrow: its fields stay missing
    for (const [variable, key, unit] of series) {
      const list = daily[variable];
      if (Array.isArray(list))
        push(`weather.${name}.${key}`, list[index], unit, `/daily/${variable}/${index}`);
    }
  }
  return values;
}
