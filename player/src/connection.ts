// The one WebSocket to the controller's /player namespace, typed by the shared event maps.
import { io, type Socket } from 'socket.io-client';
import type { Ack, PlayerToServerEvents, ServerToPlayerEvents } from '../../schemas/events.ts';
import type { EmergencyAck, ManifestAckReply, TimeSyncReply } from '../../schemas/types.ts';
import type { ServerClock } from './clock.ts';
import { offsetFrom } from './clock.ts';

export type PlayerSocket = Socket<ServerToPlayerEvents, PlayerToServerEvents>;

const ackTimeoutMs = 10_000;
const timeSyncEveryMs = 5 * 60_000;
/** After the server refuses the handshake (bad or revoked token), try again this often, jittered. */
const refusedRetryMs = 60_000;
/** After the server closed the socket, reconnect within this long (full jitter: no reconnection waves). */
const serverClosedRetryMs = 30_000;

/** Opens the /player socket with the device token (WebSocket only: no sticky sessions needed). */
export function openConnection(token: string): PlayerSocket {
  const socket: PlayerSocket = io('/player', { transports: ['websocket'], auth: { token } });
  socket.on('connect_error', () => {
    // socket.io retries transport failures itself, but not a handshake refused by the server's
    // middleware (socket.active is then false). The token may be fixed server-side: retry slowly.
    if (!socket.active) setTimeout(() => socket.connect(), refusedRetryMs * (0.5 + Math.random() / 2));
  });
  socket.on('disconnect', (reason) => {
    // Nor does it reconnect after the server closed the socket: a controller shutting down (players move
    // to another one) or a revoked token (the retry is then refused, and retried slowly as above).
    if (reason === 'io server disconnect') {
      setTimeout(() => socket.connect(), serverClosedRetryMs * Math.random());
    }
  });
  return socket;
}

/** Keeps the clock in step: one time:sync on every connect and every five minutes while connected. */
export function keepClockInSync(socket: PlayerSocket, clock: ServerClock): void {
  const sync = async () => {
    try {
      const reply = await request<TimeSyncReply>((done) => {
        socket.timeout(ackTimeoutMs).emit('time:sync', { clientTime: Date.now() }, done);
      });
      if (reply.ok) clock.setOffset(offsetFrom(reply.data, Date.now()));
      else console.warn('time:sync refused', reply.error);
    } catch {
      // No reply in time: keep the last offset, the next sync will fix it.
    }
  };
  socket.on('connect', () => void sync());
  setInterval(() => {
    if (socket.connected) void sync();
  }, timeSyncEveryMs);
}

/** Tells the controller which manifest version this screen now plays. */
export async function ackManifest(socket: PlayerSocket, version: string): Promise<void> {
  try {
    const reply = await request<ManifestAckReply>((done) => {
      socket.timeout(ackTimeoutMs).emit('manifest:ack', { version }, done);
    });
    if (reply.ok) console.info('manifest:ack', reply.data);
    else console.warn('manifest:ack refused', reply.error);
  } catch {
    // Unacknowledged: the server sends the manifest again on reconnect and we ack it then.
  }
}

/** Tells the controller that an emergency message is on this screen (watched live in the console). */
export async function ackEmergency(socket: PlayerSocket, id: string): Promise<void> {
  try {
    const reply = await request<EmergencyAck>((done) => {
      socket.timeout(ackTimeoutMs).emit('emergency:ack', { id }, done);
    });
    if (!reply.ok) console.warn('emergency:ack refused', reply.error);
  } catch {
    // Offline: the message is on the screen all the same; the console just does not see the ack.
  }
}

/**
 * The ack of an event emitted with timeout(), as a promise that rejects on timeout. (Not emitWithAck:
 * after timeout() its typings lose the reply's type.)
 */
function request<T>(emit: (done: (err: Error | null, reply: Ack<T>) => void) => void): Promise<Ack<T>> {
  return new Promise((resolve, reject) => {
    emit((err, reply) => {
      if (err) reject(err);
      else resolve(reply);
    });
  });
}
