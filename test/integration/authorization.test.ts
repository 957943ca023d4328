import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../schemas/types.ts';
import { can } from '../../server/domain/access.ts';
import type { RouteRecord } from '../../server/http/route.table.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, Api, startTestServer, type TestServer } from '../support/server.ts';

interface Layer {
  name?: string;
  route?: { path: string; methods: Record<string, boolean>; stack: Layer[] };
  handle?: { stack?: Layer[] };
}

/** Every route layer of the Express app, with the names of its handlers. */
function walk(stack: Layer[], out: { path: string; handlers: string[] }[] = []) {
  for (const layer of stack) {
    if (layer.route)
      out.push({ path: layer.route.path, handlers: layer.route.stack.map((l) => l.name ?? '') });
    else if (layer.handle?.stack) walk(layer.handle.stack, out);
  }
  return out;
}

const roles: Role[] = ['admin', 'editor', 'approver', 'technician', 'viewer'];
const password = 'ma trận phân quyền 2026';

describe('authorisation matrix, generated from the route table', () => {
  let server: TestServer;
  const sessions = new Map<Role, Api>();
  const gate = factory.gate();
  const screen = factory.screen(gate.id!);

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const admin = new Api(server.url, undefined);
    await admin.login('admin', ADMIN_PASSWORD);
    await admin.post('/api/v1/gates', gate);
    await admin.post('/api/v1/screens', screen);
    for (const role of roles) {
      const username = `only-${role}`;
      await admin.post('/api/v1/users', {
        username,
        displayName: role,
        roles: [role],
        scope: { global: true },
        password,
      });
      const api = new Api(server.url, undefined);
      expect((await api.login(username, password)).status).toBe(200);
      sessions.set(role, api);
    }
  });
  afterAll(async () => {
    await server.stop();
  });

  it('has no route without a rule: every route layer of the app runs authorize first', () => {
    const stack = (server.app.httpApp as unknown as { router: { stack: Layer[] } }).router.stack;
    const layers = walk(stack);
    expect(layers.length).toBe(server.app.routes.routes.length);
    for (const layer of layers) expect(layer.handlers[0], `route ${layer.path}`).toBe('authorize');
  });

  const concrete = (r: RouteRecord) =>
    r.path
      .replace(':id', r.path.startsWith('/api/v1/screens') ? screen.id! : gate.id!)
      .replace(':sha256', 'a'.repeat(64));

  it('answers every route × role as its rule says, and anonymous callers only on public routes', async () => {
    const anonymous = new Api(server.url, undefined);
    const table = server.app.routes.routes;
    expect(table.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const route of table) {
      const path = concrete(route);
      const method = route.method.toUpperCase();
      // Bodies are left out: an allowed caller gets past authorisation (then 400/404/409 are fine).
      const anon = await anonymous.request(method, path);
      const anonAllowed = 'public' in route.rule;
      if (anonAllowed === (anon.status === 401)) failures.push(`anonymous ${method} ${path}: ${anon.status}`);
      for (const role of roles) {
        const api = sessions.get(role)!;
        // Do not sign the session out in the middle of the matrix, or delete what other routes need.
        if (route.path.endsWith('/logout') || route.method === 'delete') continue;
        const res = await api.request(method, path);
        const allowed = 'permission' in route.rule ? can({ roles: [role] }, route.rule.permission) : true;
        const denied = res.status === 403 && /needs one of the roles/.test(JSON.stringify(res.body));
        if (allowed === denied || res.status === 401)
          failures.push(`${role} ${method} ${path}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('guards the approval workflow: content writers submit, only approvers approve or reject', () => {
    const rule = (method: string, path: string) =>
      server.app.routes.routes.find((r) => r.method === method && r.path === path)?.rule;
    for (const plural of ['messages', 'playlists', 'schedules']) {
      expect(rule('get', `/api/v1/${plural}/:id/approval`)).toEqual({ permission: 'read' });
      expect(rule('post', `/api/v1/${plural}/:id/submit`)).toEqual({ permission: 'content:write' });
      expect(rule('post', `/api/v1/${plural}/:id/approve`)).toEqual({ permission: 'content:approve' });
      expect(rule('post', `/api/v1/${plural}/:id/reject`)).toEqual({ permission: 'content:approve' });
    }
    expect(rule('get', '/api/v1/approvals')).toEqual({ permission: 'read' });
    expect(roles.filter((r) => can({ roles: [r] }, 'content:approve'))).toEqual(['admin', 'approver']);
  });

  it('guards pairing, device tokens and the second factor with the rules they need', () => {
    const rule = (method: RouteRecord['method'], path: string) =>
      server.app.routes.routes.find((r) => r.method === method && r.path === path)?.rule;
    expect(rule('post', '/api/v1/screens/:id/pair')).toEqual({ permission: 'screen:write' });
    expect(rule('get', '/api/v1/screens/:id/tokens')).toEqual({ permission: 'screen:write' });
    expect(rule('delete', '/api/v1/screens/:id/tokens/:tokenId')).toEqual({ permission: 'screen:write' });
    for (const path of ['/api/v1/auth/totp', '/api/v1/auth/totp/confirm', '/api/v1/auth/totp/disable'])
      expect(rule('post', path)).toEqual({ signedIn: true });
    expect(rule('delete', '/api/v1/users/:id/totp')).toEqual({ permission: 'user:manage' });
    // Pairing a player needs no public HTTP route: a tokenless player uses the /pairing socket namespace.
    expect(server.app.routes.routes.filter((r) => 'public' in r.rule).map((r) => r.path)).not.toContain(
      expect.stringMatching(/pair/),
    );
  });

  it('denies deletes to roles without the permission, before touching anything', async () => {
    for (const route of server.app.routes.routes.filter(
      (r) => r.method === 'delete' && 'permission' in r.rule,
    )) {
      const permission = (route.rule as { permission: Parameters<typeof can>[1] }).permission;
      for (const role of roles.filter((r) => !can({ roles: [r] }, permission))) {
        const res = await sessions.get(role)!.request('DELETE', concrete(route));
        expect(res.status, `${role} DELETE ${route.path}`).toBe(403);
      }
    }
    expect((await sessions.get('viewer')!.get(`/api/v1/gates/${gate.id}`)).status).toBe(200);
  });
});
