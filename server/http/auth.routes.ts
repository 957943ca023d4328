import { rateLimit, type Store } from 'express-rate-limit';
import type { Me } from '../../schemas/types.ts';
import type { AuthService } from '../services/auth.service.ts';
import type { TotpService } from '../services/totp.service.ts';
import { setSessionCookie } from './auth.middleware.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/auth: sign in (rate-limited per address), sign out, who am I, my password and second factor. */
export function authRoutes(
  router: GuardedRouter,
  auth: AuthService,
  totp: TotpService,
  options: { loginsPerMinute: number; store?: Store | undefined },
): void {
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.loginsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // With several controllers the count lives in Redis, so each address has one budget for the cluster.
    ...(options.store ? { store: options.store } : {}),
    handler: (_req, res) => {
      res.status(429).json({
        error: {
          code: 'rate_limited',
          message: 'too many sign-in attempts from this address: wait a minute',
        },
      });
    },
  });
  router.post('/login', { public: true }, limiter, async (req, res) => {
    const signedIn = await auth.login(req.body, req.ip ?? '');
    setSessionCookie(req, res, signedIn.sessionSecret, signedIn.expiresAt);
    const { principal } = signedIn;
    res.json({
      kind: 'user',
      id: principal.id,
      name: principal.name,
      roles: [...principal.roles],
      scope: principal.scope,
      csrfToken: signedIn.csrfToken,
    } satisfies Me);
  });
  router.post('/logout', { signedIn: true }, async (req, res) => {
    const secret = res.locals.sessionSecret as string | undefined;
    if (secret) await auth.logout(secret, actorOf(res));
    setSessionCookie(req, res, undefined);
    res.status(204).end();
  });
  router.get('/me', { signedIn: true }, (_req, res) => {
    const p = actorOf(res);
    const csrfToken = res.locals.csrfToken as string | undefined;
    res.json({
      kind: p.kind === 'token' ? 'token' : 'user',
      id: p.id,
      name: p.name,
      roles: [...p.roles],
      scope: p.scope,
      ...(csrfToken ? { csrfToken } : {}),
    } satisfies Me);
  });
  // Second factor: start enrolment (password; the secret is shown once), confirm it with a code, turn it off.
  router.post('/totp', { signedIn: true }, async (req, res) => {
    res.json(await totp.start(actorOf(res), req.body));
  });
  router.post('/totp/confirm', { signedIn: true }, async (req, res) => {
    await totp.confirm(actorOf(res), req.body);
    res.status(204).end();
  });
  router.post('/totp/disable', { signedIn: true }, async (req, res) => {
    await totp.disable(actorOf(res), req.body);
    res.status(204).end();
  });
  router.post('/password', { signedIn: true }, async (req, res) => {
    await auth.changePassword(actorOf(res), req.body);
    setSessionCookie(req, res, undefined);
    res.status(204).end();
  });
}
