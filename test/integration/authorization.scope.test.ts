import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Blackout, DeviceTokenCreated, Emergency, ScreenConfig } from '../../schemas/types.ts';
import type { RouteRecord } from '../../server/http/route.table.ts';
import { capBytes, shiftSoSent } from '../support/cap.ts';
import { factory } from '../support/factory.ts';
import { solidPng } from '../support/media.ts';
import {
  ADMIN_TOKEN,
  Api,
  connectPlayer,
  nextEvent,
  startTestServer,
  type TestServer,
} from '../support/server.ts';

// The scope half of the authorisation matrix, generated from the route table: every route that names one
// entity of a gate, called by a user with every permission but scoped to another province, is refused
// (403, or 404 so that ids outside a scope are not even confirmed), and called in scope gets past scope.
// Prefixes whose ids are not gate-scoped are listed here; a new prefix must be classified or this fails.
const notGateScoped = [
  '/api/v1/users',
  '/api/v1/tokens',
  '/api/v1/assets',
  '/api/v1/auth',
  '/api/v1/audit',
  // A webhook has a scope of its own (never wider than its creator's): tested in webhooks.test.ts.
  '/api/v1/webhooks',
  '/media',
];

const password = 'phạm vi tỉnh biên giới 2026';

describe('authorisation matrix: scopes, generated from the route table', () => {
  let server: TestServer;
  // One approver sends its emergencies: the emergency is on the screens, and its proof can be sent.
  const giaLai = factory.gate({ province: 'Gia Lai', emergencyPolicy: 'single-approver' });
  const anGiang = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const screen = factory.screen(giaLai.id!);
  const message = factory.message({ gateId: giaLai.id! });
  const playlist = factory.playlist([message.id!], { gateId: giaLai.id! });
  const schedule = factory.schedule(playlist.id!, { gates: [giaLai.id!] });
  const ids: Record<string, string> = {};
  const documents: Record<string, object> = {
    gates: giaLai,
    screens: screen,
    messages: message,
    playlists: playlist,
    schedules: schedule,
    'alert-templates': { gateId: giaLai.id, event: 'Bão', lang: 'km', title: 'ព្យុះ {expires}' },
    'alert-sources': { name: 'Đài KTTV Gia Lai', kind: 'push', scope: { provinces: ['Gia Lai'] } },
    'data-sources': {
      name: 'Làn Lệ Thanh',
      kind: 'push',
      scope: { provinces: ['Gia Lai'] },
      maxAgeSeconds: 600,
    },
  };
  let outside: Api;
  let inside: Api;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const admin = server.api;
    for (const [path, body] of [
      ['/api/v1/gates', giaLai],
      ['/api/v1/gates', anGiang],
      ['/api/v1/screens', screen],
      ['/api/v1/messages', message],
      ['/api/v1/playlists', playlist],
      ['/api/v1/schedules', schedule],
    ] as const) {
      const res = await admin.post(path, body);
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(201);
    }
    const emergency = await admin.post<Emergency>('/api/v1/emergencies', {
      variants: { vi: { title: 'Thử nghiệm' } },
      targets: { gates: [giaLai.id] },
      ttlMinutes: 5,
    });
    const blackout = await admin.post<Blackout>('/api/v1/blackouts', {
      targets: { screens: [screen.id] },
      reason: 'thử phạm vi',
    });
    Object.assign(ids, {
      gates: giaLai.id,
      screens: screen.id,
      messages: message.id,
      playlists: playlist.id,
      schedules: schedule.id,
      emergencies: emergency.body.id,
      blackouts: blackout.body.id,
    });
    // A Khmer template of Gia Lai's gate; an alert source of Gia Lai, and a typhoon it sent (its circle holds
    // both gates; the source's scope keeps it to Gia Lai's).
    const template = await admin.post<{ id: string }>(
      '/api/v1/alert-templates',
      documents['alert-templates'],
    );
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const source = await admin.post<{ source: { id: string }; token: string }>(
      '/api/v1/alert-sources',
      documents['alert-sources'],
    );
    expect(source.status, JSON.stringify(source.body)).toBe(201);
    const pushed = await fetch(`${server.url}/api/v1/cap`, {
      method: 'POST',
      headers: { authorization: `Bearer ${source.body.token}`, 'content-type': 'application/cap+xml' },
      body: new Uint8Array(
        capBytes('storm-circle.xml', shiftSoSent('2026-10-02T14:00:00+07:00', Date.now())),
      ),
    });
    expect(pushed.status).toBe(201);
    const alert = (await pushed.json()) as { id: string; gates: { gateId: string }[] };
    expect(alert.gates.map((g) => g.gateId)).toEqual([giaLai.id]);
    Object.assign(ids, {
      'alert-templates': template.body.id,
      'alert-sources': source.body.source.id,
      alerts: alert.id,
    });
    // A data source of Gia Lai, and a waiting time it sent with its own token.
    const data = await admin.post<{ source: { id: string }; token: string }>(
      '/api/v1/data-sources',
      documents['data-sources'],
    );
    expect(data.status, JSON.stringify(data.body)).toBe(201);
    const sent = await fetch(`${server.url}/api/v1/data/values`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${data.body.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ values: [{ path: 'queue.passengers.minutes', type: 'number', value: 25 }] }),
    });
    expect(sent.status).toBe(200);
    const [value] = ((await sent.json()) as { values: { id: string }[] }).values;
    Object.assign(ids, { 'data-sources': data.body.source.id, 'data-values': value!.id });
    // The emergency's proof screenshot, sent by the screen's own player.
    const device = await admin.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
    const proof = await fetch(
      `${server.url}/api/v1/screens/${screen.id}/emergency-proofs?emergency=${emergency.body.id}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${device.body.token}`, 'content-type': 'image/png' },
        body: new Uint8Array(await solidPng(80, 50, '#d0021b')),
      },
    );
    expect(proof.status).toBe(201);
    for (const [username, province] of [
      ['admin-an-giang', 'An Giang'],
      ['admin-gia-lai', 'Gia Lai'],
    ] as const) {
      const made = await admin.post('/api/v1/users', {
        username,
        displayName: username,
        roles: ['admin'],
        scope: { provinces: [province] },
        password,
      });
      expect(made.status).toBe(201);
    }
    outside = new Api(server.url, undefined);
    inside = new Api(server.url, undefined);
    expect((await outside.login('admin-an-giang', password)).status).toBe(200);
    expect((await inside.login('admin-gia-lai', password)).status).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
  });

  const prefixOf = (r: RouteRecord) => /^\/api\/v1\/[a-z-]+|^\/[a-z-]+/.exec(r.path)?.[0] ?? r.path;
  const named = () => server.app.routes.routes.filter((r) => r.path.includes(':'));

  it('classifies every route that names an entity', () => {
    const unclassified = named()
      .map(prefixOf)
      .filter((p) => !notGateScoped.includes(p) && ids[p.replace('/api/v1/', '')] === undefined);
    expect(unclassified).toEqual([]);
  });

  it("refuses a user scoped to An Giang on every route naming Gia Lai's entities, and changes nothing", async () => {
    const before = await server.api.get<{ total: number }>('/api/v1/audit?limit=1');
    const failures: string[] = [];
    const scoped = named().filter((r) => !notGateScoped.includes(prefixOf(r)));
    expect(scoped.length).toBeGreaterThan(15);
    for (const route of scoped) {
      const id = ids[prefixOf(route).replace('/api/v1/', '')]!;
      const path = route.path
        .replace(':id', id)
        .replace(':tokenId', 'no-such-token')
        .replace(':screenId', screen.id!);
      const method = route.method.toUpperCase();
      // A valid body, so that the answer is about scope and not about the body.
      const body =
        method === 'PUT'
          ? { ...documents[prefixOf(route).replace('/api/v1/', '')], name: 'Đổi tên ngoài phạm vi' }
          : path.endsWith('/reject')
            ? { reason: 'ngoài phạm vi' }
            : path.endsWith('/pair')
              ? { code: 'ABCDEF' }
              : undefined;
      const res = await outside.request(method, path, body);
      if (res.status !== 403 && res.status !== 404) failures.push(`${method} ${path}: ${res.status}`);
    }
    expect(failures).toEqual([]);
    // Nothing was changed: the only audit entries since are the refusals' (none are written for reads).
    for (const [plural, id] of Object.entries(ids)) {
      expect((await server.api.get(`/api/v1/${plural}/${id}`)).status, plural).toBe(200);
    }
    const after = await server.api.get<{ items: { outcome: string }[]; total: number }>(
      '/api/v1/audit?limit=500',
    );
    const since = after.body.items.slice(0, after.body.total - before.body.total);
    expect(since.filter((e) => e.outcome === 'ok')).toEqual([]);
  });

  it('lets a user scoped to Gia Lai past the scope check on every read of its entities', async () => {
    const failures: string[] = [];
    for (const route of named().filter((r) => r.method === 'get' && !notGateScoped.includes(prefixOf(r)))) {
      const id = ids[prefixOf(route).replace('/api/v1/', '')]!;
      const path = route.path.replace(':id', id).replace(':screenId', screen.id!);
      const res = await inside.get(path);
      if (res.status !== 200) failures.push(`GET ${path}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses to create anything that reaches a gate outside the scope', async () => {
    const attempts: [string, unknown][] = [
      ['/api/v1/screens', factory.screen(giaLai.id!)],
      ['/api/v1/messages', factory.message({ gateId: giaLai.id! })],
      ['/api/v1/schedules', factory.schedule(playlist.id!, { gates: [giaLai.id!] })],
      [
        '/api/v1/emergencies',
        { variants: { vi: { title: 'x' } }, targets: { gates: [giaLai.id] }, ttlMinutes: 5 },
      ],
      ['/api/v1/blackouts', { targets: { gates: [giaLai.id] }, reason: 'x' }],
    ];
    for (const [path, body] of attempts) {
      const res = await outside.post<{ error: { code: string } }>(path, body);
      const why = `${path}: ${res.status} ${JSON.stringify(res.body)}`;
      // 400 only as "no such gate": a gate outside the scope is named as if it did not exist.
      expect([400, 403, 404], why).toContain(res.status);
      if (res.status === 400) expect(res.body.error.code, why).toBe('unknown_reference');
    }
  });

  it('admits only device tokens to the player namespace, each to its own screen', async () => {
    for (const auth of [{ token: ADMIN_TOKEN }, { token: undefined }]) {
      const socket = connectPlayer(server.url, auth.token ?? '');
      try {
        const error = await nextEvent<Error>(socket, 'connect_error');
        expect(error.message).toMatch(/\S/);
      } finally {
        socket.close();
      }
    }
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
    const device = connectPlayer(server.url, token.body.token);
    try {
      const config = await nextEvent<ScreenConfig>(device, 'config');
      expect(config.screenId).toBe(screen.id);
      // And a device token opens nothing of the operator API.
      expect((await new Api(server.url, token.body.token).get(`/api/v1/screens/${screen.id}`)).status).toBe(
        401,
      );
    } finally {
      device.close();
    }
  });
});
