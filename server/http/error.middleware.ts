import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ErrorReply } from '../../schemas/types.ts';
import { apiErrorOf, DomainError } from '../domain/errors.ts';

/** The body of every error reply (common.json#/$defs/errorReply). */
export function errorReply(code: string, message: string, path?: string): ErrorReply {
  return { error: { code, message, ...(path === undefined ? {} : { path }) } };
}

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

// Headers a handler may have set for the body it meant to send (a CSV download, an image): an error reply
// is JSON and must not be labelled, or saved by a browser, as that.
const representation = ['Content-Type', 'Content-Disposition', 'Content-Length', 'ETag'];

/** Maps domain errors to `{ error: { code, message, path?, reason?, params? } }`; anything unknown is logged and answered 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    // Too late for an error reply: Express's final handler ends the connection.
    if (res.headersSent) {
      next(err);
      return;
    }
    for (const name of representation) res.removeHeader(name);
    if (err instanceof DomainError) {
      res.status(err.status).json({ error: apiErrorOf(err) });
      return;
    }
    const parser = err as BodyParserError;
    if (parser.type === 'entity.parse.failed') {
      res
        .status(400)
        .json(errorReply('invalid_json', `request body is not valid JSON: ${parser.message ?? ''}`, '/'));
      return;
    }
    if (parser.type === 'entity.too.large') {
      res.status(413).json(errorReply('too_large', 'request body is too large'));
      return;
    }
    // Other client errors raised by Express and body-parser (a path parameter that is not valid
    // percent-encoding: 400; a charset or Content-Encoding it cannot read: 415; an aborted body: 400).
    if (typeof parser.status === 'number' && parser.status >= 400 && parser.status < 500) {
      const code =
        parser.type?.replaceAll('.', '_') ?? (err instanceof URIError ? 'invalid_path' : 'bad_request');
      res.status(parser.status).json(errorReply(code, parser.message ?? 'bad request'));
      return;
    }
    log.error({ err, errorSource: 'http', method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json(errorReply('internal', 'internal error'));
  };
}

/** JSON 404 for unknown API routes (rather than an HTML page). */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json(errorReply('not_found', `no route ${req.method} ${req.originalUrl}`));
};
