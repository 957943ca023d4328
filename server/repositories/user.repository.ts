import type { Role, Scope } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import type { UserRow } from './schema.ts';

export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  scope: Scope;
  disabled: boolean;
  /** Whether they sign in with a second factor (set by the server, never by an admin's form). */
  secondFactor: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A user with the fields only the authentication service reads. */
export interface UserCredentials extends User {
  passwordHash: string;
  /** Sealed; only the TOTP service opens it. */
  totpSecret: string | null;
  /** Sealed secret of an enrolment not yet confirmed. */
  totpPending: string | null;
  /** The last TOTP time step accepted; a code of this step or earlier is refused. */
  totpLastStep: number | null;
}

function fromRow(row: UserRow): UserCredentials {
  const data = JSON.parse(row.data) as Pick<User, 'displayName' | 'roles' | 'scope' | 'disabled'>;
  return {
    id: row.id,
    username: row.username,
    ...data,
    secondFactor: row.totp_secret !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpPending: row.totp_pending,
    totpLastStep: row.totp_last_step,
  };
}

/** Strips what must never leave the server. */
export function publicUser(u: UserCredentials): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    scope: u.scope,
    disabled: u.disabled,
    secondFactor: u.secondFactor,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

const dataOf = (u: User) =>
  JSON.stringify({ displayName: u.displayName, roles: u.roles, scope: u.scope, disabled: u.disabled });

/** People and their credentials (argon2id hashes only). */
export class UserRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async byId(id: string): Promise<UserCredentials | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && fromRow(row);
  }

  async byUsername(username: string): Promise<UserCredentials | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row && fromRow(row);
  }

  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('username').execute();
    return rows.map((r) => publicUser(fromRow(r)));
  }

  async insert(user: User, passwordHash: string): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        username: user.username,
        data: dataOf(user),
        password_hash: passwordHash,
        totp_secret: null,
        failed_logins: 0,
        locked_until: null,
        created_at: user.createdAt,
        updated_at: user.updatedAt,
      })
      .execute();
  }

  async update(user: User): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ username: user.username, data: dataOf(user), updated_at: user.updatedAt })
      .where('id', '=', user.id)
      .execute();
  }

  async setPassword(id: string, passwordHash: string, at: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Sets (or clears) the active second-factor secret, sealed, and ends any pending enrolment. Turning it off
   * removes the recovery codes with it.
   */
  async setTotpSecret(id: string, sealed: string | null): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('users')
        // Turning it off forgets the last step too (sealing a legacy secret in place keeps it).
        .set({
          totp_secret: sealed,
          totp_pending: null,
          ...(sealed === null ? { totp_last_step: null } : {}),
        })
        .where('id', '=', id)
        .execute();
      if (sealed === null) await tx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
    });
  }

  /**
   * Records `step` as the user's last accepted TOTP time step, only if it is later than the one stored:
   * false when another sign-in (on any controller) already accepted this step or a later one.
   */
  async acceptTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Sets (or clears) the sealed secret of an enrolment waiting for its first code. */
  async setTotpPending(id: string, sealed: string | null): Promise<void> {
    await this.db.updateTable('users').set({ totp_pending: sealed }).where('id', '=', id).execute();
  }

  /** Users with a second factor, with their stored secrets (to seal ones stored before sealing existed). */
  async withTotp(): Promise<{ id: string; totpSecret: string }[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'totp_secret'])
      .where('totp_secret', 'is not', null)
      .execute();
    return rows.map((r) => ({ id: r.id, totpSecret: r.totp_secret ?? '' }));
  }

  /** Replaces the person's recovery codes (sha256 hashes) with a new set; an empty set removes them. */
  async replaceRecoveryCodes(id: string, hashes: readonly string[], at: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
      if (hashes.length > 0)
        await tx
          .insertInto('recovery_codes')
          .values(hashes.map((code_hash) => ({ user_id: id, code_hash, created_at: at, used_at: null })))
          .execute();
    });
  }

  /**
   * Marks one unused recovery code used, in one conditional update: of two sign-ins with the same code (on
   * any controller), only one changes the row. False when the code is unknown or already used.
   */
  async useRecoveryCode(id: string, hash: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('recovery_codes')
      .set({ used_at: at })
      .where('user_id', '=', id)
      .where('code_hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** How many of the person's recovery codes are still unused. */
  async recoveryCodesLeft(id: string): Promise<number> {
    const row = await this.db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async delete(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
