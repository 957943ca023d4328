// The typed Socket.IO event maps, shared by the server, the player and the console.
// Payload types are derived from the JSON Schemas (schemas/types.ts); this file only names the events.
import type {
  ApiError,
  ApprovalSummary,
  ConnectivityChange,
  Emergency,
  EmergencyAck,
  EnrolmentExchange,
  EnrolmentExchanged,
  Heartbeat,
  HeartbeatReply,
  Manifest,
  ManifestAck,
  ManifestAckReply,
  OverrideChange,
  PairingClaim,
  PairingOffer,
  PairingRequest,
  PairingStatus,
  PlayBatch,
  PlayBatchReply,
  PlayerCommand,
  PlayerCommandResult,
  PlayerDataUpdate,
  PlayerOverride,
  ScreenAlert,
  ScreenConfig,
  ScreenStatus,
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
  /** Live values for the screen's gate: all of them on connect, then those that became current. */
  data: (update: PlayerDataUpdate) => void;
  /** A remote command (reload, screenshot, identify, test pattern); the player acks with the result. */
  command: (command: PlayerCommand, ack: (reply: Ack<PlayerCommandResult>) => void) => void;
}

export interface PlayerToServerEvents {
  'manifest:ack': (payload: ManifestAck, ack: (reply: Ack<ManifestAckReply>) => void) => void;
  'time:sync': (payload: TimeSync, ack: (reply: Ack<TimeSyncReply>) => void) => void;
  /** The emergency message is on the screen. */
  'emergency:ack': (payload: EmergencyAck, ack: (reply: Ack<EmergencyAck>) => void) => void;
  /** How the player is (every intervalSeconds of the reply). */
  heartbeat: (payload: Heartbeat, ack: (reply: Ack<HeartbeatReply>) => void) => void;
  /** Proof-of-play records; the player deletes them once acked. */
  'proof-of-play': (payload: PlayBatch, ack: (reply: Ack<PlayBatchReply>) => void) => void;
}

/** Schema reference that validates each inbound player event's payload. */
export const playerEventSchemas = {
  'manifest:ack': 'player-events.json#/$defs/manifestAck',
  'time:sync': 'player-events.json#/$defs/timeSync',
  'emergency:ack': 'override.json#/$defs/emergencyAck',
  heartbeat: 'report.json#/$defs/heartbeat',
  'proof-of-play': 'report.json#/$defs/playBatch',
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
  /** Exchanges the single-use enrolment token of a player link (once) for its own device token. */
  'pairing:enrol': (payload: EnrolmentExchange, ack: (reply: Ack<EnrolmentExchanged>) => void) => void;
}

/** Schema reference that validates each inbound pairing event's payload. */
export const pairingEventSchemas = {
  'pairing:request': 'pairing.json#/$defs/request',
  'pairing:claim': 'pairing.json#/$defs/claim',
  'pairing:enrol': 'enrolment.json#/$defs/exchange',
} as const satisfies Record<keyof PairingToServerEvents, string>;

/** Server to an operator's console on /console (scoped: only events about gates in the user's scope). */
export interface ServerToConsoleEvents {
  /** A screen applied a manifest version: its status now. */
  'screen:status': (status: ScreenStatus) => void;
  /** A message, playlist or schedule was submitted, approved or rejected: where it stands now. */
  'approval:changed': (summary: ApprovalSummary) => void;
  /** A screen acknowledged an emergency message (it is on the screen). */
  'emergency:ack': (ack: EmergencyScreenAck) => void;
  /**
   * An emergency or a blackout changed state (sent, approved, cleared, expired, started, lifted): the whole
   * item as this user sees it now (screens, acknowledgements, what they may do with it).
   */
  'override:changed': (change: OverrideChange) => void;
  /** A screen's connectivity changed (online, stale, offline, never, scheduled-off). */
  'screen:connectivity': (change: ConnectivityChange) => void;
  /** A screen went offline or came back, as announced to the webhooks. */
  'screen:alert': (alert: ScreenAlert) => void;
}

/** The console sends nothing on /console: everything it does goes through the REST API. */
export type ConsoleToServerEvents = Record<string, never>;

/** One screen's acknowledgement of one emergency, as pushed to the console. */
export type EmergencyScreenAck = EmergencyAck & NonNullable<Emergency['acks']>[number];
