// A gate's opening calendar on a real controller: an editor saves a draft the screens do not get, another
// person approves it and the gate's players are sent it in their config at once, with the gate's
// opening-hours message written from it; holidays of both countries are proposed to take in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  ApprovalStatus,
  AuditEntry,
  DeviceTokenCreated,
  GateCalendar,
  GateCalendarRecord,
  HolidaysReply,
  ScreenConfig,
} from '../../schemas/types.ts';
import type { Message } from '../../server/domain/entities.ts';
import { factory } from '../support/factory.ts';
import {
  ADMIN_TOKEN,
  Api,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

const password = 'lịch cửa khẩu Lệ Thanh 2026';

// Lệ Thanh: 7:00–22:00 every day.
const daily: GateCalendar = {
  weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
};
// The same, closed on the first day of Tết 2026.
const withTet: GateCalendar = {
  ...daily,
  holidays: [
    {
      date: '2026-02-17',
      country: 'VN',
      key: 'tet',
      name: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' },
      effect: 'closed',
    },
  ],
};

describe.each(dialects)('gate calendar (%s)', (dialect) => {
  let server: TestServer;
  const now = Date.parse('2026-06-12T06:30:00Z');
  const clock = { now: () => now };
  const gate = factory.gate({ province: 'Gia Lai', languages: ['vi', 'km', 'en'], digits: 'native' });
  const langSon = factory.gate({
    name: 'Cửa khẩu Hữu Nghị',
    province: 'Lạng Sơn',
    borderCountry: 'CN',
    languages: ['vi', 'zh-Hans', 'en'],
  });
  const board = factory.screen(gate.id!, { name: 'Bảng LED Lệ Thanh' });
  let player: PlayerSocket;
  let firstConfig: ScreenConfig;
  let editor: Api;
  let both: Api;
  let approver: Api;
  let outsider: Api;
  let viewerElsewhere: Api;
  const path = `/api/v1/gates/${gate.id}/calendar`;

  const connect = async () => {
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${board.id}/tokens`, {});
    const socket = connectPlayer(server.url, token.body.token);
    const config = (await nextEvent(socket, 'config')) as ScreenConfig;
    return { socket, config };
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    for (const [at, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/gates', langSon],
      ['/api/v1/screens', board],
    ] as const)
      expect((await server.api.post(at, body)).status, at).toBe(201);
    const admin = new Api(server.url, ADMIN_TOKEN);
    const gia = { provinces: ['Gia Lai'] };
    editor = await admin.newUser(`cal-editor-${dialect}`, ['editor'], gia, password);
    both = await admin.newUser(`cal-both-${dialect}`, ['editor', 'approver'], gia, password);
    approver = await admin.newUser(`cal-approver-${dialect}`, ['approver'], gia, password);
    const elsewhere = { provinces: ['Lạng Sơn'] };
    outsider = await admin.newUser(`cal-outsider-${dialect}`, ['editor'], elsewhere, password);
    viewerElsewhere = await admin.newUser(`cal-viewer-${dialect}`, ['viewer'], elsewhere, password);
    ({ socket: player, config: firstConfig } = await connect());
  });
  afterAll(async () => {
    player.close();
    await server.stop();
  });

  it('saves an editor’s draft, which the screens do not get', async () => {
    expect(firstConfig.gate.calendar).toBeUndefined();
    const empty = await editor.get<GateCalendarRecord>(path);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      gateId: gate.id,
      timeZone: 'Asia/Ho_Chi_Minh',
      borderCountry: 'KH',
      actions: ['save'],
    });
    const saved = await editor.put<GateCalendarRecord>(path, daily);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.draft?.calendar).toEqual(daily);
    expect(saved.body.draft?.by.name).toBe(`cal-editor-${dialect}`);
    expect(saved.body.approved).toBeUndefined();
    // A player connecting now is told no calendar: only an approved one reaches the screens.
    const late = await connect();
    late.socket.close();
    expect(late.config.gate.calendar).toBeUndefined();
  });

  it('refuses a calendar it cannot read, naming the field, and keeps the draft', async () => {
    const bad = await editor.put<{ error: ApiError }>(path, {
      weekly: { passengers: [{ days: [1], open: '25:00', close: '22:00' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.path).toBe('/weekly/passengers/0/open');
    const unknown = await editor.put<{ error: ApiError }>(path, { ...daily, closedOnRainyDays: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.path).toBe('/closedOnRainyDays');
    expect((await editor.get<GateCalendarRecord>(path)).body.draft?.calendar).toEqual(daily);
  });

  it('is approved only by another person with the approver role', async () => {
    const byEditor = await editor.post<{ error: ApiError }>(`${path}/approve`, {});
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.error.reason).toBe('needs_role');
    // Someone who is both editor and approver saves a new draft, and cannot approve it themselves.
    expect((await both.put(path, withTet)).status).toBe(200);
    const own = await both.get<GateCalendarRecord>(path);
    expect(own.body.actions).toEqual(['save', 'discard']);
    const byAuthor = await both.post<{ error: ApiError }>(`${path}/approve`, {});
    expect(byAuthor.status).toBe(403);
    expect(byAuthor.body.error.reason).toBe('same_person');
    expect((await approver.get<GateCalendarRecord>(path)).body.actions).toEqual(['approve']);

    const config = nextEvent<ScreenConfig>(player, 'config');
    const approved = await approver.post<GateCalendarRecord>(`${path}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.draft).toBeUndefined();
    expect(approved.body.approved?.calendar).toEqual(withTet);
    expect(approved.body.approved?.by.name).toBe(`cal-approver-${dialect}`);
    // The connected player is sent its config with the approved calendar at once.
    expect((await config).gate.calendar).toEqual(withTet);
    // So is a player connecting later.
    const late = await connect();
    late.socket.close();
    expect(late.config.gate.calendar).toEqual(withTet);

    const again = await approver.post<{ error: ApiError }>(`${path}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.reason).toBe('no_draft');
  });

  it('writes the gate’s opening-hours message from the approved calendar, approved, a variant per language', async () => {
    const record = await editor.get<GateCalendarRecord>(path);
    const id = record.body.messageId;
    expect(id).toBeDefined();
    const message = await editor.get<Message>(`/api/v1/messages/${id}`);
    expect(message.status).toBe(200);
    expect(message.body.name).toBe('Giờ mở cửa — Cửa khẩu Lệ Thanh');
    expect(message.body.gateId).toBe(gate.id);
    expect(message.body.variants).toEqual({
      vi: { title: 'Giờ mở cửa', body: '{{gate.status}}\nHằng ngày: 7:00–22:00' },
      km: { title: 'ម៉ោងបើកទ្វារ', body: '{{gate.status}}\nរៀងរាល់ថ្ងៃ: ៧:០០–២២:០០' },
      en: { title: 'Opening hours', body: '{{gate.status}}\nEvery day: 7:00–22:00' },
    });
    const status = await editor.get<ApprovalStatus>(`/api/v1/messages/${id}/approval`);
    expect(status.body.state).toBe('approved');
    expect(status.body.approved).toEqual(message.body);

    // A new calendar approved rewrites the same message.
    const weekdays: GateCalendar = {
      weekly: {
        passengers: [
          { days: [1, 2, 3, 4, 5], open: '07:00', close: '22:00' },
          { days: [6, 7], open: '08:00', close: '17:00' },
        ],
      },
    };
    expect((await editor.put(path, weekdays)).status).toBe(200);
    const second = await approver.post<GateCalendarRecord>(`${path}/approve`, {});
    expect(second.status).toBe(200);
    expect(second.body.messageId).toBe(id);
    const rewritten = await editor.get<ApprovalStatus>(`/api/v1/messages/${id}/approval`);
    expect(rewritten.body.state).toBe('approved');
    expect((rewritten.body.approved as Message).variants.vi?.body).toBe(
      '{{gate.status}}\nThứ Hai – Thứ Sáu: 7:00–22:00\nThứ Bảy, Chủ Nhật: 8:00–17:00',
    );

    const audit = await server.api.get<{ items: AuditEntry[] }>('/api/v1/audit?limit=200');
    const actions = audit.body.items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['gate-calendar.save', 'gate-calendar.approve', 'gate-calendar.message']),
    );
  });

  it('drops a draft on request and keeps the approved calendar', async () => {
    expect((await editor.put(path, daily)).status).toBe(200);
    const dropped = await editor.post<GateCalendarRecord>(`${path}/discard`, {});
    expect(dropped.status).toBe(200);
    expect(dropped.body.draft).toBeUndefined();
    expect(dropped.body.approved?.calendar.weekly.passengers).toHaveLength(2);
    expect((await editor.post<{ error: ApiError }>(`${path}/discard`, {})).body.error.reason).toBe(
      'no_draft',
    );
  });

  it('answers a gate outside the caller’s scope as unknown', async () => {
    expect((await viewerElsewhere.get(path)).status).toBe(404);
    expect((await viewerElsewhere.get(`${path}/holidays?year=2026`)).status).toBe(404);
    expect((await outsider.put(path, daily)).status).toBe(404);
    expect((await viewerElsewhere.get(`/api/v1/gates/${langSon.id}/calendar`)).status).toBe(200);
    expect((await editor.get('/api/v1/gates/no-such-gate/calendar')).status).toBe(404);
  });

  it('proposes the holidays of Vietnam and of the country across the border', async () => {
    const kh = await viewerElsewhere.get<HolidaysReply>(
      `/api/v1/gates/${langSon.id}/calendar/holidays?year=2026`,
    );
    expect(kh.status).toBe(200);
    const keys = new Set(kh.body.holidays.map((h) => `${h.country} ${h.key}`));
    expect(keys).toContain('VN tet');
    expect(keys).toContain('CN spring-festival');
    expect(keys).not.toContain('KH khmer-new-year');

    const reply = await editor.get<HolidaysReply>(`${path}/holidays?year=2026`);
    expect(reply.status).toBe(200);
    const { holidays } = reply.body;
    expect(holidays.find((h) => h.country === 'VN' && h.date === '2026-02-17')).toMatchObject({
      key: 'tet',
      name: { vi: 'Tết Nguyên Đán' },
    });
    expect(holidays.find((h) => h.country === 'KH' && h.date === '2026-04-14')).toMatchObject({
      key: 'khmer-new-year',
      name: { km: 'បុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ' },
    });
    expect(holidays.some((h) => h.country === 'CN' || h.country === 'LA')).toBe(false);
    const dates = holidays.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    // Without a year: the gate's current one.
    expect((await editor.get<HolidaysReply>(`${path}/holidays`)).body).toEqual(reply.body);
    expect((await editor.get(`${path}/holidays?year=1800`)).status).toBe(400);
  });
});
