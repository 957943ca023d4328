// Heartbeats: every interval (30 s unless the controller's reply says otherwise) while connected, the
// player tells the controller how it is. Not queued while offline: a heartbeat is about now, and the
// controller learns the gap from the missing ones; what played meanwhile is kept by proof of play.
import type { Ack } from '../../schemas/events.ts';
import type { Heartbeat, HeartbeatReply } from '../../schemas/types.ts';
import type { PlayerSocket } from './connection.ts';

const defaultIntervalMs = 30_000;
const ackTimeoutMs = 10_000;
const keptErrors = 10;

/** The last errors the page saw (uncaught errors and unhandled rejections), newest last. */
export class RecentErrors {
  private readonly items: Heartbeat['errors'] = [];

  constructor(target: Pick<Window, 'addEventListener'> = window) {
    target.addEventListener('error', (event) => {
      this.add(event.message || String(event.error));
    });
    target.addEventListener('unhandledrejection', (event) => {
      const reason: unknown = event.reason;
      this.add(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
    });
  }

  add(message: string): void {
    this.items.push({ at: Date.now(), message: message.slice(0, 500) });
    if (this.items.length > keptErrors) this.items.splice(0, this.items.length - keptErrors);
  }

  list(): Heartbeat['errors'] {
    return [...this.items];
  }
}

/** Sends a heartbeat on every connect and then every interval the controller asks for. */
export function startHeartbeats(socket: PlayerSocket, snapshot: () => Promise<Heartbeat>): void {
  let intervalMs = defaultIntervalMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const beat = async () => {
    clearTimeout(timer);
    if (socket.connected) {
      try {
        const reply = await emit(socket, await snapshot());
        if (reply.ok) intervalMs = reply.data.intervalSeconds * 1000;
        else console.warn('heartbeat refused', reply.error);
      } catch {
        // No answer in time: the next one goes out on schedule.
      }
    }
    timer = setTimeout(() => void beat(), intervalMs);
  };
  socket.on('connect', () => void beat());
  timer = setTimeout(() => void beat(), intervalMs);
}

function emit(socket: PlayerSocket, heartbeat: Heartbeat): Promise<Ack<HeartbeatReply>> {
  return new Promise((resolve, reject) => {
    socket
      .timeout(ackTimeoutMs)
      .emit('heartbeat', heartbeat, (err: Error | null, reply: Ack<HeartbeatReply>) => {
        if (err) reject(err);
        else resolve(reply);
      });
  });
}
