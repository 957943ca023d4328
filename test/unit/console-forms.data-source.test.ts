import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageFormOf, ageProblem, secondsOf } from '../../console/src/data-age.ts';
import type { DataSource } from '../../console/src/data-api.ts';
import { entryOf, parseAmount, type EntryForm } from '../../console/src/data-entry.form.ts';
import { newRow, type FieldMapping } from '../../console/src/data-mapping.form.ts';
import { bodyOf, formOf } from '../../console/src/data-source.form.ts';
import { lastErrorText } from '../../console/src/data-words.ts';
import { messages, setLang } from '../../console/src/i18n.ts';
import { openApiDocument } from '../../server/http/openapi.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { arbitraryOf, resolvePointer } from '../support/schema-arbitrary.ts';
import { keysSeen, omitKeys } from '../support/stored-arbitrary.ts';

// The data pages' pure parts: a source opened and saved untouched goes back as stored; ages typed in
// minutes or hours; a number entered by hand read as the interface's language writes it.
const doc = openApiDocument('test') as { components: { schemas: Record<string, unknown> } };
const isSource = validatorFor('data.json#/$defs/source');
const isInput = validatorFor('data.json#/$defs/sourceInput');
// As the server keeps them: a pull source has its pull part, a push source none (it refuses the others).
const sources = arbitraryOf(resolvePointer(doc, '#/components/schemas/data/$defs/source'), doc)
  .map((x): unknown => JSON.parse(JSON.stringify(x)))
  .filter((x): x is DataSource => isSource(structuredClone(x)))
  .filter((s) => (s.kind === 'pull') === (s.pull !== undefined));
const serverSet = ['id', 'tokenHint', 'createdBy', 'createdAt', 'updatedAt', 'health'];
// The schema's if/then (a mapping only for json and xml) is beyond the generator: mapped sources are drawn
// from pull sources given a reader through a mapping, fields each valid on their own, a place for the time
// and a cron pattern, or not.
const schemaOf = (name: string) => resolvePointer(doc, `#/components/schemas/data/$defs/${name}`);
const isMapping = validatorFor('data.json#/$defs/fieldMapping');
const mappings = arbitraryOf(schemaOf('fieldMapping'), doc)
  .map((x): unknown => JSON.parse(JSON.stringify(x)))
  .filter((x): x is FieldMapping => isMapping(structuredClone(x)));
const mappedSources = fc
  .record({
    source: arbitraryOf(schemaOf('source'), doc),
    pull: arbitraryOf(schemaOf('pull'), doc),
    adapter: fc.constantFrom('json' as const, 'xml' as const),
    fields: fc.uniqueArray(mappings, { minLength: 1, maxLength: 4, selector: (m) => m.path }),
    observedAt: fc.option(arbitraryOf(schemaOf('observedSelect'), doc), { nil: undefined }),
    cron: fc.option(fc.constantFrom('*/15 6-22 * * *', '0 7 * * 1-5', '30 */2 * * *'), { nil: undefined }),
  })
  .map(({ source, pull, adapter, fields, observedAt, cron }): unknown => {
    const { cron: _c, fields: _f, observedAt: _o, ...rest } = pull as Record<string, unknown>;
    return JSON.parse(
      JSON.stringify({
        ...(source as object),
        kind: 'pull',
        pull: { ...rest, adapter, fields, ...(observedAt ? { observedAt } : {}), ...(cron ? { cron } : {}) },
      }),
    );
  })
  .filter((x): x is DataSource => isSource(structuredClone(x)));

describe('the data source form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(sources, (s) => {
        expect(bodyOf(formOf(s), s)).toStrictEqual(omitKeys(s, serverSet));
      }),
      { numRuns: 300 },
    );
    for (const key of ['pull', 'boundPercent']) expect(keysSeen(sources)).toContain(key);
  });

  it('sends back exactly the stored field mapping, place of the time and cron pattern when nothing is changed', () => {
    // Which parts the drawn sources had, so the test shows it reaches each.
    const seen = new Set<string>();
    fc.assert(
      fc.property(mappedSources, (s) => {
        for (const key of Object.keys(s.pull!)) seen.add(key);
        for (const field of s.pull!.fields!) for (const key of Object.keys(field)) seen.add(`field.${key}`);
        expect(bodyOf(formOf(s), s)).toStrictEqual(omitKeys(s, serverSet));
      }),
      { numRuns: 300 },
    );
    for (const key of ['observedAt', 'cron', 'allowPrivate', 'field.unit', 'field.currency', 'field.decimal'])
      expect(seen).toContain(key);
  });

  it('makes a JSON source with two fields on a cron pattern, and keeps each untouched field as stored', () => {
    const form = {
      ...formOf(undefined),
      name: 'Làn chờ Lệ Thanh',
      kind: 'pull' as const,
      adapter: 'json' as const,
      url: 'https://lan-cho.example.vn/le-thanh.json',
      schedule: 'cron' as const,
      cron: ' */15 6-22 * * * ',
      fields: [
        {
          ...newRow([]),
          path: 'queue.passengers.minutes',
          unit: 'minute' as const,
          select: 'lanes[id=passengers]/wait',
        },
        {
          ...newRow([]),
          key: 1,
          path: 'rates.USD.sell',
          type: 'money' as const,
          currency: 'usd',
          select: 'usd',
          decimal: ',' as const,
        },
      ],
      observedSelect: 'updated',
    };
    const body = bodyOf(form, undefined);
    expect(body.pull).toStrictEqual({
      url: 'https://lan-cho.example.vn/le-thanh.json',
      adapter: 'json',
      everyMinutes: 30,
      cron: '*/15 6-22 * * *',
      timeoutSeconds: 10,
      fields: [
        {
          path: 'queue.passengers.minutes',
          type: 'number',
          unit: 'minute',
          select: 'lanes[id=passengers]/wait',
        },
        { path: 'rates.USD.sell', type: 'money', currency: 'USD', select: 'usd', decimal: ',' },
      ],
      observedAt: { select: 'updated' },
    });
    expect(isInput(structuredClone(body))).toBe(true);

    const stored: DataSource = {
      id: 'lan',
      ...body,
      pull: {
        ...body.pull!,
        fields: body.pull!.fields!.map((f) => ({ ...f })),
        observedAt: { select: 'updated', format: 'iso' },
      },
      enabled: true,
      tokenHint: 'abcd',
      createdBy: { kind: 'user', id: 'admin', name: 'admin' },
      createdAt: '2026-06-12T00:00:00.000Z',
      health: { stale: true },
    };
    const [first, second] = stored.pull!.fields!;
    const opened = formOf(stored);
    expect(opened).toMatchObject({ schedule: 'cron', cron: '*/15 6-22 * * *', observedFormat: 'iso' });
    // The first field removed, the second as it was: the stored one goes back, the same object.
    const fewer = bodyOf({ ...opened, fields: opened.fields.slice(1) }, stored);
    expect(fewer.pull?.fields).toHaveLength(1);
    expect(fewer.pull?.fields?.[0]).toBe(second);
    // The first changed to text: what a text field takes only (no unit, no decimal mark); the second kept.
    const text = bodyOf(
      { ...opened, fields: opened.fields.map((r, i) => (i === 0 ? { ...r, type: 'text' as const } : r)) },
      stored,
    );
    expect(text.pull?.fields?.[0]).toStrictEqual({ path: first!.path, type: 'text', select: first!.select });
    expect(text.pull?.fields?.[1]).toBe(second);
    // Every few minutes again, and the bank's reader: no cron pattern, no mapping, no place for the time.
    const ready = bodyOf({ ...opened, schedule: 'every', adapter: 'vietcombank-xml' }, stored);
    expect(ready.pull).toStrictEqual({
      url: stored.pull!.url,
      adapter: 'vietcombank-xml',
      everyMinutes: 30,
      timeoutSeconds: 10,
    });
    // The place of the time emptied: the values are dated when read.
    expect(bodyOf({ ...opened, observedSelect: '' }, stored).pull).not.toHaveProperty('observedAt');
    // Minutes typed wrong, then hidden by a cron pattern: the stored minutes go, not the mistake.
    expect(bodyOf({ ...opened, everyMinutes: 'ba mươi' }, stored).pull?.everyMinutes).toBe(30);
  });

  it('makes a valid new push source, and a pull source with its reading', () => {
    const push = bodyOf({ ...formOf(undefined), name: ' Hệ thống làn chờ Tịnh Biên ' }, undefined);
    expect(push).toEqual({
      name: 'Hệ thống làn chờ Tịnh Biên',
      kind: 'push',
      scope: { global: true },
      maxAgeSeconds: 86_400,
    });
    expect(isInput(structuredClone(push))).toBe(true);
    const pull = bodyOf(
      {
        ...formOf(undefined),
        name: 'Tỷ giá Vietcombank',
        kind: 'pull',
        url: 'https://portal.vietcombank.com.vn/Usercontrols/TVPortal.TyGia/pXML.aspx',
        maxAge: { amount: '6', unit: 'hours' },
        boundPercent: '2,5',
      },
      undefined,
    );
    expect(pull).toMatchObject({
      kind: 'pull',
      pull: { adapter: 'vietcombank-xml', everyMinutes: 30, timeoutSeconds: 10 },
      maxAgeSeconds: 21_600,
      boundPercent: 2.5,
    });
    expect(isInput(structuredClone(pull))).toBe(true);
  });

  it('drops the bound once it is emptied, and the pull part once the source is pushed', () => {
    const stored: DataSource = {
      id: 'vcb',
      name: 'Tỷ giá',
      kind: 'pull',
      scope: { global: true },
      pull: {
        url: 'https://x.example/r.xml',
        adapter: 'vietcombank-xml',
        everyMinutes: 30,
        timeoutSeconds: 10,
      },
      maxAgeSeconds: 86_400,
      boundPercent: 5,
      enabled: true,
      tokenHint: 'abcd',
      createdBy: { kind: 'user', id: 'admin', name: 'admin' },
      createdAt: '2026-06-12T00:00:00.000Z',
      health: { stale: true },
    };
    const body = bodyOf({ ...formOf(stored), boundPercent: '', kind: 'push' }, stored);
    expect(body).not.toHaveProperty('boundPercent');
    expect(body).not.toHaveProperty('pull');
  });
});

describe('a pull source’s last error', () => {
  it('is told by its code, the fetcher’s words adding the status; a row kept before codes by its words', () => {
    setLang('vi');
    const refused = 'data_malformed: queue.trucks.minutes: lanes[id=trucks]/wait is missing';
    expect(lastErrorText(refused, 'data_malformed')).toEqual({
      text: messages.error_data_malformed.vi,
      known: true,
    });
    // The code decides, whatever the words say.
    expect(lastErrorText('something in English', 'data_fetch_refused').text).toBe(
      messages.error_data_fetch_refused.vi,
    );
    expect(lastErrorText('http://x/l.json answered HTTP 404', 'data_fetch_failed').text).toBe(
      'Địa chỉ đọc trả lời mã lỗi 404.',
    );
    expect(lastErrorText('x: connect ECONNREFUSED', 'data_fetch_failed').text).toBe(
      messages.error_data_fetch_failed.vi,
    );
    expect(lastErrorText('an unexpected error (logged)', 'internal').text).toBe(
      messages.dataErrUnexpected.vi,
    );
    expect(lastErrorText('x', 'something_new')).toEqual({ text: messages.dataErrOther.vi, known: false });
    // Without a code: the words of the old rows.
    expect(
      lastErrorText(
        '127.0.0.1 is a loopback address; … unless its source allows private addresses (allowPrivate)',
      ),
    ).toEqual({ text: messages.error_data_fetch_refused.vi, known: true });
    expect(lastErrorText('x: ECONNRESET')).toEqual({ text: messages.dataErrOther.vi, known: false });
  });
});

describe('ages in minutes or hours', () => {
  it('shows whole hours in hours and anything else in minutes, and reads them back to the second', () => {
    expect(ageFormOf(86_400)).toEqual({ amount: '24', unit: 'hours' });
    expect(ageFormOf(5_400)).toEqual({ amount: '90', unit: 'minutes' });
    expect(ageFormOf(90)).toEqual({ amount: '1,5', unit: 'minutes' });
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 2_678_400 }), (s) => {
        expect(secondsOf(ageFormOf(s), undefined)).toBe(s);
      }),
    );
    expect(secondsOf({ amount: '1,5', unit: 'hours' }, undefined)).toBe(5_400);
  });

  it('refuses what is not a number, and what is under a minute or over 31 days', () => {
    expect(ageProblem({ amount: 'một ngày', unit: 'hours' }, undefined)).toBe('number');
    expect(ageProblem({ amount: '745', unit: 'hours' }, undefined)).toBe('range');
    expect(ageProblem({ amount: '0,5', unit: 'minutes' }, undefined)).toBe('range');
    expect(ageProblem({ amount: '744', unit: 'hours' }, undefined)).toBeUndefined();
  });
});

describe('a value entered by hand', () => {
  it('reads numbers as the language writes them and refuses a separator out of place', () => {
    expect(parseAmount('26.370', 'vi')).toBe(26_370);
    expect(parseAmount('6,2', 'vi')).toBe(6.2);
    expect(parseAmount('1.234.567,89', 'vi')).toBe(1_234_567.89);
    // A point after one digit is no Vietnamese number: refused rather than read as 62 or 6.2.
    expect(parseAmount('6.2', 'vi')).toBeUndefined();
    expect(parseAmount('26,370', 'en')).toBe(26_370);
    expect(parseAmount('6.2', 'en')).toBe(6.2);
    expect(parseAmount('6,2', 'en')).toBeUndefined();
  });

  it('sends the riel rate as money in its currency, and names each wrong field without sending', () => {
    const form: EntryForm = {
      path: 'rates.KHR.sell',
      type: 'money',
      value: '6,2',
      currency: 'vnd',
      unit: '',
      observed: '',
    };
    expect(entryOf(form, 'vi')).toEqual({
      value: { path: 'rates.KHR.sell', type: 'money', currency: 'VND', value: 6.2 },
    });
    expect(entryOf({ ...form, path: 'tỷ giá', value: '6.2', currency: 'đồng' }, 'vi')).toEqual({
      problems: { path: 'path', value: 'number', currency: 'currency' },
    });
    expect(entryOf({ ...form, type: 'number', unit: 'minute', value: '25' }, 'vi')).toEqual({
      value: { path: 'rates.KHR.sell', type: 'number', unit: 'minute', value: 25 },
    });
  });
});
