/** Typed domain errors: services throw these; one HTTP middleware and one socket-ack wrapper map them. */
export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly path: string | undefined;

  constructor(code: string, status: number, message: string, path?: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.path = path;
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, path?: string, code = 'validation_failed') {
    super(code, 400, message, path);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, path?: string) {
    super('not_found', 404, message, path);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, path?: string) {
    super('conflict', 409, message, path);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = 'authentication required') {
    super('unauthorized', 401, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'not allowed', path?: string) {
    super('forbidden', 403, message, path);
  }
}
