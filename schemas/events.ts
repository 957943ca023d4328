// The typed Socket.IO event maps, shared by the server, the player and the console.
// Payload types are derived from the JSON Schemas (schemas/types.ts); this file only names the events.
import type {
  ApiError,
  EmergencyAck,
  Manifest,
  ManifestAck,
  ManifestAckReply,
  PairingClaim,
  PairingOffer,
  PairingRequest,
  PairingStatus,
  PlayerOverride,
  ScreenConfig,
  TimeSync,
  TimeSyncReply,
} from './types.ts';

/** The one shape of every Socket.IO acknowledgement. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface ServerToPlayerEvents {
  config: (config: ScreenConfig) => void;
  manifest: (manifest: Manifest) => void;
  /** What overrides the schedule now (emergencies, blackout): on connect and on every change. */
  override: (state: PlayerOverride) => void;
}

export interface PlayerToServerEvents {
  'manifest:ack': (payload: ManifestAck, ack: (reply: Ack<ManifestAckReply>) => void) => void;
  'time:sync': (payload: TimeSync, ack: (reply: Ack<TimeSyncReply>) => void) => void;
  /** The emergency message is on the screen. */
  'emergency:ack': (payload: EmergencyAck, ack: (reply: Ack<EmergencyAck>) => void) => void;
}

/** Schema reference that validates each inbound player event's payload. */
export const playerEventSchemas = {
  'manifest:ack': 'player-events.json#/$defs/manifestAck',
  'time:sync': 'player-events.json#/$defs/timeSync',
  'emergency:ack': 'override.json#/$defs/emergencyAck',
} as const satisfies Record<keyof PlayerToServerEvents, string>;

/** Server to a player waiting on /pairing: an operator entered its code; claim the token now. */
export interface ServerToPairingEvents {
  'pairing:paired': () => void;
}

/** A player without a token on the public /pairing namespace. */
export interface PairingToServerEvents {
  /** Asks for a new code (and the claim secret only this player receives). */
  'pairing:request': (payload: PairingRequest, ack: (reply: Ack<PairingOffer>) => void) => void;
  /** Asks about its offer with the claim secret: waiting, or paired with its own device token. */
  'pairing:claim': (payload: PairingClaim, ack: (reply: Ack<PairingStatus>) => void) => void;
}

/** Schema reference that validates each inbound pairing event's payload. */
export const pairingEventSchemas = {
  'pairing:request': 'pairing.json#/$defs/request',
  'pairing:claim': 'pairing.json#/$defs/claim',
} as const satisfies Record<keyof PairingToServerEvents, string>;
