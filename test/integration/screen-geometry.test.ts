import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  DeviceTokenCreated,
  GeometryPreview,
  PlayerCommand,
  ScreenConfig,
  ScreenGeometryState,
} from '../../schemas/types.ts';
import type { Screen } from '../../server/domain/entities.ts';
import { factory } from '../support/factory.ts';
import {
  Api,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

type Refusal = { error: ApiError };

describe.each(dialects)('an LED board’s region changes through a preview (%s)', (dialect) => {
  let server: TestServer;
  let now = Date.parse('2026-11-22T03:00:00Z');
  const clock = { now: () => now };
  const gate = factory.gate();
  const otherGate = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const board = factory.screen(gate.id!, { width: 576, height: 192, offsetX: 0, offsetY: 0 });
  const spare = factory.screen(gate.id!, { width: 800, height: 500 });
  const base = `/api/v1/screens/${board.id}`;
  let player: PlayerSocket;
  let tech: Api;
  /** What the board's player was told, in order. */
  const told: PlayerCommand[] = [];
  /** Whether the player says it did a preview command (a player that cannot: false). */
  let playerDoes = true;

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock, env: { HEARTBEAT_FLUSH_MS: '20' } });
    const admin = server.api;
    for (const g of [gate, otherGate]) expect((await admin.post('/api/v1/gates', g)).status).toBe(201);
    for (const s of [board, spare]) expect((await admin.post('/api/v1/screens', s)).status).toBe(201);
    tech = await admin.newUser('ky-thuat', ['technician'], { gates: [gate.id] }, 'kỹ thuật viên 2026');
  });
  afterAll(async () => {
    player.disconnect();
    await server.stop();
  });

  const state = async () => (await tech.get<ScreenGeometryState>(`${base}/geometry`)).body;
  const stored = async () => (await server.api.get<Screen>(base)).body;
  const region = (s: { width: number; height: number; offsetX?: number; offsetY?: number }) =>
    `${s.width}x${s.height}+${s.offsetX ?? 0}+${s.offsetY ?? 0}`;

  it('lets anyone who may edit it change the region of a board that has never reported, in the form', async () => {
    const res = await tech.put<Screen>(base, { ...board, width: 640 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await state()).needsPreview).toBe(false);
    expect((await tech.put(base, { ...board, width: 576 })).status).toBe(200);
  });

  it('refuses a plain edit of a live board’s region, naming the field, and changes nothing', async () => {
    const token = await server.api.post<DeviceTokenCreated>(`${base}/tokens`, {});
    player = connectPlayer(server.url, token.body.token);
    player.on('command', (command, ack) => {
      told.push(command);
      ack(
        playerDoes ? { ok: true, data: { done: true } } : { ok: false, error: { code: 'x', message: 'no' } },
      );
    });
    await nextEvent(player, 'config');
    await player.timeout(5000).emitWithAck('heartbeat', factory.heartbeat());
    await expect.poll(async () => (await state()).needsPreview, { timeout: 5000 }).toBe(true);

    const refused = await tech.put<Refusal>(base, { ...board, name: 'Bảng mới', offsetY: 8 });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ reason: 'geometry_needs_preview', path: '/offsetY' });
    expect(await stored()).toMatchObject({ name: board.name, offsetY: 0 });
    // Saving the form unchanged (or changing anything but the region) still works.
    const renamed = await tech.put<Screen>(base, { ...board, name: 'Bảng LED cổng phụ' });
    expect(renamed.status).toBe(200);
    expect(region(await stored())).toBe('576x192+0+0');
  });

  it('shows a preview on the board without storing it, then applies it and keeps the old region', async () => {
    const preview = await tech.post<GeometryPreview>(`${base}/geometry/preview`, {
      width: 576,
      height: 192,
      offsetX: 1344,
      offsetY: 0,
      seconds: 30,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    expect(told.at(-1)).toMatchObject({
      type: 'geometry-preview',
      geometry: { width: 576, height: 192, offsetX: 1344, offsetY: 0 },
      durationMs: 30_000,
    });
    expect(region(await stored())).toBe('576x192+0+0');
    expect((await state()).preview?.id).toBe(preview.body.id);

    const config = nextEvent<ScreenConfig>(player, 'config');
    const applied = await tech.post<ScreenGeometryState>(`${base}/geometry/apply`, {
      previewId: preview.body.id,
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(region(applied.body.current)).toBe('576x192+1344+0');
    expect(region(applied.body.previous!)).toBe('576x192+0+0');
    expect(applied.body.preview).toBeNull();
    expect(region(await config)).toBe('576x192+1344+0');
    expect(region(await stored())).toBe('576x192+1344+0');

    const again = await tech.post<Refusal>(`${base}/geometry/apply`, { previewId: preview.body.id });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ reason: 'preview_over', params: { state: 'applied' } });
  });

  it('cancels a preview: the player is told to go back at once, and nothing changes', async () => {
    const preview = await tech.post<GeometryPreview>(`${base}/geometry/preview`, {
      width: 500,
      height: 100,
      offsetX: 0,
      offsetY: 0,
    });
    expect(told.at(-1)).toMatchObject({ type: 'geometry-preview', durationMs: 60_000 });
    const cancelled = await tech.post<GeometryPreview>(`${base}/geometry/cancel`, {
      previewId: preview.body.id,
    });
    expect(cancelled.body.state).toBe('cancelled');
    expect(told.at(-1)?.type).toBe('geometry-preview-end');
    expect(region(await stored())).toBe('576x192+1344+0');
    const late = await tech.post<Refusal>(`${base}/geometry/apply`, { previewId: preview.body.id });
    expect(late.body.error).toMatchObject({ reason: 'preview_over', params: { state: 'cancelled' } });
  });

  it('refuses to apply a preview that has run out on the board', async () => {
    const preview = await tech.post<GeometryPreview>(`${base}/geometry/preview`, {
      width: 500,
      height: 100,
      offsetX: 0,
      offsetY: 0,
      seconds: 10,
    });
    now += 11_000;
    const late = await tech.post<Refusal>(`${base}/geometry/apply`, { previewId: preview.body.id });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ reason: 'preview_over', params: { state: 'expired' } });
    expect(region(await stored())).toBe('576x192+1344+0');
  });

  it('restores the region the last change replaced in one action (and a second restore undoes it)', async () => {
    const config = nextEvent<ScreenConfig>(player, 'config');
    const restored = await tech.post<ScreenGeometryState>(`${base}/geometry/restore`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(region(restored.body.current)).toBe('576x192+0+0');
    expect(region(await config)).toBe('576x192+0+0');
    expect(restored.body.changes.map((c) => [c.via, region(c.before), region(c.after)])).toEqual([
      ['restore', '576x192+1344+0', '576x192+0+0'],
      ['apply', '576x192+0+0', '576x192+1344+0'],
    ]);
    const back = await tech.post<ScreenGeometryState>(`${base}/geometry/restore`);
    expect(region(back.body.current)).toBe('576x192+1344+0');
    expect((await tech.post<ScreenGeometryState>(`${base}/geometry/restore`)).status).toBe(200);
  });

  it('audits every step, for the screen’s gate', async () => {
    const audit = await server.api.get<{ items: { action: string; entityId: string }[] }>(
      '/api/v1/audit?limit=100',
    );
    const actions = audit.body.items.filter((e) => e.entityId === board.id).map((e) => e.action);
    for (const action of [
      'screen.geometry.preview',
      'screen.geometry.apply',
      'screen.geometry.cancel',
      'screen.geometry.restore',
    ])
      expect(actions).toContain(action);
  });

  it('refuses a preview no player showed, a bad region, and whoever may not edit the screen', async () => {
    playerDoes = false;
    const unseen = await tech.post<Refusal>(`${base}/geometry/preview`, {
      width: 500,
      height: 100,
      offsetX: 0,
      offsetY: 0,
    });
    expect(unseen.status).toBe(409);
    expect(unseen.body.error.reason).toBe('player_not_connected');
    expect((await state()).preview).toBeNull();
    playerDoes = true;

    const bad = await tech.post<Refusal>(`${base}/geometry/preview`, {
      width: 8,
      height: 100,
      offsetX: 0,
      offsetY: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.path).toBe('/width');

    const viewer = await server.api.newUser('nguoi-xem', ['viewer'], { global: true }, 'người xem bảng 2026');
    expect((await viewer.get(`${base}/geometry`)).status).toBe(200);
    expect((await viewer.post(`${base}/geometry/restore`)).status).toBe(403);
    const elsewhere = await server.api.newUser(
      'ky-thuat-tinh-bien',
      ['technician'],
      { gates: [otherGate.id] },
      'kỹ thuật tịnh biên 2026',
    );
    expect((await elsewhere.get(`${base}/geometry`)).status).toBe(404);
    expect((await elsewhere.post(`${base}/geometry/restore`)).status).toBe(404);
    const before = told.length;
    expect(
      (await elsewhere.post(`${base}/geometry/preview`, { width: 100, height: 100, offsetX: 0, offsetY: 0 }))
        .status,
    ).toBe(404);
    expect(told.length).toBe(before);

    const never = await tech.post<Refusal>(`/api/v1/screens/${spare.id}/geometry/restore`);
    expect(never.status).toBe(409);
    expect(never.body.error.reason).toBe('no_previous_geometry');
  });
});
