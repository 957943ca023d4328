import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors.ts';

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

/** Maps domain errors to `{ error: { code, message, path? } }`; anything unknown is logged and answered 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
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
