import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DataSourceWithToken,
  DeviceTokenCreated,
  PlayerDataUpdate,
  StoredDataValue,
} from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import {
  connectPlayer,
  dialects,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

// Live values reach players as small `data` updates (docs/DATA.md, "On the board"): on connect everything
// of the sources reaching the screen's gate, then each value as it becomes current — to the screens of the
// gates the source reaches and no others; a held value only once approved; a removed source's values leave.

interface Board {
  socket: PlayerSocket;
  updates: PlayerDataUpdate[];
}

describe.each(dialects)('live values to players (%s)', (dialect) => {
  let server: TestServer;
  const leThanh = factory.gate({ name: 'Cửa khẩu Lệ Thanh', province: 'Gia Lai' });
  const tinhBien = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const boardA = factory.screen(leThanh.id!, { name: 'Bảng Lệ Thanh' });
  const boardB = factory.screen(tinhBien.id!, { name: 'Bảng Tịnh Biên' });
  const boards: Board[] = [];
  const t0 = Date.now() - 60_000;

  const connect = async (screenId: string): Promise<Board> => {
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screenId}/tokens`, {});
    const socket = connectPlayer(server.url, token.body.token);
    const board: Board = { socket, updates: [] };
    socket.on('data', (update) => board.updates.push(update));
    boards.push(board);
    await expect.poll(() => board.updates.length, { timeout: 5_000 }).toBe(1);
    return board;
  };
  const source = async (body: object) => {
    const made = await server.api.post<DataSourceWithToken>('/api/v1/data-sources', body);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return made.body;
  };
  const push = (token: string, values: object[]) =>
    fetch(`${server.url}/api/v1/data/values`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ values }),
    });
  const minutes = (value: number, observedAt: number) => ({
    path: 'queue.passengers.minutes',
    type: 'number',
    unit: 'minute',
    value,
    observedAt,
  });
  /** A value as it reaches a player: with its source's maximum age (both sources here: half an hour). */
  const sent = (value: number, observedAt: number) => ({
    ...minutes(value, observedAt),
    maxAgeSeconds: 1800,
  });
  const quiet = () => new Promise((resolve) => setTimeout(resolve, 300));

  beforeAll(async () => {
    server = await startTestServer(dialect);
    for (const body of [leThanh, tinhBien])
      expect((await server.api.post('/api/v1/gates', body)).status).toBe(201);
    for (const body of [boardA, boardB])
      expect((await server.api.post('/api/v1/screens', body)).status).toBe(201);
  });
  afterAll(async () => {
    for (const board of boards) board.socket.disconnect();
    await server.stop();
  });

  it('sends a pushed value to the screens of its gate only, as the player formats it', async () => {
    const lanes = await source({
      name: 'Hệ thống làn Lệ Thanh',
      kind: 'push',
      scope: { gates: [leThanh.id!] },
      maxAgeSeconds: 1800,
      boundPercent: 100,
    });
    const a = await connect(boardA.id!);
    const b = await connect(boardB.id!);
    expect(a.updates[0]).toEqual({ full: true, values: [] });
    expect((await push(lanes.token, [minutes(25, t0)])).status).toBe(200);
    await expect.poll(() => a.updates.length).toBe(2);
    // Only what a board draws: no state, source or receipt time.
    expect(a.updates[1]).toEqual({ full: false, values: [sent(25, t0)] });
    await quiet();
    expect(b.updates).toEqual([{ full: true, values: [] }]);

    // A late observation (older than the current one) is stored but sent to nobody.
    expect((await push(lanes.token, [minutes(40, t0 - 30_000)])).status).toBe(200);
    await quiet();
    expect(a.updates).toHaveLength(2);

    // A jump beyond the bound is held: nothing goes out until an approver lets it through.
    expect((await push(lanes.token, [minutes(90, t0 + 10_000)])).status).toBe(200);
    await quiet();
    expect(a.updates).toHaveLength(2);
    const held = await server.api.get<{ items: StoredDataValue[] }>('/api/v1/data-values?state=held');
    const jump = held.body.items.find((v) => v.value === 90);
    expect((await server.api.post(`/api/v1/data-values/${jump!.id}/approve`)).status).toBe(200);
    await expect.poll(() => a.updates.length).toBe(3);
    expect(a.updates[2]).toEqual({ full: false, values: [sent(90, t0 + 10_000)] });

    // A player connecting now gets the current value at once.
    const again = await connect(boardA.id!);
    expect(again.updates[0]).toEqual({ full: true, values: [sent(90, t0 + 10_000)] });
  });

  it('gives the newer observation when two sources send the same path, and takes a removed source’s values away', async () => {
    const spare = await source({
      name: 'Nhập tay Lệ Thanh',
      kind: 'push',
      scope: { provinces: ['Gia Lai'] },
      maxAgeSeconds: 1800,
    });
    expect((await push(spare.token, [minutes(15, t0 + 20_000)])).status).toBe(200);
    const a = await connect(boardA.id!);
    expect(a.updates[0]).toEqual({ full: true, values: [sent(15, t0 + 20_000)] });

    expect((await server.api.delete(`/api/v1/data-sources/${spare.source.id}`)).status).toBe(204);
    await expect.poll(() => a.updates.length).toBe(2);
    // Everything again: the first source's value, the removed one's gone.
    expect(a.updates[1]).toEqual({ full: true, values: [sent(90, t0 + 10_000)] });
  });

  it('refuses to submit a message whose field is malformed, naming the text; its draft is kept', async () => {
    const message = factory.message({
      gateId: leThanh.id!,
      variants: { vi: { title: 'Tỷ giá', body: 'Bán USD: {{rates.USD.sell' } },
    });
    expect((await server.api.post('/api/v1/messages', message)).status).toBe(201);
    const refused = await server.api.post<{ error: { path: string; reason: string; params: object } }>(
      `/api/v1/messages/${message.id}/submit`,
      { acknowledgedMissing: leThanh.languages.filter((l) => l !== 'vi') },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      path: '/variants/vi/body',
      reason: 'malformed_field',
      params: { problem: 'unclosed', at: 9 },
    });
    const approval = await server.api.get<{ state: string }>(`/api/v1/messages/${message.id}/approval`);
    expect(approval.body.state).toBe('draft');
    const fixed = { ...message, variants: { vi: { title: 'Tỷ giá', body: 'Bán USD: {{rates.USD.sell}}' } } };
    expect((await server.api.put(`/api/v1/messages/${message.id}`, fixed)).status).toBe(200);
    // Its other languages are left out knowingly: the field was the only thing in the way.
    const acknowledgedMissing = leThanh.languages.filter((l) => l !== 'vi');
    const submitted = await server.api.post(`/api/v1/messages/${message.id}/submit`, { acknowledgedMissing });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  });

  it("sends a screen moved to another gate that gate's values", async () => {
    const b = await connect(boardB.id!);
    const moved = await server.api.put(`/api/v1/screens/${boardB.id}`, { ...boardB, gateId: leThanh.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    await expect.poll(() => b.updates.length, { timeout: 5_000 }).toBe(2);
    expect(b.updates[1]).toEqual({ full: true, values: [sent(90, t0 + 10_000)] });
  });
});
