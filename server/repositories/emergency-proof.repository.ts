import type { Db } from './database.ts';

/** The facts of a proof screenshot: which screen showed which emergency, when, at what size. */
export interface StoredEmergencyProof {
  emergencyId: string;
  screenId: string;
  takenAt: string;
  width: number;
  height: number;
}

/** The screenshots players send when an emergency first appears on their screen: one per (emergency, screen). */
export class EmergencyProofRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Stores a proof; false (and nothing changed) when this screen already sent one for this emergency. */
  async insert(proof: StoredEmergencyProof, png: Uint8Array): Promise<boolean> {
    const result = await this.db
      .insertInto('emergency_proofs')
      .values({
        emergency_id: proof.emergencyId,
        screen_id: proof.screenId,
        taken_at: proof.takenAt,
        width: proof.width,
        height: proof.height,
        png,
      })
      .onConflict((oc) => oc.columns(['emergency_id', 'screen_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  /** An emergency's proofs, oldest first, without their bytes. */
  async list(emergencyId: string): Promise<StoredEmergencyProof[]> {
    const rows = await this.db
      .selectFrom('emergency_proofs')
      .select(['emergency_id', 'screen_id', 'taken_at', 'width', 'height'])
      .where('emergency_id', '=', emergencyId)
      .orderBy('taken_at')
      .orderBy('screen_id')
      .execute();
    return rows.map((r) => ({
      emergencyId: r.emergency_id,
      screenId: r.screen_id,
      takenAt: r.taken_at,
      width: r.width,
      height: r.height,
    }));
  }

  async png(emergencyId: string, screenId: string): Promise<Uint8Array | undefined> {
    const row = await this.db
      .selectFrom('emergency_proofs')
      .select('png')
      .where('emergency_id', '=', emergencyId)
      .where('screen_id', '=', screenId)
      .executeTakeFirst();
    return row?.png;
  }
}
