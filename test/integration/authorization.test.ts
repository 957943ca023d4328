import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../schemas/types.ts';
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

describe('authorisation matrix: every route × role against a table written by hand', () => {
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

  it('answers every route × role as the written table says, and anonymous callers only on public routes', async () => {
    const anonymous = new Api(server.url, undefined);
    const table = server.app.routes.routes;
    const unlisted = table.map(key).filter((k) => !(k in whoMay));
    expect(unlisted, 'routes missing from the table in this test: classify them').toEqual([]);
    const failures: string[] = [];
    for (const route of table) {
      const path = concrete(route);
      const method = route.method.toUpperCase();
      const expected = whoMay[key(route)]!;
      // Bodies are left out: an allowed caller gets past authorisation (then 400/404/409 are fine).
      const anon = await anonymous.request(method, path);
      if ((expected === 'public') === (anon.status === 401))
        failures.push(`anonymous ${method} ${path}: ${anon.status}`);
      if (expected === 'public') continue;
      for (const role of roles) {
        const allowed = expected.includes(role);
        // Do not sign the session out in the middle, or delete what other routes need.
        if (route.path.endsWith('/logout') || (route.method === 'delete' && allowed)) continue;
        const res = await sessions.get(role)!.request(method, path);
        const denied = res.status === 403;
        if (allowed === denied || res.status === 401)
          failures.push(`${role} ${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('declares no route public but health, sign-in and the home redirect', () => {
    const open = server.app.routes.routes.filter((r) => 'public' in r.rule).map(key);
    expect(open.sort()).toEqual(['GET /', 'GET /healthz', 'POST /api/v1/auth/login']);
  });
});

const key = (r: RouteRecord) => `${r.method.toUpperCase()} ${r.path}`;

/*
 * Who may call what, written down by hand from docs/SECURITY.md (not computed from the code under test):
 * the roles that get past authorisation for each route, with national scope. Everyone else gets 403.
 */
const ALL: Role[] = ['admin', 'editor', 'approver', 'technician', 'viewer'];
const ADMIN: Role[] = ['admin'];
const CONTENT: Role[] = ['admin', 'editor'];
const APPROVE: Role[] = ['admin', 'approver'];
const SCREENS: Role[] = ['admin', 'technician'];
const BLACKOUT: Role[] = ['admin', 'approver', 'technician'];
const NOBODY: Role[] = [];

const reviewed = (plural: string): Record<string, Role[]> => ({
  [`GET /api/v1/${plural}`]: ALL,
  [`GET /api/v1/${plural}/:id`]: ALL,
  [`POST /api/v1/${plural}`]: CONTENT,
  [`PUT /api/v1/${plural}/:id`]: CONTENT,
  [`DELETE /api/v1/${plural}/:id`]: CONTENT,
  [`GET /api/v1/${plural}/:id/approval`]: ALL,
  // What deleting an approved item would take off the screens (the delete confirmation reads it).
  [`GET /api/v1/${plural}/:id/on-air`]: ALL,
  [`POST /api/v1/${plural}/:id/submit`]: CONTENT,
  [`POST /api/v1/${plural}/:id/approve`]: APPROVE,
  [`POST /api/v1/${plural}/:id/reject`]: APPROVE,
});

const whoMay: Record<string, Role[] | 'public'> = {
  'GET /': 'public',
  'GET /healthz': 'public',
  'POST /api/v1/auth/login': 'public',
  'GET /api/openapi.json': ALL,
  'GET /metrics': ['admin', 'technician'],
  'GET /media/:sha256': ALL,
  'POST /api/v1/auth/logout': ALL,
  'GET /api/v1/auth/me': ALL,
  'POST /api/v1/auth/totp': ALL,
  'POST /api/v1/auth/totp/confirm': ALL,
  'POST /api/v1/auth/totp/disable': ALL,
  'POST /api/v1/auth/totp/recovery-codes': ALL,
  'POST /api/v1/auth/password': ALL,
  'GET /api/v1/users': ADMIN,
  'GET /api/v1/users/:id': ADMIN,
  'POST /api/v1/users': ADMIN,
  'PUT /api/v1/users/:id': ADMIN,
  'DELETE /api/v1/users/:id': ADMIN,
  'DELETE /api/v1/users/:id/totp': ADMIN,
  'GET /api/v1/users/:id/audit': ADMIN,
  // Everyone keeps API tokens of their own (never more than themselves); admins also those of their scope.
  'GET /api/v1/tokens': ALL,
  'POST /api/v1/tokens': ALL,
  'DELETE /api/v1/tokens/:id': ALL,
  'GET /api/v1/audit': ADMIN,
  'GET /api/v1/audit/export.csv': ADMIN,
  'GET /api/v1/gates': ALL,
  'GET /api/v1/gates/:id': ALL,
  'POST /api/v1/gates': ADMIN,
  'PUT /api/v1/gates/:id': ADMIN,
  'DELETE /api/v1/gates/:id': ADMIN,
  'POST /api/v1/assets': CONTENT,
  'GET /api/v1/assets': ALL,
  'GET /api/v1/assets/:id': ALL,
  'GET /api/v1/assets/:id/thumbnail': ALL,
  'PUT /api/v1/assets/:id': CONTENT,
  'DELETE /api/v1/assets/:id': CONTENT,
  'GET /api/v1/emergencies': ALL,
  'GET /api/v1/emergencies/:id': ALL,
  'POST /api/v1/emergencies': APPROVE,
  'POST /api/v1/emergencies/:id/approve': APPROVE,
  'POST /api/v1/emergencies/:id/clear': APPROVE,
  // The screenshot a screen sent when the emergency first showed: whoever may read the emergency.
  'GET /api/v1/emergencies/:id/proofs/:screenId': ALL,
  'GET /api/v1/blackouts': ALL,
  'GET /api/v1/blackouts/:id': ALL,
  'POST /api/v1/blackouts': BLACKOUT,
  'POST /api/v1/blackouts/:id/lift': BLACKOUT,
  // Whoever may send either kind: an emergency preview then asks for the emergency role itself.
  'POST /api/v1/overrides/preview': BLACKOUT,
  'GET /api/v1/fleet': ALL,
  'GET /api/v1/reports/plays': ALL,
  'GET /api/v1/reports/plays.csv': ALL,
  'GET /api/v1/reports/plays.xlsx': ALL,
  'GET /api/v1/reports/availability': ALL,
  'GET /api/v1/reports/availability.csv': ALL,
  'GET /api/v1/reports/availability.xlsx': ALL,
  // Templates for the languages a CAP alert lacks: written by editors, approved by another person.
  // Only an alert source's own token sends alerts: every person is refused.
  'POST /api/v1/cap': NOBODY,
  'POST /api/v1/cap/preview': NOBODY,
  'GET /api/v1/alerts': ALL,
  'GET /api/v1/alerts/report': ALL,
  'GET /api/v1/alerts/:id': ALL,
  'GET /api/v1/alerts/:id/xml': ALL,
  'POST /api/v1/alerts/:id/approve': APPROVE,
  'POST /api/v1/alerts/:id/clear': APPROVE,
  'GET /api/v1/alert-sources': ADMIN,
  'POST /api/v1/alert-sources': ADMIN,
  'GET /api/v1/alert-sources/:id': ADMIN,
  'PUT /api/v1/alert-sources/:id': ADMIN,
  'DELETE /api/v1/alert-sources/:id': ADMIN,
  'POST /api/v1/alert-sources/:id/token': ADMIN,
  'GET /api/v1/alert-templates': ALL,
  'POST /api/v1/alert-templates': CONTENT,
  'GET /api/v1/alert-templates/:id': ALL,
  'PUT /api/v1/alert-templates/:id': CONTENT,
  'DELETE /api/v1/alert-templates/:id': CONTENT,
  'POST /api/v1/alert-templates/:id/approve': APPROVE,
  // Reading a feed source now: whoever manages alert sources (admin).
  'POST /api/v1/alert-sources/:id/poll': ADMIN,
  // Data sources: everyone sees those reaching their gates; admins register them (data:manage); a source's
  // own token sends values (every person is refused); editors enter values by hand; approvers let held
  // values through.
  'GET /api/v1/data-sources': ALL,
  'POST /api/v1/data-sources': ADMIN,
  'GET /api/v1/data-sources/:id': ALL,
  'PUT /api/v1/data-sources/:id': ADMIN,
  'DELETE /api/v1/data-sources/:id': ADMIN,
  'POST /api/v1/data-sources/:id/token': ADMIN,
  'POST /api/v1/data-sources/:id/poll': ADMIN,
  'GET /api/v1/data-sources/:id/values': ALL,
  'GET /api/v1/data-sources/:id/values/history': ALL,
  'POST /api/v1/data-sources/:id/values': CONTENT,
  'PUT /api/v1/data/values': NOBODY,
  'GET /api/v1/data-values': ALL,
  'GET /api/v1/data-values/:id': ALL,
  'POST /api/v1/data-values/:id/approve': APPROVE,
  'POST /api/v1/data-values/:id/reject': APPROVE,
  // A gate's calendar: everyone who sees the gate reads it and its holidays; editors save and discard a
  // draft; another person with the approver role approves it.
  'GET /api/v1/gates/:id/calendar': ALL,
  'PUT /api/v1/gates/:id/calendar': CONTENT,
  'POST /api/v1/gates/:id/calendar/approve': APPROVE,
  'POST /api/v1/gates/:id/calendar/discard': CONTENT,
  'GET /api/v1/gates/:id/calendar/holidays': ALL,
  'GET /api/v1/webhooks': ADMIN,
  'POST /api/v1/webhooks': ADMIN,
  'DELETE /api/v1/webhooks/:id': ADMIN,
  'GET /api/v1/webhooks/:id/deliveries': ADMIN,
  'GET /api/v1/screens': ALL,
  'GET /api/v1/screens/:id': ALL,
  'POST /api/v1/screens': SCREENS,
  'PUT /api/v1/screens/:id': SCREENS,
  'DELETE /api/v1/screens/:id': SCREENS,
  'POST /api/v1/screens/:id/pair': SCREENS,
  'POST /api/v1/screens/:id/tokens': SCREENS,
  'POST /api/v1/screens/:id/enrolments': SCREENS,
  'GET /api/v1/screens/:id/tokens': SCREENS,
  'DELETE /api/v1/screens/:id/tokens/:tokenId': SCREENS,
  'GET /api/v1/screens/:id/status': ALL,
  'GET /api/v1/screens/:id/manifest': ALL,
  'GET /api/v1/screens/:id/data': ALL,
  'GET /api/v1/screens/:id/heartbeat': ALL,
  'GET /api/v1/screens/:id/heartbeats': ALL,
  'GET /api/v1/screens/:id/plays': ALL,
  'POST /api/v1/screens/:id/commands': SCREENS,
  'GET /api/v1/screens/:id/commands': ALL,
  // Only the screen's own player uploads a screenshot; no operator role may.
  'POST /api/v1/screens/:id/screenshots': NOBODY,
  'GET /api/v1/screens/:id/screenshot/latest': ALL,
  // Only the screen's own player sends its proof of an emergency; no operator role may.
  'POST /api/v1/screens/:id/emergency-proofs': NOBODY,
  // An LED board's region: whoever may edit the screen previews, applies, cancels and restores it.
  'GET /api/v1/screens/:id/geometry': ALL,
  'POST /api/v1/screens/:id/geometry/preview': SCREENS,
  'POST /api/v1/screens/:id/geometry/cancel': SCREENS,
  'POST /api/v1/screens/:id/geometry/apply': SCREENS,
  'POST /api/v1/screens/:id/geometry/restore': SCREENS,
  ...reviewed('messages'),
  ...reviewed('playlists'),
  ...reviewed('schedules'),
  'GET /api/v1/approvals': ALL,
};
