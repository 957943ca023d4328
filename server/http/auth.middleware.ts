import { parse as parseCookie, serialize } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';
import type { Principal } from '../domain/access.ts';
import type { DeviceCaller } from './route.table.ts';
import { DomainError } from '../domain/errors.ts';
import type { MediaPrincipal } from '../services/asset.service.ts';
import { SOURCE_TOKEN_PREFIX, type AlertSourceService } from '../services/alert-source.service.ts';
import type { ApiTokenService } from '../services/api-token.service.ts';
import type { AuthService } from '../services/auth.service.ts';
import { DATA_TOKEN_PREFIX, type DataSourceService } from '../services/data-source.service.ts';
import type { DeviceService } from '../services/device.service.ts';

export const SESSION_COOKIE = 'gatecast_session';
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The bearer secret of a request, if any. */
export function bearer(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** The session cookie's secret, if any. */
export function sessionSecret(req: Request): string | undefined {
  const header = req.get('cookie');
  return header ? parseCookie(header)[SESSION_COOKIE] : undefined;
}

/** Sets (or, with undefined, clears) the session cookie: httpOnly, SameSite=Strict, Secure under HTTPS. */
export function setSessionCookie(
  req: Request,
  res: Response,
  secret: string | undefined,
  expiresAt?: string,
): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, secret ?? '', {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      ...(secret && expiresAt ? { expires: new Date(expiresAt) } : { maxAge: 0 }),
    }),
  );
}

/**
 * Attaches the caller's principal: a bearer API token, or a session cookie (whose writes must carry the
 * session's CSRF token in X-CSRF-Token). A bearer token that is not valid is refused outright; a session
 * cookie that is not (expired, signed out, forged) is cleared and the request goes on as anonymous, for the
 * route's rule to decide.
 */
export function authenticate(
  apiTokens: ApiTokenService,
  auth: AuthService,
  devices: DeviceService,
  sources: Pick<AlertSourceService, 'authenticate'>,
  dataSources: Pick<DataSourceService, 'authenticate'>,
): RequestHandler {
  return async (req, res, next) => {
    const ip = req.ip ?? '';
    const token = bearer(req);
    if (token) {
      if (token.startsWith(`${SOURCE_TOKEN_PREFIX}_`)) {
        res.locals.alertSource = await sources.authenticate(token);
      } else if (token.startsWith(`${DATA_TOKEN_PREFIX}_`)) {
        res.locals.dataSource = await dataSources.authenticate(token);
      } else if (token.startsWith('gcd_')) {
        const { screenId } = await devices.authenticate(token);
        res.locals.device = { screenId } satisfies DeviceCaller;
      } else {
        res.locals.principal = await apiTokens.authenticate(token, ip);
      }
      next();
      return;
    }
    const secret = sessionSecret(req);
    const session = secret ? await auth.resolveSession(secret, ip) : undefined;
    // A stale or forged cookie is no session: clear it and carry on anonymous, so public pages and sign-in
    // still answer (a route that needs a person answers 401 as for any anonymous caller).
    if (secret && !session) setSessionCookie(req, res, undefined);
    if (secret && session) {
      const { principal, csrfToken } = session;
      if (unsafe.has(req.method) && req.get('x-csrf-token') !== csrfToken) {
        throw new DomainError(
          'csrf_failed',
          403,
          'missing or wrong X-CSRF-Token header for a write made with a session',
        );
      }
      res.locals.principal = principal satisfies Principal;
      res.locals.sessionSecret = secret;
      res.locals.csrfToken = csrfToken;
    }
    next();
  };
}

/** Who fetches media: a device (its own manifest's assets) or a signed-in operator (any). */
export function mediaCaller(res: Response): MediaPrincipal {
  const device = res.locals.device as DeviceCaller | undefined;
  return device ? { kind: 'device', screenId: device.screenId } : { kind: 'api' };
}
