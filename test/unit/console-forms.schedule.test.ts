import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  cronAsWeekly,
  editSlot,
  formOf,
  setTarget,
  toggleDay,
  weeklyCron,
  type ScheduleForm,
  type StoredSchedule,
  type WeeklyRecurrence,
} from '../../console/src/forms/schedule.form.ts';
import { openApiDocument } from '../../server/http/openapi.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { arbitraryOf } from '../support/schema-arbitrary.ts';

// Stored schedules as the API answers them: drawn from the stored schema itself (every target kind, every
// optional field present or absent, cron and always), kept only when that schema's validator agrees.
const doc = openApiDocument('test') as { components: { schemas: Record<string, unknown> } };
const isStored = validatorFor('schedule.stored.json');
const fromSchema = arbitraryOf(doc.components.schemas['schedule.stored'], doc)
  .map((s): unknown => JSON.parse(JSON.stringify(s)))
  .filter((s): s is StoredSchedule => isStored(s));

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
// Contract B's weekly slot, days in any order, `overnight` present or absent. Drawn here as well as from the
// schema, so the property covers it whether or not the stored schema in this checkout has it yet.
const weekly: fc.Arbitrary<WeeklyRecurrence> = fc.record(
  {
    type: fc.constant('weekly' as const),
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: time,
    end: time,
    overnight: fc.boolean(),
  },
  { requiredKeys: ['type', 'days', 'start', 'end'] },
);
const storedSchedules = fc.oneof(
  fromSchema,
  // Through JSON, as a reply arrives (plain objects).
  fc
    .tuple(fromSchema, weekly)
    .map(([s, recurrence]) => JSON.parse(JSON.stringify({ ...s, recurrence })) as StoredSchedule),
);

const ownFields = ({ id: _i, createdAt: _c, updatedAt: _u, owner: _o, ...fields }: StoredSchedule) => fields;

const base = {
  id: 'sch-1',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  name: 'Sáng các ngày làm việc',
  playlistId: 'pl-1',
} as const;

describe('the schedule form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(storedSchedules, (stored) => {
        expect(bodyOf(formOf(stored), stored)).toStrictEqual(ownFields(stored));
      }),
      { numRuns: 400 },
    );
  });

  it('draws every recurrence, every target kind and every optional field, so the property can see one dropped', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(storedSchedules, (stored) => {
        for (const key of Object.keys(stored)) seen.add(key);
        for (const key of Object.keys(stored.targets)) seen.add(`targets.${key}`);
        seen.add(`recurrence.${stored.recurrence.type}`);
        if (stored.recurrence.type === 'weekly' && 'overnight' in stored.recurrence) seen.add('overnight');
      }),
      { numRuns: 400 },
    );
    for (const field of [
      'from',
      'until',
      'priority',
      'enabled',
      'owner',
      'targets.gates',
      'targets.screens',
      'targets.groups',
      'recurrence.weekly',
      'recurrence.cron',
      'recurrence.always',
      'overnight',
    ])
      expect(seen, field).toContain(field);
  });

  it('fails the round trip when the form drops a field', () => {
    const stored: StoredSchedule = {
      ...base,
      targets: { gates: ['le-thanh'], screens: ['kiosk-1'], groups: ['outdoor'] },
      from: '2026-02-01',
      until: '2026-03-01',
      recurrence: { type: 'weekly', days: [5, 1], start: '22:00', end: '06:00', overnight: true },
      priority: 0,
      enabled: false,
    };
    const form = formOf(stored);
    expect(bodyOf(form, stored)).toStrictEqual(ownFields(stored));
    const drops: ScheduleForm[] = [
      { ...form, targets: { ...form.targets, groups: [] } },
      { ...form, targets: { ...form.targets, screens: [] } },
      { ...form, from: '' },
      { ...form, until: '' },
      { ...form, enabled: true },
      { ...form, overnight: false },
    ];
    for (const dropped of drops) expect(bodyOf(dropped, stored)).not.toStrictEqual(ownFields(stored));
  });

  it('keeps a stored cron or always exactly, until the person changes the slot', () => {
    const cron: StoredSchedule = {
      ...base,
      targets: { groups: ['outdoor'] },
      recurrence: { type: 'cron', cron: '*/15 8-17 * * 1-5', durationMinutes: 5 },
    };
    const form = formOf(cron);
    expect(form.slot).toBe('stored');
    expect(bodyOf(form, cron).recurrence).toBe(cron.recurrence);
    // Changing the end time makes it a weekly slot with what the fields show.
    const edited = editSlot(form, { end: '12:00' });
    expect(bodyOf(edited, cron).recurrence).toStrictEqual({
      type: 'weekly',
      days: [1, 2, 3, 4, 5, 6, 7],
      start: '00:00',
      end: '12:00',
      overnight: false,
    });
    const always: StoredSchedule = { ...base, targets: { gates: ['g'] }, recurrence: { type: 'always' } };
    expect(bodyOf(formOf(always), always).recurrence).toStrictEqual({ type: 'always' });
  });

  it('offers a plain cron as the weekly slot it is (days, start, end, past midnight)', () => {
    const stored: StoredSchedule = {
      ...base,
      targets: { gates: ['g'] },
      recurrence: { type: 'cron', cron: '30 22 * * 0,5-6', durationMinutes: 480 },
    };
    const form = formOf(stored);
    expect([form.days, form.start, form.end, form.overnight]).toStrictEqual([
      [5, 6, 7],
      '22:30',
      '06:30',
      true,
    ]);
    expect(cronAsWeekly('0 6 * * *')?.days).toStrictEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(cronAsWeekly('0 6 1 * *')).toBeUndefined();
  });

  it('never coerces the slot: no weekday, zero minutes and an unmarked overnight are sent as typed', () => {
    let form = formOf();
    for (const day of [1, 2, 3, 4, 5] as const) form = toggleDay(form, day, false);
    form = { ...form, name: 'x', playlistId: 'p' };
    form = setTarget(form, 'gates', 'le-thanh', true);
    expect(bodyOf(form).recurrence).toMatchObject({ days: [] });
    expect(bodyOf(editSlot(form, { start: '08:00', end: '08:00' })).recurrence).toMatchObject({
      start: '08:00',
      end: '08:00',
    });
    const backwards = bodyOf(editSlot(toggleDay(form, 3, true), { start: '09:00', end: '06:00' }));
    expect(backwards.recurrence).toStrictEqual({
      type: 'weekly',
      days: [3],
      start: '09:00',
      end: '06:00',
      overnight: false,
    });
    expect(weeklyCron({ days: [3], start: '09:00', end: '06:00', overnight: false })).toBeUndefined();
    expect(weeklyCron({ days: [3], start: '09:00', end: '06:00', overnight: true })).toStrictEqual({
      cron: '0 9 * * 3',
      durationMinutes: 1260,
    });
    // An emptied priority is not 0: it is sent as nothing valid, and the server says so beside the field.
    expect(bodyOf({ ...form, priority: '' }).priority).toBeNaN();
  });

  it('shows weekdays 06:00–09:00 as the cron the compiler evaluates', () => {
    expect(weeklyCron(formOf())).toStrictEqual({ cron: '0 6 * * 1-5', durationMinutes: 180 });
    expect(weeklyCron({ days: [7, 1], start: '06:30', end: '08:30', overnight: false })?.cron).toBe(
      '30 6 * * 0,1',
    );
  });
});
