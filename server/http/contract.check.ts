// Test-only (VALIDATE_RESPONSES=1): every response is held to the contract of the route it answers, and one
// outside it is replaced by a 500 `contract_violation` (and logged), so the test that caused it fails on
// its own assertion. Not installed otherwise: production pays nothing for it.
import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { schemaAjv, validations } from '../validation/schema.validator.ts';
import type { Reply, Schema } from './contract.ts';
import { errorReply } from './error.middleware.ts';
import type { RouteRecord, RouteTable } from './route.table.ts';

// A second ajv: all errors, and never defaults written into the body being checked.
let ajv: ReturnType<typeof schemaAjv> | undefined;
const compiled = new Map<Schema, ValidateFunction>();
function validatorOf(schema: Schema): ValidateFunction {
  ajv ??= schemaAjv({ allErrors: true, strict: true, strictRequired: false, discriminator: true });
  let fn = compiled.get(schema);
  if (!fn) {
    fn = typeof schema === 'string' ? ajv.getSchema(schema) : ajv.compile(schema);
    if (!fn) throw new Error(`unknown schema ${JSON.stringify(schema)}`);
    compiled.set(schema, fn);
  }
  return fn;
}

/** The route of the table a request is for, as Express would route it (HEAD as GET). */
function router(table: RouteTable) {
  let patterns: { route: RouteRecord; pattern: RegExp }[] | undefined;
  return (method: string, path: string) => {
    patterns ??= table.routes.map((route) => ({
      route,
      pattern: new RegExp(
        `^${route.path
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/:[A-Za-z0-9_]+/g, '[^/]+')
          .replace(/\/$/, '')}/?$`,
        'i',
      ),
    }));
    const wanted = method === 'head' ? 'get' : method;
    return patterns.find((p) => p.route.method === wanted && p.pattern.test(path))?.route;
  };
}

const mediaMatches = (declared: string, actual: string) => {
  const [a = '', b = ''] = declared.split('/');
  const [x = '', y = ''] = (actual.split(';')[0] ?? '').trim().toLowerCase().split('/');
  return (a === '*' || a === x) && (b === '*' || b === y);
};

/** What is wrong with a response (undefined: nothing). `body` is the whole body, when it is known. */
function problemOf(
  route: RouteRecord,
  res: Response,
  body: Buffer | undefined,
  head: boolean,
  validated: Set<string>,
): string | undefined {
  const status = res.statusCode;
  const reply = (route.responses as Record<number, Reply | undefined>)[status];
  if (!reply) return `status ${status} is not in the contract (${Object.keys(route.responses).join(', ')})`;
  const type = String(res.getHeader('content-type') ?? '');
  const sent = body !== undefined && body.length > 0;
  if (!reply.content) {
    if (sent && status < 300) return `status ${status} has no body in the contract, and one was sent`;
    return undefined;
  }
  if (head || (body !== undefined && body.length === 0)) return undefined;
  const entry = Object.entries(reply.content).find(([declared]) => mediaMatches(declared, type));
  if (!entry) return `content type "${type}" is not in the contract for ${status}`;
  if (status < 300) {
    const { body: input, serviceQuery } = route.contract;
    for (const ref of [input, serviceQuery])
      if (typeof ref === 'string' && !validated.has(ref))
        return `the request was not validated with ${ref}, which the contract declares`;
  }
  if (!/json/.test(type) || body === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return 'the body is not JSON';
  }
  const validate = validatorOf(entry[1]);
  if (validate(parsed)) return undefined;
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('; ');
}

const representation = ['Content-Type', 'Content-Length', 'Content-Disposition', 'Content-Range', 'ETag'];

type End = (chunk?: unknown, encoding?: unknown, cb?: unknown) => Response;
type Write = (chunk: unknown, encoding?: unknown, cb?: unknown) => boolean;

const toBuffer = (chunk: unknown, encoding: unknown) =>
  chunk === undefined || chunk === null || typeof chunk === 'function'
    ? undefined
    : Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);

/**
 * The middleware (first in the app) that checks each response of a route in the table against its
 * contract, and records which schemas the request was validated with on the way.
 */
export function checkResponses(table: RouteTable, log: Logger): RequestHandler {
  const routeOf = router(table);
  return function checkResponses(req, res, next) {
    const route = routeOf(req.method.toLowerCase(), req.path);
    if (!route) {
      next();
      return;
    }
    const head = req.method === 'HEAD';
    const validated = new Set<string>();
    res.locals.validated = validated;
    const end = res.end.bind(res) as End;
    const write = res.write.bind(res) as Write;
    let settled = false;
    let replaced = false;
    const replace = (problem: string) => {
      const where = `${route.method.toUpperCase()} ${route.path}`;
      const message = `${where} answered outside its contract: ${problem}`;
      log.error(
        { route: where, status: res.statusCode, url: req.originalUrl, problem },
        'contract violation',
      );
      table.violations.push(`${req.method} ${req.originalUrl}: ${message}`);
      replaced = true;
      if (res.headersSent) return end();
      for (const name of representation) res.removeHeader(name);
      const text = JSON.stringify(errorReply('contract_violation', message));
      res.statusCode = 500;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(text));
      return end(text);
    };
    // 5xx are failures already (logged by the error handler); everything else is checked once, at the
    // first byte (streams: status and type) or at the end (the whole body).
    const check = (body: Buffer | undefined) => {
      settled = true;
      if (res.statusCode >= 500) return undefined;
      return problemOf(route, res, body, head, validated);
    };
    (res as { write: Write }).write = (chunk, encoding, cb) => {
      if (replaced) return true;
      if (!settled) {
        const problem = check(undefined);
        if (problem) {
          replace(problem);
          return true;
        }
      }
      return write(chunk, encoding, cb);
    };
    (res as { end: End }).end = (chunk, encoding, cb) => {
      if (replaced) return res;
      if (!settled) {
        const problem = check(toBuffer(chunk, encoding) ?? Buffer.alloc(0));
        if (problem) return replace(problem);
      }
      return end(chunk, encoding, cb);
    };
    next();
  };
}

/** Runs the handlers after it inside the request's record of validated schemas (body parsers lose it). */
export const recordValidations: RequestHandler = function recordValidations(_req, res, next) {
  const validated = res.locals.validated as Set<string> | undefined;
  if (validated) validations.run(validated, next);
  else next();
};
