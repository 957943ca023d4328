// The value formats inside a CAP 1.2 document (OASIS CAP 1.2, ITU-T X.1303): its enumerations, its
// dateTime, coordinates, references and language codes. Pure; each reader throws a ValidationError naming
// the element by its path, so that the authority's integrator can find the value at fault.
import { ValidationError } from './errors.ts';

export const CAP_STATUS = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export const CAP_MSG_TYPE = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export const CAP_SCOPE = ['Public', 'Restricted', 'Private'] as const;
export const CAP_CATEGORY = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const;
export const CAP_RESPONSE_TYPE = [
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
] as const;
export const CAP_URGENCY = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const CAP_SEVERITY = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const CAP_CERTAINTY = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

export type CapStatus = (typeof CAP_STATUS)[number];
export type CapMsgType = (typeof CAP_MSG_TYPE)[number];
export type CapScope = (typeof CAP_SCOPE)[number];
export type CapCategory = (typeof CAP_CATEGORY)[number];
export type CapResponseType = (typeof CAP_RESPONSE_TYPE)[number];
export type CapUrgency = (typeof CAP_URGENCY)[number];
export type CapSeverity = (typeof CAP_SEVERITY)[number];
export type CapCertainty = (typeof CAP_CERTAINTY)[number];

/** A CAP dateTime: the instant (epoch ms) and the text as the authority wrote it (its offset is news). */
export interface CapTime {
  at: number;
  text: string;
}

/** A WGS 84 point, decimal degrees. */
export interface CapPoint {
  lat: number;
  lon: number;
}

/** One entry of `references`: the earlier message this one updates, cancels or answers. */
export interface CapReference {
  sender: string;
  identifier: string;
  sent: CapTime;
}

const bad = (path: string, message: string) => new ValidationError(message, path, 'cap_bad_value');

/** The value if it is one of `allowed` (CAP enumerations are case-sensitive), else a refusal listing them. */
export function capEnum<T extends string>(
  allowed: readonly T[],
  value: string,
  path: string,
  name: string,
): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined)
    throw bad(path, `<${name}> "${clip(value)}" is not one of the CAP 1.2 values: ${allowed.join(', ')}`);
  return found;
}

// CAP 1.2 §3.3.2: "2002-05-24T16:49:00-07:00"; no fractions, and a numeric offset, never "Z".
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

/** A CAP 1.2 dateTime, checked field by field (a 31 February is refused, not rolled into March). */
export function capTime(text: string, path: string, name: string): CapTime {
  const format = `CAP 1.2 writes times as YYYY-MM-DDThh:mm:ss+hh:mm, e.g. 2026-09-14T06:30:00+07:00`;
  if (/(?:Z|z)$/.test(text))
    throw bad(
      path,
      `<${name}> "${clip(text)}" ends in "Z"; CAP 1.2 forbids it: write UTC as -00:00 or +00:00`,
    );
  const m = DATE_TIME.exec(text);
  if (!m) throw bad(path, `<${name}> "${clip(text)}" is not a CAP dateTime: ${format}`);
  const [y, mo, d, h, mi, s, oh, om] = [1, 2, 3, 4, 5, 6, 8, 9].map((i) => Number(m[i]));
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined)
    throw bad(path, `<${name}> "${text}" is not a CAP dateTime`);
  const sec = s ?? 0;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || sec > 59)
    throw bad(path, `<${name}> "${text}" is not a real date and time`);
  if ((oh ?? 0) > 14 || (om ?? 0) > 59) throw bad(path, `<${name}> "${text}" has an offset no time zone has`);
  const offsetMs = (m[7] === '-' ? -1 : 1) * ((oh ?? 0) * 60 + (om ?? 0)) * 60_000;
  const at = Date.UTC(y, mo - 1, d, h, mi, sec) - offsetMs;
  return { at, text };
}

const DECIMAL = /^[+-]?\d{1,3}(?:\.\d{1,15})?$/;

/** A "lat,lon" pair in WGS 84 decimal degrees, in range. */
export function capPoint(pair: string, path: string, name: string): CapPoint {
  const [latText = '', lonText = '', ...rest] = pair.split(',');
  if (rest.length > 0 || !DECIMAL.test(latText) || !DECIMAL.test(lonText))
    throw bad(path, `<${name}> point "${clip(pair)}" is not "latitude,longitude" in decimal degrees`);
  const lat = Number(latText);
  const lon = Number(lonText);
  if (lat < -90 || lat > 90) throw bad(path, `<${name}> latitude ${latText} is outside -90..90`);
  if (lon < -180 || lon > 180) throw bad(path, `<${name}> longitude ${lonText} is outside -180..180`);
  return { lat, lon };
}

/** How many points a polygon of `text` holds, counted before parsing so that a limit can refuse it early. */
export const pointCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A CAP polygon: at least four "lat,lon" pairs separated by spaces, the first equal to the last. */
export function capPolygon(text: string, path: string): CapPoint[] {
  const points = text
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => capPoint(pair, path, 'polygon'));
  if (points.length < 4)
    throw bad(
      path,
      `<polygon> has ${points.length} points; CAP 1.2 needs at least 4, the first repeated last`,
    );
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || first.lat !== last.lat || first.lon !== last.lon)
    throw bad(path, `<polygon> is not closed: its first point must be repeated as its last`);
  return points;
}

/** A CAP circle: "lat,lon radius", the radius in kilometres. */
export function capCircle(text: string, path: string): { center: CapPoint; radiusKm: number } {
  const parts = text.split(/\s+/).filter(Boolean);
  const [centre = '', radius = '', ...rest] = parts;
  if (rest.length > 0 || !/^\d{1,5}(?:\.\d{1,15})?$/.test(radius))
    throw bad(path, `<circle> "${clip(text)}" is not "latitude,longitude radius" with the radius in km`);
  return { center: capPoint(centre, path, 'circle'), radiusKm: Number(radius) };
}

/** An altitude or ceiling: feet above mean sea level (CAP 1.2 §3.2.4). */
export function capDecimal(text: string, path: string, name: string): number {
  if (!/^[+-]?\d{1,9}(?:\.\d{1,15})?$/.test(text))
    throw bad(path, `<${name}> "${clip(text)}" is not a number`);
  return Number(text);
}

/** `references`: space-separated "sender,identifier,sent" triples. */
export function capReferences(text: string, path: string): CapReference[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((triple) => {
      const parts = triple.split(',');
      const [sender = '', identifier = '', sent = ''] = parts;
      if (parts.length !== 3 || !sender || !identifier)
        throw bad(path, `<references> entry "${clip(triple)}" is not "sender,identifier,sent"`);
      return { sender, identifier, sent: capTime(sent, path, 'references') };
    });
}

/** identifier and sender: CAP 1.2 forbids spaces, commas and the restricted characters < and &. */
export function capToken(text: string, path: string, name: string): string {
  if (/[\s,<&]/.test(text))
    throw bad(path, `<${name}> "${clip(text)}" contains a space, a comma, < or &, which CAP 1.2 forbids`);
  return text;
}

// CAP `language` codes (RFC 3066, as authorities write them) onto the tags our gates and messages use
// (schemas/common.json langTag). Regions are dropped: a board shows Khmer, not Cambodian Khmer. Chinese
// keeps its script, since a Hans board cannot show Hant text as its own.
const LANGUAGE_TABLE: Readonly<Record<string, string>> = {
  vi: 'vi',
  'vi-vn': 'vi',
  km: 'km',
  'km-kh': 'km',
  lo: 'lo',
  'lo-la': 'lo',
  en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-hans': 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  'zh-hant': 'zh-Hant',
  th: 'th',
  'th-th': 'th',
  jra: 'jra',
  bdq: 'bdq',
  tmm: 'tmm-Tavt',
};

/** The language when `<language>` is absent (CAP 1.2 §3.2.2). */
export const CAP_DEFAULT_LANGUAGE = 'en-US';

/**
 * Our language tag for a CAP language code: from the table, else the primary language (and script) in
 * our spelling, else null (a private-use or grandfathered code no gate shows). Malformed codes are refused.
 */
export function capLanguage(code: string, path: string): string | null {
  if (!/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(code))
    throw bad(path, `<language> "${clip(code)}" is not a language code such as vi-VN, km-KH or lo-LA`);
  const [primary = '', ...subtags] = code.toLowerCase().split('-');
  const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
  const spelledScript = script ? `${script.charAt(0).toUpperCase()}${script.slice(1)}` : undefined;
  const withScript = spelledScript ? `${primary}-${spelledScript}` : primary;
  const known =
    LANGUAGE_TABLE[code.toLowerCase()] ??
    (spelledScript ? LANGUAGE_TABLE[withScript.toLowerCase()] : undefined) ??
    (spelledScript ? undefined : LANGUAGE_TABLE[primary]);
  if (known) return known;
  return /^[a-z]{2,3}$/.test(primary) ? withScript : null;
}

/** A value cut short for a message, so that a refusal never echoes a whole megabyte back. */
export function clip(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
