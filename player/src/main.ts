// The player's composition root: token → socket → clock, manifests, playback, status.
import './style.css';
import { AssetStore } from './assets.ts';
import { ServerClock } from './clock.ts';
import { ackManifest, keepClockInSync, openConnection } from './connection.ts';
import { loadManifestFonts } from './fonts.ts';
import { ManifestLoader } from './manifests.ts';
import { Playback } from './playback.ts';
import { Stage } from './stage.ts';
import { showNotice, StatusCorner } from './status.ts';
import { takeDeviceToken } from './token.ts';

function start(token: string, stageElement: HTMLElement, status: StatusCorner): void {
  const stage = new Stage(stageElement);
  const clock = new ServerClock();
  const assets = new AssetStore(token);
  const playback = new Playback(stage, clock, assets);
  const socket = openConnection(token);

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
  socket.on('config', (config) => void playback.setConfig(config));
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
  showNotice('Chưa ghép nối', 'Not paired', 'Mở trang với mã thiết bị / Open this page with a device token.');
}
