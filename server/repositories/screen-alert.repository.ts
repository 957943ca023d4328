import type { Connectivity } from '../domain/status.model.ts';
import type { AlertKind } from '../domain/alert.policy.ts';
import { chunks, type Db } from './database.ts';

/** What the monitor remembers per screen: its last connectivity and what was last announced. */
export interface ScreenAlertState {
  screenId: string;
  connectivity: Connectivity;
  changedAt: number;
  announced: { kind: AlertKind; at: number } | null;
  recoveredAt: number | null;
}

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export class ScreenAlertRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async all(): Promise<Map<string, ScreenAlertState>> {
    const rows = await this.db.selectFrom('screen_alerts').selectAll().execute();
    return new Map(
      rows.map((r) => [
        r.screen_id,
        {
          screenId: r.screen_id,
          connectivity: r.connectivity as Connectivity,
          changedAt: Date.parse(r.changed_at),
          announced:
            r.announced_kind && r.announced_at
              ? { kind: r.announced_kind as AlertKind, at: Date.parse(r.announced_at) }
              : null,
          recoveredAt: ms(r.recovered_at),
        },
      ]),
    );
  }

  async save(s: ScreenAlertState): Promise<void> {
    await this.saveMany([s]);
  }

  /** Stores many screens' states in one transaction (a whole gate changing at once is one write). */
  async saveMany(states: readonly ScreenAlertState[]): Promise<void> {
    if (states.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const chunk of chunks(states)) {
        await trx
          .insertInto('screen_alerts')
          .values(
            chunk.map((s) => ({
              screen_id: s.screenId,
              connectivity: s.connectivity,
              changed_at: new Date(s.changedAt).toISOString(),
              announced_kind: s.announced?.kind ?? null,
              announced_at: iso(s.announced?.at ?? null),
              recovered_at: iso(s.recoveredAt),
            })),
          )
          .onConflict((oc) =>
            oc.column('screen_id').doUpdateSet((eb) => ({
              connectivity: eb.ref('excluded.connectivity'),
              changed_at: eb.ref('excluded.changed_at'),
              announced_kind: eb.ref('excluded.announced_kind'),
              announced_at: eb.ref('excluded.announced_at'),
              recovered_at: eb.ref('excluded.recovered_at'),
            })),
          )
          .execute();
      }
    });
  }
}

/** When each screen's latest stored heartbeat arrived (to know the fleet's state right after a restart). */
export async function storedHeartbeatTimes(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('heartbeat_latest').select(['screen_id', 'received_at']).execute();
  return new Map(rows.map((r) => [r.screen_id, Number(r.received_at)]));
}
