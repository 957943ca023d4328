import { rateLimit, type Store } from 'express-rate-limit';
import type { Me } from '../../schemas/types.ts';
import type { AuthService } from '../services/auth.service.ts';
import type { TotpService } from '../services/totp.service.ts';
import { setSessionCookie } from './auth.middleware.ts';
import { errorReply } from './error.middleware.ts';
import { empty, error, errors, json } from './contract.ts';
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
      res
        .status(429)
        .json(errorReply('rate_limited', 'too many sign-in attempts from this address: wait a minute'));
    },
  });
  const me = json('user.json#/$defs/me', 'Who is signed in');
  router.post(
    '/login',
    {
      public: true,
      summary:
        'Sign in with a password (and a second-factor code or a recovery code); sets the session cookie',
      body: 'user.json#/$defs/login',
      responses: { 200: me, 401: error('Wrong username, password or code'), ...errors(400, 429) },
    },
    limiter,
    async (req, res) => {
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
    },
  );
  router.post(
    '/logout',
    { signedIn: true, summary: 'Sign out (ends the session)', responses: { 204: empty('Signed out') } },
    async (req, res) => {
      const secret = res.locals.sessionSecret as string | undefined;
      if (secret) await auth.logout(secret, actorOf(res));
      setSessionCookie(req, res, undefined);
      res.status(204).end();
    },
  );
  router.get(
    '/me',
    {
      signedIn: true,
      summary: 'Who is signed in (a person: also whether a second factor is on, recovery codes left)',
      responses: { 200: me },
    },
    async (_req, res) => {
      const p = actorOf(res);
      const csrfToken = res.locals.csrfToken as string | undefined;
      res.json({
        kind: p.kind === 'token' ? 'token' : 'user',
        id: p.id,
        name: p.name,
        roles: [...p.roles],
        scope: p.scope,
        ...(csrfToken ? { csrfToken } : {}),
        ...(p.kind === 'user' ? await auth.account(p) : {}),
      } satisfies Me);
    },
  );
  // Second factor: start enrolment (password; the secret is shown once), confirm it with a code, turn it off.
  const guessed = errors(400, 403, 409, 429);
  router.post(
    '/totp',
    {
      signedIn: true,
      summary: 'Start second-factor enrolment (the secret is shown once)',
      body: 'user.json#/$defs/totpStart',
      responses: { 200: json('user.json#/$defs/totpSetup'), ...guessed },
    },
    async (req, res) => {
      res.json(await totp.start(actorOf(res), req.body));
    },
  );
  const recovery = json('user.json#/$defs/recoveryCodes', 'The recovery codes, shown this once');
  router.post(
    '/totp/confirm',
    {
      signedIn: true,
      summary: 'Confirm second-factor enrolment with a code (answers the recovery codes, shown once)',
      body: 'user.json#/$defs/totpConfirm',
      responses: { 200: recovery, ...guessed },
    },
    async (req, res) => {
      res.json(await totp.confirm(actorOf(res), req.body));
    },
  );
  router.post(
    '/totp/recovery-codes',
    {
      signedIn: true,
      summary: 'New recovery codes with a code (the old ones stop working; shown once)',
      body: 'user.json#/$defs/totpConfirm',
      responses: { 200: recovery, ...guessed },
    },
    async (req, res) => {
      res.json(await totp.renewRecoveryCodes(actorOf(res), req.body));
    },
  );
  router.post(
    '/totp/disable',
    {
      signedIn: true,
      summary: 'Turn my second factor off (with a code)',
      body: 'user.json#/$defs/totpConfirm',
      responses: { 204: empty('The second factor is off'), ...guessed },
    },
    async (req, res) => {
      await totp.disable(actorOf(res), req.body);
      res.status(204).end();
    },
  );
  router.post(
    '/password',
    {
      signedIn: true,
      summary: 'Change my password (signs every session out)',
      body: 'user.json#/$defs/passwordChange',
      responses: { 204: empty('Changed; signed out'), ...guessed },
    },
    async (req, res) => {
      await auth.changePassword(actorOf(res), req.body);
      setSessionCookie(req, res, undefined);
      res.status(204).end();
    },
  );
}
