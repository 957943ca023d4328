import { isDeepStrictEqual } from 'node:util';
import type {
  ActorRef,
  ApprovalAction,
  ApprovalFilter,
  ApprovalRejection,
  ApprovalState,
  ApprovalStatus,
  ApprovalSubmission,
  ApprovalSummary,
  Meta,
  OnAir,
  ReviewedNoun,
} from '../../schemas/types.ts';
import { actorRecord, samePerson, systemPrincipal, type Principal } from '../domain/access.ts';
import { gatesOfMessage, languagesNeeded, missingLanguages } from '../../shared/message.languages.ts';
import type { Message, Playlist, Schedule } from '../domain/entities.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { firstOnAir, type AiredScreen, type OnAirTarget } from '../domain/on-air.ts';
import { normalizeText } from '../domain/text.ts';
import type { ApprovalRecord, ApprovalRepository } from '../repositories/approval.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { Page } from '../repositories/document.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import type { ManifestRepository } from '../repositories/manifest.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import { assertFieldsWellFormed } from './message.rules.ts';
import { assertOwnerScope } from './entity.rules.ts';
import type { DraftTracker, EntityRules } from './entity.service.ts';
import type { PublishResult } from './manifest.service.ts';

const reviewed: readonly string[] = ['message', 'playlist', 'schedule'] satisfies ReviewedNoun[];

/** The reviewed noun a content service names, e.g. "message". */
function nounOf(noun: string): ReviewedNoun {
  if (!reviewed.includes(noun)) throw new Error(`"${noun}" does not go through approval`);
  return noun as ReviewedNoun;
}

const refOf = (p: Principal): ActorRef => actorRecord(p);

// Versions with the same content differ only in when they were saved.
function sameContent(a: Meta, b: Meta): boolean {
  const { updatedAt: _a, ...restA } = a;
  const { updatedAt: _b, ...restB } = b;
  return isDeepStrictEqual(restA, restB);
}

function wrongState(what: string, state: ApprovalState, wanted: 'submit' | 'review'): ConflictError {
  if (wanted === 'submit') {
    return new ConflictError(
      state === 'submitted'
        ? `${what} is already submitted and waits for an approver`
        : `${what} has nothing to submit: its approved version is the current one (edit it to start a new draft)`,
      undefined,
      { reason: 'wrong_state', params: { state } },
    );
  }
  return new ConflictError(
    state === 'draft'
      ? `${what} is a draft: its author must submit it before it can be approved or rejected`
      : `${what} is already approved: there is nothing waiting for review`,
    undefined,
    { reason: 'wrong_state', params: { state } },
  );
}

export interface ApprovalServiceDeps {
  approvals: ApprovalRepository;
  /** The working copies, and the gates and screens (which languages a message needs, where it plays). */
  documents: Pick<EntityRepositories, 'messages' | 'playlists' | 'schedules' | 'gates' | 'screens'>;
  /** The manifests the screens were last sent: when approved content first reaches them. */
  manifests: Pick<ManifestRepository, 'states' | 'get'>;
  /** For the gates each version touches (scopes). */
  rules: { message: EntityRules<Message>; playlist: EntityRules<Playlist>; schedule: EntityRules<Schedule> };
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
  /** Recompiles and pushes manifests once a version is approved. */
  publisher: { publish(): Promise<PublishResult> };
}

/**
 * The approval workflow of messages, playlists and schedules: draft → submitted → approved. Saving makes a
 * draft; its author submits it; someone other than the last editor, with the approver role and scope over
 * every gate either version touches, approves it (which publishes it at once) or rejects it with a reason.
 * Only approved versions are ever compiled into manifests.
 */
export class ApprovalService implements DraftTracker {
  private readonly deps: ApprovalServiceDeps;

  private readonly transitionListeners: ((noun: ReviewedNoun, id: string) => void)[] = [];

  constructor(deps: ApprovalServiceDeps) {
    this.deps = deps;
  }

  /** Calls `listener` after each submit, approval or rejection (the console shows them live). */
  onTransition(listener: (noun: ReviewedNoun, id: string) => void): void {
    this.transitionListeners.push(listener);
  }

  private transitioned(noun: ReviewedNoun, id: string): void {
    for (const listener of this.transitionListeners) listener(noun, id);
  }

  /** Where an item stands, with the draft and the approved version side by side. */
  async status(actor: Principal, noun: string, id: string): Promise<ApprovalStatus> {
    this.deps.access.assertCan(actor, 'read');
    const { record, draft } = await this.load(actor, nounOf(noun), id);
    return this.view(record, draft);
  }

  /**
   * Where an item's approved version plays within the horizon, read from the manifests the screens were
   * sent: the screens in the caller's scope, by gate (what deleting it would take off the screens).
   */
  async onAir(actor: Principal, noun: string, id: string): Promise<OnAir> {
    this.deps.access.assertCan(actor, 'read');
    const { record } = await this.load(actor, nounOf(noun), id);
    const target = record.approved && this.targetOf(record);
    if (!target) return { approved: false, firstOnScreens: null, screens: 0, gates: [] };
    const [aired, gates, scope] = await Promise.all([
      this.airedScreens(),
      this.deps.documents.gates.all(),
      this.deps.access.gatesInScope(actor),
    ]);
    const now = this.deps.clock.now();
    const gateById = new Map(gates.map((g) => [g.id, g]));
    const byGate = new Map<string, OnAir['gates'][number]>();
    let first: number | null = null;
    let screens = 0;
    for (const one of aired) {
      const gate = gateById.get(one.screen.gateId);
      if (!gate || (scope !== 'all' && !scope.has(gate.id))) continue;
      const at = firstOnAir(target, [one], now);
      if (at === null) continue;
      screens++;
      first = first === null ? at : Math.min(first, at);
      const entry = byGate.get(gate.id) ?? {
        id: gate.id,
        name: gate.name,
        timeZone: gate.timeZone,
        screens: 0,
      };
      byGate.set(gate.id, { ...entry, screens: entry.screens + 1 });
    }
    return {
      approved: true,
      firstOnScreens: first === null ? null : new Date(first).toISOString(),
      screens,
      gates: [...byGate.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    };
  }

  /** The items in scope, optionally of one noun and state (e.g. the review queue: state=submitted). */
  async list(
    actor: Principal,
    query: unknown,
    limit: number,
    offset: number,
  ): Promise<Page<ApprovalSummary>> {
    this.deps.access.assertCan(actor, 'read');
    const filter = validate<ApprovalFilter>('approval.json#/$defs/filter', normalizeText(query));
    const items: ApprovalSummary[] = [];
    for (const record of await this.deps.approvals.list(filter)) {
      const draft = await this.draftOf(record.entity, record.entityId);
      if (draft && (await this.visible(actor, record.entity, record, draft)))
        items.push(this.summary(record, draft));
    }
    // Oldest first: what has waited longest is reviewed first.
    const since = (s: ApprovalSummary) => s.submittedAt ?? s.editedAt;
    items.sort(
      (a, b) =>
        since(a).localeCompare(since(b)) || `${a.entity}/${a.id}`.localeCompare(`${b.entity}/${b.id}`),
    );
    return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
  }

  /**
   * draft → submitted, by anyone who may write it. A message that has no text in a language its gates' screens
   * show is refused (missing_translations) unless the body acknowledges each such language.
   */
  async submit(actor: Principal, noun: string, id: string, body: unknown): Promise<ApprovalStatus> {
    const n = nounOf(noun);
    this.deps.access.assertCan(actor, 'content:write');
    const { comment, acknowledgedMissing = [] } = validate<ApprovalSubmission>(
      'approval.json#/$defs/submission',
      normalizeText(body ?? {}),
    );
    const { record, draft } = await this.load(actor, n, id);
    const what = `${n} "${id}"`;
    await this.assertWritable(actor, n, draft, what);
    if (record.state !== 'draft') throw wrongState(what, record.state, 'submit');
    if (n === 'message') assertFieldsWellFormed(draft as Message, what);
    const missing = n === 'message' ? await this.missingOf(draft as Message) : [];
    const unacknowledged = missing.filter((lang) => !acknowledgedMissing.includes(lang));
    if (unacknowledged.length > 0) {
      throw new ValidationError(
        `${what} has no text in ${unacknowledged.join(', ')}, which screens at its gates show: write it, or acknowledge it in acknowledgedMissing (those screens then skip that language)`,
        '/acknowledgedMissing',
        'validation_failed',
        { reason: 'missing_translations', params: { languages: unacknowledged } },
      );
    }
    const acknowledged = missing.filter((lang) => acknowledgedMissing.includes(lang));
    if (!(await this.deps.approvals.submit(n, id, record.revision, refOf(actor), this.now(), acknowledged)))
      throw raced(what);
    await this.deps.audit.record(actor, {
      action: `${n}.submit`,
      entity: n,
      entityId: id,
      detail: {
        before: { state: 'draft', revision: record.revision },
        after: { state: 'submitted', revision: record.revision },
        ...(comment ? { comment } : {}),
        ...(acknowledged.length > 0 ? { acknowledgedMissing: acknowledged } : {}),
      },
      scope: await this.auditScope(n, draft, record.approved),
    });
    this.transitioned(n, id);
    return this.status(actor, n, id);
  }

  /** submitted → approved, by a second person; the approved version goes to the screens at once. */
  async approve(actor: Principal, noun: string, id: string, body: unknown): Promise<ApprovalStatus> {
    const n = nounOf(noun);
    this.deps.access.assertCan(actor, 'content:approve');
    const { comment } = validate<ApprovalAction>('approval.json', normalizeText(body ?? {}));
    const { record, draft } = await this.load(actor, n, id);
    const what = `${n} "${id}"`;
    await this.assertReviewable(actor, n, record, draft);
    if (record.state !== 'submitted') throw wrongState(what, record.state, 'review');
    if (samePerson(record.editedBy, actor)) {
      throw new ForbiddenError(
        `you made the last change to ${what}: a second person must approve it`,
        undefined,
        {
          reason: 'same_person',
        },
      );
    }
    if (n === 'schedule') {
      const { playlistId } = draft as Schedule;
      if (!(await this.deps.approvals.get('playlist', playlistId))?.approved) {
        throw new ConflictError(
          `${what} plays playlist "${playlistId}", which has no approved version yet: approve the playlist first`,
          '/playlistId',
          { reason: 'wrong_state', params: { state: 'draft', noun: 'playlist', id: playlistId } },
        );
      }
    }
    const from = { state: 'submitted' as const, revision: record.revision };
    if (!(await this.deps.approvals.approve(n, id, from, draft, refOf(actor), this.now()))) throw raced(what);
    await this.deps.audit.record(actor, {
      action: `${n}.approve`,
      entity: n,
      entityId: id,
      detail: {
        before: { state: 'submitted', revision: record.revision },
        after: { state: 'approved', revision: record.revision },
        editedBy: record.editedBy,
        ...(comment ? { comment } : {}),
      },
      scope: await this.auditScope(n, draft, record.approved),
    });
    const result = await this.deps.publisher.publish();
    await this.deps.audit.record(actor, {
      action: `${n}.publish`,
      entity: n,
      entityId: id,
      detail: { before: record.approved, after: draft, revision: record.revision, ...result },
      scope: await this.auditScope(n, draft, record.approved),
    });
    this.transitioned(n, id);
    return this.status(actor, n, id);
  }

  /** submitted → draft, with the reason for its author. */
  async reject(actor: Principal, noun: string, id: string, body: unknown): Promise<ApprovalStatus> {
    const n = nounOf(noun);
    this.deps.access.assertCan(actor, 'content:approve');
    const { reason } = validate<ApprovalRejection>('approval.json#/$defs/rejection', normalizeText(body));
    const { record, draft } = await this.load(actor, n, id);
    const what = `${n} "${id}"`;
    await this.assertReviewable(actor, n, record, draft);
    if (record.state !== 'submitted') throw wrongState(what, record.state, 'review');
    const ok = await this.deps.approvals.reject(n, id, record.revision, refOf(actor), this.now(), reason);
    if (!ok) throw raced(what);
    await this.deps.audit.record(actor, {
      action: `${n}.reject`,
      entity: n,
      entityId: id,
      detail: {
        before: { state: 'submitted', revision: record.revision },
        after: { state: 'draft', revision: record.revision },
        reason,
      },
      scope: await this.auditScope(n, draft, record.approved),
    });
    this.transitioned(n, id);
    return this.status(actor, n, id);
  }

  /**
   * Records content the controller itself vouches for (the first-start demo seed) as approved by "system",
   * in the audit log too. Not reachable through any route; the caller publishes once it has recorded all.
   */
  async recordPreapproved(noun: string, id: string, note: string): Promise<void> {
    const n = nounOf(noun);
    const record = await this.deps.approvals.get(n, id);
    const draft = await this.draftOf(n, id);
    if (!record || !draft) throw new NotFoundError(`${n} "${id}" does not exist`);
    const system = refOf(systemPrincipal);
    const from = { state: 'any' as const, revision: record.revision };
    if (!(await this.deps.approvals.approve(n, id, from, draft, system, this.now())))
      throw raced(`${n} "${id}"`);
    const audit = { entity: n, entityId: id };
    await this.deps.audit.record(systemPrincipal, {
      ...audit,
      action: `${n}.approve`,
      detail: {
        before: { state: record.state, revision: record.revision },
        after: { state: 'approved', revision: record.revision },
        note,
      },
    });
    await this.deps.audit.record(systemPrincipal, {
      ...audit,
      action: `${n}.publish`,
      detail: { before: record.approved, after: draft, revision: record.revision, note },
    });
  }

  async created(actor: Principal, noun: string, id: string): Promise<void> {
    await this.deps.approvals.insertDraft(nounOf(noun), id, refOf(actor), this.now());
  }

  async editing(actor: Principal, noun: string, id: string): Promise<void> {
    const n = nounOf(noun);
    if (!(await this.deps.approvals.markEdited(n, id, refOf(actor), this.now())))
      await this.deps.approvals.insertDraft(n, id, refOf(actor), this.now());
  }

  async removing(actor: Principal, noun: string, id: string): Promise<void> {
    const n = nounOf(noun);
    const approved = (await this.deps.approvals.get(n, id))?.approved;
    if (approved) {
      const what = `the approved version of ${n} "${id}"`;
      await this.assertWritable(actor, n, approved, what);
    }
  }

  async removed(noun: string, id: string): Promise<void> {
    await this.deps.approvals.delete(nounOf(noun), id);
  }

  // The record is read before the working copy: an edit moves the record on before it replaces the copy, so
  // a transition that names this record's revision can never carry text saved after it.
  private async load(actor: Principal, noun: ReviewedNoun, id: string) {
    let record = await this.deps.approvals.get(noun, id);
    const draft = await this.draftOf(noun, id);
    if (!draft || !(await this.visible(actor, noun, record, draft)))
      throw new NotFoundError(`${noun} "${id}" does not exist`);
    if (!record) {
      // Stored without its record (the process stopped between the two writes): a draft, with nothing approved.
      await this.deps.approvals.insertDraft(noun, id, refOf(systemPrincipal), draft.updatedAt);
      record = await this.deps.approvals.get(noun, id);
      if (!record) throw new NotFoundError(`${noun} "${id}" does not exist`);
    }
    return { record, draft };
  }

  /** Visible when either version touches a gate in scope (or is shared). */
  private async visible(
    actor: Principal,
    noun: ReviewedNoun,
    record: ApprovalRecord | undefined,
    draft: Meta,
  ): Promise<boolean> {
    if (await this.deps.access.visible(actor, await this.gatesOf(noun, draft))) return true;
    const approved = record?.approved;
    return !!approved && this.deps.access.visible(actor, await this.gatesOf(noun, approved));
  }

  /** A reviewer needs scope over every gate the draft or the approved version reaches. */
  /** The gates an audit entry about an item's draft and approved version concerns. */
  private async auditScope(noun: ReviewedNoun, ...versions: (Meta | null | undefined)[]) {
    const gates = new Set<string>();
    for (const v of versions) if (v) for (const g of await this.gatesOf(noun, v)) gates.add(g);
    return gates.size > 0 ? { gates: [...gates] } : undefined;
  }

  private async assertReviewable(
    actor: Principal,
    noun: ReviewedNoun,
    record: ApprovalRecord,
    draft: Meta,
  ): Promise<void> {
    const what = `${noun} "${record.entityId}"`;
    await this.assertWritable(actor, noun, draft, what);
    if (record.approved) {
      const before = `the approved version of ${what}`;
      await this.assertWritable(actor, noun, record.approved, before);
    }
  }

  private draftOf(noun: ReviewedNoun, id: string): Promise<Meta | undefined> {
    switch (noun) {
      case 'message':
        return this.deps.documents.messages.get(id);
      case 'playlist':
        return this.deps.documents.playlists.get(id);
      case 'schedule':
        return this.deps.documents.schedules.get(id);
    }
  }

  /**
   * The same write rule as editing the entity: every gate it reaches in the actor's scope, and province
   * content only with that province in scope (a province's only gate does not stand for the province).
   */
  private async assertWritable(actor: Principal, noun: ReviewedNoun, doc: Meta, what: string): Promise<void> {
    await this.deps.access.assertWritable(actor, await this.gatesOf(noun, doc), what);
    if (noun !== 'schedule') assertOwnerScope(doc as Message | Playlist, actor);
  }

  private gatesOf(noun: ReviewedNoun, doc: Meta): Promise<string[]> {
    switch (noun) {
      case 'message':
        return this.deps.rules.message.gatesOf(doc as Message);
      case 'playlist':
        return this.deps.rules.playlist.gatesOf(doc as Playlist);
      case 'schedule':
        return this.deps.rules.schedule.gatesOf(doc as Schedule);
    }
  }

  private summary(record: ApprovalRecord, draft: Meta): ApprovalSummary {
    return {
      entity: record.entity,
      id: record.entityId,
      name: (draft as { name?: string }).name ?? record.entityId,
      state: record.state,
      revision: record.revision,
      changed: !record.approved || !sameContent(draft, record.approved),
      editedBy: record.editedBy,
      editedAt: record.editedAt,
      submittedBy: record.submittedBy,
      submittedAt: record.submittedAt,
      approvedBy: record.approvedBy,
      approvedAt: record.approvedAt,
      rejection: record.rejection,
    };
  }

  private async view(record: ApprovalRecord, draft: Meta): Promise<ApprovalStatus> {
    const refs: { entity: ReviewedNoun; id: string }[] = [];
    if (record.entity === 'playlist') {
      const ids = (draft as Playlist).items.flatMap((i) => (i.type === 'message' ? [i.messageId] : []));
      for (const id of new Set(ids)) refs.push({ entity: 'message', id });
    } else if (record.entity === 'schedule') {
      refs.push({ entity: 'playlist', id: (draft as Schedule).playlistId });
    }
    const unapproved: typeof refs = [];
    for (const ref of refs)
      if (!(await this.deps.approvals.get(ref.entity, ref.id))?.approved) unapproved.push(ref);
    return {
      ...this.summary(record, draft),
      draft,
      approved: record.approved,
      unapproved,
      missingLanguages: record.entity === 'message' ? await this.missingOf(draft as Message) : [],
      acknowledgedMissing: record.state === 'draft' ? [] : record.acknowledgedMissing,
      firstOnScreens: record.state === 'approved' ? await this.firstOnScreens(record) : null,
    };
  }

  /** The languages the screens at a message's gates show that it has no text for (shared rule with the console). */
  private async missingOf(message: Message): Promise<string[]> {
    const { gates, screens, playlists, schedules } = this.deps.documents;
    const [g, sc, p, sch] = await Promise.all([gates.all(), screens.all(), playlists.all(), schedules.all()]);
    const reached = gatesOfMessage(message, p, sch, sc, g);
    return missingLanguages(message.variants, languagesNeeded(reached, g, sc)).map(([lang]) => lang);
  }

  /** When the approved version first plays on a screen, read from the manifests the screens were sent. */
  private async firstOnScreens(record: ApprovalRecord): Promise<string | null> {
    const target = this.targetOf(record);
    if (!target) return null;
    const at = firstOnAir(target, await this.airedScreens(), this.deps.clock.now());
    return at === null ? null : new Date(at).toISOString();
  }

  /** What is looked for in the manifests: the approved version (null while none is). */
  private targetOf(record: ApprovalRecord): OnAirTarget | null {
    const approved = record.approved;
    if (!approved) return null;
    return record.entity === 'schedule'
      ? { entity: 'schedule', schedule: approved as Schedule }
      : { entity: record.entity, id: record.entityId };
  }

  /** Every screen with the manifest it was last sent. */
  private async airedScreens(): Promise<AiredScreen[]> {
    const [states, screens, gates] = await Promise.all([
      this.deps.manifests.states(),
      this.deps.documents.screens.all(),
      this.deps.documents.gates.all(),
    ]);
    const screenById = new Map(screens.map((s) => [s.id, s]));
    const provinceOf = new Map(gates.map((g) => [g.id, g.province]));
    const byVersion = new Map<string, Awaited<ReturnType<ManifestRepository['get']>>>();
    const aired: AiredScreen[] = [];
    for (const state of states) {
      const screen = screenById.get(state.screenId);
      const version = state.currentVersion;
      if (!screen || !version) continue;
      if (!byVersion.has(version)) byVersion.set(version, await this.deps.manifests.get(version));
      const manifest = byVersion.get(version);
      if (manifest) aired.push({ screen: { ...screen, province: provinceOf.get(screen.gateId) }, manifest });
    }
    return aired;
  }

  private now(): string {
    return isoNow(this.deps.clock);
  }
}

function raced(what: string): ConflictError {
  return new ConflictError(
    `${what} changed while this was being done: look at it again and retry`,
    undefined,
    {
      reason: 'changed_elsewhere',
    },
  );
}
