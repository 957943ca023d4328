import type { ErrorParams, ErrorReason } from '../../schemas/types.ts';

/** Typed domain errors: services throw these; one HTTP middleware and one socket-ack wrapper map them. */

/**
 * The specific cause of an error (common.json#/$defs/errorReason, a closed list) and the values its sentence
 * names: what the console turns into a sentence of its own, beside `code` which stays coarse.
 */
export interface Cause {
  reason: ErrorReason;
  params?: ErrorParams;
}

export type { ErrorParams, ErrorReason };

export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly path: string | undefined;
  readonly reason: ErrorReason | undefined;
  readonly params: ErrorParams | undefined;

  constructor(code: string, status: number, message: string, path?: string, cause?: Cause) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.path = path;
    this.reason = cause?.reason;
    this.params = cause?.params;
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, path?: string, code = 'validation_failed', cause?: Cause) {
    super(code, 400, message, path, cause);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, path?: string, cause?: Cause) {
    super('not_found', 404, message, path, cause);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, path?: string, cause?: Cause) {
    super('conflict', 409, message, path, cause);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = 'authentication required') {
    super('unauthorized', 401, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'not allowed', path?: string, cause?: Cause) {
    super('forbidden', 403, message, path, cause);
  }
}

/** The `error` member of an error reply or a refused ack, from a domain error. */
export function apiErrorOf(err: DomainError): {
  code: string;
  message: string;
  path?: string;
  reason?: ErrorReason;
  params?: ErrorParams;
} {
  return {
    code: err.code,
    message: err.message,
    ...(err.path === undefined ? {} : { path: err.path }),
    ...(err.reason === undefined ? {} : { reason: err.reason }),
    ...(err.params === undefined ? {} : { params: err.params }),
  };
}
