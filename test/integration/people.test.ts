import { sql } from 'kysely';
import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, Me } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, Api, dialects, startTestServer, type TestServer } from '../support/server.ts';

interface ErrorBody {
  error: ApiError;
}
interface AuditPage {
  items: {
    action: string;
    outcome: string;
    actor: { name: string };
    entityId: string | null;
    detail: Record<string, unknown>;
  }[];
  total: number;
}

const password = 'biên giới Tây Nguyên 2026';

describe.each(dialects)('people, sessions and scopes (%s)', (dialect) => {
  let server: TestServer;
  let admin: Api;
  const giaLai = factory.gate({ province: 'Gia Lai' });
  const anGiang = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const giaLaiLed = factory.screen(giaLai.id!);
  const anGiangLed = factory.screen(anGiang.id!);

  const user = (username: string, roles: string[], scope: object) => ({
    username,
    displayName: username,
    roles,
    scope,
    password,
  });
  const signIn = async (username: string) => {
    const api = new Api(server.url, undefined);
    expect((await api.login(username, password)).status).toBe(200);
    return api;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = new Api(server.url, undefined);
    expect((await admin.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    for (const [path, body] of [
      ['/api/v1/gates', giaLai],
      ['/api/v1/gates', anGiang],
      ['/api/v1/screens', giaLaiLed],
      ['/api/v1/screens', anGiangLed],
    ] as const) {
      expect((await admin.post(path, body)).status).toBe(201);
    }
    for (const body of [
      user('an-giang-tech', ['technician'], { provinces: ['An Giang'] }),
      user('gia-lai-editor', ['editor'], { gates: [giaLai.id] }),
      user('viewer', ['viewer'], { global: true }),
    ]) {
      expect((await admin.post('/api/v1/users', body)).status).toBe(201);
    }
  });
  afterAll(async () => {
    await server.stop();
  });

  it('signs in with a session cookie, refuses writes without the CSRF token, and ends the session on logout', async () => {
    const api = await signIn('viewer');
    const me = await api.get<Me>('/api/v1/auth/me');
    expect(me.body).toMatchObject({ kind: 'user', name: 'viewer', roles: ['viewer'] });
    const cookie = api.sessionCookie;
    const noCsrf = await fetch(`${server.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie: cookie! },
    });
    expect(noCsrf.status).toBe(403);
    expect(((await noCsrf.json()) as ErrorBody).error.code).toBe('csrf_failed');
    expect((await api.post('/api/v1/auth/logout')).status).toBe(204);
    const replay = new Api(server.url, undefined);
    replay.sessionCookie = cookie;
    expect((await replay.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('gives the same answer for an unknown user and a wrong password, and throttles guessing from one address', async () => {
    expect(
      (await admin.post('/api/v1/users', user('guess-target', ['viewer'], { gates: [giaLai.id] }))).status,
    ).toBe(201);
    const api = new Api(server.url, undefined);
    const unknown = await api.login('nobody-here', 'whatever-password');
    const wrong = await api.login('guess-target', 'not the password at all');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.message).toBe(unknown.body.error?.message);
    for (let i = 0; i < 4; i++) {
      await api.login('guess-target', `wrong password ${i}`);
      await api.login('nobody-here', `wrong password ${i}`);
    }
    // The sixth try from this address is refused before the password is looked at, for a real name and an
    // unknown one alike (the answer tells nobody which names exist).
    const throttled = await api.login('guess-target', password);
    const throttledUnknown = await api.login('nobody-here', password);
    expect(throttled.status).toBe(429);
    expect(throttledUnknown.status).toBe(429);
    expect(throttled.body.error?.code).toBe('rate_limited');
    expect(throttled.body.error?.message.replace(/after .*/, '')).toBe(
      throttledUnknown.body.error?.message.replace(/after .*/, ''),
    );
    const log = await admin.get<AuditPage>('/api/v1/audit?action=auth.login&limit=50');
    const failures = log.body.items.filter((e) => e.actor.name === 'guess-target' && e.outcome !== 'ok');
    expect(failures.length).toBeGreaterThanOrEqual(5);
  });

  it('shows a user scoped to An Giang only An Giang, and lets a technician manage screens but not content', async () => {
    const tech = await signIn('an-giang-tech');
    const screens = await tech.get<{ items: { id: string }[]; total: number }>('/api/v1/screens');
    expect(screens.body.items.map((s) => s.id)).toEqual([anGiangLed.id]);
    expect((await tech.get(`/api/v1/screens/${giaLaiLed.id}`)).status).toBe(404);
    expect((await tech.get(`/api/v1/screens/${giaLaiLed.id}/status`)).status).toBe(404);
    const moved = await tech.put<ErrorBody>(`/api/v1/screens/${anGiangLed.id}`, {
      ...anGiangLed,
      gateId: giaLai.id,
    });
    // A gate outside the technician's scope is answered as if it did not exist (no oracle for ids).
    expect(moved.status).toBe(400);
    expect(moved.body.error).toMatchObject({ code: 'unknown_reference', path: '/gateId' });
    expect(
      (await tech.put(`/api/v1/screens/${anGiangLed.id}`, { ...anGiangLed, name: 'LED mới' })).status,
    ).toBe(200);
    expect((await tech.post(`/api/v1/screens/${anGiangLed.id}/tokens`, {})).status).toBe(201);
    expect((await tech.post(`/api/v1/screens/${giaLaiLed.id}/tokens`, {})).status).toBe(404);
    const content = await tech.post<ErrorBody>('/api/v1/messages', factory.message({ gateId: anGiang.id! }));
    expect(content.status).toBe(403);
    expect(content.body.error.message).toContain('editor');
    expect((await tech.get('/api/v1/users')).status).toBe(403);
    expect((await tech.get('/api/v1/audit')).status).toBe(403);
  });

  it('lets an editor write content only within their gates; shared content needs national scope', async () => {
    const editor = await signIn('gia-lai-editor');
    expect((await editor.post('/api/v1/messages', factory.message({ gateId: giaLai.id! }))).status).toBe(201);
    const elsewhere = await editor.post<ErrorBody>(
      '/api/v1/messages',
      factory.message({ gateId: anGiang.id! }),
    );
    // Naming a gate outside one's scope is refused as naming one that does not exist.
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error).toMatchObject({ code: 'unknown_reference', path: '/gateId' });
    const shared = await editor.post<ErrorBody>('/api/v1/messages', factory.message());
    expect(shared.status).toBe(403);
    expect(shared.body.error.message).toContain('shared');
    expect((await editor.post('/api/v1/gates', factory.gate())).status).toBe(403);
    const viewer = await signIn('viewer');
    expect((await viewer.get('/api/v1/gates')).status).toBe(200);
    expect((await viewer.post('/api/v1/messages', factory.message())).status).toBe(403);
  });

  it('issues API tokens no stronger than their creator, and refuses them once revoked', async () => {
    const made = await admin.post<{ id: string; token: string }>('/api/v1/tokens', {
      label: 'An Giang automation',
      roles: ['viewer'],
      scope: { provinces: ['An Giang'] },
    });
    expect(made.status).toBe(201);
    const bot = new Api(server.url, made.body.token);
    const gates = await bot.get<{ items: { id: string }[] }>('/api/v1/gates');
    expect(gates.body.items.map((g) => g.id)).toEqual([anGiang.id]);
    expect((await bot.post('/api/v1/gates', factory.gate())).status).toBe(403);
    expect((await admin.delete(`/api/v1/tokens/${made.body.id}`)).status).toBe(204);
    expect((await bot.get('/api/v1/gates')).status).toBe(401);
    const list = await admin.get<{ items: { id: string; revokedAt: string | null }[] }>('/api/v1/tokens');
    expect(JSON.stringify(list.body)).not.toContain(made.body.token);
  });

  it('refuses weak passwords and bad user input with the field named, changing nothing', async () => {
    const before = await admin.get<{ total: number }>('/api/v1/users');
    const weak = await admin.post<ErrorBody>('/api/v1/users', {
      ...user('weakling', ['viewer'], {}),
      password: 'weakling-123456',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.path).toBe('/password');
    const role = await admin.post<ErrorBody>('/api/v1/users', user('someone', ['overlord'], {}));
    expect(role.status).toBe(400);
    expect(role.body.error.path).toBe('/roles/0');
    expect((await admin.get<{ total: number }>('/api/v1/users')).body.total).toBe(before.body.total);
  });

  it('keeps an append-only audit log of changes, with before and after, exportable as CSV', async () => {
    const gate = factory.gate({ province: 'Thanh Hóa', name: 'Cửa khẩu Na Mèo' });
    await admin.post('/api/v1/gates', gate);
    await admin.put(`/api/v1/gates/${gate.id}`, { ...gate, name: 'Cửa khẩu quốc tế Na Mèo' });
    const log = await admin.get<AuditPage>('/api/v1/audit?action=gate.update');
    const entry = log.body.items.find((e) => e.entityId === gate.id)!;
    expect(entry.actor.name).toBe('admin');
    expect(entry.detail).toMatchObject({
      before: { name: 'Cửa khẩu Na Mèo' },
      after: { name: 'Cửa khẩu quốc tế Na Mèo' },
    });
    const csv = await fetch(`${server.url}/api/v1/audit/export.csv`, {
      headers: { cookie: admin.sessionCookie! },
    });
    const bytes = Buffer.from(await csv.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    // The UTF-8 byte order mark, so that spreadsheet programs read Vietnamese correctly.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('Cửa khẩu quốc tế Na Mèo'.replaceAll('"', '""'));
    // The reports' CSV format, which a Vietnamese Excel splits into columns: fields between semicolons.
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(
      [
        'at',
        'actor_kind',
        'actor_id',
        'actor_name',
        'ip',
        'action',
        'entity',
        'entity_id',
        'outcome',
        'detail',
      ]
        .map((h) => `"${h}"`)
        .join(';'),
    );
    // Not even the database lets a row change or go.
    await expect(sql`UPDATE audit_log SET action = 'forged'`.execute(server.app.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(server.app.db)).rejects.toThrow(/append-only/);
    expect((await admin.get<AuditPage>('/api/v1/audit')).body.total).toBeGreaterThan(10);
  });
});

describe('second factor', () => {
  it('asks a user with TOTP turned on for the six-digit code, and accepts only a valid one', async () => {
    const server = await startTestServer('sqlite');
    try {
      const admin = new Api(server.url, undefined);
      await admin.login('admin', ADMIN_PASSWORD);
      const setup = await admin.post<{ secret: string; otpauthUri: string }>('/api/v1/auth/totp', {
        password: ADMIN_PASSWORD,
      });
      expect(setup.body.otpauthUri).toContain('otpauth://totp/Gatecast:admin');
      const wrongCode = await admin.post<ErrorBody>('/api/v1/auth/totp/confirm', { totp: '000000' });
      expect(wrongCode.status).toBe(400);
      const code = generateSync({ secret: setup.body.secret });
      expect((await admin.post('/api/v1/auth/totp/confirm', { totp: code })).status).toBe(200);

      const again = new Api(server.url, undefined);
      const withoutCode = await again.login('admin', ADMIN_PASSWORD);
      expect(withoutCode.status).toBe(401);
      expect(withoutCode.body.error?.code).toBe('totp_required');
      const badCode = await again.login('admin', ADMIN_PASSWORD, code === '123456' ? '654321' : '123456');
      expect(badCode.status).toBe(401);
      // The code that turned it on does not sign in; the app's next one does.
      expect((await again.login('admin', ADMIN_PASSWORD, code)).status).toBe(401);
      const next = generateSync({ secret: setup.body.secret, epoch: Math.floor(Date.now() / 1000) + 30 });
      expect((await again.login('admin', ADMIN_PASSWORD, next)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('sign-in rate limit', () => {
  it('refuses a burst of sign-ins from one address with 429', async () => {
    const server = await startTestServer('sqlite', { env: { LOGIN_RATE_PER_MINUTE: '3' } });
    try {
      const api = new Api(server.url, undefined);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await api.login('admin', `nope ${i}`)).status);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await server.stop();
    }
  });
});

// The rule for a scoped admin, written here as its own table (not derived from the server's code) and
// attacked over HTTP: an admin manages a person only when the person's scope names provinces or gates and
// all of them lie within the admin's own; anyone else is answered as if absent, and nothing changes.
describe('a scoped admin manages people only within its scope', () => {
  let server: TestServer;
  let root: Api;
  const giaLai = factory.gate({ name: 'Cửa khẩu Lệ Thanh', province: 'Gia Lai' });
  const tinhBien = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const vinhXuong = factory.gate({ name: 'Cửa khẩu Vĩnh Xương', province: 'An Giang' });
  const scopes = {
    national: { global: true },
    none: {},
    anGiang: { provinces: ['An Giang'] },
    tinhBien: { gates: [tinhBien.id] },
    vinhXuong: { gates: [vinhXuong.id] },
    giaLai: { provinces: ['Gia Lai'] },
    leThanh: { gates: [giaLai.id] },
    mixed: { gates: [tinhBien.id, giaLai.id] },
    anGiangAndGiaLai: { provinces: ['An Giang', 'Gia Lai'] },
  } as const;
  type Target = keyof typeof scopes;
  /** Whom each admin manages: everything not listed is refused. Written by hand, from the rule above. */
  const table: Record<'provinceAdmin' | 'gateAdmin', Target[]> = {
    provinceAdmin: ['anGiang', 'tinhBien', 'vinhXuong'],
    gateAdmin: ['tinhBien'],
  };
  const admins: Record<keyof typeof table, { api?: Api; scope: object }> = {
    provinceAdmin: { scope: { provinces: ['An Giang'] } },
    gateAdmin: { scope: { gates: [tinhBien.id] } },
  };
  const ids: Partial<Record<Target, string>> = {};
  const targetName = (t: Target) => `target-${t.toLowerCase()}`;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    root = new Api(server.url, undefined);
    expect((await root.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    for (const gate of [giaLai, tinhBien, vinhXuong])
      expect((await root.post('/api/v1/gates', gate)).status).toBe(201);
    for (const [target, scope] of Object.entries(scopes) as [Target, object][]) {
      const made = await root.post<{ id: string }>('/api/v1/users', {
        username: targetName(target),
        displayName: `Người ${target}`,
        roles: ['editor'],
        scope,
        password,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      ids[target] = made.body.id;
    }
    for (const [name, admin] of Object.entries(admins))
      admin.api = await root.newUser(`admin-${name.toLowerCase()}`, ['admin'], admin.scope, password);
  });
  afterAll(async () => {
    await server.stop();
  });

  const everyone = async () =>
    (await root.get<{ items: { id: string; username: string }[] }>('/api/v1/users')).body.items;

  for (const actor of Object.keys(table) as (keyof typeof table)[]) {
    it(`${actor}: lists, reads, edits, resets and audits exactly the people of its table`, async () => {
      const api = admins[actor].api!;
      const listed = (await api.get<{ items: { username: string }[] }>('/api/v1/users')).body.items.map(
        (u) => u.username,
      );
      for (const target of Object.keys(scopes) as Target[]) {
        const inside = table[actor].includes(target);
        const id = ids[target]!;
        const label = `${actor} → ${target}`;
        expect(listed.includes(targetName(target)), label).toBe(inside);
        expect((await api.get(`/api/v1/users/${id}`)).status, label).toBe(inside ? 200 : 404);
        expect((await api.get(`/api/v1/users/${id}/audit`)).status, label).toBe(inside ? 200 : 404);
        // A password reset with an otherwise unchanged person.
        const reset = await api.put(`/api/v1/users/${id}`, {
          username: targetName(target),
          displayName: `Người ${target}`,
          roles: ['editor'],
          scope: scopes[target],
          password: `${password} mới`,
        });
        expect(reset.status, label).toBe(inside ? 200 : 404);
        const signIn = await new Api(server.url, undefined).login(targetName(target), password);
        expect(signIn.status, `${label}: the old password`).toBe(inside ? 401 : 200);
        if (inside) {
          // Put the password back, as the national admin.
          expect(
            (
              await root.put(`/api/v1/users/${id}`, {
                username: targetName(target),
                displayName: `Người ${target}`,
                roles: ['editor'],
                scope: scopes[target],
                password,
              })
            ).status,
          ).toBe(200);
        }
        // Disabling, turning the second factor off (there is none: 409 inside), deleting.
        const disable = await api.put(`/api/v1/users/${id}`, {
          username: targetName(target),
          displayName: `Người ${target}`,
          roles: ['editor'],
          scope: scopes[target],
          disabled: true,
        });
        expect(disable.status, label).toBe(inside ? 200 : 404);
        expect((await api.delete(`/api/v1/users/${id}/totp`)).status, label).toBe(inside ? 409 : 404);
        if (!inside) expect((await api.delete(`/api/v1/users/${id}`)).status, label).toBe(404);
        // Creating someone new with that scope.
        const created = await api.post<ErrorBody>('/api/v1/users', {
          username: `new-${actor.toLowerCase()}-${target.toLowerCase()}`,
          displayName: 'Người mới',
          roles: ['viewer'],
          scope: scopes[target],
          password,
        });
        expect(created.status, label).toBe(inside ? 201 : 403);
        if (!inside) expect(created.body.error.reason, label).toBe('scope_beyond_own');
        // Moving someone it manages out of its scope is refused too.
        if (inside) {
          const moved = await api.put<ErrorBody>(`/api/v1/users/${id}`, {
            username: targetName(target),
            displayName: `Người ${target}`,
            roles: ['editor'],
            scope: scopes.giaLai,
          });
          expect(moved.status, label).toBe(403);
        }
        // Enable again for the next actor (as the national admin).
        expect(
          (
            await root.put(`/api/v1/users/${id}`, {
              username: targetName(target),
              displayName: `Người ${target}`,
              roles: ['editor'],
              scope: scopes[target],
            })
          ).status,
        ).toBe(200);
      }
      // What was refused changed nothing: every target is still there, in its own scope, under its name.
      const after = await everyone();
      for (const target of Object.keys(scopes) as Target[]) {
        const found = after.find((u) => u.id === ids[target]);
        expect(found?.username).toBe(targetName(target));
        const one = await root.get<{ scope: object; disabled: boolean }>(`/api/v1/users/${ids[target]}`);
        expect(one.body.disabled).toBe(false);
      }
      // None of the refused creations exists.
      const names = after.map((u) => u.username);
      for (const target of Object.keys(scopes) as Target[])
        expect(names.includes(`new-${actor.toLowerCase()}-${target.toLowerCase()}`)).toBe(
          table[actor].includes(target),
        );
    });
  }

  it('refuses the audit entries of someone outside the scope, and shows those of someone inside', async () => {
    const api = admins.provinceAdmin.api!;
    const inside = await api.get<AuditPage>(`/api/v1/users/${ids.tinhBien}/audit?limit=50`);
    expect(inside.status).toBe(200);
    expect(inside.body.items.some((e) => e.action === 'user.create' && e.entityId === ids.tinhBien)).toBe(
      true,
    );
    // Only entries about this person or by them.
    expect(
      inside.body.items.every((e) => e.entityId === ids.tinhBien || e.actor.name === 'target-tinhbien'),
    ).toBe(true);
    const outside = await api.get<ErrorBody>(`/api/v1/users/${ids.leThanh}/audit`);
    expect(outside.status).toBe(404);
  });

  it('refuses an admin disabling or deleting its own account, from its session or its token', async () => {
    const api = admins.gateAdmin.api!;
    const self = (await everyone()).find((u) => u.username === 'admin-gateadmin')!;
    const body = {
      username: 'admin-gateadmin',
      displayName: 'x',
      roles: ['admin'],
      scope: admins.gateAdmin.scope,
      disabled: true,
    };
    const disabled = await api.put<ErrorBody>(`/api/v1/users/${self.id}`, body);
    expect(disabled.status).toBe(409);
    expect(disabled.body.error.reason).toBe('same_person');
    const made = await api.post<{ token: string }>('/api/v1/tokens', {
      label: 'tự động',
      roles: ['admin'],
      scope: admins.gateAdmin.scope,
    });
    const bot = new Api(server.url, made.body.token);
    expect((await bot.put(`/api/v1/users/${self.id}`, body)).status).toBe(409);
    expect((await bot.delete(`/api/v1/users/${self.id}`)).status).toBe(409);
    expect((await root.get<{ disabled: boolean }>(`/api/v1/users/${self.id}`)).body.disabled).toBe(false);
  });

  it("stops a disabled person's API tokens, and shows each person only their own tokens", async () => {
    const editor = await root.newUser('token-owner', ['editor'], scopes.tinhBien, password);
    const made = await editor.post<{ id: string; token: string }>('/api/v1/tokens', {
      label: 'máy của tôi',
      roles: ['editor'],
      scope: scopes.tinhBien,
    });
    expect(made.status).toBe(201);
    // Not more than its person.
    expect(
      (
        await editor.post('/api/v1/tokens', {
          label: 'quá quyền',
          roles: ['approver'],
          scope: scopes.tinhBien,
        })
      ).status,
    ).toBe(403);
    const bot = new Api(server.url, made.body.token);
    expect((await bot.get('/api/v1/gates')).status).toBe(200);
    const mine = await editor.get<{ items: { id: string }[] }>('/api/v1/tokens');
    expect(mine.body.items.map((t) => t.id)).toEqual([made.body.id]);
    // The province admin sees it (in its scope); the Gia Lai person's token would not be.
    const seen = await admins.provinceAdmin.api!.get<{ items: { id: string }[] }>('/api/v1/tokens');
    expect(seen.body.items.map((t) => t.id)).toContain(made.body.id);
    const users = await everyone();
    const owner = users.find((u) => u.username === 'token-owner')!;
    expect(
      (
        await admins.provinceAdmin.api!.put(`/api/v1/users/${owner.id}`, {
          username: 'token-owner',
          displayName: 'token-owner',
          roles: ['editor'],
          scope: scopes.tinhBien,
          disabled: true,
        })
      ).status,
    ).toBe(200);
    expect((await bot.get('/api/v1/gates')).status).toBe(401);
  });
});
