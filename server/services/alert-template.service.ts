import { randomUUID } from 'node:crypto';
import type { AlertTemplate, AlertTemplateInput, AlertTemplateQuery } from '../../schemas/types.ts';
import { actorRecord, can, samePerson, type Principal } from '../domain/access.ts';
import { eventKey, PLACEHOLDERS, unknownPlaceholders } from '../domain/alert.template.ts';
import type { Gate } from '../domain/entities.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { normalizeText } from '../domain/text.ts';
import type { AlertTemplateRepository } from '../repositories/alert-template.repository.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository, Page } from '../repositories/document.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import { itself, referenceChecker } from './entity.rules.ts';

export interface AlertTemplateServiceDeps {
  templates: AlertTemplateRepository;
  gates: DocumentRepository<Gate>;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
}

type Action = NonNullable<AlertTemplate['actions']>[number];

/** The query of the list: a gate, part of an event's name, and the page. */
export type AlertTemplateListQuery = AlertTemplateQuery & { limit: number; offset: number };

/**
 * Per-gate templates for the languages an alert lacks: written by an editor within the gate's scope, used only
 * once another person has approved them; any edit takes them back to draft.
 */
export class AlertTemplateService {
  private readonly deps: AlertTemplateServiceDeps;
  private readonly mustExist: ReturnType<typeof referenceChecker>;

  constructor(deps: AlertTemplateServiceDeps) {
    this.deps = deps;
    this.mustExist = referenceChecker(deps.access);
  }

  /** The templates the actor may see, by gate, event and language, each with what the actor may do with it. */
  async list(actor: Principal, query: AlertTemplateListQuery): Promise<Page<AlertTemplate>> {
    this.deps.access.assertCan(actor, 'read');
    const view = await this.deps.access.view(actor);
    const part = query.event === undefined ? undefined : eventKey(query.event);
    const found = (
      await this.deps.templates.all(query.gateId === undefined ? undefined : [query.gateId])
    ).filter((t) => view.visible([t.gateId]) && (part === undefined || eventKey(t.event).includes(part)));
    const items = found.slice(query.offset, query.offset + query.limit);
    return {
      items: await this.described(actor, items),
      total: found.length,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** One template; out of scope answers as not found. */
  async get(actor: Principal, id: string): Promise<AlertTemplate> {
    this.deps.access.assertCan(actor, 'read');
    return this.describedOne(actor, await this.visible(actor, id));
  }

  /** Writes a new template, as a draft. */
  async create(actor: Principal, body: unknown): Promise<AlertTemplate> {
    this.deps.access.assertCan(actor, 'content:write');
    const input = await this.checked(actor, body);
    const template: AlertTemplate = {
      id: randomUUID(),
      ...input,
      state: 'draft',
      updatedBy: actorRecord(actor),
      updatedAt: isoNow(this.deps.clock),
    };
    await this.deps.templates.insert(template);
    await this.deps.audit.record(actor, {
      action: 'alert-template.create',
      entity: 'alert-template',
      entityId: template.id,
      scope: { gates: [template.gateId] },
      detail: { after: template },
    });
    return this.describedOne(actor, template);
  }

  /** Changes a template: back to draft, waiting for approval again. Saving it unchanged changes nothing. */
  async update(actor: Principal, id: string, body: unknown): Promise<AlertTemplate> {
    this.deps.access.assertCan(actor, 'content:write');
    const before = await this.visible(actor, id);
    await this.deps.access.assertWritable(actor, [before.gateId], `alert template "${id}"`);
    const input = await this.checked(actor, body);
    const same =
      input.gateId === before.gateId &&
      input.event === before.event &&
      input.lang === before.lang &&
      input.title === before.title &&
      input.body === before.body;
    if (same) return this.describedOne(actor, before);
    const after: AlertTemplate = {
      id,
      ...input,
      state: 'draft',
      updatedBy: actorRecord(actor),
      updatedAt: isoNow(this.deps.clock),
    };
    if (!(await this.deps.templates.replace(after, before))) throw changedElsewhere(id);
    await this.deps.audit.record(actor, {
      action: 'alert-template.update',
      entity: 'alert-template',
      entityId: id,
      scope: { gates: [...new Set([before.gateId, after.gateId])] },
      detail: { before, after },
    });
    return this.describedOne(actor, after);
  }

  async remove(actor: Principal, id: string): Promise<void> {
    this.deps.access.assertCan(actor, 'content:write');
    const before = await this.visible(actor, id);
    await this.deps.access.assertWritable(actor, [before.gateId], `alert template "${id}"`);
    if (!(await this.deps.templates.delete(id)))
      throw new NotFoundError(`alert template "${id}" does not exist`);
    await this.deps.audit.record(actor, {
      action: 'alert-template.delete',
      entity: 'alert-template',
      entityId: id,
      scope: { gates: [before.gateId] },
      detail: { before },
    });
  }

  /** Approves a draft: by someone with the approver role other than the person who last edited it. */
  async approve(actor: Principal, id: string): Promise<AlertTemplate> {
    this.deps.access.assertCan(actor, 'content:approve');
    const before = await this.visible(actor, id);
    if (before.state !== 'draft')
      throw new ConflictError(`alert template "${id}" is already approved`, undefined, {
        reason: 'wrong_state',
        params: { state: before.state },
      });
    if (samePerson(actor, before.updatedBy))
      throw new ForbiddenError(
        'a template is approved by another person than the one who last edited it (an API token acts for the person who created it)',
        undefined,
        { reason: 'same_person' },
      );
    await this.deps.access.assertWritable(actor, [before.gateId], `alert template "${id}"`);
    const after: AlertTemplate = {
      ...before,
      state: 'approved',
      approvedBy: actorRecord(actor),
      approvedAt: isoNow(this.deps.clock),
    };
    if (!(await this.deps.templates.replace(after, before))) throw changedElsewhere(id);
    await this.deps.audit.record(actor, {
      action: 'alert-template.approve',
      entity: 'alert-template',
      entityId: id,
      scope: { gates: [before.gateId] },
      detail: { before, after },
    });
    return this.describedOne(actor, after);
  }

  /** The approved templates of these gates, for the alert being taken in (no actor: the controller's own use). */
  approvedFor(gateIds: readonly string[]): Promise<AlertTemplate[]> {
    return this.deps.templates.approvedFor(gateIds);
  }

  /**
   * The input, checked: the schema; placeholders all known (a typo would show on the board as written); a gate
   * the actor can read (else unknown_reference) and change; a language the gate shows.
   */
  private async checked(actor: Principal, body: unknown): Promise<AlertTemplateInput> {
    const raw = normalizeText(validate<AlertTemplateInput>('alert.json#/$defs/templateInput', body));
    const input: AlertTemplateInput = { ...raw, event: raw.event.trim() };
    if (input.event === '')
      throw new ValidationError('/event: name the event', '/event', 'validation_failed', {
        reason: 'too_short',
        params: { limit: 1 },
      });
    for (const field of ['title', 'body'] as const) {
      const unknown = unknownPlaceholders(input[field] ?? '');
      if (unknown.length > 0)
        throw new ValidationError(
          `/${field}: ${unknown.map((n) => `{${n}}`).join(', ')} is no placeholder; use ${PLACEHOLDERS.map((n) => `{${n}}`).join(' ')}`,
          `/${field}`,
          'validation_failed',
          { reason: 'invalid' },
        );
    }
    const gate = await this.mustExist(this.deps.gates, 'gate', input.gateId, '/gateId', actor, itself);
    await this.deps.access.assertWritable(actor, [gate.id], `gate "${gate.id}"`);
    if (!gate.languages.includes(input.lang))
      throw new ValidationError(
        `/lang: gate "${gate.name}" shows ${gate.languages.join(', ')}, not ${input.lang}`,
        '/lang',
        'validation_failed',
        { reason: 'not_a_choice' },
      );
    return input;
  }

  private async visible(actor: Principal, id: string): Promise<AlertTemplate> {
    const found = await this.deps.templates.get(id);
    if (!found || !(await this.deps.access.visible(actor, [found.gateId])))
      throw new NotFoundError(`alert template "${id}" does not exist`);
    return found;
  }

  private async describedOne(actor: Principal, template: AlertTemplate): Promise<AlertTemplate> {
    const [described] = await this.described(actor, [template]);
    return described ?? template;
  }

  /** Each template with what the actor may do with it: edit and delete within scope; approve another's draft. */
  private async described(actor: Principal, templates: readonly AlertTemplate[]): Promise<AlertTemplate[]> {
    const view = await this.deps.access.view(actor);
    return templates.map((t) => {
      const writable = view.covers({ gates: [t.gateId] });
      const actions: Action[] = [];
      if (writable && can(actor, 'content:write')) actions.push('edit');
      if (writable && can(actor, 'content:approve') && t.state === 'draft' && !samePerson(actor, t.updatedBy))
        actions.push('approve');
      if (writable && can(actor, 'content:write')) actions.push('delete');
      return { ...t, actions };
    });
  }
}

const changedElsewhere = (id: string) =>
  new ConflictError(`alert template "${id}" was changed by someone else; reload it`, undefined, {
    reason: 'changed_elsewhere',
  });
