// Step 4 of startApp: the push side of the realtime transport. Services send through these channels
// (broadcast to rooms, commands with acks) without holding `io`; the handlers are attached in step 6.
import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { consoleNamespace, type ConsoleNamespace } from '../realtime/console.namespace.ts';
import { PairingBroadcaster, pairingNamespace } from '../realtime/pairing.namespace.ts';
import {
  PlayerBroadcaster,
  playerNamespace,
  type GatecastServer,
  type PlayerNamespace,
} from '../realtime/player.namespace.ts';
import type { Storage } from './storage.ts';

export interface Channels {
  /** One HTTP server for Express and Socket.IO. */
  http: HttpServer;
  io: GatecastServer;
  players: PlayerNamespace;
  pairing: ReturnType<typeof pairingNamespace>;
  consoles: ConsoleNamespace;
  /** Manifests, overrides and commands to players (rooms screen:<id>, gate:<id>, group:<id>). */
  broadcaster: PlayerBroadcaster;
  /** A paired player's device token, to the socket that waits with its code. */
  pairingLink: PairingBroadcaster;
}

/** The HTTP server, Socket.IO on it (over Redis with several controllers), its namespaces and broadcasters. */
export function openChannels({ redis }: Storage): Channels {
  // The HTTP server exists before the Express app so that Socket.IO can share it.
  const http = createServer();
  const io: GatecastServer = new Server(http, {
    transports: ['websocket'],
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  const players = playerNamespace(io);
  const pairing = pairingNamespace(io);
  return {
    http,
    io,
    players,
    pairing,
    consoles: consoleNamespace(io),
    broadcaster: new PlayerBroadcaster(players),
    pairingLink: new PairingBroadcaster(pairing),
  };
}
