// The typed Socket.IO event maps, shared by the server, the player and the console.
// Payload types are derived from the JSON Schemas (schemas/types.ts); this file only names the events.
import type {
  ApiError,
  Manifest,
  ManifestAck,
  ManifestAckReply,
  ScreenConfig,
  TimeSync,
  TimeSyncReply,
} from './types.ts';

/** The one shape of every Socket.IO acknowledgement. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface ServerToPlayerEvents {
  config: (config: ScreenConfig) => void;
  manifest: (manifest: Manifest) => void;
}

export interface PlayerToServerEvents {
  'manifest:ack': (payload: ManifestAck, ack: (reply: Ack<ManifestAckReply>) => void) => void;
  'time:sync': (payload: TimeSync, ack: (reply: Ack<TimeSyncReply>) => void) => void;
}

/** Schema reference that validates each inbound player event's payload. */
export const playerEventSchemas = {
  'manifest:ack': 'player-events.json#/$defs/manifestAck',
  'time:sync': 'player-events.json#/$defs/timeSync',
} as const satisfies Record<keyof PlayerToServerEvents, string>;
