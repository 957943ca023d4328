// The player's composition root: token → socket → clock, manifests, playback, status.
import './style.css';
import type { Manifest, ScreenConfig } from '../../schemas/types.ts';
import { AssetStore } from './assets.ts';
import { ServerClock } from './clock.ts';
import { ackEmergency, ackManifest, keepClockInSync, openConnection } from './connection.ts';
import { FieldFiller, LiveValues } from './fields.ts';
import { loadManifestFonts } from './fonts.ts';
import { EmergencyProofs } from './emergency-proof.ts';
import { HoursLayer } from './hours.ts';
import { Kiosk } from './kiosk.ts';
import { ManifestLoader } from './manifests.ts';
import { OverrideLayer } from './override.ts';
import { endGeometryPreview } from './geometry.preview.ts';
import { enrolDevice, linkRefusal, pairDevice, type LinkRefusal } from './pairing.ts';
import { startReporting } from './heartbeat.reporting.ts';
import { Playback } from './playback.ts';
import { Stage } from './stage.ts';
import { StatusCorner } from './status.ts';
import { PlayerStore, type SavedState } from './store.ts';
import { checkForUpdate, registerServiceWorker } from './sw.register.ts';
import { showTestPattern, testPatternFromUrl } from './testpattern.ts';
import { forgetEnrolment, storeDeviceToken, storeEnrolled, takeCredentials } from './token.ts';
import { Watchdog } from './watchdog.ts';

async function start(token: string, stageElement: HTMLElement, status: StatusCorner): Promise<void> {
  const stage = new Stage(stageElement);
  const clock = new ServerClock();
  const assets = new AssetStore(token);
  // Live values (rates, weather, waiting times) and the gate's calendar fill messages' {{fields}}.
  const values = new LiveValues();
  let screenConfig: ScreenConfig | null = null;
  const fields = new FieldFiller(values, () => screenConfig);
  const playback = new Playback(stage, clock, assets, fields);
  // Config, manifest and clock offset from before the reload: the screen plays without the controller.
  const store = new PlayerStore(token);
  const saved = await store.load();
  if (saved.offset !== undefined) clock.restore(saved.offset);
  // Values from before the reload, with the times they were observed: stale ones stay stale offline.
  if (saved.data) values.apply({ full: true, values: saved.data });
  values.onChange(() => {
    void store.save('data', values.all());
    void playback.refresh();
  });
  const socket = openConnection(token);
  // The screenshot each emergency gets when it first shows: the proof that it reached this board.
  const proofs = new EmergencyProofs({
    stage: stageElement,
    token,
    screenId: () => stageElement.dataset['screen'],
    showing: (id) => overrides.showing(id),
    onScreen: (id) => overrides.onScreen(id),
  });
  // Emergencies and blackouts sit above the schedule; a state kept from before a reload shows at once.
  const overrides = new OverrideLayer(stageElement, clock, (id) => {
    void ackEmergency(socket, id);
    proofs.shown(id);
  });
  // The touch menu (stays closed unless the screen is a kiosk), its messages with their live values.
  const kiosk = new Kiosk(stageElement, { fields, now: () => clock.now() });
  // The gate's hours: night template or black outside them, dimming by time of day (from the config).
  const hours = new HoursLayer(stageElement, clock);
  // Heartbeats, proof of play (queued in IndexedDB until acked) and remote commands.
  startReporting({ socket, token, stage: stageElement, clock, assets, playback, status });

  const loader = new ManifestLoader({
    prepare: async (manifest) => {
      await Promise.all([assets.fetchAll(manifest), loadManifestFonts(manifest)]);
    },
    apply: async (manifest) => {
      await playback.setManifest(manifest, { atItemBoundary: true });
      if (playback.current !== manifest) return; // a newer one superseded it before it went on screen
      kiosk.setManifest(manifest);
      clock.notBefore(manifest.generatedAt);
      status.applied(manifest.version);
      await store.save('manifest', manifest);
      // After the swap, so no element on screen loses its blob; one waiting or loading keeps its files.
      const needed = [playback.current, playback.upcoming, loader.loading];
      await assets.retainOnly(...needed.filter((m): m is Manifest => m !== null));
      await ackManifest(socket, manifest.version);
    },
    // Re-ack after a reconnect: the controller may have restarted and forgotten what we play.
    unchanged: (manifest) => void ackManifest(socket, manifest.version),
  });

  clock.onChange((offset) => {
    status.offset(offset);
    void store.save('offset', offset);
    void playback.refresh();
    overrides.evaluate();
    hours.evaluate();
  });
  keepClockInSync(socket, clock);

  socket.on('connect', () => {
    status.connected();
    checkForUpdate(); // the controller may have been upgraded while we were away
  });
  socket.on('disconnect', (reason) => {
    status.disconnected(reason);
  });
  socket.on('connect_error', (err) => {
    status.disconnected(err.message);
  });
  let configured = false;
  const configure = (config: ScreenConfig) => {
    configured = true;
    screenConfig = config;
    kiosk.configure(config);
    hours.configure(config);
    void playback.setConfig(config).then(() => {
      overrides.configure(config); // its languages: an emergency opens on the gate's first
    });
  };
  socket.on('config', (config) => {
    void store.save('config', config);
    configure(config);
  });
  socket.on('override', (state) => {
    // An emergency or a blackout takes the board at once, even from a technician's region preview.
    if (state.blackout || state.emergencies.length > 0) endGeometryPreview(stageElement);
    void overrides.set(state);
  });
  socket.on('manifest', (manifest) => {
    loader.offer(manifest);
  });
  socket.on('data', (update) => {
    values.apply(update);
  });

  // What played before the reload plays again, from disk, before (or without) the controller. The
  // geometry comes last, so that the first thing drawn is the item due, not the idle clock.
  const resume = async ({ config, manifest }: SavedState): Promise<void> => {
    if (manifest) {
      loader.resume(manifest); // the controller sending this version again changes nothing
      clock.notBefore(manifest.generatedAt);
      await Promise.all([assets.restore(manifest), loadManifestFonts(manifest).catch(() => undefined)]);
      if (loader.applied === manifest.version) {
        kiosk.setManifest(manifest);
        status.applied(manifest.version);
        await playback.setManifest(manifest);
      } // else a newer one was applied meanwhile
    }
    if (config && !configured) configure(config); // else the controller's came meanwhile
  };
  void resume(saved);
  new Watchdog(() => playback.progress()).start();
}

// First of all: a token in the URL leaves the address bar and the history before anything else loads.
const credentials = takeCredentials();
registerServiceWorker(); // the app shell on disk, for starts without the controller
const stageElement = document.getElementById('stage');
if (!stageElement) throw new Error('player page without #stage');
const status = new StatusCorner(stageElement); // also defines window.__gatecast, paired or not
status.listenForKey(); // diagnostics on the board only when a technician asks (Ctrl+Alt+D)
// Not paired yet: show a pairing code (and nothing else) until an operator enters it in the console.
const pairThenStart = (stage: HTMLElement, notice?: LinkRefusal) =>
  void pairDevice(notice).then((paired) => {
    storeDeviceToken(paired);
    void start(paired, stage, status);
  });
// ?testpattern[=WxH+X+Y]: commissioning an LED board before (or without) the controller.
const pattern = testPatternFromUrl(location.search, { width: innerWidth, height: innerHeight });
if (pattern) {
  new Stage(stageElement).configure(pattern);
  showTestPattern(stageElement, pattern, Infinity);
  status.reveal(Infinity);
} else if (credentials.enrolment) {
  // Opened from a link: its single-use token is exchanged once for this player's own device token.
  const enrolment = credentials.enrolment;
  void enrolDevice(enrolment).then((result) => {
    if ('token' in result) {
      storeEnrolled(enrolment, result.token);
      void start(result.token, stageElement, status);
      return;
    }
    forgetEnrolment();
    // Refused: a player that has a device token of its own plays on with it; any other says why and pairs.
    if (credentials.device) void start(credentials.device, stageElement, status);
    else pairThenStart(stageElement, result.refused);
  });
} else if (credentials.device) {
  void start(credentials.device, stageElement, status);
} else {
  pairThenStart(stageElement, credentials.deviceTokenInUrl ? linkRefusal('device_token_in_url') : undefined);
}
