import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../schemas/types.ts';
import type { Message, Playlist } from '../../server/domain/entities.ts';
import { factory } from '../support/factory.ts';
import { type Api, type ApiReply, startTestServer, type TestServer } from '../support/server.ts';

// Contract C: messages and playlists belong to a gate, a province or the nation. The seed puts each gate's
// content with its gate, so an editor scoped to Lệ Thanh maintains Lệ Thanh's and nobody else's; a
// province's content is maintained by editors of the province.
interface ErrorBody {
  error: ApiError;
}

const password = 'nội dung thuộc về cửa khẩu 2026';

/** Submits a draft for review, acknowledging the languages it lacks when the server names them. */
async function submit(api: Api, noun: 'messages' | 'playlists', id: string): Promise<ApiReply> {
  const first = await api.post<ErrorBody>(`/api/v1/${noun}/${id}/submit`, {});
  if (first.status === 400 && first.body.error.reason === 'missing_translations') {
    const languages = first.body.error.params?.languages;
    return api.post(`/api/v1/${noun}/${id}/submit`, { acknowledgedMissing: languages });
  }
  return first;
}

describe('content belongs to its gate, its province or the nation (Contract C)', () => {
  let server: TestServer;
  let leThanh: Api;
  let giaLai: Api;
  let anGiang: Api;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seedDemo: true });
    leThanh = await server.api.newUser('bien-tap-le-thanh', ['editor'], { gates: ['le-thanh'] }, password);
    giaLai = await server.api.newUser('bien-tap-gia-lai', ['editor'], { provinces: ['Gia Lai'] }, password);
    anGiang = await server.api.newUser(
      'bien-tap-an-giang',
      ['editor'],
      { provinces: ['An Giang'] },
      password,
    );
  });
  afterAll(async () => {
    await server.stop();
  });

  it('seeds each gate’s messages and playlists with their gate, and a few national ones', async () => {
    const messages = (await server.api.get<{ items: Message[] }>('/api/v1/messages?limit=500')).body.items;
    expect(messages.find((m) => m.id === 'le-thanh-hours')?.gateId).toBe('le-thanh');
    expect(messages.find((m) => m.id === 'tinh-bien-hours')?.gateId).toBe('tinh-bien');
    expect(messages.filter((m) => !m.gateId && !m.province).length).toBeGreaterThan(0);
    const playlists = (await server.api.get<{ items: Playlist[] }>('/api/v1/playlists?limit=500')).body.items;
    expect(playlists.find((p) => p.id === 'le-thanh-main')?.gateId).toBe('le-thanh');
    // An editor of Lệ Thanh sees Lệ Thanh's and the national ones, not Tịnh Biên's.
    const seen = (await leThanh.get<{ items: Message[] }>('/api/v1/messages?limit=500')).body.items.map(
      (m) => m.id,
    );
    expect(seen).toContain('le-thanh-hours');
    expect(seen).not.toContain('tinh-bien-hours');
  });

  it('lets an editor scoped to Lệ Thanh edit and resubmit a seeded Lệ Thanh message and playlist', async () => {
    const message = (await leThanh.get<Message>('/api/v1/messages/le-thanh-hours')).body;
    const { id: _m, createdAt: _mc, updatedAt: _mu, ...messageInput } = message;
    const edited = await leThanh.put<Message>('/api/v1/messages/le-thanh-hours', {
      ...messageInput,
      name: 'Lệ Thanh – Giờ làm việc (mùa mưa)',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.gateId).toBe('le-thanh');
    const submitted = await submit(leThanh, 'messages', 'le-thanh-hours');
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    const playlist = (await leThanh.get<Playlist>('/api/v1/playlists/le-thanh-morning')).body;
    const { id: _p, createdAt: _pc, updatedAt: _pu, ...playlistInput } = playlist;
    const reordered = await leThanh.put<Playlist>('/api/v1/playlists/le-thanh-morning', {
      ...playlistInput,
      items: [...playlist.items].reverse(),
    });
    expect(reordered.status, JSON.stringify(reordered.body)).toBe(200);
    expect((await submit(leThanh, 'playlists', 'le-thanh-morning')).status).toBe(200);
  });

  it('refuses the Lệ Thanh editor Tịnh Biên’s message and playlist, and changes nothing', async () => {
    const before = (await server.api.get<Message>('/api/v1/messages/tinh-bien-hours')).body;
    const { id: _i, createdAt: _c, updatedAt: _u, ...input } = before;
    const edit = await leThanh.put<ErrorBody>('/api/v1/messages/tinh-bien-hours', { ...input, name: 'Đổi' });
    expect([403, 404]).toContain(edit.status);
    if (edit.status === 403) expect(edit.body.error.reason).toBe('outside_scope');
    const playlist = (await server.api.get<Playlist>('/api/v1/playlists/tinh-bien-main')).body;
    const { id: _pi, createdAt: _pc, updatedAt: _pu, ...playlistInput } = playlist;
    const pEdit = await leThanh.put<ErrorBody>('/api/v1/playlists/tinh-bien-main', {
      ...playlistInput,
      name: 'Đổi',
    });
    expect([403, 404]).toContain(pEdit.status);
    expect((await server.api.get<Message>('/api/v1/messages/tinh-bien-hours')).body).toEqual(before);
    expect((await server.api.get<Playlist>('/api/v1/playlists/tinh-bien-main')).body).toEqual(playlist);
    // Nor can they take Tịnh Biên's message into a Lệ Thanh playlist: it does not exist for them.
    const include = await leThanh.post<ErrorBody>(
      '/api/v1/playlists',
      factory.playlist(['tinh-bien-hours'], { gateId: 'le-thanh' }),
    );
    expect(include.status).toBe(400);
    expect(include.body.error.reason).toBe('unknown_reference');
  });

  it('lets an editor of the province maintain a province’s message, not an editor of another province or of one gate', async () => {
    const message = factory.message({ name: 'Gia Lai – Mùa mưa bão', province: 'Gia Lai' });
    const created = await giaLai.post<Message>('/api/v1/messages', message);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.province).toBe('Gia Lai');
    const renamed = await giaLai.put<Message>(`/api/v1/messages/${message.id}`, {
      ...message,
      name: 'Gia Lai – Bão',
    });
    expect(renamed.status).toBe(200);

    const other = await anGiang.put<ErrorBody>(`/api/v1/messages/${message.id}`, { ...message, name: 'Đổi' });
    expect(other.status).toBe(404);
    const gateOnly = await leThanh.put<ErrorBody>(`/api/v1/messages/${message.id}`, {
      ...message,
      name: 'Đổi',
    });
    expect(gateOnly.status).toBe(403);
    expect(gateOnly.body.error.reason).toBe('outside_scope');
    expect(gateOnly.body.error.path).toBe('/province');
    expect((await server.api.get<Message>(`/api/v1/messages/${message.id}`)).body.name).toBe('Gia Lai – Bão');
    // Nor may the province's only gate submit it for approval: submitting is editing's rule.
    const submitted = await leThanh.post<ErrorBody>(`/api/v1/messages/${message.id}/submit`, {});
    expect(submitted.status).toBe(403);
    expect(submitted.body.error.reason).toBe('outside_scope');
    const state = await server.api.get<{ state: string }>(`/api/v1/messages/${message.id}/approval`);
    expect(state.body.state).toBe('draft');

    // An editor of An Giang cannot create one for Gia Lai either: the province does not exist for them.
    const foreign = await anGiang.post<ErrorBody>(
      '/api/v1/messages',
      factory.message({ province: 'Gia Lai' }),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.reason).toBe('unknown_reference');
    expect(foreign.body.error.path).toBe('/province');
  });

  it('refuses an owner that is both a gate and a province (gate_or_province), storing nothing', async () => {
    const message = factory.message({ gateId: 'le-thanh', province: 'Gia Lai' });
    const res = await server.api.post<ErrorBody>('/api/v1/messages', message);
    expect(res.status).toBe(400);
    expect(res.body.error.reason).toBe('gate_or_province');
    expect(res.body.error.path).toBe('/province');
    expect((await server.api.get(`/api/v1/messages/${message.id}`)).status).toBe(404);
  });

  it('lets a playlist include only messages its screens may show (outside_scope at the item)', async () => {
    const province = factory.message({ name: 'Gia Lai – chung', province: 'Gia Lai' });
    expect((await server.api.post('/api/v1/messages', province)).status).toBe(201);
    // A Lệ Thanh playlist takes its gate's, its province's and national messages.
    const ok = factory.playlist(['le-thanh-hours', province.id!, 'le-thanh-health'], { gateId: 'le-thanh' });
    const created = await server.api.post<ErrorBody>('/api/v1/playlists', ok);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // A Tịnh Biên playlist takes neither Lệ Thanh's message nor Gia Lai's.
    for (const [i, messageId] of [
      [1, 'le-thanh-hours'],
      [1, province.id!],
    ] as const) {
      const bad = factory.playlist(['tinh-bien-hours', messageId], { gateId: 'tinh-bien' });
      const res = await server.api.post<ErrorBody>('/api/v1/playlists', bad);
      expect(res.status).toBe(400);
      expect(res.body.error.reason).toBe('outside_scope');
      expect(res.body.error.path).toBe(`/items/${i}/messageId`);
      expect((await server.api.get(`/api/v1/playlists/${bad.id}`)).status).toBe(404);
    }
    // A province's playlist takes the province's and national messages, not one gate's.
    const byProvince = factory.playlist([province.id!, 'le-thanh-hours'], { province: 'Gia Lai' });
    const refused = await server.api.post<ErrorBody>('/api/v1/playlists', byProvince);
    expect(refused.status).toBe(400);
    expect(refused.body.error.path).toBe('/items/1/messageId');
    const accepted = await server.api.post('/api/v1/playlists', {
      ...byProvince,
      items: byProvince.items.slice(0, 1),
    });
    expect(accepted.status).toBe(201);
  });

  it('keeps a gate while messages still belong to it (in_use), and lets it go once they are gone', async () => {
    const gate = factory.gate({ name: 'Cửa khẩu Bờ Y', province: 'Kon Tum' });
    const message = factory.message({ gateId: gate.id! });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/messages', message)).status).toBe(201);
    const refused = await server.api.delete<ErrorBody>(`/api/v1/gates/${gate.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toBe('in_use');
    expect(refused.body.error.params).toEqual({ by: 'message', ids: [message.id] });
    expect((await server.api.get(`/api/v1/gates/${gate.id}`)).status).toBe(200);
    expect((await server.api.delete(`/api/v1/messages/${message.id}`)).status).toBe(204);
    expect((await server.api.delete(`/api/v1/gates/${gate.id}`)).status).toBe(204);
  });
});
