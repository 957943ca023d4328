import { randomUUID } from 'node:crypto';
import type { Meta } from '../../schemas/types.ts';
import { can, rolesGranting, type Permission, type Principal } from '../domain/access.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain/errors.ts';
import { normalizeText } from '../domain/text.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import { isUniqueViolation } from '../repositories/dialect.ts';
import type { DocumentRepository, Page } from '../repositories/document.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';

/** What makes one noun's entities valid beyond their schema. */
export interface EntityRules<T extends Meta> {
  /** Singular noun for messages, e.g. "gate". */
  noun: string;
  /** Schema of the request body, e.g. "gate.json". */
  schema: string;
  /** What it takes to change one. */
  permission: Permission;
  /** The gates an entity touches (none: shared by all), for scopes. */
  gatesOf: (entity: T) => Promise<string[]>;
  /** A permission some entities need beyond `permission` (an emergency-level message: `emergency`). */
  extraPermission?: (entity: T) => { permission: Permission; why: string } | undefined;
  /**
   * Checks references to other entities, as the acting principal: naming one it cannot read is refused
   * exactly as naming one that does not exist. Throws a ValidationError naming the field.
   */
  check?: (entity: T, actor: Principal) => Promise<void>;
  /** Throws ForbiddenError when the entity as it would be stored lies outside the principal's scope. */
  assertScope?: (entity: T, actor: Principal) => void;
  /** Fields the server keeps: set at creation from the creator (`existing` undefined), kept on every edit. */
  serverFields?: (actor: Principal, existing: T | undefined) => Partial<T>;
  /** Throws a ConflictError while something still uses the entity. */
  beforeDelete?: (id: string) => Promise<void>;
  /** Throws when a change needs another way than a plain edit (a live board's region: a preview). */
  beforeUpdate?: (existing: T, entity: T) => Promise<void>;
}

/** Receives every committed change, e.g. to recompile the manifests it affects. */
export interface ChangeListener {
  changed(noun: string, id: string): Promise<void>;
}

/**
 * Keeps the review state of content that goes through approval (messages, playlists, schedules). With one,
 * a save changes only the working copy: nothing reaches the screens until a second person approves it.
 */
export interface DraftTracker {
  /** A new entity was stored: it is a draft with nothing approved. */
  created(actor: Principal, noun: string, id: string): Promise<void>;
  /** Runs before the working copy is replaced, so an approval in flight cannot take the new text. */
  editing(actor: Principal, noun: string, id: string): Promise<void>;
  /** Throws unless the principal may also take the approved version off the screens. */
  removing(actor: Principal, noun: string, id: string): Promise<void>;
  removed(noun: string, id: string): Promise<void>;
}

export interface EntityServiceDeps {
  clock: Clock;
  listener: ChangeListener;
  access: AccessPolicy;
  audit: AuditService;
  /** Set for reviewed content: saves make drafts, and only deletes reach the screens directly. */
  drafts?: DraftTracker;
}

/** Create, read, update and delete for one kind of content entity, with validation and references. */
export class EntityService<I extends { id?: string }, T extends Meta> {
  private readonly repo: DocumentRepository<T>;
  private readonly rules: EntityRules<T>;
  private readonly deps: EntityServiceDeps;

  constructor(repo: DocumentRepository<T>, rules: EntityRules<T>, deps: EntityServiceDeps) {
    this.repo = repo;
    this.rules = rules;
    this.deps = deps;
  }

  /** One page of what the principal may see. */
  async list(actor: Principal, limit: number, offset: number): Promise<Page<T>> {
    this.deps.access.assertCan(actor, 'read');
    // One look at the scope for the whole list, not one per entity.
    const view = await this.deps.access.view(actor);
    const visible: T[] = [];
    for (const entity of await this.repo.all()) {
      if (view.visible(await this.rules.gatesOf(entity))) visible.push(entity);
    }
    visible.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return { items: visible.slice(offset, offset + limit), total: visible.length, limit, offset };
  }

  /** One entity; out of scope reads as not found, so ids outside a scope are not even confirmed. */
  async get(actor: Principal, id: string): Promise<T> {
    this.deps.access.assertCan(actor, 'read');
    const found = await this.repo.get(id);
    if (!found || !(await this.deps.access.visible(actor, await this.rules.gatesOf(found)))) {
      throw new NotFoundError(`${this.rules.noun} "${id}" does not exist`);
    }
    return found;
  }

  async create(actor: Principal, body: unknown): Promise<T> {
    this.deps.access.assertCan(actor, this.rules.permission);
    const input = this.parse(body);
    const now = isoNow(this.deps.clock);
    const entity = {
      ...input,
      ...this.rules.serverFields?.(actor, undefined),
      id: input.id ?? randomUUID(),
      createdAt: now,
      updatedAt: now,
    } as unknown as T;
    this.assertExtra(actor, entity);
    await this.rules.check?.(entity, actor);
    this.rules.assertScope?.(entity, actor);
    await this.assertWritable(actor, entity);
    try {
      await this.repo.insert(entity);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`${this.rules.noun} "${entity.id}" already exists`, '/id', {
          reason: 'taken',
        });
      throw error;
    }
    await this.deps.audit.record(actor, {
      action: `${this.rules.noun}.create`,
      entity: this.rules.noun,
      entityId: entity.id,
      detail: { after: entity },
      scope: await this.auditScope(entity),
    });
    if (this.deps.drafts) await this.deps.drafts.created(actor, this.rules.noun, entity.id);
    else await this.deps.listener.changed(this.rules.noun, entity.id);
    return entity;
  }

  async update(actor: Principal, id: string, body: unknown): Promise<T> {
    this.deps.access.assertCan(actor, this.rules.permission);
    // Out of scope is refused before the body is looked at: the answer says nothing about it.
    const existing = await this.get(actor, id);
    this.rules.assertScope?.(existing, actor);
    await this.assertWritable(actor, existing);
    const input = this.parse(body);
    if (input.id !== undefined && input.id !== id) {
      throw new ConflictError(`body id "${input.id}" differs from the id in the URL "${id}"`, '/id');
    }
    const entity = {
      ...input,
      ...this.rules.serverFields?.(actor, existing),
      id,
      createdAt: existing.createdAt,
      updatedAt: isoNow(this.deps.clock),
    } as unknown as T;
    this.assertExtra(actor, existing);
    this.assertExtra(actor, entity);
    await this.rules.check?.(entity, actor);
    this.rules.assertScope?.(entity, actor);
    await this.assertWritable(actor, entity);
    await this.rules.beforeUpdate?.(existing, entity);
    await this.deps.drafts?.editing(actor, this.rules.noun, id);
    if (!(await this.repo.update(entity)))
      throw new NotFoundError(`${this.rules.noun} "${id}" does not exist`);
    await this.deps.audit.record(actor, {
      action: `${this.rules.noun}.update`,
      entity: this.rules.noun,
      entityId: id,
      detail: { before: existing, after: entity },
      scope: await this.auditScope(existing, entity),
    });
    if (!this.deps.drafts) await this.deps.listener.changed(this.rules.noun, id);
    return entity;
  }

  async remove(actor: Principal, id: string): Promise<void> {
    this.deps.access.assertCan(actor, this.rules.permission);
    const existing = await this.get(actor, id);
    this.assertExtra(actor, existing);
    this.rules.assertScope?.(existing, actor);
    await this.assertWritable(actor, existing);
    await this.deps.drafts?.removing(actor, this.rules.noun, id);
    await this.rules.beforeDelete?.(id);
    await this.repo.delete(id);
    await this.deps.drafts?.removed(this.rules.noun, id);
    await this.deps.audit.record(actor, {
      action: `${this.rules.noun}.delete`,
      entity: this.rules.noun,
      entityId: id,
      detail: { before: existing },
      scope: await this.auditScope(existing),
    });
    await this.deps.listener.changed(this.rules.noun, id);
  }

  /** The gates an audit entry about these versions concerns (none: shared, so national readers only). */
  private async auditScope(...versions: T[]): Promise<{ gates: string[] } | undefined> {
    const gates = new Set<string>();
    for (const version of versions) for (const g of await this.rules.gatesOf(version)) gates.add(g);
    return gates.size > 0 ? { gates: [...gates] } : undefined;
  }

  private async assertWritable(actor: Principal, entity: T): Promise<void> {
    const gates = await this.rules.gatesOf(entity);
    await this.deps.access.assertWritable(actor, gates, `${this.rules.noun} "${entity.id}"`);
  }

  private parse(body: unknown): I {
    // normalizeText copies, so applying defaults during validation never touches the caller's object.
    return validate<I>(this.rules.schema, normalizeText(body));
  }

  private assertExtra(actor: Principal, entity: T): void {
    const extra = this.rules.extraPermission?.(entity);
    if (extra && !can(actor, extra.permission)) {
      const roles = rolesGranting(extra.permission);
      throw new ForbiddenError(`${extra.why} needs one of the roles ${roles.join(', ')}`, undefined, {
        reason: 'needs_role',
        params: { roles },
      });
    }
  }
}
