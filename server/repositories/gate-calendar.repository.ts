import type { GateCalendar, GateCalendarVersion } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import type { GateCalendarRow } from './schema.ts';

/** A gate's calendar as stored: the draft an editor saved, the approved one, the message generated from it. */
export interface StoredGateCalendar {
  gateId: string;
  draft?: GateCalendarVersion;
  approved?: GateCalendarVersion;
  messageId?: string;
}

const parse = (text: string | null): GateCalendarVersion | undefined =>
  text === null ? undefined : (JSON.parse(text) as GateCalendarVersion);

function toStored(row: GateCalendarRow): StoredGateCalendar {
  const draft = parse(row.draft);
  const approved = parse(row.approved);
  return {
    gateId: row.gate_id,
    ...(draft ? { draft } : {}),
    ...(approved ? { approved } : {}),
    ...(row.message_id ? { messageId: row.message_id } : {}),
  };
}

/**
 * Gates' calendars, one row per gate. The approval and the discard are conditional on the draft being the
 * one the caller read, so a draft saved meanwhile is never approved (nor dropped) unseen.
 */
export class GateCalendarRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async get(gateId: string): Promise<StoredGateCalendar | undefined> {
    const row = await this.db
      .selectFrom('gate_calendars')
      .selectAll()
      .where('gate_id', '=', gateId)
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  /** Stores a gate's draft (the approved calendar stays). */
  async saveDraft(gateId: string, draft: GateCalendarVersion): Promise<void> {
    const text = JSON.stringify(draft);
    await this.db
      .insertInto('gate_calendars')
      .values({ gate_id: gateId, draft: text, approved: null, message_id: null, updated_at: draft.at })
      .onConflict((oc) => oc.column('gate_id').doUpdateSet({ draft: text, updated_at: draft.at }))
      .execute();
  }

  /** The draft `before` becomes the approved calendar `approved`; false when the draft is no longer `before`. */
  async approve(
    gateId: string,
    before: GateCalendarVersion,
    approved: GateCalendarVersion,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('gate_calendars')
      .set({ draft: null, approved: JSON.stringify(approved), updated_at: approved.at })
      .where('gate_id', '=', gateId)
      .where('draft', '=', JSON.stringify(before))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Drops the draft `before`; false when the draft is no longer it. */
  async discard(gateId: string, before: GateCalendarVersion, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('gate_calendars')
      .set({ draft: null, updated_at: at })
      .where('gate_id', '=', gateId)
      .where('draft', '=', JSON.stringify(before))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Remembers the message generated from the gate's approved calendar. */
  async setMessage(gateId: string, messageId: string): Promise<void> {
    await this.db
      .updateTable('gate_calendars')
      .set({ message_id: messageId })
      .where('gate_id', '=', gateId)
      .execute();
  }

  /** The approved calendar of every gate that has one, by gate id (what the screens' configs carry). */
  async approvedCalendars(): Promise<Map<string, GateCalendar>> {
    const rows = await this.db
      .selectFrom('gate_calendars')
      .select(['gate_id', 'approved'])
      .where('approved', 'is not', null)
      .execute();
    const calendars = new Map<string, GateCalendar>();
    for (const row of rows) {
      const approved = parse(row.approved);
      if (approved) calendars.set(row.gate_id, approved.calendar);
    }
    return calendars;
  }

  /** The approved calendar of one gate. */
  async approvedCalendar(gateId: string): Promise<GateCalendar | undefined> {
    const row = await this.db
      .selectFrom('gate_calendars')
      .select('approved')
      .where('gate_id', '=', gateId)
      .executeTakeFirst();
    return parse(row?.approved ?? null)?.calendar;
  }
}
