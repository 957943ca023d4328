// Holes 1–5, 7, 8 and 14 of the second security round, attacked black-box over HTTP: what a province's
// admin, an editor or a stranger could do before, and must not be able to do now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { solidPng, uploadAs } from '../support/media.ts';
import { ADMIN_PASSWORD, Api, startTestServer, type TestServer } from '../support/server.ts';

type Reply = { error?: ApiError };
type Page<T> = { items: T[] };
interface AuditItem {
  action: string;
  entityId: string | null;
  actor: { name: string };
}

const password = 'an toàn biên giới 2026';

/** A client that says it comes from `ip` (the controller trusts one proxy in these tests). */
function from(server: TestServer, ip: string): Api {
  const api = new Api(server.url, undefined);
  const request = api.request.bind(api);
  api.request = (method, path, body, headers) =>
    request(method, path, body, { 'x-forwarded-for': ip, ...headers });
  return api;
}

describe('security round 2: scope and trust, attacked from outside', () => {
  let server: TestServer;
  let root: Api; // the national admin, signed in as a person
  let provinceAdmin: Api; // an admin of An Giang only
  const anGiang = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const giaLai = factory.gate({ name: 'Cửa khẩu Lệ Thanh', province: 'Gia Lai' });
  const anGiangLed = factory.screen(anGiang.id!);
  const giaLaiLed = factory.screen(giaLai.id!);

  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { TRUST_PROXY: '1' } });
    for (const [path, body] of [
      ['/api/v1/gates', anGiang],
      ['/api/v1/gates', giaLai],
      ['/api/v1/screens', anGiangLed],
      ['/api/v1/screens', giaLaiLed],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
    root = new Api(server.url, undefined);
    expect((await root.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    provinceAdmin = await server.api.newUser(
      'admin-an-giang',
      ['admin'],
      { provinces: ['An Giang'] },
      password,
    );
  });
  afterAll(async () => {
    await server.stop();
  });

  describe('1. a province admin stays in its province', () => {
    it('cannot create a national admin, nor grant another province', async () => {
      const national = await provinceAdmin.post<Reply>('/api/v1/users', {
        username: 'sneaky-national',
        displayName: 'x',
        roles: ['admin'],
        scope: { global: true },
        password,
      });
      expect(national.status).toBe(403);
      expect(national.body.error?.path).toBe('/scope');
      const otherProvince = await provinceAdmin.post<Reply>('/api/v1/users', {
        username: 'sneaky-gia-lai',
        displayName: 'x',
        roles: ['editor'],
        scope: { provinces: ['Gia Lai'] },
        password,
      });
      expect(otherProvince.status).toBe(403);
      const own = await provinceAdmin.post('/api/v1/users', {
        username: 'an-giang-editor',
        displayName: 'Biên tập An Giang',
        roles: ['editor'],
        scope: { gates: [anGiang.id] },
        password,
      });
      expect(own.status).toBe(201);
      const users = await root.get<Page<{ username: string }>>('/api/v1/users');
      expect(users.body.items.map((u) => u.username)).not.toContain('sneaky-national');
      expect(users.body.items.map((u) => u.username)).not.toContain('sneaky-gia-lai');
    });

    it('cannot see, reset or sign in as the national admin, nor widen its own scope', async () => {
      const users = await provinceAdmin.get<Page<{ id: string; username: string }>>('/api/v1/users');
      expect(users.status).toBe(200);
      const names = users.body.items.map((u) => u.username);
      expect(names).not.toContain('admin');
      expect(names).toContain('admin-an-giang');
      const all = await root.get<Page<{ id: string; username: string }>>('/api/v1/users');
      const nationalAdmin = all.body.items.find((u) => u.username === 'admin')!;
      const self = all.body.items.find((u) => u.username === 'admin-an-giang')!;
      const reset = await provinceAdmin.put(`/api/v1/users/${nationalAdmin.id}`, {
        username: 'admin',
        displayName: 'Quản trị viên',
        roles: ['admin'],
        scope: { global: true },
        password: 'mật khẩu của kẻ tấn công 1',
      });
      expect([403, 404]).toContain(reset.status);
      expect((await new Api(server.url, undefined).login('admin', 'mật khẩu của kẻ tấn công 1')).status).toBe(
        401,
      );
      expect((await new Api(server.url, undefined).login('admin', ADMIN_PASSWORD)).status).toBe(200);
      expect((await provinceAdmin.delete(`/api/v1/users/${nationalAdmin.id}/totp`)).status).toBe(404);
      const widen = await provinceAdmin.put<Reply>(`/api/v1/users/${self.id}`, {
        username: 'admin-an-giang',
        displayName: 'x',
        roles: ['admin'],
        scope: { global: true },
      });
      expect(widen.status).toBe(403);
    });

    it("lists and revokes only its province's tokens", async () => {
      const national = await root.post<{ id: string; token: string }>('/api/v1/tokens', {
        label: 'national automation',
        roles: ['viewer'],
        scope: { global: true },
      });
      const giaLaiBot = await root.post<{ id: string; token: string }>('/api/v1/tokens', {
        label: 'Gia Lai automation',
        roles: ['viewer'],
        scope: { provinces: ['Gia Lai'] },
      });
      const own = await provinceAdmin.post<{ id: string }>('/api/v1/tokens', {
        label: 'An Giang automation',
        roles: ['viewer'],
        scope: { provinces: ['An Giang'] },
      });
      expect(own.status).toBe(201);
      const listed = await provinceAdmin.get<Page<{ id: string }>>('/api/v1/tokens');
      const ids = listed.body.items.map((t) => t.id);
      expect(ids).toContain(own.body.id);
      expect(ids).not.toContain(national.body.id);
      expect(ids).not.toContain(giaLaiBot.body.id);
      for (const victim of [national.body, giaLaiBot.body]) {
        expect((await provinceAdmin.delete(`/api/v1/tokens/${victim.id}`)).status).toBe(404);
        expect((await new Api(server.url, victim.token).get('/api/v1/gates')).status).toBe(200);
      }
    });

    it('reads only the audit entries about its own province', async () => {
      const log = await provinceAdmin.get<Page<AuditItem>>('/api/v1/audit?limit=500');
      expect(log.status).toBe(200);
      const actions = log.body.items.map((e) => `${e.action} ${e.entityId ?? ''}`);
      // Its own province's gate, and the people and tokens of An Giang, are there.
      expect(actions).toContain(`gate.create ${anGiang.id}`);
      expect(log.body.items.some((e) => e.action === 'user.create')).toBe(true);
      // Nothing about Gia Lai, the national admin's sign-ins, or national tokens.
      expect(actions).not.toContain(`gate.create ${giaLai.id}`);
      expect(actions).not.toContain(`screen.create ${giaLaiLed.id}`);
      expect(log.body.items.filter((e) => e.action === 'auth.login' && e.actor.name === 'admin')).toEqual([]);
      const csv = await provinceAdmin.get<string>('/api/v1/audit/export.csv');
      expect(csv.body).toContain(anGiang.id);
      expect(csv.body).not.toContain(giaLai.id);
      const everything = await root.get<Page<AuditItem>>('/api/v1/audit?limit=500');
      expect(everything.body.items.length).toBeGreaterThan(log.body.items.length);
    });
  });

  describe('2. the two-person rule counts people, not credentials', () => {
    it("refuses an approval by a token the editor minted, and an emergency's second approval by the sender's token", async () => {
      const message = await root.post<{ id: string }>(
        '/api/v1/messages',
        factory.message({ gateId: anGiang.id! }),
      );
      expect(message.status).toBe(201);
      expect((await root.post(`/api/v1/messages/${message.body.id}/submit`)).status).toBe(200);
      const minted = await root.post<{ token: string }>('/api/v1/tokens', {
        label: 'my own approver',
        roles: ['approver'],
        scope: { global: true },
      });
      const myToken = new Api(server.url, minted.body.token);
      const approved = await myToken.post<Reply>(`/api/v1/messages/${message.body.id}/approve`);
      expect(approved.status).toBe(403);
      const state = await root.get<{ state: string }>(`/api/v1/messages/${message.body.id}/approval`);
      expect(state.body.state).toBe('submitted');
      // A different person may.
      const colleague = await server.api.newUser('approver-two', ['approver'], { global: true }, password);
      expect((await colleague.post(`/api/v1/messages/${message.body.id}/approve`)).status).toBe(200);

      const sent = await root.post<{ id: string; state: string }>('/api/v1/emergencies', {
        variants: { vi: { title: 'Tạm dừng xuất nhập cảnh' } },
        targets: { gates: [anGiang.id] },
        ttlMinutes: 10,
      });
      expect(sent.body.state).toBe('pending');
      expect((await myToken.post(`/api/v1/emergencies/${sent.body.id}/approve`)).status).toBe(403);
      expect((await colleague.post(`/api/v1/emergencies/${sent.body.id}/approve`)).status).toBe(200);
    });
  });

  describe('3. a stale or forged session cookie is no session', () => {
    it('still answers health, the shells and sign-in, and clears the cookie', async () => {
      const forged = { cookie: 'gatecast_session=forged-or-expired-session-value' };
      const health = await fetch(`${server.url}/healthz`, { headers: forged });
      expect(health.status).toBe(200);
      expect(health.headers.get('set-cookie')).toMatch(/gatecast_session=;.*Max-Age=0/i);
      expect((await fetch(`${server.url}/console/`, { headers: forged })).status).toBe(200);
      expect((await fetch(`${server.url}/player/`, { headers: forged })).status).toBe(200);
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { ...forged, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      });
      expect(login.status).toBe(200);
      // A route that needs a person answers as for anyone anonymous.
      expect((await fetch(`${server.url}/api/v1/gates`, { headers: forged })).status).toBe(401);
    });
  });

  describe('4. guessing is throttled per name and address, with no lock a stranger can set', () => {
    it('counts parallel wrong passwords atomically and answers unknown names the same way', async () => {
      await server.api.newUser('guard-on-duty', ['viewer'], { gates: [anGiang.id] }, password);
      const attacker = from(server, '203.0.113.7');
      const guesses = (name: string) =>
        Promise.all(Array.from({ length: 9 }, (_, i) => attacker.login(name, `đoán sai lần ${i} nhé`)));
      const real = (await guesses('guard-on-duty')).map((r) => r.status).sort();
      const unknown = (await guesses('no-such-person')).map((r) => r.status).sort();
      expect(real).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429]);
      expect(unknown).toEqual(real);
      // The attacker's address is throttled even with the right password…
      expect((await attacker.login('guard-on-duty', password)).status).toBe(429);
      // …but the person, from their own address, signs in at once: the stranger locked nobody out.
      expect((await from(server, '198.51.100.20').login('guard-on-duty', password)).status).toBe(200);
    });
  });

  describe('5. a stolen session cannot guess its own password', () => {
    it('limits wrong current passwords across password change and second-factor enrolment', async () => {
      const stolen = await server.api.newUser(
        'stolen-session',
        ['viewer'],
        { gates: [anGiang.id] },
        password,
      );
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (
            await stolen.post('/api/v1/auth/password', {
              currentPassword: `đoán ${i} sai rồi`,
              newPassword: 'x'.repeat(20),
            })
          ).status,
        );
      for (let i = 0; i < 4; i++)
        statuses.push((await stolen.post('/api/v1/auth/totp', { password: `đoán lần ${i} nữa` })).status);
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
      // The right password is refused too until the window passes: guessing gains nothing.
      expect((await stolen.post('/api/v1/auth/totp', { password })).status).toBe(429);
    });
  });

  describe('7. references stay within what the caller may read', () => {
    it("answers another province's message and gate as if they did not exist, and pins nothing of theirs", async () => {
      const giaLaiMessage = await server.api.post<{ id: string }>(
        '/api/v1/messages',
        factory.message({ gateId: giaLai.id! }),
      );
      const editor = await server.api.newUser(
        'ag-editor-7',
        ['editor'],
        { provinces: ['An Giang'] },
        password,
      );
      const theirs = await editor.post<Reply>(
        '/api/v1/playlists',
        factory.playlist([giaLaiMessage.body.id], { gateId: anGiang.id! }),
      );
      const missing = await editor.post<Reply>(
        '/api/v1/playlists',
        factory.playlist(['no-such-message'], { gateId: anGiang.id! }),
      );
      expect(theirs.status).toBe(400);
      expect(theirs.body.error?.code).toBe('unknown_reference');
      expect(theirs.body.error?.code).toBe(missing.body.error?.code);
      expect(theirs.body.error?.path).toBe(missing.body.error?.path);
      // Emergencies and blackouts name gates and screens the same way.
      const approver = await server.api.newUser(
        'ag-approver-7',
        ['approver'],
        { provinces: ['An Giang'] },
        password,
      );
      const aim = (gates: string[]) =>
        approver.post<Reply>('/api/v1/emergencies', {
          variants: { vi: { title: 'Lũ' } },
          targets: { gates },
          ttlMinutes: 5,
        });
      const otherGate = await aim([giaLai.id!]);
      const noGate = await aim(['no-such-gate']);
      expect(otherGate.status).toBe(400);
      expect(otherGate.body.error?.code).toBe('unknown_reference');
      expect(otherGate.body.error?.message.replace(giaLai.id!, '?')).toBe(
        noGate.body.error?.message.replace('no-such-gate', '?'),
      );
      // The owners can still delete their message: nothing of ours names it.
      expect((await server.api.delete(`/api/v1/messages/${giaLaiMessage.body.id}`)).status).toBe(204);
    });

    it("keeps a province's group schedule off another province's tagged screens", async () => {
      const giaLaiEditor = await server.api.newUser(
        'gl-editor-7',
        ['editor'],
        { provinces: ['Gia Lai'] },
        password,
      );
      const message = await giaLaiEditor.post<{ id: string }>(
        '/api/v1/messages',
        factory.message({ gateId: giaLai.id! }),
      );
      const playlist = await giaLaiEditor.post<{ id: string }>(
        '/api/v1/playlists',
        factory.playlist([message.body.id], { gateId: giaLai.id! }),
      );
      const schedule = factory.schedule(playlist.body.id, { groups: ['kiosks-7'] });
      expect((await giaLaiEditor.post('/api/v1/schedules', schedule)).status).toBe(201);
      // A technician of An Giang tags an An Giang screen with the same group.
      const tech = await server.api.newUser(
        'ag-tech-7',
        ['technician'],
        { provinces: ['An Giang'] },
        password,
      );
      expect(
        (await tech.put(`/api/v1/screens/${anGiangLed.id}`, { ...anGiangLed, groups: ['kiosks-7'] })).status,
      ).toBe(200);
      // The schedule did not come into An Giang's view, and its owners can still change it.
      expect((await tech.get(`/api/v1/schedules/${schedule.id}`)).status).toBe(404);
      expect(
        (await giaLaiEditor.put(`/api/v1/schedules/${schedule.id}`, { ...schedule, priority: 3 })).status,
      ).toBe(200);
    });
  });

  describe('8. assets belong to the scope that uploaded them', () => {
    it("refuses another province's rename, retag and delete", async () => {
      const giaLaiEditor = await server.api.newUser(
        'gl-editor-8',
        ['editor'],
        { provinces: ['Gia Lai'] },
        password,
      );
      const upload = await uploadAs(server, giaLaiEditor, 'bản đồ', await solidPng(64, 32, '#204080'));
      expect(upload.status).toBe(201);
      const id = upload.body.id;
      const other = await server.api.newUser(
        'ag-editor-8',
        ['editor'],
        { provinces: ['An Giang'] },
        password,
      );
      expect((await other.get(`/api/v1/assets/${id}`)).status).toBe(200);
      expect((await other.put(`/api/v1/assets/${id}`, { name: 'đổi tên', tags: ['x'] })).status).toBe(403);
      expect((await other.delete(`/api/v1/assets/${id}`)).status).toBe(403);
      const after = await server.api.get<{ name: string; tags: string[] }>(`/api/v1/assets/${id}`);
      expect(after.body).toMatchObject({ name: upload.body.name, tags: [] });
      expect((await giaLaiEditor.put(`/api/v1/assets/${id}`, { name: 'bản đồ mới', tags: [] })).status).toBe(
        200,
      );
    });
  });

  describe('14. a gate stays in its province', () => {
    it("refuses a province admin's move of its gate into another province", async () => {
      const moved = await provinceAdmin.put<Reply>(`/api/v1/gates/${anGiang.id}`, {
        ...anGiang,
        province: 'Gia Lai',
      });
      expect(moved.status).toBe(403);
      expect(moved.body.error?.path).toBe('/province');
      const gate = await server.api.get<{ province: string }>(`/api/v1/gates/${anGiang.id}`);
      expect(gate.body.province).toBe('An Giang');
      expect(
        (await provinceAdmin.put(`/api/v1/gates/${anGiang.id}`, { ...anGiang, name: 'Tịnh Biên' })).status,
      ).toBe(200);
    });
  });
});
