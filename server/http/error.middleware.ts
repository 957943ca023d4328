import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors.ts';

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

// Headers a handler may have set for the body it meant to send (a CSV download, an image): an error reply
// is JSON and must not be labelled, or saved by a browser, as that.
const representation = ['Content-Type', 'Content-Disposition', 'Content-Length', 'ETag'];

/** Maps domain errors to `{ error: { code, message, path? } }`; anything unknown is logged and answered 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    // Too late for an error reply: Express's final handler ends the connection.
    if (res.headersSent) {
      next(err);
      return;
    }
    for (const name of representation) res.removeHeader(name);
    if (err instanceof DomainError) {
      res.status(err.status).json({
        error: {
          code: err.code,
          message: err.message,
          ...(err.path === undefined ? {} : { path: err.path }),
        },
      });
      return;
    }
    const parser = err as BodyParserError;
    if (parser.type === 'entity.parse.failed') {
      res.status(400).json({
        error: {
          code: 'invalid_json',
          message: `request body is not valid JSON: ${parser.message ?? ''}`,
          path: '/',
        },
      });
      return;
    }
    if (parser.type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'too_large', message: 'request body is too large' } });
      return;
    }
    // Other client errors raised by Express and body-parser (a path parameter that is not valid
    // percent-encoding: 400; a charset or Content-Encoding it cannot read: 415; an aborted body: 400).
    if (typeof parser.status === 'number' && parser.status >= 400 && parser.status < 500) {
      res.status(parser.status).json({
        error: {
          code:
            parser.type?.replaceAll('.', '_') ?? (err instanceof URIError ? 'invalid_path' : 'bad_request'),
          message: parser.message ?? 'bad request',
        },
      });
      return;
    }
    log.error({ err, errorSource: 'http', method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal', message: 'internal error' } });
  };
}

/** JSON 404 for unknown API routes (rather than an HTML page). */
export const apiNotFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json({ error: { code: 'not_found', message: `no route ${req.method} ${req.originalUrl}` } });
};
