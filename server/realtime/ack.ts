import type { Logger } from 'pino';
import type { Ack } from '../../schemas/events.ts';
import { DomainError } from '../domain/errors.ts';
import { validate } from '../validation/schema.validator.ts';

/**
 * Wraps a socket event handler: validates the payload against its schema, runs the handler, and answers the
 * ack with `{ ok: true, data }` or `{ ok: false, error }`. A missing ack callback is tolerated.
 */
export function handleEvent<P, R>(
  log: Logger,
  schema: string,
  handler: (payload: P) => Promise<R>,
): (payload: unknown, ack?: unknown) => void {
  return (payload, ack) => {
    const reply = typeof ack === 'function' ? (ack as (r: Ack<R>) => void) : () => undefined;
    Promise.resolve()
      .then(() => handler(validate<P>(schema, structuredClone(payload))))
      .then(
        (data) => {
          reply({ ok: true, data });
        },
        (err: unknown) => {
          if (err instanceof DomainError) {
            reply({
              ok: false,
              error: { code: err.code, message: err.message, ...(err.path ? { path: err.path } : {}) },
            });
            return;
          }
          log.error({ err, errorSource: 'socket', schema }, 'socket handler failed');
          reply({ ok: false, error: { code: 'internal', message: 'internal error' } });
        },
      );
  };
}
