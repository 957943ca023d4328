import { randomUUID } from 'node:crypto';
import type {
  Geometry,
  GeometryApplyInput,
  GeometryCancelInput,
  GeometryChange,
  GeometryPreview,
  GeometryPreviewInput,
  ScreenGeometryState,
} from '../../schemas/types.ts';
import { actorRecord, type Principal } from '../domain/access.ts';
import type { Screen } from '../domain/entities.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import { firstDifference, geometryOf, geometryText } from '../domain/geometry.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DeviceTokenRepository } from '../repositories/device-token.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { ScreenGeometryRepository } from '../repositories/screen-geometry.repository.ts';
import { validate } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import type { CommandChannel } from './command.service.ts';
import type { ChangeListener } from './entity.service.ts';

/** How long the player shows a preview unless told otherwise: long enough to walk out and look. */
const defaultPreviewSeconds = 60;
/** How long the controller waits for the player to say it shows (or stopped showing) the pattern. */
const commandTimeoutMs = 10_000;
const changesShown = 10;

/** What one step writes to the audit log (the action literal where it happens, so catalogues find it). */
interface AuditEntry {
  action: string;
  detail: Record<string, unknown>;
}

/**
 * Whether a screen is a live LED board: paired (a device token not revoked) and its player has reported at
 * least once. Its region then changes only through a preview; any other screen is edited in its form.
 */
export function liveBoard(deps: {
  tokens: Pick<DeviceTokenRepository, 'listForScreen'>;
  /** The screen's latest heartbeat, stored or still buffered; null before the first. */
  latestHeartbeat: (screenId: string) => Promise<unknown>;
}): (screen: Pick<Screen, 'id' | 'kind'>) => Promise<boolean> {
  return async (screen) => {
    if (screen.kind !== 'led') return false;
    const tokens = await deps.tokens.listForScreen(screen.id);
    if (!tokens.some((t) => !t.revokedAt)) return false;
    return (await deps.latestHeartbeat(screen.id)) != null;
  };
}

/**
 * Refuses (409 geometry_needs_preview, at the first changed field) a plain edit that moves a live board's
 * region: the screen form sends the stored region back unchanged, so only a real change is refused.
 */
export function geometryGuard(isLive: (screen: Pick<Screen, 'id' | 'kind'>) => Promise<boolean>) {
  return async (existing: Screen, next: Screen): Promise<void> => {
    const field = firstDifference(geometryOf(existing), geometryOf(next));
    if (!field || !(await isLive(existing))) return;
    throw new ConflictError(
      `${field}: screen "${existing.id}" is a live LED board: change its region with a preview (POST /api/v1/screens/${existing.id}/geometry/preview)`,
      field,
      { reason: 'geometry_needs_preview', params: { screen: existing.id } },
    );
  };
}

export interface ScreenGeometryDeps {
  screens: DocumentRepository<Screen>;
  geometry: ScreenGeometryRepository;
  channel: CommandChannel;
  /** Recompiles and pushes the screen's config (the manifest service). */
  listener: ChangeListener;
  isLive: (screen: Pick<Screen, 'id' | 'kind'>) => Promise<boolean>;
  access: AccessPolicy;
  audit: AuditService;
  clock: Clock;
}

/**
 * Changes an LED board's region with a safety net: the player first shows the test pattern at the proposed
 * region (nothing stored), a person who sees the board confirms (apply) or cancels (the player goes back at
 * once); every change keeps the region it replaced, and restore brings that back in one action. Who may do
 * it: whoever may edit the screen (screen:write within their scope), the same rule as PUT /screens/:id.
 */
export class ScreenGeometryService {
  private readonly deps: ScreenGeometryDeps;

  constructor(deps: ScreenGeometryDeps) {
    this.deps = deps;
  }

  /** The region now, the one restore would bring back, the preview showing and the recent changes. */
  async state(actor: Principal, screenId: string): Promise<ScreenGeometryState> {
    const screen = await this.deps.access.screen(actor, screenId, 'read');
    const changes = await this.deps.geometry.changes(screenId, changesShown);
    return {
      screenId,
      current: geometryOf(screen),
      previous: changes[0]?.before ?? null,
      needsPreview: await this.deps.isLive(screen),
      preview: (await this.showing(screenId))[0] ?? null,
      changes,
    };
  }

  /** Asks the screen's player to show the test pattern at the proposed region for a while, storing nothing. */
  async preview(actor: Principal, screenId: string, body: unknown): Promise<GeometryPreview> {
    const screen = await this.deps.access.screen(actor, screenId, 'screen:write');
    const input = validate<GeometryPreviewInput>('screen-geometry.json#/$defs/previewInput', body);
    const { seconds = defaultPreviewSeconds, ...geometry } = input;
    // One preview at a time: a new one replaces what the board shows (the player replaces it too).
    for (const old of await this.showing(screenId)) await this.end(old, 'cancelled');
    const now = this.deps.clock.now();
    const preview: GeometryPreview = {
      id: randomUUID(),
      screenId,
      geometry,
      state: 'showing',
      requestedBy: actorRecord(actor),
      requestedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + seconds * 1000).toISOString(),
    };
    const shown = await this.tell(screenId, {
      id: preview.id,
      type: 'geometry-preview',
      geometry,
      durationMs: seconds * 1000,
    });
    if (!shown) {
      throw new ConflictError(
        `no player of screen "${screenId}" is connected and showed the preview: nothing was changed`,
        undefined,
        { reason: 'player_not_connected', params: { screen: screenId } },
      );
    }
    await this.deps.geometry.insertPreview(preview);
    await this.record(actor, screen, {
      action: 'screen.geometry.preview',
      detail: {
        preview: preview.id,
        current: geometryText(geometryOf(screen)),
        proposed: geometryText(geometry),
        seconds,
      },
    });
    return preview;
  }

  /** Ends a preview: the player goes back to the stored region at once. */
  async cancel(actor: Principal, screenId: string, body: unknown): Promise<GeometryPreview> {
    const screen = await this.deps.access.screen(actor, screenId, 'screen:write');
    const { previewId } = validate<GeometryCancelInput>('screen-geometry.json#/$defs/cancelInput', body);
    const preview = await this.showingPreview(screenId, previewId);
    const ended = await this.end(preview, 'cancelled');
    await this.tell(screenId, { id: randomUUID(), type: 'geometry-preview-end' });
    await this.record(actor, screen, {
      action: 'screen.geometry.cancel',
      detail: { preview: preview.id, proposed: geometryText(preview.geometry) },
    });
    return ended;
  }

  /** Makes a previewed region the screen's, keeping the region it replaces for restore. */
  async apply(actor: Principal, screenId: string, body: unknown): Promise<ScreenGeometryState> {
    const screen = await this.deps.access.screen(actor, screenId, 'screen:write');
    const { previewId } = validate<GeometryApplyInput>('screen-geometry.json#/$defs/applyInput', body);
    const preview = await this.showingPreview(screenId, previewId);
    await this.end(preview, 'applied');
    await this.change(actor, screen, preview.geometry, 'apply', {
      action: 'screen.geometry.apply',
      detail: { preview: preview.id },
    });
    return this.state(actor, screenId);
  }

  /** Brings back the region the last change replaced (itself a change, so a second restore undoes it). */
  async restore(actor: Principal, screenId: string): Promise<ScreenGeometryState> {
    const screen = await this.deps.access.screen(actor, screenId, 'screen:write');
    const [last] = await this.deps.geometry.changes(screenId, 1);
    if (!last)
      throw new ConflictError(`screen "${screenId}" has no earlier region to restore`, undefined, {
        reason: 'no_previous_geometry',
      });
    // A preview still on the board would hide the restored region: it ends first.
    for (const old of await this.showing(screenId)) await this.end(old, 'cancelled');
    await this.change(actor, screen, last.before, 'restore', {
      action: 'screen.geometry.restore',
      detail: { undoes: last.id },
    });
    return this.state(actor, screenId);
  }

  /** Stores the new region, records what it replaced, audits and pushes the new config to the player. */
  private async change(
    actor: Principal,
    screen: Screen,
    after: Geometry,
    via: GeometryChange['via'],
    event: AuditEntry,
  ): Promise<void> {
    const before = geometryOf(screen);
    const at = isoNow(this.deps.clock);
    const updated: Screen = { ...screen, ...after, updatedAt: at };
    if (!(await this.deps.screens.update(updated)))
      throw new NotFoundError(`screen "${screen.id}" does not exist`);
    const change: GeometryChange = {
      id: randomUUID(),
      screenId: screen.id,
      before,
      after,
      via,
      changedBy: actorRecord(actor),
      changedAt: at,
    };
    await this.deps.geometry.insertChange(change);
    await this.record(actor, screen, {
      action: event.action,
      detail: { ...event.detail, before: geometryText(before), after: geometryText(after) },
    });
    await this.deps.listener.changed('screen', screen.id);
  }

  /** The screen's previews still on the board; those past their time are marked expired on the way. */
  private async showing(screenId: string): Promise<GeometryPreview[]> {
    const now = this.deps.clock.now();
    const live: GeometryPreview[] = [];
    for (const p of await this.deps.geometry.showing(screenId)) {
      if (Date.parse(p.expiresAt) > now) live.push(p);
      else await this.end(p, 'expired', p.expiresAt);
    }
    return live;
  }

  private async showingPreview(screenId: string, previewId: string): Promise<GeometryPreview> {
    const found = await this.deps.geometry.preview(previewId);
    if (found?.screenId !== screenId)
      throw new NotFoundError(`no preview "${previewId}" of screen "${screenId}"`, '/previewId');
    const live = (await this.showing(screenId)).find((p) => p.id === previewId);
    if (!live) {
      const state = (await this.deps.geometry.preview(previewId))?.state ?? found.state;
      throw new ConflictError(`preview "${previewId}" is ${state}: preview the region again`, '/previewId', {
        reason: 'preview_over',
        params: { state },
      });
    }
    return live;
  }

  private async end(
    preview: GeometryPreview,
    state: Exclude<GeometryPreview['state'], 'showing'>,
    at = isoNow(this.deps.clock),
  ): Promise<GeometryPreview> {
    const ended = { ...preview, state, endedAt: at };
    if (!(await this.deps.geometry.endPreview(ended)))
      throw new ConflictError(`preview "${preview.id}" has just ended elsewhere`, '/previewId', {
        reason: 'preview_over',
        params: { state: 'ended' },
      });
    return ended;
  }

  /** Sends a command to the screen's players; true when one of them did it. */
  private async tell(screenId: string, command: Parameters<CommandChannel['command']>[1]): Promise<boolean> {
    const { replies } = await this.deps.channel.command(screenId, command, commandTimeoutMs);
    return replies.some((r) => r.ok && r.data.done);
  }

  private async record(actor: Principal, screen: Screen, { action, detail }: AuditEntry): Promise<void> {
    await this.deps.audit.record(actor, {
      action,
      entity: 'screen',
      entityId: screen.id,
      detail,
      scope: { gates: [screen.gateId] },
    });
  }
}
