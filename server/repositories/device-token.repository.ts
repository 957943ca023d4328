import type { Db } from './database.ts';
import type { StoredToken } from './api-token.repository.ts';
import type { DeviceEnrolmentRow } from './schema.ts';

export interface StoredDeviceToken extends StoredToken {
  screenId: string;
}

/** A player link's enrolment token (its secret is never kept, only its sha256). */
export interface DeviceEnrolment {
  id: string;
  screenId: string;
  label: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** The device token it was exchanged for, once used. */
  deviceTokenId: string | null;
}

const enrolmentFromRow = (row: DeviceEnrolmentRow): DeviceEnrolment => ({
  id: row.id,
  screenId: row.screen_id,
  label: row.label,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
  deviceTokenId: row.device_token_id,
});

/** Player credentials, one or more per screen, and the links that enrol players; sha256 hashes only. */
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

  async insertEnrolment(enrolment: DeviceEnrolment, hash: string): Promise<void> {
    await this.db
      .insertInto('device_enrolments')
      .values({
        id: enrolment.id,
        screen_id: enrolment.screenId,
        token_hash: hash,
        label: enrolment.label,
        created_at: enrolment.createdAt,
        expires_at: enrolment.expiresAt,
        used_at: null,
        device_token_id: null,
      })
      .execute();
  }

  /** The enrolment with this token hash, used and expired ones too (a refusal says why). */
  async enrolmentByHash(hash: string): Promise<DeviceEnrolment | undefined> {
    const row = await this.db
      .selectFrom('device_enrolments')
      .selectAll()
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    return row && enrolmentFromRow(row);
  }

  /**
   * Uses an enrolment up and creates the device token it is exchanged for, in one transaction. The use is a
   * conditional update (unused and not expired at `at`), so of two exchanges at once exactly one gets a
   * token; false for the other, and nothing is created.
   */
  async redeemEnrolment(
    enrolmentId: string,
    at: string,
    token: StoredDeviceToken,
    tokenHash: string,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const used = await trx
        .updateTable('device_enrolments')
        .set({ used_at: at, device_token_id: token.id })
        .where('id', '=', enrolmentId)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) return false;
      await trx
        .insertInto('device_tokens')
        .values({
          id: token.id,
          screen_id: token.screenId,
          token_hash: tokenHash,
          label: token.label,
          created_at: token.createdAt,
          revoked_at: null,
        })
        .execute();
      return true;
    });
  }

  /** Ends a screen's unused links with this label before `at` (a fresh demo link replaces the last one). */
  async withdrawUnusedEnrolments(screenId: string, label: string, at: string): Promise<void> {
    await this.db
      .updateTable('device_enrolments')
      .set({ expires_at: at })
      .where('screen_id', '=', screenId)
      .where('label', '=', label)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .execute();
  }

  /** Forgets enrolments that expired before `before` (the audit log keeps what happened to them). */
  async purgeEnrolmentsBefore(before: string): Promise<void> {
    await this.db.deleteFrom('device_enrolments').where('expires_at', '<', before).execute();
  }
}
