import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFields, type DataValue, type RenderOptions } from '../../shared/data.fields.ts';
import { validatorFor } from '../validation/schema.validator.ts';
import { MAX_DATA_DOCUMENT_BYTES, readExchangeRates, readWeather, vietcombankTime } from './data.adapters.ts';
import { ValidationError } from './errors.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url), 'utf8');
const rates = fixture('vietcombank-exrates.xml');
const forecast = fixture('open-meteo-le-thanh.json');
const forecastJson = () => JSON.parse(forecast) as Record<string, Record<string, unknown>>;

// The list's <DateTime> 6/12/2026 1:05:00 PM, Vietnam time (UTC+7).
const LIST_TIME = Date.UTC(2026, 5, 12, 6, 5);
// The forecast's current.time 2026-06-12T13:00 at utc_offset_seconds 25200.
const FORECAST_TIME = Date.UTC(2026, 5, 12, 6, 0);
const FALLBACK = Date.UTC(2026, 5, 12, 8, 0);
const NBSP = '\u00a0';

const byPath = (values: DataValue[]) => new Map(values.map((v) => [v.path, v]));
const show: RenderOptions = { stale: 'hide', maxAgeSeconds: 86_400, timeZone: 'Asia/Ho_Chi_Minh' };

function refusal(read: () => unknown): ValidationError {
  try {
    read();
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  throw new Error('the document was accepted');
}

describe('readExchangeRates (Vietcombank XML)', () => {
  it('reads every rate the bank trades as money in VND, observed at the list’s time', () => {
    const values = readExchangeRates(rates, FALLBACK);
    const map = byPath(values);
    expect(map.get('rates.USD.buy')).toEqual({
      path: 'rates.USD.buy',
      type: 'money',
      value: 25_980,
      currency: 'VND',
      observedAt: LIST_TIME,
    });
    expect(map.get('rates.USD.transfer')?.value).toBe(26_010);
    expect(map.get('rates.USD.sell')?.value).toBe(26_370);
    expect(map.get('rates.KWD.transfer')?.value).toBe(85_301.23);
    expect(map.get('rates.JPY.sell')?.value).toBe(175.7);
    // "-": the bank buys no Danish kroner in cash; that rate is absent, not zero.
    expect(map.has('rates.DKK.buy')).toBe(false);
    expect(map.get('rates.DKK.sell')?.value).toBe(4_129.71);
    // 20 currencies, 8 of them without a cash buying rate.
    expect(values).toHaveLength(20 * 3 - 8);
    const valid = validatorFor('data.json#/$defs/value');
    for (const value of values) expect(valid(value), JSON.stringify(valid.errors)).toBe(true);
  });

  it('gives values a message shows in vi, km and lo with their digits and separators', () => {
    const map = byPath(readExchangeRates(rates, FALLBACK));
    const text = 'USD {{rates.USD.sell}}';
    expect(renderFields(text, map, 'vi', show, LIST_TIME).text).toBe(`USD 26.370${NBSP}₫`);
    // ២៦.៣៧០₫ and ₫໒໖.໓໗໐ (Khmer digits U+17E0…, Lao U+0ED0…)
    expect(renderFields(text, map, 'km', { ...show, digits: 'native' }, LIST_TIME).text).toBe(
      'USD \u17e2\u17e6.\u17e3\u17e7\u17e0₫',
    );
    expect(renderFields(text, map, 'lo', { ...show, digits: 'native' }, LIST_TIME).text).toBe(
      'USD ₫\u0ed2\u0ed6.\u0ed3\u0ed7\u0ed0',
    );
    expect(renderFields(text, map, 'km', show, LIST_TIME).text).toBe('USD 26,370₫');
  });

  it('takes the fallback time for a list without <DateTime>', () => {
    const values = readExchangeRates(rates.replace(/<DateTime>.*<\/DateTime>/, ''), FALLBACK);
    expect(new Set(values.map((v) => v.observedAt))).toEqual(new Set([FALLBACK]));
  });

  it.each([
    [
      'a DOCTYPE',
      rates.replace('<ExrateList>', '<!DOCTYPE ExrateList [<!ENTITY a "aaaa">]><ExrateList>'),
      '/',
      'data_forbidden_markup',
      /DOCTYPE is not accepted in an exchange-rate list/,
    ],
    ['an entity', rates.replace('US DOLLAR', 'US&nbsp;DOLLAR'), '/', 'data_forbidden_markup', /&nbsp;/],
    ['broken XML', rates.replace('</ExrateList>', ''), '/', 'data_malformed', /not well-formed XML \(line/],
    ['another root', '<rss><channel/></rss>', '/', 'data_malformed', /<ExrateList>, not <rss>/],
    [
      'no rates',
      '<ExrateList><DateTime>6/12/2026 1:05:00 PM</DateTime></ExrateList>',
      '/ExrateList/Exrate',
      'data_malformed',
      /no <Exrate>/,
    ],
    [
      'a Vietnamese-style amount',
      rates.replace('Sell="26,370.00"', 'Sell="26.370,00"'),
      '/ExrateList/Exrate/19/@Sell',
      'data_malformed',
      /Sell rate of USD, "26\.370,00"/,
    ],
    [
      'a lower-case code',
      rates.replace('CurrencyCode="USD"', 'CurrencyCode="usd"'),
      '/ExrateList/Exrate/19/@CurrencyCode',
      'data_malformed',
      /"usd"/,
    ],
    [
      'a code listed twice',
      rates.replace('CurrencyCode="THB"', 'CurrencyCode="USD"'),
      '/ExrateList/Exrate/19/@CurrencyCode',
      'data_malformed',
      /USD is listed twice/,
    ],
    [
      'a day-first time',
      rates.replace('6/12/2026 1:05:00 PM', '13/6/2026 1:05:00 PM'),
      '/ExrateList/DateTime/0',
      'data_malformed',
      /"13\/6\/2026 1:05:00 PM"/,
    ],
    [
      'two times',
      rates.replace('<Source>', '<DateTime>6/12/2026 1:06:00 PM</DateTime><Source>'),
      '/ExrateList/DateTime/1',
      'data_malformed',
      /more than one/,
    ],
    ['nothing', '  ', '/', 'data_malformed', /empty/],
    [
      'an oversized list',
      rates.replace('<Source>', `<!-- ${'x'.repeat(MAX_DATA_DOCUMENT_BYTES)} --><Source>`),
      '/',
      'data_too_large',
      /larger than 256 KB/,
    ],
  ])('refuses %s, naming where', (_what, xml, path, code, message) => {
    const err = refusal(() => readExchangeRates(xml, FALLBACK));
    expect({ path: err.path, code: err.code }).toEqual({ path, code });
    expect(err.message).toMatch(message);
  });
});

describe('vietcombankTime', () => {
  it.each([
    ['6/12/2026 1:05:00 PM', Date.UTC(2026, 5, 12, 6, 5)],
    ['6/12/2026 1:05 PM', Date.UTC(2026, 5, 12, 6, 5)],
    ['6/12/2026 13:05:00', Date.UTC(2026, 5, 12, 6, 5)],
    ['6/12/2026 12:30:00 PM', Date.UTC(2026, 5, 12, 5, 30)],
    // Midnight in Vietnam is 17:00 UTC the day before.
    ['6/12/2026 12:00:00 AM', Date.UTC(2026, 5, 11, 17, 0)],
    ['12/31/2026 11:59:59 pm', Date.UTC(2026, 11, 31, 16, 59, 59)],
  ])('reads %s in Vietnam time', (text, at) => {
    expect(vietcombankTime(text)).toBe(at);
  });

  it.each([
    '13/6/2026 1:05:00 PM',
    '2/30/2026 1:00:00 PM',
    '6/12/2026 13:05:00 PM',
    '6/12/2026 0:30:00 AM',
    '2026-06-12 13:05',
    '6/12/2026 24:00:00',
  ])('refuses %s', (text) => {
    expect(vietcombankTime(text)).toBeUndefined();
  });
});

describe('readWeather (Open-Meteo JSON)', () => {
  it('reads now, today and tomorrow with their units, observed at current.time', () => {
    const values = readWeather(forecast, 'Asia/Ho_Chi_Minh');
    const at = { type: 'number', observedAt: FORECAST_TIME };
    expect(values).toEqual([
      { ...at, path: 'weather.now.temperature', value: 29.4, unit: 'celsius' },
      { ...at, path: 'weather.today.max', value: 31.2, unit: 'celsius' },
      { ...at, path: 'weather.today.min', value: 22.1, unit: 'celsius' },
      { ...at, path: 'weather.today.precipitation', value: 4.6, unit: 'millimeter' },
      { ...at, path: 'weather.tomorrow.max', value: 30.4, unit: 'celsius' },
      { ...at, path: 'weather.tomorrow.min', value: 21.7, unit: 'celsius' },
      { ...at, path: 'weather.tomorrow.precipitation', value: 12.3, unit: 'millimeter' },
    ]);
    const valid = validatorFor('data.json#/$defs/value');
    for (const value of values) expect(valid(value), JSON.stringify(valid.errors)).toBe(true);
    expect(readWeather(forecastJson(), 'Asia/Ho_Chi_Minh')).toEqual(values);
  });

  it('gives values a message shows in each language', () => {
    const map = byPath(readWeather(forecast, 'Asia/Ho_Chi_Minh'));
    const text = '{{weather.tomorrow.min}}–{{weather.tomorrow.max}}, {{weather.tomorrow.precipitation}}';
    expect(renderFields(text, map, 'vi', show, FORECAST_TIME).text).toBe('21,7°C–30,4°C, 12,3 mm');
    expect(renderFields(text, map, 'en', show, FORECAST_TIME).text).toBe('21.7°C–30.4°C, 12.3 mm');
    // ໒໑,໗°C–໓໐,໔°C, ໑໒,໓ ມມ
    expect(renderFields(text, map, 'lo', { ...show, digits: 'native' }, FORECAST_TIME).text).toBe(
      '\u0ed2\u0ed1,\u0ed7°C–\u0ed3\u0ed0,\u0ed4°C, \u0ed1\u0ed2,\u0ed3 ມມ',
    );
  });

  it('takes a forecast asked in another zone at the gate’s offset (timezone=auto gives Asia/Bangkok)', () => {
    const doc = forecastJson();
    doc.timezone = 'Asia/Bangkok' as never;
    expect(readWeather(doc, 'Asia/Ho_Chi_Minh')).toHaveLength(7);
  });

  it('leaves out what the forecast does not have: a null, a day past its end', () => {
    const doc = forecastJson();
    doc.daily = {
      ...doc.daily,
      time: ['2026-06-12'],
      temperature_2m_max: [null],
      temperature_2m_min: [22.1],
      precipitation_sum: [4.6],
    };
    const paths = readWeather(doc, 'Asia/Ho_Chi_Minh').map((v) => v.path);
    expect(paths).toEqual(['weather.now.temperature', 'weather.today.min', 'weather.today.precipitation']);
  });

  const edit = (change: (doc: Record<string, Record<string, unknown>>) => void) => {
    const doc = forecastJson();
    change(doc);
    return doc;
  };

  it.each([
    [
      'days of another offset',
      edit((d) => {
        d.utc_offset_seconds = 28_800 as never;
      }),
      '/utc_offset_seconds',
      /timezone=Asia\/Ho_Chi_Minh/,
    ],
    [
      '°F',
      edit((d) => {
        d.daily_units = { ...d.daily_units, temperature_2m_max: '°F' };
      }),
      '/daily/temperature_2m_max',
      /"°F"/,
    ],
    [
      'inches',
      edit((d) => {
        d.daily_units = { ...d.daily_units, precipitation_sum: 'inch' };
      }),
      '/daily/precipitation_sum',
      /precipitation_unit=mm/,
    ],
    [
      'an error answer',
      { error: true, reason: 'Latitude must be in range of -90 to 90°.' },
      '/reason',
      /Latitude must be/,
    ],
    [
      'unix times',
      edit((d) => {
        d.current = { ...d.current, time: 1_781_244_000 };
      }),
      '/current/time',
      /timeformat=iso8601/,
    ],
    [
      'no current block',
      edit((d) => {
        delete d.current;
      }),
      '/current',
      /"current"/,
    ],
    [
      'a temperature as text',
      edit((d) => {
        d.daily = { ...d.daily, temperature_2m_max: ['31.2', 30.4, 29.8] };
      }),
      '/daily/temperature_2m_max/0',
      /daily\.temperature_2m_max\.0 is not a number/,
    ],
    [
      'a short series',
      edit((d) => {
        d.daily = { ...d.daily, precipitation_sum: [4.6] };
      }),
      '/daily/precipitation_sum',
      /one entry per day/,
    ],
    [
      'no day for current.time',
      edit((d) => {
        d.daily = { ...d.daily, time: ['2026-06-13', '2026-06-14', '2026-06-15'] };
      }),
      '/daily/time',
      /no 2026-06-12/,
    ],
    [
      'a bad date',
      edit((d) => {
        d.daily = { ...d.daily, time: ['2026-06-12', '13/06/2026', '2026-06-14'] };
      }),
      '/daily/time/1',
      /"13\/06\/2026"/,
    ],
    ['text that is not JSON', '<html>502 Bad Gateway</html>', '/', /not JSON/],
    ['an array', [], '/', /not a JSON object/],
  ])('refuses %s, naming where', (_what, doc, path, message) => {
    const err = refusal(() => readWeather(doc, 'Asia/Ho_Chi_Minh'));
    expect(err.path).toBe(path);
    expect(err.message).toMatch(message);
  });

  it('refuses a gate zone it does not know', () => {
    expect(refusal(() => readWeather(forecast, 'Asia/Atlantis')).path).toBe('/timeZone');
  });
});

describe('data.json#/$defs/value', () => {
  const valid = validatorFor('data.json#/$defs/value');
  const base = { path: 'rates.USD.sell', observedAt: LIST_TIME };

  it('holds each type to its kind of value', () => {
    expect(valid({ ...base, type: 'money', value: 26_370, currency: 'VND' })).toBe(true);
    expect(valid({ ...base, type: 'money', value: 26_370 })).toBe(false);
    expect(valid({ ...base, type: 'money', value: '26,370', currency: 'VND' })).toBe(false);
    expect(valid({ ...base, type: 'number', value: 25, unit: 'minute' })).toBe(true);
    expect(valid({ ...base, type: 'number', value: 25, currency: 'VND' })).toBe(false);
    expect(valid({ ...base, type: 'text', value: 'Mở cửa' })).toBe(true);
    expect(valid({ ...base, type: 'text', value: 1 })).toBe(false);
    expect(valid({ ...base, type: 'time', value: LIST_TIME })).toBe(true);
    expect(valid({ ...base, type: 'time', value: -1 })).toBe(false);
    expect(valid({ ...base, path: 'rates..USD', type: 'text', value: 'x' })).toBe(false);
  });
});
