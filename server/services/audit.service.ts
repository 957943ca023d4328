import { randomBytes } from 'node:crypto';
import type { Scope } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import type {
  AuditEntry,
  AuditQuery,
  AuditRepository,
  AuditScope,
  AuditVisibility,
} from '../repositories/audit.repository.ts';
import { cell, tableCsv, type ExportCell } from '../domain/export.table.ts';
import type { AccessPolicy } from './access.service.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';

export interface AuditEvent {
  action: string;
  entity?: string | undefined;
  entityId?: string | undefined;
  outcome?: AuditEntry['outcome'];
  /** Before/after of a change, or the context of a security event. Never secrets. */
  detail?: Record<string, unknown>;
  /**
   * What the event concerns, for scoped readers: the gates (and provinces) it touches. Left out, or
   * global, it concerns the whole country and only national admins read it.
   */
  scope?: Scope | undefined;
}

/** The audit export's columns: the API's field names, so a script reads both the same way. */
const auditColumns = [
  'at',
  'actor_kind',
  'actor_id',
  'actor_name',
  'ip',
  'action',
  'entity',
  'entity_id',
  'outcome',
  'detail',
];

/** What an event concerns; a person's own sign-in, password and second factor (auth.*) concern their scope. */
function auditScope(actor: Principal, event: AuditEvent): AuditScope {
  const scope = event.scope ?? (event.action.startsWith('auth.') ? actor.scope : undefined);
  if (!scope || scope.global === true) return { gates: [], provinces: [] };
  return { gates: scope.gates ?? [], provinces: scope.provinces ?? [] };
}

/** Who did what, when, from where: every state change and every security event. */
export class AuditService {
  private readonly repo: AuditRepository;
  private readonly clock: Clock;
  private readonly access: AccessPolicy;
  private seq = 0;

  constructor(deps: { repo: AuditRepository; clock: Clock; access: AccessPolicy }) {
    this.repo = deps.repo;
    this.clock = deps.clock;
    this.access = deps.access;
  }

  /** Appends one event; ids sort by time, then by order of recording within this process. */
  async record(actor: Principal, event: AuditEvent): Promise<void> {
    const at = isoNow(this.clock);
    this.seq = (this.seq + 1) % 1_000_000;
    await this.repo.append(
      {
        id: `${at}-${String(this.seq).padStart(6, '0')}-${randomBytes(3).toString('hex')}`,
        at,
        actor: { kind: actor.kind, id: actor.id, name: actor.name },
        ip: actor.ip ?? null,
        action: event.action,
        entity: event.entity ?? null,
        entityId: event.entityId ?? null,
        outcome: event.outcome ?? 'ok',
        detail: event.detail ?? {},
      },
      auditScope(actor, event),
    );
  }

  /** One page of the entries the reader may see: a scoped admin, those concerning only its own gates. */
  async list(actor: Principal, query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
    return this.repo.list(query, await this.visibility(actor));
  }

  /**
   * The log as CSV, as `list` filters it, in the reports' format (a Vietnamese Excel opens it: UTF-8 with BOM,
   * `;` between fields; formulas defused). Instants stay ISO 8601 in UTC and details JSON, as the API gives them.
   */
  async csv(actor: Principal, query: Omit<AuditQuery, 'limit' | 'offset'>): Promise<string> {
    const visible = await this.visibility(actor);
    const rows: ExportCell[][] = [];
    for (let offset = 0; ; offset += 1000) {
      const { items } = await this.repo.list({ ...query, limit: 1000, offset }, visible);
      for (const e of items) {
        rows.push(
          [
            e.at,
            e.actor.kind,
            e.actor.id,
            e.actor.name,
            e.ip ?? '',
            e.action,
            e.entity,
            e.entityId ?? '',
            e.outcome,
          ]
            .map((v) => cell.text(String(v)))
            .concat(cell.text(JSON.stringify(e.detail))),
        );
      }
      if (items.length < 1000) break;
    }
    return tableCsv({
      sheet: 'Nhật ký',
      columns: auditColumns.map((header) => ({ header, width: 20 })),
      rows,
    });
  }

  private async visibility(actor: Principal): Promise<AuditVisibility> {
    this.access.assertCan(actor, 'audit:read');
    const gates = await this.access.gatesInScope(actor);
    if (gates === 'all') return 'all';
    return { gates: [...gates], provinces: actor.scope.provinces ?? [] };
  }
}
