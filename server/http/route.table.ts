import { Router, type RequestHandler, type Response } from 'express';
import type { Principal } from '../domain/access.ts';
import { UnauthorizedError } from '../domain/errors.ts';

/**
 * Who may call a route: anyone; any signed-in principal; or (media, screenshots) also a device. That is all a
 * route says: roles and scope are decided by the service that owns the data (docs/SECURITY.md).
 */
export type Rule = { public: true } | { signedIn: true } | { deviceOrSignedIn: true };

/** A device that presented its token (only routes with the deviceOrSignedIn rule accept one). */
export interface DeviceCaller {
  screenId: string;
}

export interface RouteRecord {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  rule: Rule;
}

/** The principal that the authentication middleware attached to this request. */
export function actorOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new UnauthorizedError();
  return principal;
}

/** The one authorisation check every route runs first (its name is how the route walk test finds it). */
function authorize(rule: Rule): RequestHandler {
  return function authorize(_req, res, next) {
    if ('public' in rule) {
      next();
      return;
    }
    const device = res.locals.device as DeviceCaller | undefined;
    if ('deviceOrSignedIn' in rule && device) {
      next();
      return;
    }
    if (device) throw new UnauthorizedError('a device token cannot call the operator API');
    actorOf(res);
    next();
  };
}

/** A router whose every route is declared with its rule, and recorded in the table. */
export interface GuardedRouter {
  readonly express: Router;
  get(path: string, rule: Rule, ...handlers: RequestHandler[]): void;
  post(path: string, rule: Rule, ...handlers: RequestHandler[]): void;
  put(path: string, rule: Rule, ...handlers: RequestHandler[]): void;
  delete(path: string, rule: Rule, ...handlers: RequestHandler[]): void;
}

/** Every route of the controller with its rule: the source of the authorisation matrix test. */
export class RouteTable {
  readonly routes: RouteRecord[] = [];

  /** A guarded router to be mounted at `prefix`. */
  router(prefix: string): GuardedRouter {
    const express = Router();
    const add =
      (method: RouteRecord['method']) =>
      (path: string, rule: Rule, ...handlers: RequestHandler[]) => {
        this.routes.push({ method, path: `${prefix}${path === '/' ? '' : path}` || '/', rule });
        express[method](path, authorize(rule), ...handlers);
      };
    return { express, get: add('get'), post: add('post'), put: add('put'), delete: add('delete') };
  }
}
