import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';

/** Prepared statements kept per connection; queries with many placeholders vary, so the cache is bounded. */
const maxStatements = 500;
import { SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';

// node:sqlite rejects booleans and undefined; Kysely may pass either.
function toSqlite(values: readonly unknown[]): SQLInputValue[] {
  return values.map(
    (v) => (typeof v === 'boolean' ? Number(v) : v === undefined ? null : v) as SQLInputValue,
  );
}

/** Adapts Node's built-in `node:sqlite` to the interface Kysely's SqliteDialect expects. */
export function nodeSqliteDialect(path: string): SqliteDialect {
  return new SqliteDialect({
    database: () => {
      const db = new DatabaseSync(path);
      // WAL lets readers run while a write is in progress; NORMAL sync is durable across process crashes.
      if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
      db.exec('PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
      const statements = new Map<string, { stmt: StatementSync; reader: boolean }>();
      const adapter: SqliteDatabase = {
        close: () => {
          db.close();
        },
        prepare: (sql: string): SqliteStatement => {
          // Kysely prepares every query afresh; parsing and planning the same SQL again was the largest
          // cost of a player's ack in the fanout profile, so statements are kept per SQL text (bounded).
          let cached = statements.get(sql);
          if (cached) {
            // Least recently used goes first: multi-row statements of every size must not evict the hot ones.
            statements.delete(sql);
            statements.set(sql, cached);
          } else {
            const stmt = db.prepare(sql);
            cached = { stmt, reader: stmt.columns().length > 0 };
            if (statements.size >= maxStatements) {
              const oldest = statements.keys().next().value;
              if (oldest !== undefined) statements.delete(oldest);
            }
            statements.set(sql, cached);
          }
          const { stmt, reader } = cached;
          return {
            reader,
            all: (params) => stmt.all(...toSqlite(params)),
            run: (params) => {
              const r = stmt.run(...toSqlite(params));
              return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
            },
            iterate: (params) => stmt.iterate(...toSqlite(params)),
          };
        },
      };
      return Promise.resolve(adapter);
    },
  });
}
