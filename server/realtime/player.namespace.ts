import { EventEmitter } from 'node:events';
import { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Namespace, Server, Socket } from 'socket.io';
import {
  type Ack,
  playerEventSchemas,
  type PlayerToServerEvents,
  type ServerToPlayerEvents,
} from '../../schemas/events.ts';
import type {
  EmergencyAck,
  Heartbeat,
  Manifest,
  ManifestAck,
  PlayBatch,
  PlayerCommand,
  PlayerDataUpdate,
  PlayerCommandResult,
  PlayerOverride,
  ScreenConfig,
  TimeSync,
} from '../../schemas/types.ts';
import { DomainError } from '../domain/errors.ts';
import type { EventBudget } from '../domain/event.budget.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { ScreenBroadcaster } from '../services/broadcaster.ts';
import type { DataChannel, DataDeliveryService } from '../services/data-delivery.service.ts';
import type { ManifestService } from '../services/manifest.service.ts';
import type { DeviceService } from '../services/device.service.ts';
import type { CommandChannel } from '../services/command.service.ts';
import type { HeartbeatService } from '../services/heartbeat.service.ts';
import type { ProofOfPlayService } from '../services/proof-of-play.service.ts';
import type { EmergencyService } from '../services/emergency.service.ts';
import type { OverrideService } from '../services/override.service.ts';
import { handleEvent } from './ack.ts';

/** Events between controller processes (none yet; the Redis adapter comes with scale-out). */
type InterServerEvents = Record<string, never>;

interface PlayerData {
  screenId: string;
  /** The device token the player authenticated with (its room is how revocation finds it). */
  tokenId: string;
}

/** The controller's Socket.IO server, typed by the shared event maps. */
export type GatecastServer = Server<
  PlayerToServerEvents,
  ServerToPlayerEvents,
  InterServerEvents,
  PlayerData
>;
type PlayerSocket = Socket<PlayerToServerEvents, ServerToPlayerEvents, InterServerEvents, PlayerData>;
export type PlayerNamespace = Namespace<
  PlayerToServerEvents,
  ServerToPlayerEvents,
  InterServerEvents,
  PlayerData
>;

const screenRoom = (id: string) => `screen:${id}`;
const deviceRoom = (tokenId: string) => `device:${tokenId}`;

/** The one module that emits to players: named rooms, one serialisation per broadcast. */
export class PlayerBroadcaster implements ScreenBroadcaster, CommandChannel, DataChannel {
  private readonly nsp: PlayerNamespace;

  constructor(nsp: PlayerNamespace) {
    this.nsp = nsp;
  }

  manifest(screenIds: readonly string[], manifest: Manifest): void {
    this.nsp.to(screenIds.map(screenRoom)).emit('manifest', manifest);
  }

  config(screenId: string, config: ScreenConfig): void {
    this.nsp.to(screenRoom(screenId)).emit('config', config);
  }

  data(screenIds: readonly string[], update: PlayerDataUpdate): void {
    if (screenIds.length > 0) this.nsp.to(screenIds.map(screenRoom)).emit('data', update);
  }

  override(screenIds: readonly string[], state: PlayerOverride): void {
    if (screenIds.length > 0) this.nsp.to(screenIds.map(screenRoom)).emit('override', state);
  }

  /** A remote command to the screen's players, with the replies that came in time (on every process). */
  command(
    screenId: string,
    command: PlayerCommand,
    timeoutMs: number,
  ): Promise<{ replies: Ack<PlayerCommandResult>[]; timedOut: boolean }> {
    return new Promise((resolve) => {
      this.nsp
        .to(screenRoom(screenId))
        .timeout(timeoutMs)
        .emit('command', command, (err: Error | null, replies: Ack<PlayerCommandResult>[]) => {
          resolve({ replies, timedOut: !!err });
        });
    });
  }

  /** Cuts off every player that authenticated with a (now revoked) device token. */
  disconnectDevice(tokenId: string): void {
    this.nsp.in(deviceRoom(tokenId)).disconnectSockets(true);
  }

  /** Players connected to this process. */
  connectedCount(): number {
    return this.nsp.sockets.size;
  }

  async isConnected(screenId: string): Promise<boolean> {
    const room = screenRoom(screenId);
    if ((this.nsp.adapter.rooms.get(room)?.size ?? 0) > 0) return true;
    // Other controllers of a cluster answer through the adapter; one that just died may not answer at
    // all, so wait briefly and otherwise say what this process knows.
    try {
      return (await this.nsp.in(room).timeout(2_000).fetchSockets()).length > 0;
    } catch {
      return false;
    }
  }
}

/** The /player namespace of a Socket.IO server. */
export function playerNamespace(io: GatecastServer): PlayerNamespace {
  // Engine.IO (6.6) answers a WebSocket upgrade with a stand-in response that listens for the TCP socket's
  // close and holds the upgrade request until then: about 2 KB per connection for as long as it lasts
  // (seen in bench/memory's heap snapshot). Nothing reads that request through the response after the
  // middlewares (its header methods are for them), so it is let go here; a player's socket then drops its
  // own reference too (shedUpgradeRequest), consoles keep theirs for the session cookie.
  io.engine.use((_req: unknown, res: unknown, next: () => void) => {
    if (res instanceof EventEmitter && !(res instanceof ServerResponse) && 'req' in res) res.req = null;
    next();
  });
  return io.of('/player');
}

/** Sets up /player: device-token handshake, rooms, and the validated player events. */
export function attachPlayerHandlers(
  nsp: PlayerNamespace,
  deps: {
    devices: DeviceService;
    manifests: ManifestService;
    overrides: OverrideService;
    emergencies: EmergencyService;
    heartbeats: HeartbeatService;
    plays: ProofOfPlayService;
    /** Live values for the screen's gate (sent on connect, after the config). */
    data: Pick<DataDeliveryService, 'forGate'>;
    /** What each device token may send (events per minute, burst); over it, events are refused. */
    budget: EventBudget;
    /** Where refused events and cut-off devices are counted (/metrics). */
    metrics: { playerEventDropped(event: string, reason: string): void; floodDisconnect(): void };
    clock: Clock;
    log: Logger;
  },
): void {
  const log = deps.log.child({ nsp: '/player' });

  nsp.use((socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown };
    const token = typeof auth.token === 'string' ? auth.token : undefined;
    deps.devices.authenticate(token).then(
      ({ screenId, tokenId }) => {
        // A device cut off for flooding stays off until its penalty is over.
        const blocked = deps.budget.blockedUntil(tokenId, deps.clock.now());
        if (blocked) {
          const error = new Error(
            `this device sent too many events: try again after ${new Date(blocked).toISOString()}`,
          ) as Error & { data?: unknown };
          error.data = { code: 'rate_limited' };
          next(error);
          return;
        }
        socket.data.screenId = screenId;
        socket.data.tokenId = tokenId;
        next();
      },
      (err: unknown) => {
        const error = new Error(
          err instanceof DomainError ? err.message : 'authentication failed',
        ) as Error & {
          data?: unknown;
        };
        error.data = { code: err instanceof DomainError ? err.code : 'internal' };
        next(error);
      },
    );
  });

  // One handler per event for the whole namespace (not a closure per socket): a connected player costs
  // memory only for what Socket.IO itself keeps (bench/memory). Each event first spends from its device's
  // budget; every error ack is counted by event and code.
  const on = <P, R>(event: keyof PlayerToServerEvents, handler: (p: P, screenId: string) => Promise<R>) => {
    const handle = handleEvent(log, playerEventSchemas[event], (p: P, socket: PlayerSocket) =>
      handler(p, socket.data.screenId),
    );
    return function (this: PlayerSocket, payload: unknown, ack?: unknown): void {
      const reply = (r: Ack<R>) => {
        if (!r.ok) deps.metrics.playerEventDropped(event, r.error.code);
        if (typeof ack === 'function') (ack as (r: Ack<R>) => void)(r);
      };
      if (!spend(this, event, reply)) return;
      handle.call(this, payload, reply);
    };
  };
  /** Takes one event from the socket's device budget; false (answered rate_limited) when it has none. */
  const spend = (socket: PlayerSocket, event: string, reply: (r: Ack<never>) => void): boolean => {
    const { tokenId, screenId } = socket.data;
    const now = deps.clock.now();
    const verdict = deps.budget.take(tokenId, now);
    if (verdict === 'ok') return true;
    const wait = Math.ceil(deps.budget.retryAfterMs(tokenId, now) / 1000);
    reply({
      ok: false,
      error: {
        code: 'rate_limited',
        message: `too many events from this device: slow down (the next is accepted in ${wait} s)`,
      },
    });
    if (verdict === 'cut') {
      deps.metrics.floodDisconnect();
      log.warn({ screenId, tokenId, event }, 'device flooding despite rate_limited replies; disconnected');
    }
    // Cut off (now or still): every socket of the device goes, and handshakes are refused until it is over.
    if (verdict === 'cut' || verdict === 'blocked') {
      socket.disconnect(true);
      nsp.in(deviceRoom(tokenId)).disconnectSockets(true);
    }
    return false;
  };
  const events = {
    'manifest:ack': on('manifest:ack', (p: ManifestAck, screenId) =>
      deps.manifests.recordApplied(screenId, p.version),
    ),
    'emergency:ack': on('emergency:ack', (p: EmergencyAck, screenId) =>
      deps.emergencies.recordAck(screenId, p),
    ),
    heartbeat: on('heartbeat', (p: Heartbeat, screenId) =>
      Promise.resolve(deps.heartbeats.ingest(screenId, p)),
    ),
    'proof-of-play': on('proof-of-play', (p: PlayBatch, screenId) => deps.plays.record(screenId, p)),
    'time:sync': on('time:sync', (p: TimeSync) =>
      Promise.resolve({ clientTime: p.clientTime, serverTime: deps.clock.now() }),
    ),
  } satisfies Record<keyof PlayerToServerEvents, unknown>;

  nsp.on('connection', (socket) => {
    const { screenId } = socket.data;
    void socket.join([screenRoom(screenId), deviceRoom(socket.data.tokenId)]);
    log.debug({ screenId }, 'player connected');
    for (const [event, handler] of Object.entries(events)) socket.on(event as keyof typeof events, handler);
    const token = (socket.handshake.auth as { token?: string }).token;
    shedUpgradeRequest(socket);

    // A revoke that lands between the handshake's check and the join above would miss this socket:
    // check the token again now that the socket is in its device room.
    deps.devices
      .authenticate(token)
      .then(() => deps.manifests.forScreen(screenId))
      .then(async ({ config, manifest }) => {
        socket.emit('config', config);
        if (manifest) socket.emit('manifest', manifest);
        // An emergency or blackout in force reaches a player that connects (or reconnects) at once.
        socket.emit('override', await deps.overrides.forScreen({ id: screenId, gateId: config.gate.id }));
        socket.emit('data', await deps.data.forGate(config.gate.id));
      })
      .catch((err: unknown) => {
        log.warn(
          { err, screenId },
          'player not served (token revoked meanwhile, or no manifest); disconnecting',
        );
        socket.disconnect(true);
      });
  });
}

/**
 * Lets the HTTP upgrade request of a connected player go: Engine.IO keeps it (and the handshake its
 * headers) for the life of the connection, about 3 KB per socket in a heap snapshot, and a player's
 * socket needs neither once it is authenticated (its token is in `handshake.auth`, its address stays).
 */
function shedUpgradeRequest(socket: { conn: { request: unknown }; handshake: { headers: object } }): void {
  socket.conn.request = null;
  socket.handshake.headers = {};
}
