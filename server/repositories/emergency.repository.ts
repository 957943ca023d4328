import type { Emergency } from '../../schemas/types.ts';
import type { Db } from './database.ts';

/** Emergency messages (documents with their state lifted out) and the screens' acknowledgements. */
export class EmergencyRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insert(emergency: Emergency): Promise<void> {
    await this.db
      .insertInto('emergencies')
      .values({
        id: emergency.id,
        state: emergency.state,
        data: JSON.stringify(emergency),
        created_at: emergency.createdAt,
        alert_id: emergency.origin?.alertId ?? null,
      })
      .execute();
  }

  /**
   * Writes a new version only if the stored state is still `expectedState`, so that two approvers (or an
   * approver and the expiry job) cannot both act on the same emergency. Returns whether it was written.
   */
  async replace(emergency: Emergency, expectedState: Emergency['state']): Promise<boolean> {
    const result = await this.db
      .updateTable('emergencies')
      .set({ state: emergency.state, data: JSON.stringify(emergency) })
      .where('id', '=', emergency.id)
      .where('state', '=', expectedState)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async get(id: string): Promise<Emergency | undefined> {
    const row = await this.db
      .selectFrom('emergencies')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Emergency) : undefined;
  }

  /** Every emergency in the given states, newest first. */
  async inStates(states: readonly Emergency['state'][]): Promise<Emergency[]> {
    if (states.length === 0) return [];
    const rows = await this.db
      .selectFrom('emergencies')
      .select('data')
      .where('state', 'in', [...states])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Emergency);
  }

  /** The emergencies that carry a CAP alert (one per gate it reached), oldest first. */
  async forAlert(alertId: string): Promise<Emergency[]> {
    const rows = await this.db
      .selectFrom('emergencies')
      .select('data')
      .where('alert_id', '=', alertId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Emergency);
  }

  /** The newest emergencies, whatever their state. */
  async recent(limit: number): Promise<Emergency[]> {
    const rows = await this.db
      .selectFrom('emergencies')
      .select('data')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Emergency);
  }

  /** Records that a screen shows an emergency (the first time counts; repeats change nothing). */
  async recordAck(emergencyId: string, screenId: string, at: string): Promise<void> {
    await this.db
      .insertInto('emergency_acks')
      .values({ emergency_id: emergencyId, screen_id: screenId, acked_at: at })
      .onConflict((oc) => oc.columns(['emergency_id', 'screen_id']).doNothing())
      .execute();
  }

  async acks(emergencyId: string): Promise<{ screenId: string; at: string }[]> {
    const rows = await this.db
      .selectFrom('emergency_acks')
      .select(['screen_id', 'acked_at'])
      .where('emergency_id', '=', emergencyId)
      .orderBy('acked_at')
      .orderBy('screen_id')
      .execute();
    return rows.map((r) => ({ screenId: r.screen_id, at: r.acked_at }));
  }
}
