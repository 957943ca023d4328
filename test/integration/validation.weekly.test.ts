import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, RecurrenceWeekly } from '../../schemas/types.ts';
import type { Schedule } from '../../server/domain/entities.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Contract B: a weekly slot is stored as typed or refused with the reason at its field, never coerced into
// another slot; a refused schedule stores nothing.
interface ErrorBody {
  error: ApiError;
}

describe('weekly recurrence (Contract B)', () => {
  let server: TestServer;
  const gate = factory.gate();
  const message = factory.message({ gateId: gate.id! });
  const playlist = factory.playlist([message.id!], { gateId: gate.id! });
  const weekly = (over: Partial<RecurrenceWeekly>): RecurrenceWeekly => ({
    type: 'weekly',
    days: [1, 2, 3, 4, 5],
    start: '06:00',
    end: '09:00',
    ...over,
  });
  const schedule = (recurrence: object, over: object = {}) =>
    factory.schedule(
      playlist.id!,
      { gates: [gate.id!] },
      { recurrence: recurrence as RecurrenceWeekly, ...over },
    );

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    for (const [path, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/messages', message],
      ['/api/v1/playlists', playlist],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('stores a weekly slot as typed, an overnight one (Friday 22:00 to Saturday 06:00) included', async () => {
    const day = schedule(weekly({}));
    const stored = await server.api.post<Schedule>('/api/v1/schedules', day);
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    expect(stored.body.recurrence).toEqual({ ...weekly({}), overnight: false });
    const night = schedule(weekly({ days: [5], start: '22:00', end: '06:00', overnight: true }));
    const storedNight = await server.api.post<Schedule>('/api/v1/schedules', night);
    expect(storedNight.status).toBe(201);
    expect(storedNight.body.recurrence).toEqual({
      type: 'weekly',
      days: [5],
      start: '22:00',
      end: '06:00',
      overnight: true,
    });
  });

  it.each([
    ['no day', weekly({ days: [] }), '/recurrence/days', 'no_weekdays'],
    ['start equal to end', weekly({ start: '09:00', end: '09:00' }), '/recurrence/end', 'zero_duration'],
    [
      '09:00 to 06:00 without overnight',
      weekly({ start: '09:00', end: '06:00' }),
      '/recurrence/overnight',
      'overnight_unclear',
    ],
    [
      '06:00 to 09:00 marked overnight',
      weekly({ start: '06:00', end: '09:00', overnight: true }),
      '/recurrence/overnight',
      'overnight_unclear',
    ],
    ['a day 8', weekly({ days: [8] }), '/recurrence/days/0', 'too_large'],
    ['a day twice', weekly({ days: [1, 1] }), '/recurrence/days', 'duplicate'],
    ['a time 24:00', weekly({ end: '24:00' }), '/recurrence/end', 'bad_format'],
    [
      'a cron lasting 0 minutes',
      { type: 'cron', cron: '0 6 * * *', durationMinutes: 0 },
      '/recurrence/durationMinutes',
      'too_small',
    ],
  ])('refuses %s: 400 at %s (%s), nothing stored', async (_what, recurrence, pointer, reason) => {
    const before = (await server.api.get<{ total: number }>('/api/v1/schedules')).body.total;
    const body = schedule(recurrence);
    const res = await server.api.post<ErrorBody>('/api/v1/schedules', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.reason).toBe(reason);
    expect(res.body.error.path).toBe(pointer);
    expect((await server.api.get<{ total: number }>('/api/v1/schedules')).body.total).toBe(before);
    expect((await server.api.get(`/api/v1/schedules/${body.id}`)).status).toBe(404);
  });

  it('refuses a schedule whose until is before its from (until_before_from), and an edit into a bad slot keeps the stored one', async () => {
    const res = await server.api.post<ErrorBody>(
      '/api/v1/schedules',
      schedule(weekly({}), { from: '2026-12-10', until: '2026-12-01' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.reason).toBe('until_before_from');
    expect(res.body.error.path).toBe('/until');

    const good = schedule(weekly({}));
    expect((await server.api.post('/api/v1/schedules', good)).status).toBe(201);
    const bad = await server.api.put<ErrorBody>(`/api/v1/schedules/${good.id}`, {
      ...good,
      recurrence: weekly({ start: '10:00', end: '08:00' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.reason).toBe('overnight_unclear');
    const stored = await server.api.get<Schedule>(`/api/v1/schedules/${good.id}`);
    expect(stored.body.recurrence).toEqual({ ...weekly({}), overnight: false });
  });
});
