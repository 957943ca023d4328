// The player's composition root: token → socket → clock, manifests, playback, status.
import './style.css';
import { AssetStore } from './assets.ts';
import { ServerClock } from './clock.ts';
import { ackEmergency, ackManifest, keepClockInSync, openConnection } from './connection.ts';
import { loadManifestFonts } from './fonts.ts';
import { ManifestLoader } from './manifests.ts';
import { OverrideLayer } from './override.ts';
import { pairDevice } from './pairing.ts';
import { Playback } from './playback.ts';
import { Stage } from './stage.ts';
import { StatusCorner } from './status.ts';
import { storeDeviceToken, takeDeviceToken } from './token.ts';

function start(token: string, stageElement: HTMLElement, status: StatusCorner): void {
  const stage = new Stage(stageElement);
  const clock = new ServerClock();
  const assets = new AssetStore(token);
  const playback = new Playback(stage, clock, assets);
  const socket = openConnection(token);
  // Emergencies and blackouts sit above the schedule; a state kept from before a reload shows at once.
  const overrides = new OverrideLayer(stageElement, clock, (id) => void ackEmergency(socket, id));

  const loader = new ManifestLoader({
    prepare: async (manifest) => {
      await Promise.all([assets.fetchAll(manifest), loadManifestFonts(manifest)]);
    },
    apply: async (manifest) => {
      await playback.setManifest(manifest);
      assets.retainOnly(manifest); // after the swap, so no element on screen loses its blob
      status.applied(manifest.version);
      await ackManifest(socket, manifest.version);
    },
    // Re-ack after a reconnect: the controller may have restarted and forgotten what we play.
    unchanged: (manifest) => void ackManifest(socket, manifest.version),
  });

  clock.onChange((offset) => {
    status.offset(offset);
    void playback.refresh();
    overrides.evaluate();
  });
  keepClockInSync(socket, clock);

  socket.on('connect', () => {
    status.connected();
  });
  socket.on('disconnect', (reason) => {
    status.disconnected(reason);
  });
  socket.on('connect_error', (err) => {
    status.disconnected(err.message);
  });
  socket.on('config', (config) => {
    void playback.setConfig(config).then(() => {
      overrides.evaluate();
    });
  });
  socket.on('override', (state) => void overrides.set(state));
  socket.on('manifest', (manifest) => {
    loader.offer(manifest);
  });
}

const stageElement = document.getElementById('stage');
if (!stageElement) throw new Error('player page without #stage');
const status = new StatusCorner(stageElement); // also defines window.__gatecast, paired or not
const token = takeDeviceToken();
if (token) {
  start(token, stageElement, status);
} else {
  // Not paired yet: show a pairing code (and nothing else) until an operator enters it in the console.
  void pairDevice().then((paired) => {
    storeDeviceToken(paired);
    start(paired, stageElement, status);
  });
}
