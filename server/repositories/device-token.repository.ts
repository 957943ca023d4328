import type { Db } from './database.ts';
import type { StoredToken } from './api-token.repository.ts';

export interface StoredDeviceToken extends StoredToken {
  screenId: string;
}

/** Player credentials, one or more per screen, stored as sha256 hashes only. */
export class DeviceTokenRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insertDeviceToken(token: StoredDeviceToken, hash: string): Promise<void> {
    await this.db
      .insertInto('device_tokens')
      .values({
        id: token.id,
        screen_id: token.screenId,
        token_hash: hash,
        label: token.label,
        created_at: token.createdAt,
        revoked_at: null,
      })
      .execute();
  }

  /** Every token of a screen, revoked ones included, oldest first. */
  async listForScreen(screenId: string): Promise<StoredDeviceToken[]> {
    const rows = await this.db
      .selectFrom('device_tokens')
      .selectAll()
      .where('screen_id', '=', screenId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      screenId: row.screen_id,
      label: row.label,
      createdAt: row.created_at,
      revokedAt: row.revoked_at,
    }));
  }

  /** Revokes one of a screen's tokens; false when the screen has no such token or it was revoked already. */
  async revoke(screenId: string, id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('device_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('screen_id', '=', screenId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async findDeviceToken(hash: string): Promise<StoredDeviceToken | undefined> {
    const row = await this.db
      .selectFrom('device_tokens')
      .selectAll()
      .where('token_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        screenId: row.screen_id,
        label: row.label,
        createdAt: row.created_at,
        revokedAt: row.revoked_at,
      }
    );
  }
}
