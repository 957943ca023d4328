import { randomUUID } from 'node:crypto';
import type { Ack } from '../../schemas/events.ts';
import type {
  ApiError,
  Blackout,
  Command,
  CommandInput,
  PlayerCommand,
  PlayerCommandResult,
  Screenshot,
} from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { actorRecord } from '../domain/access.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { CommandRepository } from '../repositories/command.repository.ts';
import type { ImageRepository } from '../repositories/image.repository.ts';
import { validate, validatorFor } from '../validation/schema.validator.ts';
import type { AccessPolicy } from './access.service.ts';
import type { AuditService } from './audit.service.ts';
import type { BlackoutService } from './blackout.service.ts';

/** How commands reach a screen's players; the realtime layer implements it with the screen's room. */
export interface CommandChannel {
  /**
   * Sends to every player of the screen; resolves with the replies that came within timeoutMs, and whether
   * some player did not answer in time (no replies and no timeout: no player is connected).
   */
  command(
    screenId: string,
    command: PlayerCommand,
    timeoutMs: number,
  ): Promise<{ replies: Ack<PlayerCommandResult>[]; timedOut: boolean }>;
}

/** A screenshot takes longer than the other commands: the player draws the stage, encodes and uploads it. */
// The geometry preview commands are sent by ScreenGeometryService, not from here.
const timeouts: Record<Exclude<PlayerCommand['type'], `geometry-${string}`>, number> = {
  reload: 10_000,
  identify: 10_000,
  'test-pattern': 10_000,
  screenshot: 60_000,
};
const defaultSeconds = { identify: 10, 'test-pattern': 60 } as const;
const maxScreenshotBytes = 32 * 1024 * 1024;

/**
 * Remote commands: reload, screenshot, identify and test pattern go to the screen's players over
 * Socket.IO and come back acked with a result; blackout and unblank are the blackouts of BlackoutService
 * (a blackout of this one screen), not a mechanism of their own. Every command is stored and audited.
 */
export class CommandService {
  private readonly deps: {
    commands: CommandRepository;
    channel: CommandChannel;
    blackouts: BlackoutService;
    audit: AuditService;
    clock: Clock;
    access: AccessPolicy;
    /** Reads the size of uploaded screenshots. */
    images: Pick<ImageRepository, 'header'>;
  };

  constructor(deps: CommandService['deps']) {
    this.deps = deps;
  }

  /** Runs a command on a screen, for someone who may act on it (screen:write within their scope). */
  async send(actor: Principal, screenId: string, body: unknown): Promise<Command> {
    await this.deps.access.screen(actor, screenId, 'screen:write');
    const input = validate<CommandInput>('report.json#/$defs/commandInput', body);
    const command: Command = {
      id: randomUUID(),
      screenId,
      type: input.type,
      state: 'sent',
      requestedBy: actorRecord(actor),
      requestedAt: isoNow(this.deps.clock),
    };
    if (input.type === 'blackout' || input.type === 'unblank') {
      // The blackout service checks the blackout permission and audits the blackout itself.
      const result =
        input.type === 'blackout'
          ? { blackoutId: (await this.blackout(actor, screenId, input.reason)).id }
          : { lifted: (await this.unblank(actor, screenId)).map((b) => b.id) };
      return this.complete(actor, { ...command, state: 'done', result }, true);
    }
    await this.deps.commands.insert(command);
    await this.deps.audit.record(actor, {
      action: 'screen.command',
      entity: 'screen',
      entityId: screenId,
      detail: { command: command.id, type: command.type },
    });
    const seconds =
      input.seconds ??
      (input.type in defaultSeconds ? defaultSeconds[input.type as keyof typeof defaultSeconds] : undefined);
    const { replies, timedOut } = await this.deps.channel.command(
      screenId,
      {
        id: command.id,
        type: input.type,
        ...(seconds ? { durationMs: seconds * 1000 } : {}),
        ...(input.type === 'screenshot'
          ? { uploadUrl: `/api/v1/screens/${screenId}/screenshots?command=${command.id}` }
          : {}),
      },
      timeouts[input.type],
    );
    if (replies.length === 0 && timedOut) {
      return this.complete(actor, {
        ...command,
        state: 'timeout',
        error: { code: 'timeout', message: 'the player did not answer in time' },
      });
    }
    if (replies.length === 0) {
      await this.complete(actor, {
        ...command,
        state: 'failed',
        error: { code: 'not_connected', message: 'no player of this screen is connected' },
      });
      throw new ConflictError(
        `no player of screen "${screenId}" is connected: the command was not delivered`,
      );
    }
    // A player's ack is input like any other: only a well-formed one counts.
    const ok = replies.find(
      (r): r is { ok: true; data: PlayerCommandResult } =>
        isAck(r) && r.ok && validatorFor('report.json#/$defs/playerCommandResult')(r.data) && r.data.done,
    );
    if (!ok) {
      const refused = replies.find(
        (r): r is { ok: false; error: ApiError } =>
          isAck(r) && !r.ok && validatorFor('common.json#/$defs/apiError')(r.error),
      );
      return this.complete(actor, {
        ...command,
        state: 'failed',
        error: refused
          ? { code: refused.error.code.slice(0, 64), message: refused.error.message.slice(0, 500) }
          : { code: 'not_done', message: 'the player could not do it' },
      });
    }
    let result: Record<string, unknown> = { ...ok.data };
    if (input.type === 'screenshot') {
      const shot = await this.deps.commands.latestScreenshot(screenId, command.id);
      if (!shot) {
        return this.complete(actor, {
          ...command,
          state: 'failed',
          error: { code: 'no_screenshot', message: 'the player answered but uploaded no screenshot' },
        });
      }
      result = { screenshot: withUrl(shot) };
    }
    return this.complete(actor, { ...command, state: 'done', result });
  }

  /** A screen's newest commands with their results. */
  async recent(actor: Principal, screenId: string, limit: number): Promise<Command[]> {
    await this.deps.access.screen(actor, screenId, 'read');
    return this.deps.commands.recent(screenId, limit);
  }

  /** Stores the PNG a screen's own player uploads in answer to its screenshot command. */
  async storeScreenshot(
    device: { screenId: string } | undefined,
    screenId: string,
    commandId: string,
    png: unknown,
  ): Promise<Screenshot> {
    // Who first: only the screen's own player uploads, whatever it sends.
    if (!device) throw new ForbiddenError("only the screen's own player uploads screenshots");
    if (device.screenId !== screenId)
      throw new ForbiddenError("a player uploads only its own screen's screenshots");
    if (!commandId) throw new ValidationError('the command this screenshot answers is missing', '/command');
    if (!Buffer.isBuffer(png)) throw new ValidationError('the body must be a PNG (Content-Type: image/png)');
    const command = await this.deps.commands.get(commandId);
    if (command?.screenId !== screenId || command.type !== 'screenshot')
      throw new NotFoundError(`no screenshot command "${commandId}" for this screen`, '/command');
    if (command.state !== 'sent')
      throw new ConflictError(`command "${commandId}" is already ${command.state}`, undefined, {
        reason: 'wrong_state',
        params: { state: command.state },
      });
    const { width, height } = await pngSize(png, this.deps.images);
    const shot = {
      id: randomUUID(),
      screenId,
      commandId,
      takenAt: isoNow(this.deps.clock),
      width,
      height,
    };
    try {
      await this.deps.commands.insertScreenshot(shot, png);
    } catch {
      throw new ConflictError(`command "${commandId}" already has its screenshot`);
    }
    return withUrl({ ...shot, bytes: png.length });
  }

  /** The facts of a screen's newest screenshot, or null. */
  async latestScreenshot(actor: Principal, screenId: string): Promise<Screenshot | null> {
    await this.deps.access.screen(actor, screenId, 'read');
    const shot = await this.deps.commands.latestScreenshot(screenId);
    return shot ? withUrl(shot) : null;
  }

  /** The PNG bytes of a screen's newest screenshot. */
  async latestScreenshotPng(actor: Principal, screenId: string): Promise<Uint8Array> {
    await this.deps.access.screen(actor, screenId, 'read');
    const shot = await this.deps.commands.latestScreenshot(screenId);
    const png = shot ? await this.deps.commands.screenshotPng(shot.id) : undefined;
    if (!png) throw new NotFoundError(`screen "${screenId}" has no screenshot yet`);
    return png;
  }

  private async complete(actor: Principal, command: Command, isNew = false): Promise<Command> {
    const done: Command = { ...command, completedAt: isoNow(this.deps.clock) };
    if (isNew) await this.deps.commands.insert(done);
    else await this.deps.commands.update(done);
    await this.deps.audit.record(actor, {
      action: 'screen.command.result',
      entity: 'screen',
      entityId: command.screenId,
      outcome: done.state === 'done' ? 'ok' : 'failed',
      detail: {
        command: done.id,
        type: done.type,
        state: done.state,
        ...(done.error ? { error: done.error } : {}),
      },
    });
    return done;
  }

  private blackout(actor: Principal, screenId: string, reason: string | undefined): Promise<Blackout> {
    return this.deps.blackouts.start(actor, {
      targets: { screens: [screenId] },
      reason: reason ?? 'Lệnh tắt màn hình từ xa / remote blackout command',
    });
  }

  /** Lifts the blackouts of this screen alone; one of a gate or of everything is lifted where it was made. */
  private async unblank(actor: Principal, screenId: string): Promise<Blackout[]> {
    const active = (await this.deps.blackouts.list(actor, 500)).filter(
      (b) => b.active && b.targets.screens?.includes(screenId),
    );
    const own = active.filter((b) => !b.targets.all && !b.targets.gates && b.targets.screens?.length === 1);
    if (own.length === 0) {
      const others = active.map((b) => b.id);
      throw new ConflictError(
        others.length > 0
          ? `this screen is blacked out together with others (blackout ${others.join(', ')}): lift that blackout`
          : 'no blackout of this screen is in force',
      );
    }
    const lifted: Blackout[] = [];
    for (const b of own) lifted.push(await this.deps.blackouts.lift(actor, b.id));
    return lifted;
  }
}

function isAck(reply: unknown): reply is { ok: boolean; data?: unknown; error?: unknown } {
  return typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean';
}

function withUrl(shot: Omit<Screenshot, 'imageUrl'>): Screenshot {
  return { ...shot, imageUrl: `/api/v1/screens/${shot.screenId}/screenshot/latest?format=png` };
}

/** Width and height of a PNG, read by sharp from its header; anything else (or one too large) is refused. */
export async function pngSize(
  png: Buffer,
  images: Pick<ImageRepository, 'header'>,
): Promise<{ width: number; height: number }> {
  if (png.length > maxScreenshotBytes) throw new ValidationError('the screenshot is too large');
  const header = await images.header(png);
  if (header?.format !== 'png') throw new ValidationError('the body is not a PNG image', '');
  const { width, height } = header;
  if (width < 1 || height < 1 || width > 16_384 || height > 16_384)
    throw new ValidationError(`a ${width}×${height} screenshot is not plausible`);
  return { width, height };
}
