// The lunisolar calendar of China and of Vietnam (âm lịch), computed from the sun and the moon, so that a
// player can place Tết, Giỗ Tổ or the Mid-Autumn Festival of any year offline. The two countries use the
// same rules (China's GB/T 33661-2017; Vietnam's calendar since 1968) on different meridians: a day starts
// at midnight of UTC+8 in China and of UTC+7 in Vietnam, so when a new moon falls between 23:00 and 24:00
// Beijing time the two months start a day apart (Tết 2007: 17 February in Vietnam, 18 in China).
//
// Why not ICU's `-u-ca-chinese`: it knows only the UTC+8 calendar (its `timeZone` option changes which day
// is read, not the meridian), and its astronomy is coarse: Node 24 (ICU 78) and Chromium 156 put the
// Spring Festival of 2027 on 7 February, but the new moon is at 23:56 Beijing time on the 6th, the date
// the Hong Kong Observatory publishes.
//
// The rules: a month starts on the local day of a new moon; the month that holds the winter solstice is
// the 11th; when 13 months start between one 11th month and the next, the first of them that holds no
// major solar term (the sun's longitude passing a multiple of 30°) is a leap month and repeats the
// number before it. New moons: Meeus, Astronomical Algorithms (2nd ed.), ch. 49 (seconds of accuracy);
// the sun: ch. 25, low accuracy (0.01°, a quarter of an hour in time); ΔT: Espenak & Meeus' polynomials.
// Years 1929 (when China moved its calendar to UTC+8) ... 2149 (past it ΔT is a guess).

/** A day of the lunisolar calendar: the lunar year (that of its 1st month), month 1 ... 12, day 1 ... 30. */
export interface LunarDate {
  year: number;
  month: number;
  /** A leap month, which repeats the number of the month before it. */
  leap: boolean;
  day: number;
}

/** The meridian of a calendar, in hours east of UTC: 8 for China's, 7 for Vietnam's. */
export type LunarMeridian = 7 | 8;

/** The first and last Gregorian years this module computes. */
export const lunarYears = { first: 1929, last: 2149 } as const;

const dayMs = 86_400_000;
const unixEpochJd = 2_440_587.5;
const synodicMonth = 29.530588861;
const rad = Math.PI / 180;

/** The Julian Ephemeris Day (TT) of new moon number k (0: 6 January 2000), Meeus ch. 49. */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * rad;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * rad;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * rad;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * rad;
  const sin = Math.sin;
  let jde = 2_451_550.09766 + synodicMonth * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  jde +=
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(om) -
    0.00007 * sin(mp + 2 * m) +
    0.00004 * sin(2 * mp - 2 * f) +
    0.00004 * sin(3 * m) +
    0.00003 * sin(mp + m - 2 * f) +
    0.00003 * sin(2 * mp + 2 * f) -
    0.00003 * sin(mp + m + 2 * f) +
    0.00003 * sin(mp - m + 2 * f) -
    0.00002 * sin(mp - m - 2 * f) -
    0.00002 * sin(3 * mp + m) +
    0.00002 * sin(4 * mp);
  // The planetary arguments A1 ... A14 and their coefficients.
  const planetary: [number, number, number][] = [
    [299.77, 0.107408, 0.000325],
    [251.88, 0.016321, 0.000165],
    [251.83, 26.651886, 0.000164],
    [349.42, 36.412478, 0.000126],
    [84.66, 18.206239, 0.00011],
    [141.74, 53.303771, 0.000062],
    [207.14, 2.453732, 0.00006],
    [154.84, 7.30686, 0.000056],
    [34.52, 27.261239, 0.000047],
    [207.19, 0.121824, 0.000042],
    [291.34, 1.844379, 0.00004],
    [161.72, 24.198154, 0.000037],
    [239.56, 25.513099, 0.000035],
    [331.55, 3.592518, 0.000023],
  ];
  for (const [i, [a, b, c]] of planetary.entries())
    jde += c * sin((a + b * k - (i === 0 ? 0.009173 * t2 : 0)) * rad);
  return jde;
}

/** TT − UT in seconds in a (fractional) year: Espenak & Meeus, NASA's eclipse site. */
function deltaT(year: number): number {
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
}

const yearOfMs = (ms: number): number => 1970 + ms / (365.2425 * dayMs);

/** The instant (ms, UT) of a Julian Ephemeris Day. */
export function msOfJde(jde: number): number {
  const tt = (jde - unixEpochJd) * dayMs;
  return tt - deltaT(yearOfMs(tt)) * 1000;
}

function jdeOfMs(ms: number): number {
  return (ms + deltaT(yearOfMs(ms)) * 1000) / dayMs + unixEpochJd;
}

/** The sun's apparent longitude (degrees, 0 ... 360) at an instant (ms), Meeus ch. 25, low accuracy. */
export function sunLongitude(ms: number): number {
  const t = (jdeOfMs(ms) - 2_451_545) / 36_525;
  const l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35_999.05029 * t - 0.0001537 * t * t) * rad;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * rad;
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/** The instant (ms) near `guess` (within a few weeks) at which the sun's longitude is `degrees`. */
function sunReaches(degrees: number, guess: number): number {
  let ms = guess;
  for (let i = 0; i < 8; i++) {
    const behind = ((((degrees - sunLongitude(ms)) % 360) + 540) % 360) - 180;
    ms += (behind / 360) * 365.2422 * dayMs;
  }
  return ms;
}

/** The day number (days since 1970-01-01) of the local date at an instant, `meridian` hours east of UTC. */
const localDay = (ms: number, meridian: number): number => Math.floor((ms + meridian * 3_600_000) / dayMs);

const newMoonDay = (k: number, meridian: number): number => localDay(msOfJde(newMoonJde(k)), meridian);

/** The sun's longitude at the local midnight that starts day number `day`. */
const longitudeAtDayStart = (day: number, meridian: number): number =>
  sunLongitude(day * dayMs - meridian * 3_600_000);

/** The number k of the new moon that starts the 11th month: the one holding December's solstice of `year`. */
function month11(year: number, meridian: number): number {
  const solstice = localDay(sunReaches(270, Date.UTC(year, 11, 21)), meridian);
  let k = Math.round((jdeOfMs(Date.UTC(year, 11, 21)) - 2_451_550.09766) / synodicMonth);
  while (newMoonDay(k + 1, meridian) <= solstice) k++;
  while (newMoonDay(k, meridian) > solstice) k--;
  return k;
}

interface LunarMonth {
  /** Day number of its first day. */
  start: number;
  /** How many days it has: 29 or 30. */
  length: number;
  year: number;
  month: number;
  leap: boolean;
}

const monthCache = new Map<string, LunarMonth[]>();

/** The months from the 11th month of Gregorian `year` − 1 to the one before the 11th month of `year`. */
function monthsOfSui(year: number, meridian: LunarMeridian): LunarMonth[] {
  const key = `${year}/${meridian}`;
  const cached = monthCache.get(key);
  if (cached) return cached;
  const from = month11(year - 1, meridian);
  const to = month11(year, meridian);
  const starts: number[] = [];
  for (let k = from; k <= to; k++) starts.push(newMoonDay(k, meridian));
  // 13 months: the first without a major solar term is the leap one.
  let leapAt = -1;
  if (to - from === 13) {
    for (let i = 1; i < 13 && leapAt < 0; i++) {
      const a = Math.floor(longitudeAtDayStart(starts[i] ?? 0, meridian) / 30);
      const b = Math.floor(longitudeAtDayStart(starts[i + 1] ?? 0, meridian) / 30);
      if (a === b) leapAt = i;
    }
  }
  const months: LunarMonth[] = [];
  let number = 10;
  let lunarYear = year - 1;
  for (let i = 0; i < to - from; i++) {
    const leap = i === leapAt;
    if (!leap) number = (number % 12) + 1;
    if (number === 1 && !leap) lunarYear = year;
    const start = starts[i] ?? 0;
    months.push({ start, length: (starts[i + 1] ?? 0) - start, year: lunarYear, month: number, leap });
  }
  monthCache.set(key, months);
  return months;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < lunarYears.first || year > lunarYears.last)
    throw new RangeError(`year ${year} is outside ${lunarYears.first}...${lunarYears.last}`);
}

/** Day number of a 'YYYY-MM-DD' date. */
export function dayNumberOf(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / dayMs;
}

/** 'YYYY-MM-DD' of a day number. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The lunar date of a Gregorian date 'YYYY-MM-DD' on the calendar of `meridian`. */
export function lunarDateOf(date: string, meridian: LunarMeridian): LunarDate {
  const day = dayNumberOf(date);
  const year = Number(date.slice(0, 4));
  checkYear(year);
  const next = monthsOfSui(year + 1, meridian);
  const months = (next[0]?.start ?? Infinity) <= day ? next : monthsOfSui(year, meridian);
  const month = months.findLast((m) => m.start <= day);
  if (!month) throw new RangeError(`no lunar month for ${date}`);
  return { year: month.year, month: month.month, leap: month.leap, day: day - month.start + 1 };
}

/**
 * The Gregorian date 'YYYY-MM-DD' of a lunar date on the calendar of `meridian`, or undefined when there is
 * no such day (the 30th of a 29-day month, a leap month the year lacks).
 */
export function dateOfLunar(lunar: LunarDate, meridian: LunarMeridian): string | undefined {
  // Lunar year Y runs from late January or February of Gregorian Y to the same of Y + 1.
  checkYear(lunar.year);
  for (const sui of [lunar.year, lunar.year + 1]) {
    const found = monthsOfSui(sui, meridian).find(
      (m) => m.year === lunar.year && m.month === lunar.month && m.leap === lunar.leap,
    );
    if (found) return lunar.day <= found.length ? dateOfDayNumber(found.start + lunar.day - 1) : undefined;
  }
  return undefined;
}

/** The local date 'YYYY-MM-DD' on which the sun reaches longitude `degrees` in Gregorian `year`. */
export function solarTermDate(year: number, degrees: number, meridian: LunarMeridian): string {
  checkYear(year);
  // The sun is at 0° about 20 March and moves a degree a day, near enough for a first guess.
  const guess = Date.UTC(year, 2, 20) + ((((degrees % 360) + 360) % 360) / 360) * 365.2422 * dayMs;
  const at = sunReaches(degrees, guess > Date.UTC(year + 1, 0, 1) ? guess - 365.2422 * dayMs : guess);
  return dateOfDayNumber(localDay(at, meridian));
}
