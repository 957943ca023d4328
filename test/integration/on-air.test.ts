import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnAir } from '../../schemas/types.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { Publisher } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, Api, startTestServer, type TestServer } from '../support/server.ts';

// Saturday 5 December 2026, 10:00 at the gates (UTC+7).
const now = Date.parse('2026-12-05T03:00:00Z');
const password = 'xóa nội dung đang phát 2026';

// What a delete of approved content would take off the screens: the console's confirmation names it.
describe('where approved content is on air (GET /:id/on-air)', () => {
  let server: TestServer;
  let admin: Api;
  let editor: Api;
  let scoped: Api;
  const wire = validatorFor('approval.json#/$defs/onAir');
  const tinhBien = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const xaMat = factory.gate({ name: 'Cửa khẩu Xa Mát', province: 'Tây Ninh' });
  const screens = [
    factory.screen(tinhBien.id!, { name: 'Bảng LED Tịnh Biên' }),
    factory.screen(tinhBien.id!, { name: 'Màn hình sảnh Tịnh Biên', kind: 'indoor' }),
    factory.screen(xaMat.id!, { name: 'Bảng LED Xa Mát' }),
  ];
  const message = factory.message({ variants: { vi: { title: 'Cửa khẩu mở cửa 7:00–17:00' } } });
  const playlist = factory.playlist([message.id!]);
  const later = factory.message({ variants: { vi: { title: 'Thứ Hai cân xe' } } });
  const mondays = factory.playlist([later.id!]);
  const draft = factory.message({ variants: { vi: { title: 'Bản nháp' } } });

  const onAir = async (api: Api, plural: string, id: string) => {
    const reply = await api.get<OnAir>(`/api/v1/${plural}/${id}/on-air`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(wire(reply.body), JSON.stringify(wire.errors)).toBe(true);
    return reply.body;
  };

  beforeAll(async () => {
    server = await startTestServer('sqlite', { clock: { now: () => now } });
    admin = new Api(server.url, undefined);
    expect((await admin.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    for (const gate of [tinhBien, xaMat]) expect((await admin.post('/api/v1/gates', gate)).status).toBe(201);
    for (const s of screens) expect((await admin.post('/api/v1/screens', s)).status).toBe(201);
    editor = await admin.newUser('bien-tap', ['editor'], { global: true }, password);
    scoped = await admin.newUser('bien-tap-an-giang', ['editor'], { provinces: ['An Giang'] }, password);
    const approver = await admin.newUser('duyet', ['approver'], { global: true }, password);
    const publish = new Publisher({ api: editor, url: server.url }, editor);
    publish.approver = () => Promise.resolve(approver);
    for (const m of [message, later]) await publish.create('/api/v1/messages', m);
    for (const p of [playlist, mondays]) await publish.create('/api/v1/playlists', p);
    // Everywhere, always; and Mondays 06:30–08:30 at Tịnh Biên only.
    await publish.create(
      '/api/v1/schedules',
      factory.schedule(playlist.id!, { gates: [tinhBien.id!, xaMat.id!] }),
    );
    await publish.create(
      '/api/v1/schedules',
      factory.schedule(
        mondays.id!,
        { gates: [tinhBien.id!] },
        { name: 'Sáng thứ Hai', recurrence: { type: 'cron', cron: '30 6 * * 1', durationMinutes: 120 } },
      ),
    );
    expect((await editor.post('/api/v1/messages', draft)).status).toBe(201);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('names the screens by gate that play an approved message now, and when', async () => {
    expect(await onAir(editor, 'messages', message.id!)).toEqual({
      approved: true,
      firstOnScreens: new Date(now).toISOString(),
      screens: 3,
      gates: [
        { id: tinhBien.id, name: tinhBien.name, timeZone: tinhBien.timeZone, screens: 2 },
        { id: xaMat.id, name: xaMat.name, timeZone: xaMat.timeZone, screens: 1 },
      ],
    });
    expect((await onAir(editor, 'playlists', playlist.id!)).screens).toBe(3);
  });

  it('says when content due later first plays, on which screens', async () => {
    const due = await onAir(editor, 'messages', later.id!);
    // Monday 7 December, 06:30 at the gate (UTC+7).
    expect(due).toMatchObject({ approved: true, firstOnScreens: '2026-12-06T23:30:00.000Z', screens: 2 });
    expect(due.gates.map((g) => g.name)).toEqual([tinhBien.name]);
  });

  it('counts only the screens in the caller’s scope', async () => {
    const seen = await onAir(scoped, 'messages', message.id!);
    expect(seen.screens).toBe(2);
    expect(seen.gates.map((g) => g.name)).toEqual([tinhBien.name]);
  });

  it('says a draft is on no screen, and refuses an item the caller cannot see', async () => {
    expect(await onAir(editor, 'messages', draft.id!)).toEqual({
      approved: false,
      firstOnScreens: null,
      screens: 0,
      gates: [],
    });
    expect((await editor.get('/api/v1/messages/no-such-message/on-air')).status).toBe(404);
  });
});
