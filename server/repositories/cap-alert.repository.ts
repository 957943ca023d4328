import type { Alert } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import { isUniqueViolation } from './dialect.ts';

/** The CAP alerts received: each document byte for byte, with the Alert worked out from it. */
export class CapAlertRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /**
   * Stores an alert and its document. Returns false (storing nothing) when an alert with the same sender,
   * identifier and sent is already there: CAP names an alert by that triple, so it is the same alert.
   * `sent` is as the document wrote it: references name an alert that way.
   */
  async insert(alert: Alert, sent: string, xml: Uint8Array): Promise<boolean> {
    try {
      await this.db
        .insertInto('cap_alerts')
        .values({
          id: alert.id,
          source_id: alert.sourceId,
          sender: alert.sender,
          identifier: alert.identifier,
          sent,
          received_at: alert.receivedAt,
          sha256: alert.sha256,
          xml,
          data: JSON.stringify(alert),
        })
        .execute();
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  async get(id: string): Promise<Alert | undefined> {
    const row = await this.db.selectFrom('cap_alerts').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Alert) : undefined;
  }

  /** The alert CAP names by sender, identifier and sent (as written in the document). */
  async byKey(sender: string, identifier: string, sent: string): Promise<Alert | undefined> {
    const row = await this.db
      .selectFrom('cap_alerts')
      .select('data')
      .where('sender', '=', sender)
      .where('identifier', '=', identifier)
      .where('sent', '=', sent)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Alert) : undefined;
  }

  /** The document exactly as it was received. */
  async xml(id: string): Promise<Uint8Array | undefined> {
    const row = await this.db.selectFrom('cap_alerts').select('xml').where('id', '=', id).executeTakeFirst();
    return row ? new Uint8Array(row.xml) : undefined;
  }

  /** The newest alerts received. */
  async recent(limit: number): Promise<Alert[]> {
    const rows = await this.db
      .selectFrom('cap_alerts')
      .select('data')
      .orderBy('received_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Alert);
  }

  /** The alerts received in [from, until) (ISO instants), oldest first. */
  async receivedBetween(from: string, until: string): Promise<Alert[]> {
    const rows = await this.db
      .selectFrom('cap_alerts')
      .select('data')
      .where('received_at', '>=', from)
      .where('received_at', '<', until)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Alert);
  }
}
