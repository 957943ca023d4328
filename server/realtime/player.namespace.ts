import type { Logger } from 'pino';
import type { Namespace, Server } from 'socket.io';
import {
  playerEventSchemas,
  type PlayerToServerEvents,
  type ServerToPlayerEvents,
} from '../../schemas/events.ts';
import type { Manifest, ManifestAck, ScreenConfig, TimeSync } from '../../schemas/types.ts';
import { DomainError } from '../domain/errors.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { ScreenBroadcaster } from '../services/broadcaster.ts';
import type { ManifestService } from '../services/manifest.service.ts';
import type { DeviceService } from '../services/device.service.ts';
import { handleEvent } from './ack.ts';

/** Events between controller processes (none yet; the Redis adapter comes with scale-out). */
type InterServerEvents = Record<string, never>;

interface PlayerData {
  screenId: string;
}

/** The controller's Socket.IO server, typed by the shared event maps. */
export type GatecastServer = Server<
  PlayerToServerEvents,
  ServerToPlayerEvents,
  InterServerEvents,
  PlayerData
>;
export type PlayerNamespace = Namespace<
  PlayerToServerEvents,
  ServerToPlayerEvents,
  InterServerEvents,
  PlayerData
>;

const screenRoom = (id: string) => `screen:${id}`;

/** The one module that emits to players: named rooms, one serialisation per broadcast. */
export class PlayerBroadcaster implements ScreenBroadcaster {
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

  isConnected(screenId: string): boolean {
    return (this.nsp.adapter.rooms.get(screenRoom(screenId))?.size ?? 0) > 0;
  }
}

/** The /player namespace of a Socket.IO server. */
export function playerNamespace(io: GatecastServer): PlayerNamespace {
  return io.of('/player');
}

/** Sets up /player: device-token handshake, rooms, and the validated player events. */
export function attachPlayerHandlers(
  nsp: PlayerNamespace,
  deps: { devices: DeviceService; manifests: ManifestService; clock: Clock; log: Logger },
): void {
  const log = deps.log.child({ nsp: '/player' });

  nsp.use((socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown };
    const token = typeof auth.token === 'string' ? auth.token : undefined;
    deps.devices.authenticate(token).then(
      ({ screenId }) => {
        socket.data.screenId = screenId;
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

  nsp.on('connection', (socket) => {
    const { screenId } = socket.data;
    void socket.join(screenRoom(screenId));
    log.debug({ screenId }, 'player connected');

    socket.on(
      'manifest:ack',
      handleEvent(log, playerEventSchemas['manifest:ack'], (p: ManifestAck) =>
        deps.manifests.recordApplied(screenId, p.version),
      ),
    );
    socket.on(
      'time:sync',
      handleEvent(log, playerEventSchemas['time:sync'], (p: TimeSync) =>
        Promise.resolve({ clientTime: p.clientTime, serverTime: deps.clock.now() }),
      ),
    );

    deps.manifests
      .forScreen(screenId)
      .then(({ config, manifest }) => {
        socket.emit('config', config);
        if (manifest) socket.emit('manifest', manifest);
      })
      .catch((err: unknown) => {
        log.warn({ err, screenId }, 'could not send the current manifest; disconnecting');
        socket.disconnect(true);
      });
  });
}
