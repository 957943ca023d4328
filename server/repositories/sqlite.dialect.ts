import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
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
      const adapter: SqliteDatabase = {
        close: () => {
          db.close();
        },
        prepare: (sql: string): SqliteStatement => {
          const stmt = db.prepare(sql);
          return {
            reader: stmt.columns().length > 0,
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
