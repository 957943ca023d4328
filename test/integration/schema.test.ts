// The row types of server/repositories/schema.ts against what the migrations really create, on both dialects:
// every table, every column, its kind and whether it may be null. A migration that adds, drops or retypes a
// column without the row type following (or the reverse) fails here.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/repositories/database.ts';
import { tableColumns } from '../../server/repositories/schema.ts';
import { createPgDatabase } from '../support/pg.ts';
import { dialects, type DialectName } from '../support/server.ts';

type Shapes = Record<string, Record<string, string>>;

/** text, integer, bigint or bytes, from a column's declared type on either dialect. */
function kindOf(declared: string): string {
  const type = declared.toLowerCase();
  if (type.startsWith('varchar') || type === 'character varying' || type === 'text') return 'text';
  if (type === 'integer' || type === 'bigint') return type;
  if (type === 'blob' || type === 'bytea') return 'bytes';
  return `unexpected type ${declared}`;
}

const shape = (declared: string, nullable: boolean) => `${kindOf(declared)}${nullable ? ' null' : ''}`;

async function sqliteShapes(db: Db): Promise<Shapes> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master
     WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'`.execute(db);
  const shapes: Shapes = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ name: string; type: string; notnull: number; pk: number }>`
      SELECT name, type, "notnull", pk FROM pragma_table_info(${name})`.execute(db);
    // A primary key column is never null in use, whatever SQLite's historical allowance.
    shapes[name] = Object.fromEntries(rows.map((c) => [c.name, shape(c.type, !c.notnull && !c.pk)]));
  }
  return shapes;
}

async function postgresShapes(db: Db): Promise<Shapes> {
  const { rows } = await sql<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }>`
    SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name NOT LIKE 'kysely_%'`.execute(db);
  const shapes: Shapes = {};
  for (const c of rows)
    (shapes[c.table_name] ??= {})[c.column_name] = shape(c.data_type, c.is_nullable === 'YES');
  return shapes;
}

describe.each(dialects)('the row types match the migrated database (%s)', (dialect: DialectName) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('has every table and column the row types name, of the same kind and nullability, and no other', async () => {
    const pg = dialect === 'postgres' ? await createPgDatabase() : undefined;
    if (pg) cleanup.push(pg.drop);
    const { db } = await openDatabase({ url: pg?.url, sqlitePath: ':memory:' });
    cleanup.push(() => db.destroy());
    const actual = dialect === 'postgres' ? await postgresShapes(db) : await sqliteShapes(db);
    expect(actual).toEqual(tableColumns);
  });
});
