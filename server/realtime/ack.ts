import type { Logger } from 'pino';
import type { Ack } from '../../schemas/events.ts';
import { apiErrorOf, DomainError } from '../domain/errors.ts';
import { tooDeep, valueTooDeep } from '../domain/json.depth.ts';
import { validate } from '../validation/schema.validator.ts';

/**
 * Wraps a socket event handler: refuses payloads nested deeper than MAX_JSON_DEPTH (before anything
 * recursive copies them), validates the payload against its schema, runs the handler, and answers the
 * ack with `{ ok: true, data }` or `{ ok: false, error }`. A missing ack callback is tolerated. The handler
 * gets the socket the event came on (Socket.IO calls listeners with it as `this`), so one wrapped handler
 * can serve every socket of a namespace instead of a closure per socket.
 */
export function handleEvent<P, R, S = unknown>(
  log: Logger,
  schema: string,
  handler: (payload: P, socket: S) => Promise<R>,
): (this: S, payload: unknown, ack?: unknown) => void {
  return function (this: S, payload, ack) {
    const reply = typeof ack === 'function' ? (ack as (r: Ack<R>) => void) : () => undefined;
    Promise.resolve()
      .then(() => {
        if (valueTooDeep(payload)) throw tooDeep();
        return handler(validate<P>(schema, structuredClone(payload)), this);
      })
      .then(
        (data) => {
          reply({ ok: true, data });
        },
        (err: unknown) => {
          if (err instanceof DomainError) {
            const { path, ...error } = apiErrorOf(err);
            reply({ ok: false, error: path ? { ...error, path } : error });
            return;
          }
          log.error({ err, errorSource: 'socket', schema }, 'socket handler failed');
          reply({ ok: false, error: { code: 'internal', message: 'internal error' } });
        },
      );
  };
}
