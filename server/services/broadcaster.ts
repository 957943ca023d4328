import type { Manifest, PlayerOverride, ScreenConfig } from '../../schemas/types.ts';

/** How services reach players; the realtime layer implements it with Socket.IO rooms. */
export interface ScreenBroadcaster {
  /** Sends one manifest to every listed screen's room (serialised once). */
  manifest(screenIds: readonly string[], manifest: Manifest): void;
  config(screenId: string, config: ScreenConfig): void;
  /** Sends one override state (emergencies, blackout) to every listed screen's room. */
  override(screenIds: readonly string[], state: PlayerOverride): void;
  /** Whether a player of this screen is connected to this process. */
  /** Whether a player of this screen is connected to any controller of the cluster. */
  isConnected(screenId: string): Promise<boolean>;
}
