import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, TotpSetup } from '../../schemas/types.ts';
import { deriveKey } from '../../server/domain/sealing.ts';
import { AuditRepository } from '../../server/repositories/audit.repository.ts';
import { PasswordHasher } from '../../server/repositories/password.repository.ts';
import { memoryRateLimits } from '../../server/repositories/rate-limit.repository.ts';
import { loadSecretKey } from '../../server/repositories/secret-key.repository.ts';
import { UserRepository } from '../../server/repositories/user.repository.ts';
import { PasswordCheckService } from '../../server/services/password-check.service.ts';
import { AccessPolicy } from '../../server/services/access.service.ts';
import { createEntityRepositories } from '../../server/repositories/entity.repositories.ts';
import { AuditService } from '../../server/services/audit.service.ts';
import { TotpService } from '../../server/services/totp.service.ts';
import { ADMIN_PASSWORD, Api, dialects, startTestServer, type TestServer } from '../support/server.ts';

interface ErrorBody {
  error: ApiError;
}
interface AuditPage {
  items: { action: string; outcome: string; entityId: string | null; detail: Record<string, unknown> }[];
}

const password = 'mã xác thực hai lớp 2026';

describe.each(dialects)('TOTP second factor (%s)', (dialect) => {
  let server: TestServer;
  let admin: Api;
  const clock = { t: Date.parse('2026-03-02T01:00:00Z'), now: () => clock.t };
  /** The code an authenticator app shows now (by the controller's clock). */
  const codeFor = (secret: string) => generateSync({ secret, epoch: Math.floor(clock.t / 1000) });
  /** Moves to the next 30-second step, so that a new code is shown. */
  const nextStep = () => {
    clock.t += 30_000;
  };

  const createUser = async (username: string, roles: string[]) => {
    const created = await admin.post<{ id: string }>('/api/v1/users', {
      username,
      displayName: username,
      roles,
      scope: { global: true },
      password,
    });
    expect(created.status).toBe(201);
    const api = new Api(server.url, undefined);
    expect((await api.login(username, password)).status).toBe(200);
    return { api, id: created.body.id };
  };

  const enrol = async (api: Api): Promise<string> => {
    const setup = await api.post<TotpSetup>('/api/v1/auth/totp', { password });
    expect(setup.status).toBe(200);
    expect((await api.post('/api/v1/auth/totp/confirm', { totp: codeFor(setup.body.secret) })).status).toBe(
      204,
    );
    return setup.body.secret;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    admin = new Api(server.url, undefined);
    expect((await admin.login('admin', ADMIN_PASSWORD)).status).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('enrols an approver: the secret is shown once, turns on with a code, then every sign-in needs one', async () => {
    const { api, id } = await createUser('approver-one', ['approver']);
    const wrongPassword = await api.post<ErrorBody>('/api/v1/auth/totp', {
      password: 'not my password at all',
    });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.error.path).toBe('/password');

    const setup = await api.post<TotpSetup>('/api/v1/auth/totp', { password });
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Gatecast:approver-one\?.*secret=/);
    expect(setup.body.otpauthUri).toContain(setup.body.secret);
    // Not on until confirmed: signing in still needs only the password.
    expect((await new Api(server.url, undefined).login('approver-one', password)).status).toBe(200);

    const wrong = await api.post<ErrorBody>('/api/v1/auth/totp/confirm', {
      totp: codeFor(setup.body.secret) === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.path).toBe('/totp');
    expect((await api.post('/api/v1/auth/totp/confirm', { totp: codeFor(setup.body.secret) })).status).toBe(
      204,
    );
    // Enrolling again over an active factor is refused (turn it off first).
    expect((await api.post('/api/v1/auth/totp', { password })).status).toBe(409);

    const again = new Api(server.url, undefined);
    const withoutCode = await again.login('approver-one', password);
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.error?.code).toBe('totp_required');
    nextStep();
    const code = codeFor(setup.body.secret);
    expect((await again.login('approver-one', password, code)).status).toBe(200);
    // A code works once.
    expect((await new Api(server.url, undefined).login('approver-one', password, code)).status).toBe(401);

    // A dump of the database alone does not give the secret away: it is sealed with the controller's key.
    const row = await server.app.db
      .selectFrom('users')
      .select(['totp_secret', 'totp_pending'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(row.totp_secret).not.toContain(setup.body.secret);
    expect(row.totp_pending).toBeNull();

    const audit = await admin.get<AuditPage>('/api/v1/audit?limit=500');
    const mine = audit.body.items.filter((e) => e.entityId === id).map((e) => `${e.action}:${e.outcome}`);
    expect(mine).toEqual(
      expect.arrayContaining(['auth.totp.start:ok', 'auth.totp.enable:failed', 'auth.totp.enable:ok']),
    );
    expect(JSON.stringify(audit.body)).not.toContain(setup.body.secret);
  });

  it('turns the factor off with a current code, and pauses after repeated wrong codes', async () => {
    const { api } = await createUser('approver-two', ['approver']);
    const secret = await enrol(api);
    const wrongCode = (c: string) => (c === '000000' ? '111111' : '000000');
    for (let i = 0; i < 5; i++) {
      const res = await api.post('/api/v1/auth/totp/disable', { totp: wrongCode(codeFor(secret)) });
      expect(res.status).toBe(400);
    }
    nextStep();
    const paused = await api.post<ErrorBody>('/api/v1/auth/totp/disable', { totp: codeFor(secret) });
    expect(paused.status).toBe(429);
    clock.t += 15 * 60_000;
    expect((await api.post('/api/v1/auth/totp/disable', { totp: codeFor(secret) })).status).toBe(204);
    expect((await new Api(server.url, undefined).login('approver-two', password)).status).toBe(200);
  });

  it('lets an admin turn off the factor of someone who lost their phone, and nobody else', async () => {
    const { api, id } = await createUser('admin-two', ['admin']);
    await enrol(api);
    const { api: approver } = await createUser('approver-three', ['approver']);
    expect((await approver.delete(`/api/v1/users/${id}/totp`)).status).toBe(403);
    expect((await new Api(server.url, undefined).login('admin-two', password)).status).toBe(401);

    expect((await admin.delete(`/api/v1/users/${id}/totp`)).status).toBe(204);
    expect((await new Api(server.url, undefined).login('admin-two', password)).status).toBe(200);
    expect((await admin.delete(`/api/v1/users/${id}/totp`)).status).toBe(409);
    const audit = await admin.get<AuditPage>('/api/v1/audit?action=auth.totp.disable');
    expect(audit.body.items.some((e) => e.entityId === id && e.detail.by === 'admin')).toBe(true);
  });

  it('accepts a code once across controllers and restarts: the used step is kept in the database', async () => {
    const { api, id } = await createUser('approver-four', ['approver']);
    const secret = await enrol(api);
    const users = new UserRepository(server.app.db);
    // Another controller (or this one after a restart): its own TotpService over the same database and key.
    const key = deriveKey(await loadSecretKey(server.dataDir, undefined), 'totp');
    const another = () =>
      new TotpService({
        users,
        passwords: new PasswordCheckService({
          hasher: new PasswordHasher(),
          clock,
          limits: memoryRateLimits,
        }),
        audit: new AuditService({
          repo: new AuditRepository(server.app.db),
          clock,
          access: new AccessPolicy(createEntityRepositories(server.app.db)),
        }),
        clock,
        key,
        limits: memoryRateLimits,
      });
    const stored = async () => {
      const user = await users.byId(id);
      if (!user) throw new Error('the user vanished');
      return user;
    };

    nextStep();
    const code = codeFor(secret);
    expect((await new Api(server.url, undefined).login('approver-four', password, code)).status).toBe(200);
    expect(await another().verifyAtSignIn(await stored(), code)).toBe(false);

    // The other way round: a code used on the other controller is refused here.
    nextStep();
    const next = codeFor(secret);
    expect(await another().verifyAtSignIn(await stored(), next)).toBe(true);
    expect((await new Api(server.url, undefined).login('approver-four', password, next)).status).toBe(401);

    // Two controllers given the same fresh code at the same moment: exactly one accepts it.
    nextStep();
    const raced = codeFor(secret);
    const user = await stored();
    const answers = await Promise.all(
      [another(), another(), another()].map((t) => t.verifyAtSignIn(user, raced)),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await users.acceptTotpStep(id, (await stored()).totpLastStep ?? 0)).toBe(false);
  });

  it('refuses enrolment to an API token, which has no second factor', async () => {
    const res = await server.api.post<ErrorBody>('/api/v1/auth/totp', { password: ADMIN_PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/signed-in person/);
  });
});
