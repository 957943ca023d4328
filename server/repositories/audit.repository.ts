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

/** What an entry concerns: gate and province ids; neither means the whole country. */
export interface AuditScope {
  gates: readonly string[];
  provinces: readonly string[];
}

/** Which entries a reader may see: all, or those whose every gate and province lies in these lists. */
export type AuditVisibility = 'all' | AuditScope;

export interface AuditQuery {
  from?: string | undefined;
  until?: string | undefined;
  action?: string | undefined;
  /** Only what this user did, and what was done to their account. */
  person?: string | undefined;
  limit: number;
  offset: number;
}

/** The append-only audit log: insert and read, nothing else (the database refuses updates and deletes). */
export class AuditRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async append(e: AuditEntry, scope: AuditScope): Promise<void> {
    const rows = [
      ...[...new Set(scope.gates)].map((value) => ({ audit_id: e.id, kind: 'gate' as const, value })),
      ...[...new Set(scope.provinces)].map((value) => ({ audit_id: e.id, kind: 'province' as const, value })),
    ];
    // The scope rows first: an entry is never visible, even for a moment, as concerning the whole country.
    if (rows.length > 0) await this.db.insertInto('audit_scope').values(rows).execute();
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

  /** Newest first, only what `visible` allows. */
  async list(q: AuditQuery, visible: AuditVisibility): Promise<{ items: AuditEntry[]; total: number }> {
    let query = this.db.selectFrom('audit_log');
    if (visible !== 'all') {
      // `in ()` is not SQL: an empty list becomes one value no id can have.
      const gates = visible.gates.length > 0 ? [...visible.gates] : [''];
      const provinces = visible.provinces.length > 0 ? [...visible.provinces] : [''];
      query = query
        .where((eb) =>
          eb.exists(
            eb.selectFrom('audit_scope').select('audit_id').whereRef('audit_id', '=', 'audit_log.id'),
          ),
        )
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('audit_scope')
                .select('audit_id')
                .whereRef('audit_id', '=', 'audit_log.id')
                .where((s) =>
                  s.not(
                    s.or([
                      s.and([s('kind', '=', 'gate'), s('value', 'in', gates)]),
                      s.and([s('kind', '=', 'province'), s('value', 'in', provinces)]),
                    ]),
                  ),
                ),
            ),
          ),
        );
    }
    if (q.from) query = query.where('at', '>=', q.from);
    if (q.until) query = query.where('at', '<', q.until);
    if (q.action) query = query.where('action', '=', q.action);
    const person = q.person;
    if (person)
      query = query.where((eb) =>
        eb.or([
          eb.and([eb('actor_kind', '=', 'user'), eb('actor_id', '=', person)]),
          eb.and([eb('entity', '=', 'user'), eb('entity_id', '=', person)]),
        ]),
      );
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
