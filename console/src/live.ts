import { io, type Socket } from 'socket.io-client';
import type { ConsoleToServerEvents, ServerToConsoleEvents } from '../../schemas/events.ts';

export type LiveSocket = Socket<ServerToConsoleEvents, ConsoleToServerEvents>;

/**
 * The /console socket of this session: the browser sends the httpOnly session cookie with the WebSocket
 * handshake, which is how the server knows who listens and what they may hear.
 */
export function connectLive(): LiveSocket {
  return io('/console', { transports: ['websocket'], withCredentials: true });
}
