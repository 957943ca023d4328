import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataFieldMapping, DataSource } from '../../schemas/types.ts';
import { pullDue } from '../services/data-pull.service.ts';
import { checkPull } from '../services/data-source.service.ts';
import { readMapped, readNumber } from './data.mapping.ts';
import { ValidationError } from './errors.ts';

// Expected values are written by hand from the documents below.
const RATES = readFileSync(
  new URL('../../test/fixtures/data/vietcombank-exrates.xml', import.meta.url),
  'utf8',
);
const FETCHED = Date.UTC(2026, 11, 6, 7, 5);

// A lane system's answer, as a vendor might publish it.
const LANES = JSON.stringify({
  updated: '2026-12-06T14:05:00+07:00',
  lanes: [
    { id: 'goods', waitMinutes: 95 },
    { id: 'passengers', waitMinutes: '25' },
  ],
  notice: 'Làn 3 tạm đóng',
});
const wait: DataFieldMapping = {
  path: 'queue.passengers.minutes',
  type: 'number',
  unit: 'minute',
  select: 'lanes[id=passengers]/waitMinutes',
};

function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('readMapped: JSON', () => {
  it('reads each field at its selector, observed at the document’s own time', () => {
    const values = readMapped(
      LANES,
      'json',
      [
        wait,
        { path: 'queue.goods.minutes', type: 'number', unit: 'minute', select: '/lanes/0/waitMinutes' },
        { path: 'queue.notice', type: 'text', select: 'notice' },
      ],
      { select: 'updated' },
      FETCHED,
    );
    const at = Date.UTC(2026, 11, 6, 7, 5);
    expect(values).toEqual([
      { path: 'queue.passengers.minutes', type: 'number', unit: 'minute', value: 25, observedAt: at },
      { path: 'queue.goods.minutes', type: 'number', unit: 'minute', value: 95, observedAt: at },
      { path: 'queue.notice', type: 'text', value: 'Làn 3 tạm đóng', observedAt: at },
    ]);
  });

  it('takes the time it was read without an observation field, and epoch seconds when told', () => {
    expect(readMapped(LANES, 'json', [wait], undefined, FETCHED)[0]?.observedAt).toBe(FETCHED);
    const stamped = JSON.stringify({ t: 1_796_540_700, lanes: [{ id: 'passengers', waitMinutes: 5 }] });
    expect(
      readMapped(stamped, 'json', [wait], { select: 't', format: 'epoch-s' }, FETCHED)[0]?.observedAt,
    ).toBe(1_796_540_700_000);
  });

  it('refuses the whole document when a field is missing or not of its type, naming the field', () => {
    const missing = refusal(() =>
      readMapped(
        LANES,
        'json',
        [wait, { path: 'queue.bus.minutes', type: 'number', select: 'lanes[id=bus]/waitMinutes' }],
        undefined,
        FETCHED,
      ),
    );
    expect(missing.code).toBe('data_malformed');
    expect(missing.path).toBe('/pull/fields/1/select');
    expect(missing.message).toMatch(/queue\.bus\.minutes.*not in the document/);
    const words = refusal(() =>
      readMapped(
        LANES,
        'json',
        [{ path: 'queue.notice', type: 'number', select: 'notice' }],
        undefined,
        FETCHED,
      ),
    );
    expect(words.message).toMatch(/"Làn 3 tạm đóng", not a number/);
    // A time must carry its offset: "14:05" alone is no instant.
    const local = JSON.stringify({
      updated: '2026-12-06T14:05:00',
      lanes: [{ id: 'passengers', waitMinutes: 5 }],
    });
    expect(refusal(() => readMapped(local, 'json', [wait], { select: 'updated' }, FETCHED)).path).toBe(
      '/pull/observedAt/select',
    );
    expect(refusal(() => readMapped('{"lanes": [', 'json', [wait], undefined, FETCHED)).message).toMatch(
      /not JSON/,
    );
  });
});

describe('readMapped: XML', () => {
  it("reads a bank's list by attribute filters, amounts with a decimal point and thousands commas", () => {
    const values = readMapped(
      RATES,
      'xml',
      [
        {
          path: 'rates.USD.sell',
          type: 'money',
          currency: 'VND',
          select: 'ExrateList/Exrate[@CurrencyCode=USD]/@Sell',
        },
        {
          path: 'rates.CNY.buy',
          type: 'money',
          currency: 'VND',
          select: '/ExrateList/Exrate[@CurrencyCode=CNY]/@Buy',
        },
        { path: 'rates.source', type: 'text', select: 'ExrateList/Source' },
      ],
      undefined,
      FETCHED,
    );
    expect(values.map((v) => [v.path, v.value])).toEqual([
      ['rates.USD.sell', 26_370],
      ['rates.CNY.buy', 3_553.44],
      ['rates.source', 'Joint Stock Commercial Bank for Foreign Trade of Vietnam - Vietcombank'],
    ]);
    // The bank's "-" (it does not buy Danish kroner) is not a number: the document is refused, not zeroed.
    expect(
      refusal(() =>
        readMapped(
          RATES,
          'xml',
          [
            {
              path: 'rates.DKK.buy',
              type: 'money',
              currency: 'VND',
              select: 'ExrateList/Exrate[@CurrencyCode=DKK]/@Buy',
            },
          ],
          undefined,
          FETCHED,
        ),
      ).message,
    ).toMatch(/"-", not a number/);
  });

  it('refuses a DOCTYPE before parsing', () => {
    const evil = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x><v>&e;</v></x>`;
    expect(
      refusal(() => readMapped(evil, 'xml', [{ path: 'x', type: 'text', select: 'x/v' }], undefined, 0)).code,
    ).toBe('data_forbidden_markup');
  });
});

describe('readNumber', () => {
  it('reads grouping and decimal marks as the mapping says', () => {
    expect(readNumber('26,370.50', '.')).toBe(26_370.5);
    expect(readNumber('26.370,50', ',')).toBe(26_370.5);
    expect(readNumber('4 100', '.')).toBe(4100);
    expect(readNumber('-3.5', '.')).toBe(-3.5);
    expect(readNumber('26.370,50', '.')).toBeUndefined();
    expect(readNumber('abc', '.')).toBeUndefined();
  });
});

describe('pull schedules and mappings', () => {
  const source = (pull: Partial<NonNullable<DataSource['pull']>>, lastPolledAt?: string): DataSource => ({
    id: 's',
    name: 'Làn',
    kind: 'pull',
    scope: { global: true },
    maxAgeSeconds: 600,
    enabled: true,
    tokenHint: 'abcd',
    createdBy: { kind: 'user', id: 'u', name: 'A' },
    createdAt: '2026-12-06T00:00:00Z',
    health: { stale: false, ...(lastPolledAt ? { lastPolledAt } : {}) },
    pull: {
      url: 'https://x.vn/l.json',
      adapter: 'json',
      everyMinutes: 60,
      timeoutSeconds: 5,
      fields: [wait],
      ...pull,
    },
  });

  it('reads on a cron pattern on Vietnam’s clock instead of every N minutes', () => {
    // Last read 14:50 in Vietnam (07:50 UTC); every quarter of an hour from 6:00 to 22:45.
    const s = source({ cron: '*/15 6-22 * * *' }, '2026-12-06T07:50:00Z');
    expect(pullDue(s, Date.parse('2026-12-06T07:58:00Z'))).toBe(false);
    expect(pullDue(s, Date.parse('2026-12-06T08:00:00Z'))).toBe(true);
    // After 22:45 the next is 6:00 the next morning.
    const night = source({ cron: '*/15 6-22 * * *' }, '2026-12-06T15:46:00Z');
    expect(pullDue(night, Date.parse('2026-12-06T20:00:00Z'))).toBe(false);
    expect(pullDue(night, Date.parse('2026-12-06T23:00:00Z'))).toBe(true);
  });

  it('refuses a cron pattern croner cannot read, a selector that does not parse, and a path read twice', () => {
    const pull = source({}).pull!;
    expect(
      refusal(() => {
        checkPull({ ...pull, cron: '61 * * * *' });
      }).path,
    ).toBe('/pull/cron');
    expect(
      refusal(() => {
        checkPull({ ...pull, fields: [{ ...wait, select: 'lanes[id=passengers/x' }] });
      }).code,
    ).toBe('data_bad_select');
    expect(
      refusal(() => {
        checkPull({ ...pull, fields: [wait, { ...wait, select: 'x' }] });
      }).path,
    ).toBe('/pull/fields/1/path');
    expect(() => {
      checkPull(pull);
    }).not.toThrow();
  });
});
