import { SqliteAdapter, type Kysely } from 'kysely';

// The one place that knows how SQLite and PostgreSQL differ.

interface DriverError {
  code?: unknown;
  errcode?: unknown;
}

/** True when a driver error is a unique or primary-key violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as DriverError;
  // PostgreSQL: SQLSTATE 23505. node:sqlite: SQLITE_CONSTRAINT_PRIMARYKEY (1555) / _UNIQUE (2067).
  return e.code === '23505' || e.errcode === 1555 || e.errcode === 2067;
}

/** True when a driver error is a foreign-key violation, on either dialect. */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as DriverError;
  // PostgreSQL: SQLSTATE 23503. node:sqlite: SQLITE_CONSTRAINT_FOREIGNKEY (787).
  return e.code === '23503' || e.errcode === 787;
}

/** Which dialect a Kysely instance talks to. */
export function dialectOf(db: Kysely<unknown>): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}
