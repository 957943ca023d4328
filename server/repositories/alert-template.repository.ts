import type { AlertTemplate } from '../../schemas/types.ts';
import { eventKey } from '../domain/alert.template.ts';
import { ConflictError } from '../domain/errors.ts';
import type { Db } from './database.ts';
import { isUniqueViolation } from './dialect.ts';

const duplicate = (t: AlertTemplate) =>
  new ConflictError(
    `gate "${t.gateId}" already has a template for the event "${t.event}" in "${t.lang}": edit that one`,
    '/event',
    { reason: 'duplicate' },
  );

/** Alert templates (documents, with the gate, event key, language and state lifted out): one per gate, event and language. */
export class AlertTemplateRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Stores a new template; ConflictError (duplicate) when its gate already has one for that event and language. */
  async insert(template: AlertTemplate): Promise<void> {
    try {
      await this.db
        .insertInto('alert_templates')
        .values({
          id: template.id,
          gate_id: template.gateId,
          event_key: eventKey(template.event),
          lang: template.lang,
          state: template.state,
          data: JSON.stringify(template),
          updated_at: template.updatedAt,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate(template);
      throw error;
    }
  }

  /**
   * Writes a new version only if the stored one is still `before`, so an approval never applies to a text
   * edited meanwhile, nor an edit to one approved meanwhile. Returns whether it was written; ConflictError
   * (duplicate) when the change collides with another template of the gate.
   */
  async replace(template: AlertTemplate, before: AlertTemplate): Promise<boolean> {
    try {
      const result = await this.db
        .updateTable('alert_templates')
        .set({
          gate_id: template.gateId,
          event_key: eventKey(template.event),
          lang: template.lang,
          state: template.state,
          data: JSON.stringify(template),
          updated_at: template.updatedAt,
        })
        .where('id', '=', template.id)
        .where('data', '=', JSON.stringify(before))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate(template);
      throw error;
    }
  }

  /** Removes a template; whether there was one. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('alert_templates').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async get(id: string): Promise<AlertTemplate | undefined> {
    const row = await this.db
      .selectFrom('alert_templates')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as AlertTemplate) : undefined;
  }

  /** Every template, of these gates when given, ordered by gate, event and language. */
  async all(gateIds?: readonly string[]): Promise<AlertTemplate[]> {
    if (gateIds?.length === 0) return [];
    let query = this.db
      .selectFrom('alert_templates')
      .select('data')
      .orderBy('gate_id')
      .orderBy('event_key')
      .orderBy('lang');
    if (gateIds) query = query.where('gate_id', 'in', [...gateIds]);
    const rows = await query.execute();
    return rows.map((r) => JSON.parse(r.data) as AlertTemplate);
  }

  /** The approved templates of these gates (the only ones an alert may use). */
  async approvedFor(gateIds: readonly string[]): Promise<AlertTemplate[]> {
    if (gateIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('alert_templates')
      .select('data')
      .where('gate_id', 'in', [...gateIds])
      .where('state', '=', 'approved')
      .orderBy('gate_id')
      .orderBy('event_key')
      .orderBy('lang')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as AlertTemplate);
  }
}
