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
      200,
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
      200,
    );
    // Enrolling again over an active factor is refused (turn it off first).
    expect((await api.post('/api/v1/auth/totp', { password })).status).toBe(409);

    const again = new Api(server.url, undefined);
    const withoutCode = await again.login('approver-one', password);
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.error?.code).toBe('totp_required');
    // The code that turned the factor on is used up: someone who saw it cannot sign in with it.
    expect((await again.login('approver-one', password, codeFor(setup.body.secret))).status).toBe(401);
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
    expect(await another().verifyAtSignIn(await stored(), { totp: code })).toBe(false);

    // The other way round: a code used on the other controller is refused here.
    nextStep();
    const next = codeFor(secret);
    expect(await another().verifyAtSignIn(await stored(), { totp: next })).toBe(true);
    expect((await new Api(server.url, undefined).login('approver-four', password, next)).status).toBe(401);

    // Two controllers given the same fresh code at the same moment: exactly one accepts it.
    nextStep();
    const raced = codeFor(secret);
    const user = await stored();
    const answers = await Promise.all(
      [another(), another(), another()].map((t) => t.verifyAtSignIn(user, { totp: raced })),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await users.acceptTotpStep(id, (await stored()).totpLastStep ?? 0)).toBe(false);
  });

  it('gives recovery codes once at enrolment, each good for one sign-in, stored only as hashes', async () => {
    const { api, id } = await createUser('approver-five', ['approver']);
    const setup = await api.post<TotpSetup>('/api/v1/auth/totp', { password });
    const confirmed = await api.post<{ codes: string[] }>('/api/v1/auth/totp/confirm', {
      totp: codeFor(setup.body.secret),
    });
    expect(confirmed.status).toBe(200);
    const codes = confirmed.body.codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const account = await api.get<{ secondFactor: boolean; recoveryCodesLeft: number }>('/api/v1/auth/me');
    expect(account.body).toMatchObject({ secondFactor: true, recoveryCodesLeft: 10 });
    const signIn = (recoveryCode: string, pw = password) =>
      new Api(server.url, undefined).request<ErrorBody>('POST', '/api/v1/auth/login', {
        username: 'approver-five',
        password: pw,
        recoveryCode,
      });

    // A wrong password never uses a code up.
    expect((await signIn(codes[0]!, 'not my password at all')).status).toBe(401);
    // Typed as read from paper: capitals, spaces instead of the hyphen.
    expect((await signIn(codes[0]!.toUpperCase().replace('-', ' '))).status).toBe(200);
    expect((await signIn(codes[0]!)).status).toBe(401);
    // Two sign-ins with one code at once: exactly one gets in.
    const raced = await Promise.all([signIn(codes[1]!), signIn(codes[1]!)]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 401]);
    expect((await signIn('aaaaa-bbbbb')).status).toBe(401);
    expect((await api.get<{ recoveryCodesLeft: number }>('/api/v1/auth/me')).body.recoveryCodesLeft).toBe(8);

    // Nothing in the database gives a code away.
    const rows = await server.app.db
      .selectFrom('recovery_codes')
      .selectAll()
      .where('user_id', '=', id)
      .execute();
    expect(rows).toHaveLength(10);
    for (const code of codes) expect(JSON.stringify(rows)).not.toContain(code.replace('-', ''));

    // A new set (with a current code) ends the old one.
    nextStep();
    const renewed = await api.post<{ codes: string[] }>('/api/v1/auth/totp/recovery-codes', {
      totp: codeFor(setup.body.secret),
    });
    expect(renewed.status).toBe(200);
    expect((await signIn(codes[2]!)).status).toBe(401);
    expect((await signIn(renewed.body.codes[0]!)).status).toBe(200);

    // Each use is in the log, with how many are left; no code is.
    const audit = await admin.get<AuditPage>(`/api/v1/users/${id}/audit?limit=100`);
    const uses = audit.body.items.filter((e) => e.action === 'auth.recovery.use');
    expect(uses.map((e) => e.detail.recoveryCodesLeft)).toEqual([9, 8, 9]);
    expect(JSON.stringify(audit.body)).not.toContain(renewed.body.codes[1]!);

    // An admin turning the factor off (a lost phone) takes the codes with it.
    expect((await admin.delete(`/api/v1/users/${id}/totp`)).status).toBe(204);
    const left = await server.app.db
      .selectFrom('recovery_codes')
      .selectAll()
      .where('user_id', '=', id)
      .execute();
    expect(left).toEqual([]);
  });

  it('refuses enrolment to an API token, which has no second factor', async () => {
    const res = await server.api.post<ErrorBody>('/api/v1/auth/totp', { password: ADMIN_PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/signed-in person/);
  });
});
