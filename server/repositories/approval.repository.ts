import type { ActorRef, ApprovalState, Meta, ReviewedNoun } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import type { ApprovalRow } from './schema.ts';

/** Where one message, playlist or schedule stands in review, with its approved version (if any). */
export interface ApprovalRecord {
  entity: ReviewedNoun;
  entityId: string;
  state: ApprovalState;
  /** Counts edits of the working copy; transitions name the revision they act on. */
  revision: number;
  editedBy: ActorRef;
  editedAt: string;
  submittedBy: ActorRef | null;
  submittedAt: string | null;
  approved: Meta | null;
  approvedRevision: number | null;
  approvedBy: ActorRef | null;
  approvedAt: string | null;
  rejection: { by: ActorRef; at: string; reason: string } | null;
  /** Languages the submitter knowingly left without text (messages); empty while not submitted. */
  acknowledgedMissing: string[];
}

const actor = (text: string | null): ActorRef | null => (text ? (JSON.parse(text) as ActorRef) : null);

function toRecord(row: ApprovalRow): ApprovalRecord {
  return {
    entity: row.entity as ReviewedNoun,
    entityId: row.entity_id,
    state: row.state as ApprovalState,
    revision: row.revision,
    editedBy: JSON.parse(row.edited_by) as ActorRef,
    editedAt: row.edited_at,
    submittedBy: actor(row.submitted_by),
    submittedAt: row.submitted_at,
    approved: row.approved ? (JSON.parse(row.approved) as Meta) : null,
    approvedRevision: row.approved_revision,
    approvedBy: actor(row.approved_by),
    approvedAt: row.approved_at,
    rejection:
      row.rejected_by && row.rejected_at
        ? {
            by: JSON.parse(row.rejected_by) as ActorRef,
            at: row.rejected_at,
            reason: row.rejection_reason ?? '',
          }
        : null,
    acknowledgedMissing: row.acknowledged_missing ? (JSON.parse(row.acknowledged_missing) as string[]) : [],
  };
}

/**
 * The approval state of content. Every transition is one conditional UPDATE naming the state and revision it
 * starts from, so two people acting at once (or an edit racing an approval) cannot both succeed.
 */
export class ApprovalRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async get(entity: ReviewedNoun, id: string): Promise<ApprovalRecord | undefined> {
    const row = await this.db
      .selectFrom('approvals')
      .selectAll()
      .where('entity', '=', entity)
      .where('entity_id', '=', id)
      .executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  /** Every record, optionally of one noun and in one state. */
  async list(filter: { entity?: ReviewedNoun | undefined; state?: ApprovalState | undefined }) {
    let query = this.db.selectFrom('approvals').selectAll();
    if (filter.entity) query = query.where('entity', '=', filter.entity);
    if (filter.state) query = query.where('state', '=', filter.state);
    const rows = await query.orderBy('entity').orderBy('entity_id').execute();
    return rows.map(toRecord);
  }

  /** The approved version of every entity of a noun: the only content the manifest compiler sees. */
  async approvedDocuments<T extends Meta>(entity: ReviewedNoun): Promise<T[]> {
    const rows = await this.db
      .selectFrom('approvals')
      .select(['approved'])
      .where('entity', '=', entity)
      .where('approved', 'is not', null)
      .orderBy('entity_id')
      .execute();
    return rows.map((r) => JSON.parse(r.approved ?? 'null') as T);
  }

  /** A new entity: a draft at revision 1 with nothing approved (replacing any leftover of a deleted one). */
  async insertDraft(entity: ReviewedNoun, id: string, by: ActorRef, at: string): Promise<void> {
    const fresh = {
      state: 'draft',
      revision: 1,
      edited_by: JSON.stringify(by),
      edited_at: at,
      submitted_by: null,
      submitted_at: null,
      approved: null,
      approved_revision: null,
      approved_by: null,
      approved_at: null,
      rejected_by: null,
      rejected_at: null,
      rejection_reason: null,
      acknowledged_missing: null,
    };
    await this.db
      .insertInto('approvals')
      .values({ entity, entity_id: id, ...fresh })
      .onConflict((oc) => oc.columns(['entity', 'entity_id']).doUpdateSet(fresh))
      .execute();
  }

  /** The working copy is being replaced: back to draft, next revision; the approved version stays. */
  async markEdited(entity: ReviewedNoun, id: string, by: ActorRef, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('approvals')
      .set((eb) => ({
        state: 'draft',
        revision: eb('revision', '+', 1),
        edited_by: JSON.stringify(by),
        edited_at: at,
        submitted_by: null,
        submitted_at: null,
        acknowledged_missing: null,
      }))
      .where('entity', '=', entity)
      .where('entity_id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** draft → submitted, if still at that revision, with the languages its author knowingly left without text. */
  async submit(
    entity: ReviewedNoun,
    id: string,
    revision: number,
    by: ActorRef,
    at: string,
    acknowledgedMissing: readonly string[] = [],
  ) {
    return this.transition(
      entity,
      id,
      { state: 'draft', revision },
      {
        state: 'submitted',
        submitted_by: JSON.stringify(by),
        submitted_at: at,
        acknowledged_missing: acknowledgedMissing.length > 0 ? JSON.stringify(acknowledgedMissing) : null,
      },
    );
  }

  /** submitted (or, for content the controller itself vouches for, any state) → approved, with its document. */
  async approve(
    entity: ReviewedNoun,
    id: string,
    from: { state: ApprovalState | 'any'; revision: number },
    document: Meta,
    by: ActorRef,
    at: string,
  ): Promise<boolean> {
    return this.transition(entity, id, from, {
      state: 'approved',
      approved: JSON.stringify(document),
      approved_revision: from.revision,
      approved_by: JSON.stringify(by),
      approved_at: at,
      rejected_by: null,
      rejected_at: null,
      rejection_reason: null,
    });
  }

  /** submitted → draft, with the reason. */
  async reject(entity: ReviewedNoun, id: string, revision: number, by: ActorRef, at: string, reason: string) {
    return this.transition(
      entity,
      id,
      { state: 'submitted', revision },
      {
        state: 'draft',
        submitted_by: null,
        submitted_at: null,
        acknowledged_missing: null,
        rejected_by: JSON.stringify(by),
        rejected_at: at,
        rejection_reason: reason,
      },
    );
  }

  async delete(entity: ReviewedNoun, id: string): Promise<void> {
    await this.db.deleteFrom('approvals').where('entity', '=', entity).where('entity_id', '=', id).execute();
  }

  private async transition(
    entity: ReviewedNoun,
    id: string,
    from: { state: ApprovalState | 'any'; revision: number },
    set: Partial<ApprovalRow>,
  ): Promise<boolean> {
    let query = this.db
      .updateTable('approvals')
      .set(set)
      .where('entity', '=', entity)
      .where('entity_id', '=', id)
      .where('revision', '=', from.revision);
    if (from.state !== 'any') query = query.where('state', '=', from.state);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
