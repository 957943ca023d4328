import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type {
  AvailabilityRow,
  DeviceTokenCreated,
  Manifest,
  PlayBatchReply,
  PlayRecord,
} from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { parseViCsv, viNumber } from '../support/csv.ts';
import { factory } from '../support/factory.ts';
import { playsOf } from '../support/plays.ts';
import {
  ADMIN_TOKEN,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const two = (n: number) => String(n).padStart(2, '0');

/**
 * An .xlsx cell as the CSV writes the same value: a date as dd/MM/yyyy (with HH:mm when it has a time), a
 * share as a percentage with a decimal comma, an integer as digits. Typed cells only: a date must be a Date
 * and a number a number, never text that looks like one.
 */
function asCsvText(value: unknown, header: string): string {
  if (value instanceof Date) {
    // A time of day is a fraction of a day in the file: read back to the nearest minute.
    const d = new Date(Math.round(value.getTime() / 60_000) * 60_000);
    const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    return header.startsWith('Tính') ? `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : day;
  }
  if (typeof value === 'number')
    return header.includes('(%)') ? (value * 100).toFixed(1).replace('.', ',') : String(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    if (/^\d+([.,]\d+)?$|^\d\d\/\d\d\/\d{4}/.test(value))
      throw new Error(`a number or date as text: ${value}`);
    return value;
  }
  throw new Error(`unexpected cell ${JSON.stringify(value)}`);
}

describe.each(dialects)('report exports: CSV and .xlsx, availability from creation (%s)', (dialect) => {
  let server: TestServer;
  let now = Date.parse('2026-11-20T00:00:00Z'); // 07:00 at the gate
  const clock = { now: () => now };
  const gate = factory.gate({ name: 'Cửa khẩu Lao Bảo', province: 'Quảng Trị' });
  const old = factory.screen(gate.id!, { name: 'Bảng LED nhà chờ' });
  const fresh = factory.screen(gate.id!, { name: 'Kiosk mới' });
  const sockets: PlayerSocket[] = [];

  const download = async (path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status, path).toBe(200);
    return {
      type: res.headers.get('content-type') ?? '',
      disposition: res.headers.get('content-disposition') ?? '',
      bytes: new Uint8Array(await res.arrayBuffer()),
    };
  };
  const player = async (screenId: string) => {
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screenId}/tokens`, {});
    const socket = connectPlayer(server.url, token.body.token);
    sockets.push(socket);
    await nextEvent(socket, 'config');
    return socket;
  };
  const emit = <T>(socket: PlayerSocket, event: string, payload: unknown) =>
    socket.timeout(5000).emitWithAck(event as 'heartbeat', payload as never) as Promise<Ack<T>>;

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock, env: { HEARTBEAT_FLUSH_MS: '600000' } });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', old)).status).toBe(201);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.stop();
  });

  it('counts a screen added today from its creation, not from midnight, and sums a gate from its screens', async () => {
    now = Date.parse('2026-11-23T03:00:20Z'); // Monday 10:00 at the gate: the kiosk is installed
    expect((await server.api.post('/api/v1/screens', fresh)).status).toBe(201);
    const players = [await player(old.id!), await player(fresh.id!)];
    // Both send heartbeats for 30 minutes, then it is 10:30.
    for (let minute = 0; minute < 30; minute++) {
      for (const p of players) await emit(p, 'heartbeat', factory.heartbeat({ sentAt: now }));
      now += 60_000;
    }
    await server.app.heartbeats.flush();
    now = Date.parse('2026-11-23T03:30:00Z');

    const today = await server.api.get<{ items: AvailabilityRow[] }>(
      `/api/v1/reports/availability?from=2026-11-23&until=2026-11-23&gateId=${gate.id}`,
    );
    expect(today.status).toBe(200);
    const row = (id: string | null) => today.body.items.find((r) => r.screenId === id);
    // The kiosk existed for 30 minutes today and was up for all of them: 100 %, not 30 of 630 minutes.
    expect(row(fresh.id!)).toMatchObject({
      countedFrom: '2026-11-23T03:00:00.000Z',
      countedUntil: '2026-11-23T03:30:00.000Z',
      minutes: 30,
      minutesUp: 30,
      availability: 1,
    });
    // The old board counts from the gate's midnight (17:00 UTC the day before): 10 h 30 min.
    expect(row(old.id!)).toMatchObject({
      countedFrom: '2026-11-22T17:00:00.000Z',
      minutes: 630,
      minutesUp: 30,
    });
    expect(row(null)).toMatchObject({ screen: null, minutes: 660, minutesUp: 60, availability: 60 / 660 });

    // Over a month, each counts from when it was made.
    const month = await server.api.get<{ items: AvailabilityRow[] }>(
      `/api/v1/reports/availability?from=2026-11-01&until=2026-11-30&gateId=${gate.id}`,
    );
    const monthly = new Map(month.body.items.map((r) => [r.screenId, r]));
    expect(monthly.get(fresh.id!)?.minutes).toBe(30);
    expect(monthly.get(old.id!)).toMatchObject({
      countedFrom: '2026-11-20T00:00:00.000Z',
      minutes: 3 * 1440 + 210,
    });
    // Before either existed, neither is in the report; the gate says it counted nothing.
    const before = await server.api.get<{ items: AvailabilityRow[] }>(
      `/api/v1/reports/availability?from=2026-11-01&until=2026-11-19&gateId=${gate.id}`,
    );
    expect(before.body.items.map((r) => [r.screenId, r.minutes])).toEqual([[null, 0]]);
  });

  it('serves each report as an .xlsx that a real parser reads into the same rows as the CSV', async () => {
    // Something played, so the plays report has rows: a notice whose name holds a ; and quotes, and a clock.
    const publish = new Publisher(
      server,
      await server.api.newUser(`editor-${dialect}`, ['editor'], { global: true }, 'xuất báo cáo 2026'),
    );
    const message = factory.message({ name: 'Quy định; "hải quan"', gateId: gate.id! });
    await publish.create('/api/v1/messages', message);
    const playlist = factory.playlist([], {
      gateId: gate.id!,
      items: [
        { type: 'message', messageId: message.id!, duration: 8 },
        { type: 'clock', duration: 10 },
      ],
    });
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [old.id!] }));
    const manifest = (await server.api.get<Manifest>(`/api/v1/screens/${old.id}/manifest`)).body;
    const records: PlayRecord[] = playsOf(manifest, now + 60_000, now + 10 * 60_000).slice(1, 9);
    now = Date.parse('2026-11-23T03:45:00Z'); // 10:45: they played, and the player reports them
    const stored = await emit<PlayBatchReply>(sockets[0]!, 'proof-of-play', { records });
    expect(stored).toMatchObject({ ok: true, data: { stored: records.length } });

    for (const report of ['plays', 'availability'] as const) {
      const query = `from=2026-11-20&until=2026-11-23&gateId=${gate.id}`;
      const csv = await download(`/api/v1/reports/${report}.csv?${query}`);
      const xlsx = await download(`/api/v1/reports/${report}.xlsx?${query}`);
      expect(csv.type).toBe('text/csv; charset=utf-8');
      expect(xlsx.type).toBe(XLSX);
      expect(xlsx.disposition).toMatch(
        /^attachment; filename="gatecast-[a-z-]+-2026-11-20-2026-11-23\.xlsx"$/,
      );

      const csvRows = parseViCsv(csv.bytes);
      const sheet = await readSheet(Buffer.from(xlsx.bytes), { trim: false });
      const header = sheet[0]!.map(String);
      expect(header).toEqual(csvRows[0]);
      // Every row carries the period.
      expect(header.slice(0, 2)).toEqual(['Từ ngày', 'Đến ngày']);
      expect(csvRows.length, report).toBeGreaterThan(2);
      expect(csvRows.slice(1).every((r) => r[0] === '20/11/2026' && r[1] === '23/11/2026')).toBe(true);
      // Dates are dates and numbers numbers in the workbook; as text they are exactly the CSV's.
      expect(sheet[1]![0]).toBeInstanceOf(Date);
      expect(sheet.slice(1).map((r) => r.map((v, i) => asCsvText(v, header[i]!)))).toEqual(csvRows.slice(1));
      const numeric = header.findIndex((h) => h === 'Lượt phát' || h === 'Số phút tính');
      expect(sheet.slice(1).every((r) => typeof r[numeric] === 'number')).toBe(true);
    }

    // The plays: named values, never codes; the name with a ; and quotes is one field.
    const plays = parseViCsv(
      (await download(`/api/v1/reports/plays.csv?from=2026-11-23&until=2026-11-23`)).bytes,
    );
    expect(plays[0]).toEqual([
      'Từ ngày',
      'Đến ngày',
      'Ngày',
      'Tỉnh',
      'Cửa khẩu',
      'Màn hình',
      'Nội dung',
      'Loại',
      'Ngôn ngữ',
      'Lượt phát',
      'Thời lượng (giây)',
    ]);
    const kinds = new Set(plays.slice(1).map((r) => `${r[6]} | ${r[7]}`));
    expect(kinds).toEqual(new Set(['Quy định; "hải quan" | Thông điệp', 'Đồng hồ | Đồng hồ']));
    expect(new Set(plays.slice(1).map((r) => r[8]))).toEqual(
      new Set(['Tiếng Việt (vi)', 'Tiếng Khmer (km)', 'Tiếng Anh (en)', '']),
    );
    expect(plays.slice(1).reduce((n, r) => n + Number(r[9]), 0)).toBe(records.length);

    // Availability: the gate's own row says so in its own column (no screen name), decimal commas.
    const availability = parseViCsv(
      (await download(`/api/v1/reports/availability.csv?from=2026-11-23&until=2026-11-23&gateId=${gate.id}`))
        .bytes,
    );
    expect(availability[0]).toEqual([
      'Từ ngày',
      'Đến ngày',
      'Tỉnh',
      'Cửa khẩu',
      'Phạm vi',
      'Màn hình',
      'Tính từ',
      'Tính đến',
      'Số phút hoạt động',
      'Số phút tính',
      'Tỷ lệ khả dụng (%)',
    ]);
    const byScreen = new Map(availability.slice(1).map((r) => [r[5], r]));
    expect(byScreen.get('Kiosk mới')?.slice(4)).toEqual([
      'Màn hình',
      'Kiosk mới',
      '23/11/2026 10:00',
      '23/11/2026 10:45',
      '30',
      '45',
      '66,7',
    ]);
    expect(byScreen.get('')?.slice(4, 6)).toEqual(['Cả cửa khẩu', '']);
    expect(viNumber(byScreen.get('')![10]!)).toBeCloseTo((60 / 690) * 100, 1);
  });
});
