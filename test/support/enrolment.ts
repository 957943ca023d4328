import { io as connect, type Socket } from 'socket.io-client';
import { expect } from 'vitest';
import type { Ack, PairingToServerEvents, ServerToPairingEvents } from '../../schemas/events.ts';
import type { EnrolmentCreated, EnrolmentExchanged } from '../../schemas/types.ts';
import type { Api } from './server.ts';

export type PairingSocket = Socket<ServerToPairingEvents, PairingToServerEvents>;

/**
 * As `api` (an operator with rights over the screen): a single-use player link for the screen, as the
 * console issues it. Open `server.url + link.playerUrl` in a browser; it works once.
 */
export async function issuePlayerLink(api: Api, screenId: string): Promise<EnrolmentCreated> {
  const reply = await api.post<EnrolmentCreated>(
    `/api/v1/screens/${encodeURIComponent(screenId)}/enrolments`,
    {},
  );
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

/** A player without a token, on the public /pairing namespace (WebSocket only, like the player). */
export function connectPairing(url: string, headers: Record<string, string> = {}): PairingSocket {
  return connect(`${url}/pairing`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
}

/** Sends `pairing:enrol` (`{ token }` from a link) as a player does, on a socket of its own; the ack. */
export async function exchangeEnrolment(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<Ack<EnrolmentExchanged>> {
  const socket = connectPairing(url, headers);
  try {
    return (await socket
      .timeout(10_000)
      .emitWithAck('pairing:enrol', payload as { token: string })) as Ack<EnrolmentExchanged>;
  } finally {
    socket.close();
  }
}
