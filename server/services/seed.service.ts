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
  playerPath: string;
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

  /** Seeds when no gate exists yet; returns a device token path for each demo screen, or [] if not seeded. */
  async seedIfEmpty(dir: string): Promise<DemoPlayer[]> {
    const actor = systemPrincipal;
    const { gates, screens, messages, playlists, schedules } = this.services;
    if ((await gates.list(actor, 1, 0)).total > 0) return [];
    const bundles = await readDemoBundles(dir);
    const players: DemoPlayer[] = [];
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
        const screen = await screens.create(actor, s);
        const token = await this.devices.createToken(screen.id, { label: 'demo' });
        players.push({
          screenId: screen.id,
          screenName: screen.name,
          gateName: gate.name,
          playerPath: token.playerUrl,
        });
      }
      for (const s of bundle.schedules) {
        await this.approvals.recordPreapproved('schedule', (await schedules.create(actor, s)).id, SEEDED);
      }
      if (bundle.gate.defaultPlaylistId) await gates.update(actor, gate.id, { ...bundle.gate, id: gate.id });
    }
    const result = await this.manifests.publish();
    this.log.info({ gates: bundles.length, screens: players.length, ...result }, 'demo data seeded');
    return players;
  }
}
