import type { Db } from './database.ts';

export interface AuditEntry {
  id: string;
  at: string;
  actor: { kind: string; id: string; name: string };
  ip: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  detail: Record<string, unknown>;
}

export interface AuditQuery {
  from?: string | undefined;
  until?: string | undefined;
  action?: string | undefined;
  limit: number;
  offset: number;
}

/** The append-only audit log: insert and read, nothing else (the database refuses updates and deletes). */
export class AuditRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async append(e: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        id: e.id,
        at: e.at,
        actor_kind: e.actor.kind,
        actor_id: e.actor.id,
        actor_name: e.actor.name,
        ip: e.ip,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId,
        outcome: e.outcome,
        detail: JSON.stringify(e.detail),
      })
      .execute();
  }

  /** Newest first. */
  async list(q: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
    let query = this.db.selectFrom('audit_log');
    if (q.from) query = query.where('at', '>=', q.from);
    if (q.until) query = query.where('at', '<', q.until);
    if (q.action) query = query.where('action', '=', q.action);
    const rows = await query
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
    const total = await query
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      total: Number(total.n),
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
        ip: r.ip,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        outcome: r.outcome as AuditEntry['outcome'],
        detail: JSON.parse(r.detail) as Record<string, unknown>,
      })),
    };
  }
}
