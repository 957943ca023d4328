// Wires the player's reporting: heartbeats, proof of play and remote commands, on the player's one socket.
import type { ScreenConfig } from '../../schemas/types.ts';
import type { AssetStore } from './assets.ts';
import type { ServerClock } from './clock.ts';
import { handleCommands } from './commands.ts';
import type { PlayerSocket } from './connection.ts';
import { RecentErrors, startHeartbeats } from './heartbeat.ts';
import { coverOf, heartbeatSnapshot } from './heartbeat.snapshot.ts';
import type { Playback } from './playback.ts';
import { PlayLog, PlayQueue, watchCover } from './proofplay.ts';
import { sendPlays } from './proofplay.sender.ts';
import type { StatusCorner } from './status.ts';

declare global {
  interface Window {
    /** Proof-of-play diagnostics for tests: ids of the records this page made, and the queue. */
    __gatecastPlays?: { made: readonly string[]; pending(): Promise<number>; drain(): Promise<void> };
  }
}

export interface ReportingDeps {
  socket: PlayerSocket;
  token: string;
  stage: HTMLElement;
  clock: ServerClock;
  assets: AssetStore;
  playback: Playback;
  /** The diagnostics corner, shown while identify or the test pattern runs. */
  status: Pick<StatusCorner, 'reveal'>;
}

/** Starts heartbeats, proof of play and the command handler. */
export function startReporting(deps: ReportingDeps): void {
  const { socket, stage, clock, playback } = deps;
  const errors = new RecentErrors();
  const queue = new PlayQueue();
  const plays = new PlayLog(queue, clock);
  playback.onShown((slot, manifest, key) => {
    plays.shown(slot, manifest, key);
  });
  watchCover(stage, () => coverOf(stage) !== null, plays);
  const sender = sendPlays(socket, queue);
  window.__gatecastPlays = { made: plays.made, pending: () => queue.count(), drain: () => sender.drain() };

  startHeartbeats(socket, () =>
    heartbeatSnapshot({ stage, clock, assets: deps.assets, errors, plays, manifest: () => playback.current }),
  );

  let config: ScreenConfig | null = null;
  socket.on('config', (c) => {
    config = c;
  });
  handleCommands(socket, {
    stage,
    token: deps.token,
    config: () => config,
    revealDiagnostics: (ms) => {
      deps.status.reveal(ms);
    },
  });
}
