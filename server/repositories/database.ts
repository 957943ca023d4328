import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import pg from 'pg';
import { migrations } from './migrations.ts';
import type { Database } from './schema.ts';
import { nodeSqliteDialect } from './sqlite.dialect.ts';

export type Db = Kysely<Database>;
export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** postgres:// URL; when absent, SQLite at `sqlitePath`. */
  url?: string | undefined;
  /** File path, or ':memory:'. */
  sqlitePath: string;
  /** Called for every query that fails (counted in the metrics). */
  onQueryError?: () => void;
}

/** Opens the database named by the options and runs every pending migration. */
export async function openDatabase(options: DatabaseOptions): Promise<{ db: Db; dialect: DialectName }> {
  let dialect: Dialect;
  let name: DialectName;
  if (options.url) {
    dialect = new PostgresDialect({ pool: new pg.Pool({ connectionString: options.url, max: 10 }) });
    name = 'postgres';
  } else {
    if (options.sqlitePath !== ':memory:') mkdirSync(join(options.sqlitePath, '..'), { recursive: true });
    dialect = nodeSqliteDialect(options.sqlitePath);
    name = 'sqlite';
  }
  const onQueryError = options.onQueryError;
  const db = new Kysely<Database>({
    dialect,
    ...(onQueryError
      ? {
          log(event) {
            if (event.level === 'error') onQueryError();
          },
        }
      : {}),
  });
  await migrate(db);
  return { db, dialect: name };
}

/** Runs the forward-only migrations in order; throws if one fails. */
export async function migrate(db: Db): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: () => Promise.resolve(migrations),
  };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  }
}

/** Splits rows into slices of at most `size`: multi-row statements stay under the dialects' parameter limits. */
export function* chunks<T>(items: readonly T[], size = 500): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
