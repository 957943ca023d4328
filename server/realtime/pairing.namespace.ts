import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import {
  pairingEventSchemas,
  type PairingToServerEvents,
  type ServerToPairingEvents,
} from '../../schemas/events.ts';
import type { PairingRequest } from '../../schemas/types.ts';
import type { DeviceService } from '../services/device.service.ts';
import type { PairingLink, PairingService } from '../services/pairing.service.ts';
import { handleEvent } from './ack.ts';
import type { GatecastServer } from './player.namespace.ts';

type PairingNamespace = Namespace<PairingToServerEvents, ServerToPairingEvents>;
type PairingSocket = Socket<PairingToServerEvents, ServerToPairingEvents>;

const pairingRoom = (id: string) => `pairing:${id}`;

/**
 * /pairing: the one Socket.IO namespace open without a credential. A player without a token may only ask
 * for a code, ask about its own offer with the claim secret it was given, and exchange the single-use
 * enrolment token of a player link for its device token; nothing else is served here.
 */
export function pairingNamespace(io: GatecastServer): PairingNamespace {
  return io.of('/pairing');
}

/** Tells the waiting player (on whichever process holds its socket) that an operator entered its code. */
export class PairingBroadcaster implements PairingLink {
  private readonly nsp: PairingNamespace;

  constructor(nsp: PairingNamespace) {
    this.nsp = nsp;
  }

  paired(pairingId: string): void {
    this.nsp.to(pairingRoom(pairingId)).emit('pairing:paired');
  }
}

/**
 * The client's address for rate limits and the audit log: the socket's peer, or behind `trustProxy`
 * reverse proxies the address they forwarded (as Express computes req.ip).
 */
export function clientAddress(socket: PairingSocket, trustProxy: boolean | number): string {
  const peer = socket.handshake.address;
  if (trustProxy === false || trustProxy === 0) return peer;
  const header = socket.handshake.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .reverse();
  const chain = [peer, ...forwarded];
  return chain[trustProxy === true ? chain.length - 1 : Math.min(trustProxy, chain.length - 1)] ?? peer;
}

/**
 * Sets up /pairing: validated requests, claims and player-link exchanges. A socket follows one offer at a
 * time (it is told when that offer is paired); an offer that no socket follows any more, because its socket
 * closed or asked for another code, ends after a short grace unless its player comes back with the claim
 * secret. So the codes waiting are those of players still connected, and a flood that drops its connections
 * drops its codes.
 */
export function attachPairingHandlers(
  nsp: PairingNamespace,
  deps: { pairing: PairingService; devices: DeviceService; trustProxy: boolean | number; log: Logger },
): void {
  const log = deps.log.child({ nsp: '/pairing' });
  nsp.on('connection', (socket) => {
    const ip = clientAddress(socket, deps.trustProxy);
    let following: string | undefined;
    // Another socket (on any controller process) may follow the same offer: a reloaded player's new one.
    const unfollow = async () => {
      const left = following;
      if (left === undefined) return;
      following = undefined;
      await socket.leave(pairingRoom(left));
      if ((await nsp.in(pairingRoom(left)).fetchSockets()).length === 0) await deps.pairing.detach(left);
    };
    const follow = async (pairingId: string) => {
      if (following === pairingId) return;
      await unfollow();
      following = pairingId;
      await socket.join(pairingRoom(pairingId));
    };
    socket.on(
      'pairing:request',
      handleEvent(log, pairingEventSchemas['pairing:request'], async (_p: PairingRequest) => {
        const { pairingId, offer } = await deps.pairing.request(ip);
        await follow(pairingId);
        return offer;
      }),
    );
    socket.on(
      'pairing:claim',
      handleEvent(log, pairingEventSchemas['pairing:claim'], async (p: unknown) => {
        const { pairingId, status } = await deps.pairing.claim(p, ip);
        if (status.status === 'waiting') await follow(pairingId);
        else if (following === pairingId) await unfollow();
        return status;
      }),
    );
    socket.on(
      'pairing:enrol',
      handleEvent(log, pairingEventSchemas['pairing:enrol'], (p: unknown) =>
        deps.devices.exchangeEnrolment(p, ip),
      ),
    );
    socket.on('disconnect', () => {
      unfollow().catch((err: unknown) => {
        log.warn({ err }, 'could not end the code of a player that left');
      });
    });
  });
}
