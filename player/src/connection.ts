// The one WebSocket to the controller's /player namespace, typed by the shared event maps.
import { io, type Socket } from 'socket.io-client';
import type { Ack, PlayerToServerEvents, ServerToPlayerEvents } from '../../schemas/events.ts';
import type { EmergencyAck, ManifestAckReply, TimeSyncReply } from '../../schemas/types.ts';
import { bestOffset, nextSyncDelay, offsetFrom, type ServerClock, type SyncSample } from './clock.ts';
import { Backoff } from './backoff.ts';

export type PlayerSocket = Socket<ServerToPlayerEvents, PlayerToServerEvents>;

const ackTimeoutMs = 10_000;
/** How often the clock looks for a wall-clock step while nothing else reads it. */
const stepCheckEveryMs = 1_000;
/** Round trips per sync, and the pause between them. */
const samplesPerSync = 5;
const sampleGapMs = 250;

/**
 * Opens the /player socket with the device token (WebSocket only: no sticky sessions needed). Reconnection
 * is ours, not socket.io-client's: full-jitter backoff from 1 s up to 60 s (see backoff.ts) after a transport
 * failure, a dropped link, a closed server or a refused handshake, so a fleet does not come back in waves.
 */
export function openConnection(token: string, backoff = new Backoff()): PlayerSocket {
  const socket: PlayerSocket = io('/player', {
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const retry = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!socket.connected) socket.connect();
    }, backoff.next());
  };
  socket.on('connect', () => {
    clearTimeout(timer);
    backoff.reset();
  });
  socket.on('connect_error', (err) => {
    // The server's middleware refused the handshake (bad or revoked token; it sends `data` with a code): a
    // quick retry would be refused too, but the token may be fixed server-side, so keep trying at the cap.
    if ('data' in err) backoff.saturate();
    retry();
  });
  socket.on('disconnect', (reason) => {
    // Every reason but our own disconnect(): the link dropped, or the controller closed the socket
    // (shutting down, or the token revoked, whose retry is then refused and slowed down as above).
    if (reason !== 'io client disconnect') retry();
  });
  return socket;
}

/**
 * Keeps the clock in step: on every connect, right after a wall-clock step (which the clock has absorbed
 * already, see ServerClock), and then every five minutes — sooner while successive syncs disagree
 * (nextSyncDelay) — a few time:sync round trips a moment apart, of which the shortest counts (bestOffset).
 * The first reply is adopted at once. A sample taken across a step is dropped, and the sync starts over.
 */
export function keepClockInSync(socket: PlayerSocket, clock: ServerClock): void {
  let syncing = false;
  let again = false;
  let lastSyncAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void sync(), ms);
  };
  const linked = () => socket.connected; // read afresh: it changes while a sync awaits its replies
  const sync = async () => {
    if (syncing) {
      again = true; // a step while measuring: measure again once this one is over
      return;
    }
    if (!linked()) return; // the next connect syncs
    syncing = true;
    const samples: SyncSample[] = [];
    const before = clock.offset;
    const steps = clock.steps;
    try {
      for (let i = 0; i < samplesPerSync && linked(); i++) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, sampleGapMs));
        const reply = await request<TimeSyncReply>((done) => {
          socket.timeout(ackTimeoutMs).emit('time:sync', { clientTime: Date.now() }, done);
        });
        if (!reply.ok) {
          console.warn('time:sync refused', reply.error);
          break;
        }
        const receivedAt = Date.now();
        clock.check();
        if (clock.steps !== steps) {
          again = true; // this round trip spans a step: its local times are on two different clocks
          break;
        }
        samples.push({ reply: reply.data, receivedAt });
        if (samples.length === 1) clock.setOffset(offsetFrom(reply.data, receivedAt));
      }
    } catch {
      // No reply in time: keep what we have; the next sync will do better.
    } finally {
      syncing = false;
    }
    const best = bestOffset(samples);
    if (best !== null && samples.length > 1 && clock.steps === steps) clock.setOffset(best);
    const now = clock.now();
    const moved = best === null ? 0 : best - before;
    later(again ? 0 : nextSyncDelay(moved, best === null || lastSyncAt === null ? null : now - lastSyncAt));
    if (best !== null) lastSyncAt = now;
    again = false;
  };
  socket.on('connect', () => void sync());
  clock.onStep(() => void sync());
  // Reading the clock finds a step too; this makes sure it is found within a second even when nothing does.
  setInterval(() => {
    clock.check();
  }, stepCheckEveryMs);
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
