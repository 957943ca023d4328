import type { Db } from './database.ts';
import type { PairingRow } from './schema.ts';

/** A player waiting to be paired, or paired and not yet holding its token. */
export interface Pairing {
  id: string;
  createdAt: string;
  expiresAt: string;
  ip: string;
  screenId: string | null;
  pairedAt: string | null;
  claimedAt: string | null;
}

function fromRow(row: PairingRow): Pairing {
  return {
    id: row.id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ip: row.ip,
    screenId: row.screen_id,
    pairedAt: row.paired_at,
    claimedAt: row.claimed_at,
  };
}

/** Pairing offers: codes and claim secrets are stored as keyed hashes only. */
export class PairingRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insert(pairing: Pairing, codeHash: string, claimHash: string): Promise<void> {
    await this.db
      .insertInto('pairings')
      .values({
        id: pairing.id,
        code_hash: codeHash,
        claim_hash: claimHash,
        created_at: pairing.createdAt,
        expires_at: pairing.expiresAt,
        ip: pairing.ip,
        screen_id: null,
        paired_at: null,
        claimed_at: null,
      })
      .execute();
  }

  /** The newest offer with this code (expired or used ones too, so refusals can say why in the audit log). */
  async byCode(codeHash: string): Promise<Pairing | undefined> {
    const row = await this.db
      .selectFrom('pairings')
      .selectAll()
      .where('code_hash', '=', codeHash)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row && fromRow(row);
  }

  async byClaim(claimHash: string): Promise<Pairing | undefined> {
    const row = await this.db
      .selectFrom('pairings')
      .selectAll()
      .where('claim_hash', '=', claimHash)
      .executeTakeFirst();
    return row && fromRow(row);
  }

  /** Whether an unexpired, unpaired offer uses this code. */
  async codeInUse(codeHash: string, now: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('pairings')
      .select('id')
      .where('code_hash', '=', codeHash)
      .where('expires_at', '>', now)
      .where('screen_id', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The offers that still wait for an operator, oldest first. */
  async waiting(now: string): Promise<{ id: string; ip: string; createdAt: string }[]> {
    const rows = await this.db
      .selectFrom('pairings')
      .select(['id', 'ip', 'created_at'])
      .where('expires_at', '>', now)
      .where('screen_id', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, ip: r.ip, createdAt: r.created_at }));
  }

  /** Ends waiting offers now (their codes stop working); paired ones are left alone. */
  async end(ids: readonly string[], now: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('pairings')
      .set({ expires_at: now })
      .where('id', 'in', ids)
      .where('screen_id', 'is', null)
      .where('expires_at', '>', now)
      .execute();
  }

  /** Moves a waiting offer's end to `until` if it would end later (no player follows it any more). */
  async endBy(id: string, until: string): Promise<void> {
    await this.db
      .updateTable('pairings')
      .set({ expires_at: until })
      .where('id', '=', id)
      .where('screen_id', 'is', null)
      .where('expires_at', '>', until)
      .execute();
  }

  /** Gives a waiting offer that has not ended its full lifetime back (its player follows it again). */
  async extend(id: string, until: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('pairings')
      .set({ expires_at: until })
      .where('id', '=', id)
      .where('screen_id', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Assigns a waiting offer to a screen, once: false when it was already paired or has expired meanwhile.
   * The player then has until `claimBy` to pick up its token.
   */
  async markPaired(id: string, screenId: string, now: string, claimBy: string): Promise<boolean> {
    const result = await this.db
      .updateTable('pairings')
      .set({ screen_id: screenId, paired_at: now, expires_at: claimBy })
      .where('id', '=', id)
      .where('screen_id', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Marks a paired offer as claimed, once: false when it was claimed already. */
  async markClaimed(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('pairings')
      .set({ claimed_at: now })
      .where('id', '=', id)
      .where('claimed_at', 'is', null)
      .where('screen_id', 'is not', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Forgets offers that ended before `before` (the audit log keeps what happened to them). */
  async purgeEndedBefore(before: string): Promise<void> {
    await this.db.deleteFrom('pairings').where('expires_at', '<', before).execute();
  }
}
