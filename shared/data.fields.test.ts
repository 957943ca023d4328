import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  asOfText,
  formatFits,
  formatValue,
  jumpExceeds,
  parseFields,
  renderFields,
  type DataValue,
  type RenderOptions,
} from './data.fields.ts';

// Expected strings are written by hand. Khmer digits are U+17E0–U+17E9 (០…៩), Lao U+0ED0–U+0ED9 (໐…໙);
// the riel sign is U+17DB (៛), the kip sign U+20AD (₭). Intl puts a no-break space (U+00A0) between an
// amount and its currency in vi and before a currency code in en.
const NBSP = '\u00a0';
// 14:05 on 12 June 2026 in Asia/Ho_Chi_Minh (UTC+7).
const OBSERVED = Date.UTC(2026, 5, 12, 7, 5);
const MINUTE = 60_000;

const money = (value: number, currency: string): DataValue => ({
  path: 'rates.x',
  type: 'money',
  value,
  currency,
  observedAt: OBSERVED,
});
const number = (value: number, unit?: DataValue['unit']): DataValue => ({
  path: 'n',
  type: 'number',
  value,
  ...(unit ? { unit } : {}),
  observedAt: OBSERVED,
});
const time = (value: number): DataValue => ({ path: 't', type: 'time', value, observedAt: OBSERVED });

describe('parseFields', () => {
  it('finds each field with its path, format and place', () => {
    const text = 'USD: {{rates.USD.sell}} — mai {{ weather.tomorrow.max | 1 }} / {{rates.USD.sell|code,0}}';
    const { fields, problems } = parseFields(text);
    expect(problems).toEqual([]);
    expect(fields).toEqual([
      { path: 'rates.USD.sell', format: {}, start: 5, end: 23 },
      { path: 'weather.tomorrow.max', format: { decimals: 1 }, start: 30, end: 60 },
      { path: 'rates.USD.sell', format: { display: 'code', decimals: 0 }, start: 63, end: 88 },
    ]);
    expect(text.slice(30, 60)).toBe('{{ weather.tomorrow.max | 1 }}');
  });

  it('leaves single braces alone (alert templates use {event})', () => {
    expect(parseFields('{event} tại {area}: hàng đợi-1_x')).toEqual({ fields: [], problems: [] });
  });

  it.each([
    ['{{rates.USD.sell', 'unclosed', 0, 16],
    ['Tỷ giá {{}}', 'empty', 7, 11],
    ['{{rates..USD}}', 'bad_path', 0, 14],
    ['{{rates.USD sell}}', 'bad_path', 0, 18],
    ['{{tỷgiá.USD}}', 'bad_path', 0, 13],
    ['{{rates.USD|bold}}', 'bad_format', 0, 18],
    ['{{rates.USD|code,symbol}}', 'bad_format', 0, 25],
    ['{{queue.at|time,2}}', 'bad_format', 0, 19],
    ['{{rates.USD|}}', 'bad_format', 0, 14],
    ['giá }} cao', 'unopened', 4, 6],
  ])('refuses %j as %s, saying where', (text, reason, start, end) => {
    const { fields, problems } = parseFields(text);
    expect(fields).toEqual([]);
    expect(problems).toEqual([
      { reason, start, end, message: expect.stringContaining(String(start)) as string },
    ]);
  });

  it('reads on after a field left open', () => {
    const { fields, problems } = parseFields('{{rates.USD {{rates.EUR.sell}}');
    expect(problems.map((p) => [p.reason, p.start, p.end])).toEqual([['unclosed', 0, 12]]);
    expect(fields.map((f) => f.path)).toEqual(['rates.EUR.sell']);
  });

  it('refuses a path longer than 200 characters', () => {
    const long = `a.${'b'.repeat(199)}`;
    expect(parseFields(`{{${long}}}`).problems[0]?.reason).toBe('bad_path');
    expect(parseFields(`{{${long.slice(0, -1)}}}`).problems).toEqual([]);
  });

  it('tells which formats fit which type', () => {
    expect(formatFits({ display: 'code' }, 'money')).toBe(true);
    expect(formatFits({ display: 'code' }, 'number')).toBe(false);
    expect(formatFits({ decimals: 1 }, 'number')).toBe(true);
    expect(formatFits({ time: 'date' }, 'money')).toBe(false);
    expect(formatFits({}, 'text')).toBe(true);
  });
});

describe('formatValue', () => {
  it('writes money with each language’s separators and currency', () => {
    expect(formatValue(money(26370, 'VND'), 'vi')).toBe(`26.370${NBSP}₫`);
    expect(formatValue(money(26370, 'VND'), 'en')).toBe('₫26,370');
    expect(formatValue(money(26370, 'VND'), 'zh-Hans')).toBe('₫26,370');
    expect(formatValue(money(26370.5, 'USD'), 'en')).toBe('$26,370.50');
    expect(formatValue(money(26370.5, 'USD'), 'vi')).toBe(`26.370,50${NBSP}US$`);
    expect(formatValue(money(26370, 'VND'), 'km')).toBe('26,370₫');
    expect(formatValue(money(26370.5, 'USD'), 'lo')).toBe('US$26.370,50');
  });

  it('shows VND, KHR and LAK without decimals, rounding', () => {
    expect(formatValue(money(26370.6, 'VND'), 'vi')).toBe(`26.371${NBSP}₫`);
    expect(formatValue(money(4100.25, 'KHR'), 'km')).toBe('4,100\u17db');
    expect(formatValue(money(21500.4, 'LAK'), 'lo')).toBe('\u20ad21.500');
    expect(formatValue(money(4100, 'KHR'), 'en')).toBe(`KHR${NBSP}4,100`);
  });

  it('writes Khmer and Lao digits when the gate asks for them', () => {
    // ៤.១០០៛ — Khmer digits group with "." and mark decimals with "," (CLDR 48).
    expect(formatValue(money(4100, 'KHR'), 'km', { digits: 'native' })).toBe(
      '\u17e4.\u17e1\u17e0\u17e0\u17db',
    );
    // ២៦.៣៧០,៥០$
    expect(formatValue(money(26370.5, 'USD'), 'km', { digits: 'native' })).toBe(
      '\u17e2\u17e6.\u17e3\u17e7\u17e0,\u17e5\u17e0$',
    );
    // ₭໒໑.໕໐໐
    expect(formatValue(money(21500, 'LAK'), 'lo', { digits: 'native' })).toBe(
      '\u20ad\u0ed2\u0ed1.\u0ed5\u0ed0\u0ed0',
    );
    // ໓໑,໔°C and ២៥ នាទី
    expect(formatValue(number(31.4, 'celsius'), 'lo', { digits: 'native' })).toBe('\u0ed3\u0ed1,\u0ed4°C');
    expect(formatValue(number(25, 'minute'), 'km', { digits: 'native' })).toBe('\u17e2\u17e5 នាទី');
  });

  it('keeps Latin digits in other languages whatever the gate says', () => {
    expect(formatValue(money(26370, 'VND'), 'vi', { digits: 'native' })).toBe(`26.370${NBSP}₫`);
    expect(formatValue(number(31.4, 'celsius'), 'zh-Hans', { digits: 'native' })).toBe('31.4°C');
    expect(formatValue(money(26370, 'VND'), 'en', { digits: 'native' })).toBe('₫26,370');
  });

  it('names the currency by code, or leaves it out, when the field says so', () => {
    expect(formatValue(money(26370.5, 'USD'), 'en', { format: { display: 'code' } })).toBe(
      `USD${NBSP}26,370.50`,
    );
    expect(formatValue(money(26370, 'VND'), 'vi', { format: { display: 'plain' } })).toBe('26.370');
    expect(formatValue(money(4100, 'KHR'), 'lo')).toBe('KHR 4.100');
    expect(formatValue(money(26370, 'USD'), 'km', { format: { display: 'code', decimals: 0 } })).toBe(
      '26,370 USD',
    );
    expect(formatValue(money(170.25, 'VND'), 'vi', { format: { decimals: 2 } })).toBe(`170,25${NBSP}₫`);
  });

  it('writes numbers with their unit', () => {
    expect(formatValue(number(31.4, 'celsius'), 'vi')).toBe('31,4°C');
    expect(formatValue(number(3.2, 'millimeter'), 'vi')).toBe('3,2 mm');
    expect(formatValue(number(3.2, 'millimeter'), 'zh-Hans')).toBe('3.2毫米');
    expect(formatValue(number(25, 'minute'), 'vi')).toBe('25 phút');
    expect(formatValue(number(25, 'minute'), 'en')).toBe('25 min');
    expect(formatValue(number(-2, 'celsius'), 'km')).toBe('-2°C');
    expect(formatValue(number(1234.5), 'km')).toBe('1,234.5');
    expect(formatValue(number(1234.5), 'lo')).toBe('1.234,5');
    expect(formatValue(number(31.44, 'celsius'), 'vi', { format: { decimals: 1 } })).toBe('31,4°C');
  });

  it('writes times on the gate’s clock', () => {
    const hcm = { timeZone: 'Asia/Ho_Chi_Minh' };
    expect(formatValue(time(OBSERVED), 'vi', hcm)).toBe('14:05');
    expect(formatValue(time(OBSERVED), 'zh-Hans', { timeZone: 'Asia/Shanghai' })).toBe('15:05');
    expect(formatValue(time(Date.UTC(2026, 5, 12, 17, 0)), 'en', hcm)).toBe('00:00');
    expect(formatValue(time(OBSERVED), 'vi', { ...hcm, format: { time: 'date' } })).toBe('12/06');
    expect(formatValue(time(OBSERVED), 'en', { ...hcm, format: { time: 'datetime' } })).toBe('14:05, 12 Jun');
    expect(formatValue(time(OBSERVED), 'zh-Hans', { ...hcm, format: { time: 'datetime' } })).toBe(
      '6月12日 14:05',
    );
    // ១៤:០៥
    expect(formatValue(time(OBSERVED), 'km', { ...hcm, digits: 'native' })).toBe('\u17e1\u17e4:\u17e0\u17e5');
  });

  it('writes Jrai, Bahnar and Tai Dam values as Vietnamese does', () => {
    expect(formatValue(money(26370, 'VND'), 'jra')).toBe(`26.370${NBSP}₫`);
    expect(formatValue(number(31.4, 'celsius'), 'tmm-Tavt')).toBe('31,4°C');
  });

  it('gives text as it is, NFC-normalised, and ignores a format that does not fit', () => {
    const decomposed = 'Mo\u031b\u0309 cu\u031b\u0309a';
    expect(formatValue({ path: 's', type: 'text', value: decomposed, observedAt: 0 }, 'vi')).toBe('Mở cửa');
    expect(formatValue(number(25, 'minute'), 'vi', { format: { display: 'code' } })).toBe('25 phút');
  });
});

describe('formatValue where the runtime has no Khmer or Lao data (Chromium)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('writes the same text as with full ICU', async () => {
    // Debian's Chromium 156 resolves new Intl.NumberFormat('km') to en-US; stand in for it here.
    const chromiumLike = (locales?: string | string[]) =>
      [locales ?? []].flat().map((l) => (/^(km|lo)\b/.test(l) ? 'en-US' : l));
    const { NumberFormat, DateTimeFormat } = Intl;
    // Called with `new`, a function that returns an object gives that object.
    function ChromiumNumberFormat(l?: string | string[], o?: Intl.NumberFormatOptions) {
      return new NumberFormat(chromiumLike(l), o);
    }
    function ChromiumDateTimeFormat(l?: string | string[], o?: Intl.DateTimeFormatOptions) {
      return new DateTimeFormat(chromiumLike(l), o);
    }
    // Intl's members are not enumerable: inherit them, and replace the two constructors.
    const intl = Object.assign(Object.create(Intl) as typeof Intl, {
      NumberFormat: ChromiumNumberFormat,
      DateTimeFormat: ChromiumDateTimeFormat,
    });
    vi.stubGlobal('Intl', intl);
    expect(new Intl.NumberFormat('km').resolvedOptions().locale).toBe('en-US');
    vi.resetModules();
    const fresh = await import('./data.fields.ts');
    expect(fresh.formatValue(money(4100, 'KHR'), 'km', { digits: 'native' })).toBe(
      '\u17e4.\u17e1\u17e0\u17e0\u17db',
    );
    expect(fresh.formatValue(money(21500, 'LAK'), 'lo')).toBe('\u20ad21.500');
    expect(fresh.formatValue(number(31.4, 'celsius'), 'lo', { digits: 'native' })).toBe(
      '\u0ed3\u0ed1,\u0ed4°C',
    );
    expect(fresh.asOfText(OBSERVED, 'km', { timeZone: 'Asia/Ho_Chi_Minh' })).toBe(
      'គិតត្រឹមម៉ោង 14:05 ថ្ងៃទី 12/06',
    );
  });
});

describe('renderFields', () => {
  const values = new Map<string, DataValue>([
    ['rates.USD.sell', { ...money(26370, 'VND'), path: 'rates.USD.sell' }],
    [
      'weather.tomorrow.max',
      { ...number(31.4, 'celsius'), path: 'weather.tomorrow.max', observedAt: OBSERVED + 30 * MINUTE },
    ],
  ]);
  const hide: RenderOptions = { stale: 'hide', maxAgeSeconds: 3600, timeZone: 'Asia/Ho_Chi_Minh' };
  const asOf: RenderOptions = { ...hide, stale: 'as-of' };
  const text = 'Bán USD {{rates.USD.sell}}, mai {{weather.tomorrow.max}}';

  it('fills each field in the language while the values are fresh', () => {
    expect(renderFields(text, values, 'vi', hide, OBSERVED + 10 * MINUTE)).toEqual({
      text: `Bán USD 26.370${NBSP}₫, mai 31,4°C`,
      missing: [],
      stale: false,
      oldestObservedAt: OBSERVED,
    });
    const km = renderFields('{{rates.USD.sell}}', values, 'km', { ...hide, digits: 'native' }, OBSERVED);
    expect(km.text).toBe('\u17e2\u17e6.\u17e3\u17e7\u17e0\u20ab');
  });

  it('is stale once the oldest value passes its maximum age, and not a millisecond before', () => {
    expect(renderFields(text, values, 'vi', hide, OBSERVED + 3600_000).stale).toBe(false);
    const past = renderFields(text, values, 'vi', hide, OBSERVED + 3600_001);
    expect(past.stale).toBe(true);
    expect(past.asOf).toBeUndefined();
  });

  it('with "as-of", dates a stale item by its oldest value, in each language', () => {
    const now = OBSERVED + 2 * 3600_000;
    expect(renderFields(text, values, 'vi', asOf, now).asOf).toBe('cập nhật lúc 14:05 12/06');
    expect(renderFields(text, values, 'en', asOf, now).asOf).toBe('as of 14:05, 12 Jun');
    expect(renderFields(text, values, 'zh-Hans', asOf, now).asOf).toBe('更新于6月12日 14:05');
    expect(renderFields(text, values, 'lo', asOf, now).asOf).toBe('ປັບປຸງເວລາ 14:05 ວັນທີ 12/06');
    // គិតត្រឹមម៉ោង ១៤:០៥ ថ្ងៃទី ១២/០៦
    expect(renderFields(text, values, 'km', { ...asOf, digits: 'native' }, now).asOf).toBe(
      'គិតត្រឹមម៉ោង \u17e1\u17e4:\u17e0\u17e5 ថ្ងៃទី \u17e1\u17e2/\u17e0\u17e6',
    );
    expect(renderFields(text, values, 'vi', asOf, OBSERVED).asOf).toBeUndefined();
    expect(asOfText(OBSERVED, 'vi', { timeZone: 'Asia/Shanghai' })).toBe('cập nhật lúc 15:05 12/06');
  });

  it('takes a field’s own maximum age before the message’s', () => {
    const options: RenderOptions = {
      ...hide,
      maxAgeSeconds: 86_400,
      fields: { 'weather.tomorrow.max': { maxAgeSeconds: 600 } },
    };
    expect(renderFields('{{rates.USD.sell}}', values, 'vi', options, OBSERVED + 3 * 3600_000).stale).toBe(
      false,
    );
    expect(renderFields(text, values, 'vi', options, OBSERVED + 41 * MINUTE).stale).toBe(true);
  });

  it('holds a value observed after the local clock as fresh', () => {
    expect(renderFields(text, values, 'vi', hide, OBSERVED - 5 * MINUTE).stale).toBe(false);
  });

  it('lists fields without a value, each once, and leaves malformed ones as written', () => {
    const result = renderFields(
      '{{queue.minutes}} / {{queue.minutes}} {{rates..x}} {{rates.USD.sell}}',
      values,
      'en',
      hide,
      OBSERVED,
    );
    expect(result.missing).toEqual(['queue.minutes']);
    expect(result.text).toBe(' /  {{rates..x}} ₫26,370');
  });

  it('is a plain text with no fields', () => {
    expect(renderFields('Cửa khẩu Lệ Thanh', values, 'vi', hide, OBSERVED)).toEqual({
      text: 'Cửa khẩu Lệ Thanh',
      missing: [],
      stale: false,
    });
  });
});

describe('jumpExceeds', () => {
  it('holds a move of exactly the bound, and stops one beyond it', () => {
    expect(jumpExceeds(26_000, 26_260, 1)).toBe(false);
    expect(jumpExceeds(26_000, 26_261, 1)).toBe(true);
    expect(jumpExceeds(26_000, 25_740, 1)).toBe(false);
    expect(jumpExceeds(26_000, 25_739, 1)).toBe(true);
  });

  it('treats a bound of 0, a start from 0 and a non-number strictly', () => {
    expect(jumpExceeds(26_000, 26_000, 0)).toBe(false);
    expect(jumpExceeds(26_000, 26_001, 0)).toBe(true);
    expect(jumpExceeds(0, 0, 5)).toBe(false);
    expect(jumpExceeds(0, 1, 500)).toBe(true);
    expect(jumpExceeds(26_000, Number.NaN, 5)).toBe(true);
    expect(() => jumpExceeds(1, 2, -1)).toThrow(RangeError);
  });
});
