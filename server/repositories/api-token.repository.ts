import type { Role, Scope } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import type { ApiTokenRow } from './schema.ts';

export interface StoredToken {
  id: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface StoredApiToken extends StoredToken {
  roles: Role[];
  scope: Scope;
  /** The person the token acts for (`user:<id>`); tokens made before this was kept act for themselves. */
  person?: string | undefined;
}

function fromRow(row: ApiTokenRow): StoredApiToken {
  const access = JSON.parse(row.access) as { roles: Role[]; scope: Scope; person?: string };
  return {
    id: row.id,
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    roles: access.roles,
    scope: access.scope,
    ...(access.person ? { person: access.person } : {}),
  };
}

/** API credentials for operators and automation, stored as sha256 hashes only. */
export class ApiTokenRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('api_tokens')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(token: StoredApiToken, hash: string): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: token.id,
        token_hash: hash,
        label: token.label,
        created_at: token.createdAt,
        revoked_at: null,
        access: JSON.stringify({ roles: token.roles, scope: token.scope, person: token.person }),
      })
      .execute();
  }

  /** A live (not revoked) token by the hash of its secret. */
  async findLive(hash: string): Promise<StoredApiToken | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row && fromRow(row);
  }

  async byId(id: string): Promise<StoredApiToken | undefined> {
    const row = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row && fromRow(row);
  }

  async list(): Promise<StoredApiToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(fromRow);
  }

  /** Marks a token revoked; false when there was no live token with that id. */
  async revoke(id: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
