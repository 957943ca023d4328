import type {
  GateCalendar,
  GateCalendarRecord,
  GateCalendarVersion,
  HolidaysReply,
  MessageInput,
} from '../../schemas/types.ts';
import { gateHoursTitle, weeklyHoursText } from '../../shared/gate.fields.ts';
import { holidaysOf, type HolidayCountry } from '../../shared/holidays.ts';
import { localDays } from '../../shared/hours.ts';
import { actorRecord, can, samePerson, systemPrincipal, type Principal } from '../domain/access.ts';
import type { Gate, Message } from '../domain/entities.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain/errors.ts';
import { normalizeText } from '../domain/text.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { GateCalendarRepository, StoredGateCalendar } from '../repositories/gate-calendar.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { ApprovalService } from './approval.service.ts';
import type { AuditService } from './audit.service.ts';
import type { EntityService } from './entity.service.ts';
import type { PublishResult } from './manifest.service.ts';

export interface GateCalendarServiceDeps {
  calendars: GateCalendarRepository;
  gates: DocumentRepository<Gate>;
  /** The generated opening-hours message is written as the controller, through the messages' own rules. */
  messages: Pick<EntityService<MessageInput, Message>, 'get' | 'create' | 'update'>;
  approvals: Pick<ApprovalService, 'recordPreapproved'>;
  /** Recompiles and pushes configs (the approved calendar) and manifests (the generated message). */
  publisher: { publish(): Promise<PublishResult> };
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
}

/** The neighbours whose holidays are computed (shared/holidays.ts). */
const NEIGHBOURS: readonly string[] = ['KH', 'LA', 'CN'] satisfies HolidayCountry[];

type Action = NonNullable<GateCalendarRecord['actions']>[number];

/** The name of the generated message, within a name's 200 characters. */
const messageName = (gate: Gate) => `Giờ mở cửa — ${gate.name}`.slice(0, 200);

/**
 * Gates' opening calendars: an editor saves a draft; another person with the approver role approves it, and
 * only then do the gate's screens get it (in their config: the player works out the gate status from it,
 * offline too) and the gate's opening-hours message is written from it, approved at once. Everyone who may
 * read a gate reads its calendar; out of scope answers as not found.
 */
export class GateCalendarService {
  private readonly deps: GateCalendarServiceDeps;

  constructor(deps: GateCalendarServiceDeps) {
    this.deps = deps;
  }

  /** The gate's draft and approved calendar, with what the caller may do. */
  async get(actor: Principal, gateId: string): Promise<GateCalendarRecord> {
    this.deps.access.assertCan(actor, 'read');
    const gate = await this.visibleGate(actor, gateId);
    return this.recordOf(actor, gate, await this.deps.calendars.get(gate.id));
  }

  /** Saves the gate's draft calendar; the screens keep the approved one. Saving the draft unchanged changes nothing. */
  async save(actor: Principal, gateId: string, body: unknown): Promise<GateCalendarRecord> {
    this.deps.access.assertCan(actor, 'content:write');
    const gate = await this.visibleGate(actor, gateId);
    await this.deps.access.assertWritable(actor, [gate.id], `gate "${gate.name}"`);
    const calendar = validate<GateCalendar>('calendar.json#/$defs/calendar', normalizeText(body));
    const before = await this.deps.calendars.get(gate.id);
    if (before?.draft && JSON.stringify(before.draft.calendar) === JSON.stringify(calendar))
      return this.recordOf(actor, gate, before);
    const draft: GateCalendarVersion = { calendar, by: actorRecord(actor), at: isoNow(this.deps.clock) };
    await this.deps.calendars.saveDraft(gate.id, draft);
    await this.deps.audit.record(actor, {
      action: 'gate-calendar.save',
      entity: 'gate-calendar',
      entityId: gate.id,
      scope: { gates: [gate.id] },
      detail: { before: before?.draft?.calendar ?? null, after: calendar },
    });
    return this.recordOf(actor, gate, { ...before, draft });
  }

  /**
   * The draft becomes the approved calendar, by someone with the approver role other than its author: the
   * gate's screens get it at once, and the gate's opening-hours message is written from it.
   */
  async approve(actor: Principal, gateId: string): Promise<GateCalendarRecord> {
    this.deps.access.assertCan(actor, 'content:approve');
    const gate = await this.visibleGate(actor, gateId);
    await this.deps.access.assertWritable(actor, [gate.id], `gate "${gate.name}"`);
    const before = await this.deps.calendars.get(gate.id);
    const draft = before?.draft;
    if (!before || !draft) throw noDraft(gate);
    if (samePerson(actor, draft.by))
      throw new ForbiddenError(
        'a calendar is approved by another person than the one who saved the draft (an API token acts for the person who created it)',
        undefined,
        { reason: 'same_person' },
      );
    const approved: GateCalendarVersion = {
      calendar: draft.calendar,
      by: actorRecord(actor),
      at: isoNow(this.deps.clock),
    };
    if (!(await this.deps.calendars.approve(gate.id, draft, approved))) throw changedElsewhere(gate);
    await this.deps.audit.record(actor, {
      action: 'gate-calendar.approve',
      entity: 'gate-calendar',
      entityId: gate.id,
      scope: { gates: [gate.id] },
      detail: { before: before.approved?.calendar ?? null, after: approved.calendar, draftBy: draft.by },
    });
    const messageId = await this.writeMessage(actor, gate, approved.calendar, before.messageId);
    await this.deps.calendars.setMessage(gate.id, messageId);
    await this.deps.publisher.publish();
    return this.recordOf(actor, gate, { approved, messageId });
  }

  /** Drops the gate's draft; the approved calendar stays. */
  async discard(actor: Principal, gateId: string): Promise<GateCalendarRecord> {
    this.deps.access.assertCan(actor, 'content:write');
    const gate = await this.visibleGate(actor, gateId);
    await this.deps.access.assertWritable(actor, [gate.id], `gate "${gate.name}"`);
    const before = await this.deps.calendars.get(gate.id);
    const draft = before?.draft;
    if (!before || !draft) throw noDraft(gate);
    if (!(await this.deps.calendars.discard(gate.id, draft, isoNow(this.deps.clock))))
      throw changedElsewhere(gate);
    await this.deps.audit.record(actor, {
      action: 'gate-calendar.discard',
      entity: 'gate-calendar',
      entityId: gate.id,
      scope: { gates: [gate.id] },
      detail: { before: draft.calendar },
    });
    const { draft: _dropped, ...rest } = before;
    return this.recordOf(actor, gate, rest);
  }

  /**
   * The public holidays of a year computed from their rules, for the operator to take in: Vietnam's, and
   * the neighbour's when the gate faces Cambodia, Laos or China; of the gate's current year unless one is
   * named. Governments fix the exact days off each
   * year: these are proposals.
   */
  async holidays(actor: Principal, gateId: string, year?: number): Promise<HolidaysReply> {
    this.deps.access.assertCan(actor, 'read');
    const gate = await this.visibleGate(actor, gateId);
    const now = this.deps.clock.now();
    year ??= localDays(gate.timeZone, now, now)[0]?.year ?? new Date(now).getUTCFullYear();
    const countries: HolidayCountry[] = ['VN'];
    if (NEIGHBOURS.includes(gate.borderCountry)) countries.push(gate.borderCountry as HolidayCountry);
    const holidays = countries
      .flatMap((country) => holidaysOf(country, year))
      .map(({ date, country, key, name }) => ({ date, country, key, name: { ...name } }))
      .sort((a, b) => a.date.localeCompare(b.date));
    return { holidays };
  }

  /**
   * Writes the gate's opening-hours message from the approved calendar, as the controller: one message per
   * gate (the one named on the record, or a new one when there is none or it was deleted), a variant per
   * language of the gate, approved at once since a person just approved the calendar it says.
   */
  private async writeMessage(
    actor: Principal,
    gate: Gate,
    calendar: GateCalendar,
    messageId: string | undefined,
  ): Promise<string> {
    const variants: MessageInput['variants'] = {};
    for (const lang of gate.languages)
      variants[lang] = {
        title: gateHoursTitle(lang),
        body: `{{gate.status}}\n${weeklyHoursText(calendar, lang, gate.digits)}`,
      };
    const input: MessageInput = { name: messageName(gate), gateId: gate.id, level: 'normal', variants };
    const existing = messageId === undefined ? undefined : await this.existingMessage(messageId);
    const message = existing
      ? await this.deps.messages.update(systemPrincipal, existing.id, { ...input, id: existing.id })
      : await this.deps.messages.create(systemPrincipal, input);
    await this.deps.approvals.recordPreapproved(
      'message',
      message.id,
      `generated from the calendar of gate "${gate.name}" that ${actor.name} approved`,
    );
    await this.deps.audit.record(actor, {
      action: 'gate-calendar.message',
      entity: 'message',
      entityId: message.id,
      scope: { gates: [gate.id] },
      detail: { gateId: gate.id, created: !existing, variants },
    });
    return message.id;
  }

  private async existingMessage(id: string): Promise<Message | undefined> {
    try {
      return await this.deps.messages.get(systemPrincipal, id);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /** The gate, if the actor may read it; otherwise not found, exactly as an unknown gate. */
  private async visibleGate(actor: Principal, gateId: string): Promise<Gate> {
    const gate = await this.deps.gates.get(gateId);
    if (!gate || !(await this.deps.access.visible(actor, [gate.id])))
      throw new NotFoundError(`gate "${gateId}" does not exist`);
    return gate;
  }

  private async recordOf(
    actor: Principal,
    gate: Gate,
    stored: Omit<StoredGateCalendar, 'gateId'> | undefined,
  ): Promise<GateCalendarRecord> {
    const writable = (await this.deps.access.view(actor)).covers({ gates: [gate.id] });
    const actions: Action[] = [];
    if (writable && can(actor, 'content:write')) actions.push('save');
    if (writable && stored?.draft && can(actor, 'content:approve') && !samePerson(actor, stored.draft.by))
      actions.push('approve');
    if (writable && stored?.draft && can(actor, 'content:write')) actions.push('discard');
    return {
      gateId: gate.id,
      timeZone: gate.timeZone,
      borderCountry: gate.borderCountry,
      ...(stored?.draft ? { draft: stored.draft } : {}),
      ...(stored?.approved ? { approved: stored.approved } : {}),
      ...(stored?.messageId ? { messageId: stored.messageId } : {}),
      actions,
    };
  }
}

const noDraft = (gate: Gate) =>
  new ConflictError(`gate "${gate.name}" has no draft calendar to approve or discard`, undefined, {
    reason: 'no_draft',
  });

const changedElsewhere = (gate: Gate) =>
  new ConflictError(
    `the draft calendar of gate "${gate.name}" was changed by someone else; reload it`,
    undefined,
    { reason: 'changed_elsewhere' },
  );
