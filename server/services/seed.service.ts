import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type {
  DemoBundle,
  GateInput,
  MessageInput,
  PlaylistInput,
  ScheduleInput,
  ScreenInput,
} from '../../schemas/types.ts';
import { systemPrincipal } from '../domain/access.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Gate, Message, Playlist, Schedule, Screen } from '../domain/entities.ts';
import { validate } from '../validation/schema.validator.ts';
import type { ApprovalService } from './approval.service.ts';
import type { DeviceService } from './device.service.ts';
import type { EntityService } from './entity.service.ts';
import type { ManifestService } from './manifest.service.ts';

export interface DemoPlayer {
  screenId: string;
  screenName: string;
  gateName: string;
  /** The player page with a single-use enrolment token: `/player/?token=gce_…`. */
  playerPath: string;
  expiresAt: string;
}

/** Reads and validates every demo bundle in a directory (playlists/). */
export async function readDemoBundles(dir: string): Promise<DemoBundle[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) =>
      validate<DemoBundle>('demo-bundle.json', JSON.parse(await readFile(join(dir, f), 'utf8'))),
    ),
  );
}

/** The entity, or undefined if it was deleted (any other failure is thrown). */
async function unlessGone<T>(found: Promise<T>): Promise<T | undefined> {
  try {
    return await found;
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
}

/** The content services the seed goes through (the same rules, scopes and audit as the API). */
export interface SeedTargets {
  gates: EntityService<GateInput, Gate>;
  screens: EntityService<ScreenInput, Screen>;
  messages: EntityService<MessageInput, Message>;
  playlists: EntityService<PlaylistInput, Playlist>;
  schedules: EntityService<ScheduleInput, Schedule>;
}

const SEEDED =
  'demo content seeded at first start: approved by the controller itself, not by a person (SEED_DEMO=0 to skip)';

/**
 * Seeds the reference gates into an empty database, as the controller itself (audited as "system"). Its
 * messages, playlists and schedules are recorded as approved by the controller, so the demo players show
 * them at once; the audit log says so.
 */
export class SeedService {
  private readonly services: SeedTargets;
  private readonly approvals: Pick<ApprovalService, 'recordPreapproved'>;
  private readonly devices: DeviceService;
  private readonly manifests: ManifestService;
  private readonly log: Logger;

  constructor(deps: {
    services: SeedTargets;
    approvals: Pick<ApprovalService, 'recordPreapproved'>;
    devices: DeviceService;
    manifests: ManifestService;
    log: Logger;
  }) {
    this.services = deps.services;
    this.approvals = deps.approvals;
    this.devices = deps.devices;
    this.manifests = deps.manifests;
    this.log = deps.log;
  }

  /**
   * Seeds an empty database, then issues a fresh player link for every demo screen there is (at every
   * start: a link works once, so the ones printed last time may be spent; they stop working now).
   */
  async seedAndLink(dir: string): Promise<DemoPlayer[]> {
    const bundles = await readDemoBundles(dir);
    await this.seedIfEmpty(bundles);
    const players: DemoPlayer[] = [];
    for (const s of bundles.flatMap((b) => b.screens)) {
      const screen = s.id ? await unlessGone(this.services.screens.get(systemPrincipal, s.id)) : undefined;
      if (!screen) continue; // deleted since: no link
      const gate = await this.services.gates.get(systemPrincipal, screen.gateId);
      const link = await this.devices.issueDemoLink(screen.id);
      players.push({
        screenId: screen.id,
        screenName: screen.name,
        gateName: gate.name,
        playerPath: link.playerUrl,
        expiresAt: link.expiresAt,
      });
    }
    return players;
  }

  /** Seeds the demo bundles when no gate exists yet. */
  private async seedIfEmpty(bundles: DemoBundle[]): Promise<void> {
    const actor = systemPrincipal;
    const { gates, screens, messages, playlists, schedules } = this.services;
    if ((await gates.list(actor, 1, 0)).total > 0) return;
    let screenCount = 0;
    for (const bundle of bundles) {
      // The gate's default playlist belongs to the gate, so the gate is created first and pointed at it last.
      const gate = await gates.create(actor, { ...bundle.gate, defaultPlaylistId: null });
      for (const m of bundle.messages) {
        await this.approvals.recordPreapproved('message', (await messages.create(actor, m)).id, SEEDED);
      }
      for (const p of bundle.playlists) {
        await this.approvals.recordPreapproved('playlist', (await playlists.create(actor, p)).id, SEEDED);
      }
      for (const s of bundle.screens) {
        await screens.create(actor, s);
        screenCount++;
      }
      for (const s of bundle.schedules) {
        await this.approvals.recordPreapproved('schedule', (await schedules.create(actor, s)).id, SEEDED);
      }
      if (bundle.gate.defaultPlaylistId) await gates.update(actor, gate.id, { ...bundle.gate, id: gate.id });
    }
    const result = await this.manifests.publish();
    this.log.info({ gates: bundles.length, screens: screenCount, ...result }, 'demo data seeded');
  }
}
