import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, ApprovalStatus, Manifest, MessageInput } from '../../schemas/types.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { Publisher } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, Api, dialects, startTestServer, type TestServer } from '../support/server.ts';

interface ErrorBody {
  error: ApiError & { reason?: string; params?: Record<string, unknown> };
}

// Saturday 5 December 2026, 10:00 at the gate (UTC+7): a weekday-morning slot next plays on Monday.
const now = Date.parse('2026-12-05T03:00:00Z');
const mondayMorning = '2026-12-06T23:30:00.000Z';
const password = 'duyệt bản dịch cửa khẩu 2026';

describe.each(dialects)('review: missing translations and when content reaches screens (%s)', (dialect) => {
  let server: TestServer;
  let admin: Api;
  let editor: Api;
  let approver: Api;
  let publisher: Publisher;
  const gate = factory.gate({ name: 'Cửa khẩu Nậm Cắn', province: 'Nghệ An', languages: ['vi', 'lo', 'en'] });
  const board = factory.screen(gate.id!, { languages: ['vi', 'lo', 'km'] });
  const wire = validatorFor('approval.json#/$defs/status');

  const status = async (plural: string, id: string) => {
    const reply = await approver.get<ApprovalStatus>(`/api/v1/${plural}/${id}/approval`);
    expect(wire(reply.body), JSON.stringify(wire.errors)).toBe(true);
    return reply.body;
  };
  const manifest = async () => (await admin.get<Manifest>(`/api/v1/screens/${board.id}/manifest`)).body;
  /** The languages the board rotates a message in, from its compiled manifest. */
  const languagesOnBoard = async (messageId: string) => {
    const loops = Object.values((await manifest()).loops).flatMap((loop) => loop ?? []);
    return [
      ...new Set(loops.filter((e) => e.type === 'message' && e.messageId === messageId).map((e) => e.lang)),
    ].sort();
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock: { now: () => now } });
    admin = new Api(server.url, undefined);
    expect((await admin.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    expect((await admin.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await admin.post('/api/v1/screens', board)).status).toBe(201);
    editor = await admin.newUser('na-editor', ['editor'], { provinces: ['Nghệ An'] }, password);
    approver = await admin.newUser('na-approver', ['approver'], { provinces: ['Nghệ An'] }, password);
    publisher = new Publisher({ api: editor, url: server.url }, editor);
    // The publisher's second person is national: this province's approver stands in for it.
    publisher.approver = () => Promise.resolve(approver);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('refuses a submit that leaves a language of the board without text until the author acknowledges it', async () => {
    const message: MessageInput = factory.message({
      gateId: gate.id!,
      variants: { vi: { title: 'Giờ mở cửa 7:00–17:00' }, en: { title: 'Open 07:00–17:00' } },
    });
    expect((await editor.post('/api/v1/messages', message)).status).toBe(201);
    const draft = await status('messages', message.id!);
    // The gate shows Lao and English; its board shows Vietnamese, Lao and Khmer.
    expect(draft.missingLanguages.sort()).toEqual(['km', 'lo']);
    expect(draft.acknowledgedMissing).toEqual([]);

    const refused = await editor.post<ErrorBody>(`/api/v1/messages/${message.id}/submit`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'validation_failed',
      reason: 'missing_translations',
      path: '/acknowledgedMissing',
    });
    expect((refused.body.error.params?.['languages'] as string[]).sort()).toEqual(['km', 'lo']);
    const half = await editor.post<ErrorBody>(`/api/v1/messages/${message.id}/submit`, {
      acknowledgedMissing: ['lo'],
    });
    expect(half.status).toBe(400);
    expect(half.body.error.params).toEqual({ languages: ['km'] });
    expect((await status('messages', message.id!)).state).toBe('draft');

    const submitted = await editor.post<ApprovalStatus>(`/api/v1/messages/${message.id}/submit`, {
      acknowledgedMissing: ['lo', 'km'],
    });
    expect(submitted.status).toBe(200);
    const seen = await status('messages', message.id!);
    expect(seen).toMatchObject({ state: 'submitted', submittedBy: { name: 'na-editor' } });
    expect(seen.missingLanguages.sort()).toEqual(['km', 'lo']);
    expect(seen.acknowledgedMissing.sort()).toEqual(['km', 'lo']);
  });

  it('lets a message with every language through without acknowledgement', async () => {
    const message = factory.message({
      gateId: gate.id!,
      variants: { vi: { title: 'Chào' }, lo: { title: 'ສະບາຍດີ' }, en: { title: 'Hi' }, km: { title: 'សួស្តី' } },
    });
    expect((await editor.post('/api/v1/messages', message)).status).toBe(201);
    expect((await editor.post(`/api/v1/messages/${message.id}/submit`)).status).toBe(200);
    expect((await status('messages', message.id!)).missingLanguages).toEqual([]);
  });

  it('skips on screens the languages an approved message lacks, and a message with none of the board’s', async () => {
    const partial = factory.message({
      gateId: gate.id!,
      variants: { vi: { title: 'Đường trơn' }, km: { title: 'ផ្លូវរអិល' }, lo: { title: '   ' } },
    });
    const english = factory.message({ gateId: gate.id!, variants: { en: { title: 'English only' } } });
    await publisher.create('/api/v1/messages', partial);
    await publisher.create('/api/v1/messages', english);
    const playlist = factory.playlist([partial.id!, english.id!], { gateId: gate.id! });
    await publisher.create('/api/v1/playlists', playlist);
    const always = factory.schedule(playlist.id!, { gates: [gate.id!] });
    const approved = (await publisher.create('/api/v1/schedules', always)).body;
    expect(approved).toBeDefined();

    // Lao is blank: the board rotates Vietnamese and Khmer only, never another language's text for Lao.
    expect(await languagesOnBoard(partial.id!)).toEqual(['km', 'vi']);
    expect(await languagesOnBoard(english.id!)).toEqual([]);
    const lao = (await manifest()).messages[partial.id!]?.variants['lo'];
    expect(lao?.title?.trim() ?? '').toBe('');
  });

  it('says when approved content first reaches screens: now when on air, the slot’s start when later', async () => {
    const message = factory.message({
      gateId: gate.id!,
      variants: { vi: { title: 'Cân xe sáng' }, lo: { title: 'ຊັ່ງລົດ' }, km: { title: 'ថ្លឹងរថយន្ត' } },
    });
    await publisher.create('/api/v1/messages', message);
    // Approved, but no schedule plays it yet.
    expect((await status('messages', message.id!)).firstOnScreens).toBeNull();

    const playlist = factory.playlist([message.id!], { gateId: gate.id! });
    await publisher.create('/api/v1/playlists', playlist);
    const mornings = factory.schedule(
      playlist.id!,
      { gates: [gate.id!] },
      {
        name: 'Sáng ngày thường',
        priority: 10,
        recurrence: { type: 'cron', cron: '30 6 * * 1-5', durationMinutes: 120 },
      },
    );
    expect((await editor.post('/api/v1/schedules', mornings)).status).toBe(201);
    expect((await editor.post(`/api/v1/schedules/${mornings.id}/submit`)).status).toBe(200);
    expect((await status('schedules', mornings.id!)).firstOnScreens).toBeNull();
    const reply = await approver.post<ApprovalStatus>(`/api/v1/schedules/${mornings.id}/approve`);
    expect(reply.status).toBe(200);
    // Approved on Saturday: it is not on screens now, but on Monday at 06:30 gate time.
    expect(reply.body.firstOnScreens).toBe(mondayMorning);
    expect((await status('schedules', mornings.id!)).firstOnScreens).toBe(mondayMorning);
    expect((await status('messages', message.id!)).firstOnScreens).toBe(mondayMorning);
    expect((await status('playlists', playlist.id!)).firstOnScreens).toBe(mondayMorning);

    // The same playlist always on: on screens now.
    const always = factory.schedule(playlist.id!, { gates: [gate.id!] });
    const on = await publisher.create<{ id: string }>('/api/v1/schedules', always);
    expect((await status('schedules', on.body.id)).firstOnScreens).toBe(new Date(now).toISOString());
    expect((await status('messages', message.id!)).firstOnScreens).toBe(new Date(now).toISOString());
  });
});
