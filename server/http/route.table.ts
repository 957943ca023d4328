import { Router, type RequestHandler, type Response } from 'express';
import type { Principal } from '../domain/access.ts';
import type { AlertSource, DataSource } from '../../schemas/types.ts';
import { ForbiddenError, UnauthorizedError, ValidationError } from '../domain/errors.ts';
import { schemaAt, validate, validatorFor } from '../validation/schema.validator.ts';
import { recordValidations } from './contract.check.ts';
import { empty, error, type Contract, type Reply, type Responses, type Schema } from './contract.ts';

/**
 * Who may call a route: anyone; any signed-in principal; (media, screenshots) also a device; or (CAP alerts)
 * only an alert source with its token. That is all a route says: roles and scope are decided by the service
 * that owns the data (docs/SECURITY.md).
 */
export type Rule =
  | { public: true }
  | { signedIn: true }
  | { deviceOrSignedIn: true }
  | { alertSource: true }
  | { dataSource: true };

/** What a route is registered with: who may call it, and its contract. */
export type Declaration = Rule & Contract;

/** The alert source that presented its token (only routes with the alertSource rule accept one). */
export function sourceOf(res: Response): AlertSource {
  const source = res.locals.alertSource as AlertSource | undefined;
  if (!source) throw new UnauthorizedError('an alert source token is required');
  return source;
}

/** The data source that presented its token (only routes with the dataSource rule accept one). */
export function dataSourceOf(res: Response): DataSource {
  const source = res.locals.dataSource as DataSource | undefined;
  if (!source) throw new UnauthorizedError('a data source token is required');
  return source;
}

/** A device that presented its token (only routes with the deviceOrSignedIn rule accept one). */
export interface DeviceCaller {
  screenId: string;
}

export type Method = 'get' | 'post' | 'put' | 'delete';

export interface RouteRecord {
  method: Method;
  path: string;
  rule: Rule;
  contract: Contract;
  /** Every response the route can give: its contract's, and those of the middleware in front of it. */
  responses: Responses;
}

/** The principal that the authentication middleware attached to this request. */
export function actorOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new UnauthorizedError();
  return principal;
}

/** The query as the router validated it against the route's contract (defaults applied). */
export function queryOf<T>(res: Response): T {
  return res.locals.query as T;
}

/** The one authorisation check every route runs first (its name is how the route walk test finds it). */
function authorize(rule: Rule): RequestHandler {
  return function authorize(_req, res, next) {
    if ('public' in rule) {
      next();
      return;
    }
    if ('alertSource' in rule) {
      if (res.locals.alertSource) {
        next();
        return;
      }
      if (res.locals.principal || res.locals.device)
        throw new ForbiddenError('only an alert source, with its own token, sends alerts here');
      throw new UnauthorizedError('an alert source token is required (Authorization: Bearer gcs_…)');
    }
    if ('dataSource' in rule) {
      if (res.locals.dataSource) {
        next();
        return;
      }
      if (res.locals.principal || res.locals.device || res.locals.alertSource)
        throw new ForbiddenError('only a data source, with its own token, sends values here');
      throw new UnauthorizedError('a data source token is required (Authorization: Bearer gcv_…)');
    }
    if (res.locals.alertSource) throw new UnauthorizedError('an alert source token only sends alerts');
    if (res.locals.dataSource) throw new UnauthorizedError('a data source token only sends values');
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

const pointer = (name: string) => `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;

type Property = { type?: string; $ref?: string };

/** The type a property's schema names, through its $ref (`#/…` is within `file`). */
function typeOf(property: Property, file: string): string | undefined {
  if (property.type !== undefined || property.$ref === undefined) return property.type;
  const target = property.$ref.startsWith('#') ? `${file}${property.$ref}` : property.$ref;
  return typeOf(schemaAt(target), target.split('#')[0] ?? '');
}

/**
 * Validates the query with the contract's schemas: each parameter against the schema that names it (query
 * strings are text, so digits become numbers where the schema wants an integer); any other is refused.
 */
function validateQuery(refs: readonly Schema[]): RequestHandler {
  const owners = new Map<string, { ref: Schema; integer: boolean }>();
  for (const ref of refs) {
    const schema = validatorFor(ref).schema as { properties?: Record<string, Property> };
    const file = typeof ref === 'string' ? (ref.split('#')[0] ?? '') : '';
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      owners.set(name, { ref, integer: typeOf(property, file) === 'integer' });
  }
  return function validateQuery(req, res, next) {
    const parts = new Map<Schema, Record<string, unknown>>(refs.map((ref) => [ref, {}]));
    for (const [name, value] of Object.entries(req.query as Record<string, unknown>)) {
      if (value === undefined) continue;
      const owner = owners.get(name);
      const part = owner && parts.get(owner.ref);
      if (!owner || !part)
        throw new ValidationError(
          `${pointer(name)}: unknown field "${name}"`,
          pointer(name),
          'validation_failed',
          {
            reason: 'unknown_field',
            params: { field: name },
          },
        );
      part[name] =
        owner.integer && typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
    }
    const query: Record<string, unknown> = {};
    for (const [ref, part] of parts) Object.assign(query, validate<object>(ref, part));
    res.locals.query = query;
    next();
  };
}

const isWrite = (method: Method) => method !== 'get';

/** A router's own middleware: a JSON body parser for these methods (its refusals join their responses). */
export interface RouterOptions {
  json?: { parser: RequestHandler; methods: readonly Method[] };
}

/** What the middleware in front of a route can answer, besides what the route itself declares. */
function middlewareResponses(method: Method, path: string, rule: Rule, contract: Contract, json: boolean) {
  const out: Record<number, Reply> = {
    401: error('public' in rule ? 'A credential was presented and is not valid' : 'No valid credential'),
  };
  if (isWrite(method)) out[403] = error('A write with a session lacks its CSRF token');
  // Express answers a GET whose ETag the caller already has with 304.
  else if (!(302 in contract.responses)) out[304] = empty('Not modified (If-None-Match)');
  const invalid = [
    ...(path.includes(':') ? ['a path parameter is not valid percent-encoding'] : []),
    ...(contract.query ? ['a query parameter is not valid (the message and path name it)'] : []),
    ...(json ? ['the body is not valid JSON, or nests too deep'] : []),
  ];
  if (invalid.length > 0) out[400] = error(`Refused: ${invalid.join('; ')}`);
  if (json) {
    out[413] = error('The body is too large');
    out[415] = error('The body’s type, charset or encoding is not supported');
  }
  return out;
}

function responsesOf(declared: Responses, middleware: Record<number, Reply>): Responses {
  const out: Record<number, Reply | undefined> = { ...declared };
  for (const [status, reply] of Object.entries(middleware)) {
    const own = out[Number(status)];
    out[Number(status)] =
      own && own.description !== reply.description
        ? { ...own, description: `${own.description}; or: ${reply.description.toLowerCase()}` }
        : (own ?? reply);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => Number(a) - Number(b)));
}

/** A router whose every route is declared with its rule and contract, and recorded in the table. */
export interface GuardedRouter {
  readonly express: Router;
  get(path: string, route: Declaration, ...handlers: RequestHandler[]): void;
  post(path: string, route: Declaration, ...handlers: RequestHandler[]): void;
  put(path: string, route: Declaration, ...handlers: RequestHandler[]): void;
  delete(path: string, route: Declaration, ...handlers: RequestHandler[]): void;
}

const ruleOf = (route: Declaration): Rule =>
  'public' in route
    ? { public: true }
    : 'deviceOrSignedIn' in route
      ? { deviceOrSignedIn: true }
      : 'alertSource' in route
        ? { alertSource: true }
        : 'dataSource' in route
          ? { dataSource: true }
          : { signedIn: true };

/**
 * Every route of the controller with its rule and contract: the source of the OpenAPI document, of the
 * authorisation matrix test and of the response checks in tests.
 */
export class RouteTable {
  readonly routes: RouteRecord[] = [];
  /** Whether responses are checked against the contracts (tests only: VALIDATE_RESPONSES). */
  readonly checked: boolean;
  /** The responses found outside their route's contract, when checked (test servers fail on any). */
  readonly violations: string[] = [];

  constructor(options: { checked?: boolean } = {}) {
    this.checked = options.checked ?? false;
  }

  /** A guarded router to be mounted at `prefix`. */
  router(prefix: string, options: RouterOptions = {}): GuardedRouter {
    const express = Router();
    if (options.json) express.use(options.json.parser);
    const add =
      (method: Method) =>
      (path: string, route: Declaration, ...handlers: RequestHandler[]) => {
        const rule = ruleOf(route);
        const full = `${prefix}${path === '/' ? '' : path}` || '/';
        const json = options.json?.methods.includes(method) === true && isWrite(method);
        const middleware = middlewareResponses(method, full, rule, route, json);
        this.routes.push({
          method,
          path: full,
          rule,
          contract: route,
          responses: responsesOf(route.responses, middleware),
        });
        const query = route.query ? [validateQuery(route.query)] : [];
        // The handler runs inside the record of the schemas its request is validated with.
        if (this.checked) handlers.splice(-1, 0, recordValidations);
        express[method](path, authorize(rule), ...query, ...handlers);
      };
    return { express, get: add('get'), post: add('post'), put: add('put'), delete: add('delete') };
  }
}
