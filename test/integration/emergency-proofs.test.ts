// The proof that an emergency reached the board: each screen's own player sends one screenshot of it, and
// the people who may see the emergency find it listed with the emergency and can open the picture.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceTokenCreated, Emergency, EmergencyProof } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { pngBomb, solidPng } from '../support/media.ts';
import { ADMIN_TOKEN, dialects, startTestServer, type Api, type TestServer } from '../support/server.ts';

const password = 'bằng chứng khẩn cấp 2026';
const variants = {
  vi: { title: 'Cảnh báo lũ quét', body: 'Tạm dừng xuất nhập cảnh, di chuyển lên vùng cao.' },
  en: { title: 'Flash flood warning', body: 'Crossings suspended; move to higher ground.' },
};

describe.each(dialects)('emergency proof screenshots (%s)', (dialect) => {
  let server: TestServer;
  let approver: Api;
  let outsider: Api;
  // Gate 1: one screen that shows drills, one that does not; gate 2 in another province.
  const gate = factory.gate({ province: 'Gia Lai', emergencyPolicy: 'second-approval' });
  const other = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const drills = factory.screen(gate.id!, { width: 800, height: 500, exercises: true });
  const plain = factory.screen(gate.id!, { width: 640, height: 360 });
  const elsewhere = factory.screen(other.id!);
  const tokens = new Map<string, string>();

  /** Sends an emergency to gate 1 and has a second approver put it on the screens; a drill if asked. */
  async function live(exercise = false): Promise<string> {
    const sent = await server.api.post<Emergency>('/api/v1/emergencies', {
      variants,
      targets: { gates: [gate.id] },
      ttlMinutes: 30,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.state).toBe('pending');
    // No public way makes a drill yet but a CAP alert: mark the stored one while it waits.
    if (exercise) {
      await server.app.db
        .updateTable('emergencies')
        .set({ data: JSON.stringify({ ...sent.body, exercise: true }) })
        .where('id', '=', sent.body.id)
        .execute();
    }
    const approved = await approver.post<Emergency>(`/api/v1/emergencies/${sent.body.id}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    return sent.body.id;
  }

  /** A POST of these bytes to a screen's proof address, as the holder of `token`. */
  function upload(screenId: string, emergencyId: string, body: Buffer, token: string, type = 'image/png') {
    return fetch(`${server.url}/api/v1/screens/${screenId}/emergency-proofs?emergency=${emergencyId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: new Uint8Array(body),
    });
  }

  const proofsOf = async (api: Api, id: string) =>
    (await api.get<Emergency>(`/api/v1/emergencies/${id}`)).body;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    for (const g of [gate, other]) expect((await server.api.post('/api/v1/gates', g)).status).toBe(201);
    for (const s of [drills, plain, elsewhere]) {
      expect((await server.api.post('/api/v1/screens', s)).status).toBe(201);
      const made = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${s.id}/tokens`, {});
      tokens.set(s.id!, made.body.token);
    }
    approver = await server.api.newUser('proof-approver', ['approver'], { global: true }, password);
    outsider = await server.api.newUser('proof-outsider', ['viewer'], { provinces: ['An Giang'] }, password);
  });
  afterAll(async () => {
    await server.stop();
  });

  it("stores the screen's own screenshot, lists it with the emergency and answers the PNG to its readers", async () => {
    const id = await live();
    const png = await solidPng(800, 500, '#d0021b');
    const res = await upload(drills.id!, id, png, tokens.get(drills.id!)!);
    expect(res.status).toBe(201);
    const proof = (await res.json()) as EmergencyProof;
    expect(proof).toMatchObject({
      screenId: drills.id,
      imageUrl: `/api/v1/emergencies/${id}/proofs/${drills.id}`,
    });

    const emergency = await proofsOf(server.api, id);
    expect(emergency.proofs).toEqual([proof]);
    const viewer = await server.api.newUser('proof-viewer', ['viewer'], { provinces: ['Gia Lai'] }, password);
    const picture = await fetch(server.url + proof.imageUrl, { headers: { cookie: viewer.sessionCookie! } });
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await picture.arrayBuffer()).equals(png)).toBe(true);

    // Someone who cannot see the emergency sees neither it nor its picture.
    expect((await outsider.get(`/api/v1/emergencies/${id}`)).status).toBe(404);
    expect((await outsider.get(proof.imageUrl)).status).toBe(404);
    // A screen that sent nothing has no picture.
    expect((await server.api.get(`/api/v1/emergencies/${id}/proofs/${plain.id}`)).status).toBe(404);
  });

  it('takes one proof per screen: a second upload is refused and the first picture kept', async () => {
    const id = await live();
    const first = await solidPng(640, 360, '#000000');
    expect((await upload(plain.id!, id, first, tokens.get(plain.id!)!)).status).toBe(201);
    const again = await upload(plain.id!, id, await solidPng(640, 360, '#ffffff'), tokens.get(plain.id!)!);
    expect(again.status).toBe(409);
    const bytes = await fetch(`${server.url}/api/v1/emergencies/${id}/proofs/${plain.id}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(Buffer.from(await bytes.arrayBuffer()).equals(first)).toBe(true);
    expect((await proofsOf(server.api, id)).proofs?.map((p) => p.screenId)).toEqual([plain.id]);
  });

  it("refuses another screen's player, an operator, and a screen the emergency does not reach", async () => {
    const id = await live();
    const png = await solidPng(800, 500, '#d0021b');
    // A player of another screen, for this screen or for its own (which the emergency does not reach).
    expect((await upload(drills.id!, id, png, tokens.get(elsewhere.id!)!)).status).toBe(403);
    expect((await upload(elsewhere.id!, id, png, tokens.get(elsewhere.id!)!)).status).toBe(404);
    // A signed-in operator, even an admin with a session or a token, never sends a proof.
    const session = await server.api.newUser('proof-admin', ['admin'], { global: true }, password);
    const asSession = await session.request(
      'POST',
      `/api/v1/screens/${drills.id}/emergency-proofs?emergency=${id}`,
      'x',
      {
        'content-type': 'image/png',
      },
    );
    expect(asSession.status).toBe(403);
    expect((await upload(drills.id!, id, png, ADMIN_TOKEN)).status).toBe(403);
    // An emergency still waiting for its second approver was on no screen.
    const waiting = await server.api.post<Emergency>('/api/v1/emergencies', {
      variants,
      targets: { gates: [gate.id] },
      ttlMinutes: 30,
    });
    expect((await upload(drills.id!, waiting.body.id, png, tokens.get(drills.id!)!)).status).toBe(404);
    expect((await proofsOf(server.api, id)).proofs).toEqual([]);
  });

  it('refuses what is not a plausible PNG, and stores nothing', async () => {
    const id = await live();
    const token = tokens.get(drills.id!)!;
    const garbage = Buffer.from('this is not a picture of the board at all');
    expect((await upload(drills.id!, id, garbage, token)).status).toBe(400);
    const jpeg = await sharp({ create: { width: 80, height: 50, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    expect((await upload(drills.id!, id, jpeg, token)).status).toBe(400);
    expect((await upload(drills.id!, id, jpeg, token, 'image/jpeg')).status).toBe(400);
    expect((await upload(drills.id!, id, pngBomb(20_000, 8), token)).status).toBe(400);
    expect((await proofsOf(server.api, id)).proofs).toEqual([]);
    // After all those refusals the real one is still taken.
    expect((await upload(drills.id!, id, await solidPng(800, 500, '#123456'), token)).status).toBe(201);
  });

  it('takes the proof of a drill only from a screen that shows drills', async () => {
    const id = await live(true);
    const emergency = await proofsOf(server.api, id);
    expect(emergency.exercise).toBe(true);
    expect(emergency.screenIds).toEqual([drills.id]);
    const png = await solidPng(640, 360, '#000000');
    expect((await upload(plain.id!, id, png, tokens.get(plain.id!)!)).status).toBe(404);
    expect(
      (await upload(drills.id!, id, await solidPng(800, 500, '#000'), tokens.get(drills.id!)!)).status,
    ).toBe(201);
    expect((await proofsOf(server.api, id)).proofs?.map((p) => p.screenId)).toEqual([drills.id]);
  });
});
