import type { Db } from '../../server/repositories/database.ts';

/** The tables of what operators store (the audit log aside: refusals may be recorded). */
const tables = [
  'gates',
  'screens',
  'messages',
  'playlists',
  'schedules',
  'assets',
  'users',
  'api_tokens',
  'device_tokens',
  'emergencies',
  'blackouts',
  'webhooks',
  'commands',
  'pairings',
] as const;

/** Everything stored, table by table in a stable order, as JSON: equal before and after means nothing changed. */
export async function storedRows(db: Db): Promise<string> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await db.selectFrom(table).selectAll().orderBy('id').execute();
  rows.approvals = await db
    .selectFrom('approvals')
    .selectAll()
    .orderBy('entity')
    .orderBy('entity_id')
    .execute();
  return JSON.stringify(rows);
}
