// Benchmark: a CAP alert from an authority's POST to its text on the board, against an operator's plain
// emergency (POST /api/v1/emergencies) to the same gate, in the same run and interleaved. Two measures:
// the override event at every one of N simulated players (socket.io-client, device tokens), and the title
// drawn in one real player page (Debian's Chromium, the built player in dist/player).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import type { Ack, PlayerToServerEvents, ServerToPlayerEvents } from '../../schemas/events.ts';
import type { Alert, EmergencyAck, PlayerOverride } from '../../schemas/types.ts';
import { launchChromium } from '../../test/support/browser.ts';
import { capText, shiftSoSent } from '../../test/support/cap.ts';
import { ADMIN_TOKEN, api, now, quantile, root } from '../fanout/fleet.ts';

const SCREENS = Number(process.env.BENCH_SCREENS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const BROWSER_ROUNDS = Number(process.env.BENCH_BROWSER_ROUNDS ?? 30);
const WARMUP = 10;
const TIMEOUT_MS = 10_000;

const GATE = 'bench-tinh-bien';
const BOARD = 'bench-board';
/** The flood warning fixture's <sent>, its identifier and its Vietnamese headline (rewritten per round). */
const FIXTURE_SENT = '2026-09-14T06:30:00+07:00';
const FIXTURE_ID = 'VN-KTTV-AG-2026-0914-001';
const HEADLINE = 'Cảnh báo lũ cấp 3 tại khu vực cửa khẩu Tịnh Biên';

type Path = 'cap' | 'plain';
type PlayerSocket = Socket<ServerToPlayerEvents, PlayerToServerEvents>;

if (!existsSync(join(root, 'dist/player/index.html')))
  throw new Error(
    'dist/player is missing: run `npm run build` first (the controller serves the built player)',
  );

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = now() + TIMEOUT_MS;
  while (!done()) {
    if (now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

/** The promise's value, or an error after TIMEOUT_MS. */
async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`timed out waiting for ${what}`));
        }, TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** p50/p95/p99/max in ms, rounded to 0.1 ms. */
function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const r = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    count: s.length,
    p50: r(quantile(s, 0.5)),
    p95: r(quantile(s, 0.95)),
    p99: r(quantile(s, 0.99)),
    max: r(quantile(s, 1)),
  };
}

/** A simulated player: when each emergency first arrived in an override, when its ack was answered, when it left. */
interface Sim {
  socket: PlayerSocket;
  seen: Map<string, number>;
  acked: Map<string, number>;
  gone: Map<string, number>;
  live: Set<string>;
  connected: boolean;
}

function simPlayer(url: string, token: string): Sim {
  const socket: PlayerSocket = io(`${url}/player`, {
    transports: ['websocket'],
    auth: { token },
    forceNew: true,
    reconnection: false,
  });
  const sim: Sim = {
    socket,
    seen: new Map(),
    acked: new Map(),
    gone: new Map(),
    live: new Set(),
    connected: false,
  };
  socket.on('disconnect', (reason) => {
    if (reason !== 'io client disconnect') console.error(`a simulated player was disconnected: ${reason}`);
  });
  socket.on('override', (state: PlayerOverride) => {
    const t = now();
    sim.connected = true;
    const ids = new Set(state.emergencies.map((e) => e.id));
    for (const id of ids) {
      if (sim.seen.has(id)) continue;
      sim.seen.set(id, t);
      // As the player does once it shows an emergency (player/src/connection.ts ackEmergency).
      socket.timeout(30_000).emit('emergency:ack', { id }, (err: Error | null, reply: Ack<EmergencyAck>) => {
        if (!err && reply.ok) sim.acked.set(id, now());
        else console.error(`an emergency ack failed: ${err?.message ?? JSON.stringify(reply)}`);
      });
    }
    for (const id of sim.live) if (!ids.has(id)) sim.gone.set(id, t);
    sim.live = ids;
  });
  return sim;
}

/**
 * The controller as `npm start` runs it (SQLite in `dataDir`), as a child process. Its address is read from
 * the block it writes to stderr on start (stdout is the JSON log); the rest of its stderr is passed through.
 */
async function startController(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: '0',
      ADMIN_TOKEN,
      LOG_LEVEL: 'warn',
      // Each simulated player acks every emergency, a few a second for minutes: far more than a real board
      // sees, and over a device's default budget (120 events a minute, burst 100), which would cut it off.
      PLAYER_EVENTS_PER_MINUTE: '100000',
      PLAYER_EVENT_BURST: '100000',
    },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  controllerChild = child;
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stderr.on('data', (d: Buffer) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        const m = /^Gatecast controller: (http:\/\/\S+)/.exec(line);
        if (m?.[1]) resolve(m[1].replace('localhost', '127.0.0.1'));
        else if (!/^(─+$|Console: |Sign in to the console)/.test(line)) process.stderr.write(line + '\n');
      }
    });
    child.once('exit', (code) => {
      reject(new Error(`controller exited ${String(code)} before listening`));
    });
  });
  return { child, url };
}
let controllerChild: ChildProcess | undefined;
const killController = () => {
  if (controllerChild && controllerChild.exitCode === null && controllerChild.signalCode === null)
    controllerChild.kill('SIGKILL');
};
process.once('exit', killController);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    killController();
    process.exit(130);
  });

const dir = await mkdtemp(join(tmpdir(), 'gatecast-bench-alerts-'));
try {
  const controller = await startController(join(dir, 'data'));
  const { url } = controller;

  // One gate inside the flood warning's polygon whose policy lets one approver send an emergency alone
  // (the plain path goes live at once, as the CAP source's rule does for alerts), N screens and the board.
  await api(url, 'POST', '/api/v1/gates', {
    id: GATE,
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    borderCountry: 'KH',
    timeZone: 'Asia/Ho_Chi_Minh',
    location: { lat: 10.6, lon: 104.95 },
    languages: ['vi', 'km', 'en'],
    emergencyPolicy: 'single-approver',
  });
  const tokens: string[] = [];
  for (let i = 0; i < SCREENS; i++) {
    const id = `bench-screen-${i}`;
    await api(url, 'POST', '/api/v1/screens', {
      id,
      gateId: GATE,
      name: id,
      kind: 'led',
      width: 800,
      height: 500,
    });
    tokens.push((await api<{ token: string }>(url, 'POST', `/api/v1/screens/${id}/tokens`, {})).token);
  }
  await api(url, 'POST', '/api/v1/screens', {
    id: BOARD,
    gateId: GATE,
    name: 'Bảng LED cổng chính',
    kind: 'led',
    width: 800,
    height: 450,
  });
  const source = await api<{ token: string }>(url, 'POST', '/api/v1/alert-sources', {
    name: 'Đài KTTV An Giang',
    kind: 'push',
    scope: { global: true },
    immediate: [{}],
  });

  const sims = tokens.map((t) => simPlayer(url, t));
  await until(() => sims.every((s) => s.connected), 'the simulated players to connect');

  // Every CAP document its own identifier, sent a minute before the run began (never in the future).
  const shift = shiftSoSent(FIXTURE_SENT, Date.now());
  const fixture = capText('flood-warning.xml', shift);
  let serial = 0;
  const texts = (marker: string) => ({
    vi: {
      title: `${HEADLINE} ${marker}`,
      body: 'Mực nước trên kênh Vĩnh Tế đang lên nhanh, vượt báo động 3.',
    },
    km: { title: 'ការព្រមានទឹកជំនន់នៅច្រកព្រំដែនទីញបៀន', body: 'កម្រិតទឹកនៅព្រែកវិញតេកំពុងឡើងលឿន។' },
  });

  /** Sends one alert or emergency carrying `marker` in its Vietnamese title: its emergency id, the request's time. */
  const send = async (path: Path, marker: string) => {
    let request: () => Promise<Response>;
    if (path === 'cap') {
      const xml = fixture
        .replace(FIXTURE_ID, `VN-KTTV-AG-BENCH-${process.pid}-${++serial}`)
        .replace(`<headline>${HEADLINE}</headline>`, `<headline>${HEADLINE} ${marker}</headline>`);
      const body = Buffer.from(xml, 'utf8');
      request = () =>
        fetch(`${url}/api/v1/cap`, {
          method: 'POST',
          headers: { 'content-type': 'application/cap+xml', authorization: `Bearer ${source.token}` },
          body,
        });
    } else {
      const body = JSON.stringify({ variants: texts(marker), targets: { gates: [GATE] }, ttlMinutes: 60 });
      request = () =>
        fetch(`${url}/api/v1/emergencies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          body,
        });
    }
    const t0 = now();
    const res = await request();
    const requestMs = now() - t0;
    const text = await res.text();
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${text}`);
    let emergencyId: string | undefined;
    let clearPath: string;
    if (path === 'cap') {
      const alert = JSON.parse(text) as Alert;
      const gate = alert.gates.find((g) => g.gateId === GATE);
      if (gate?.outcome !== 'active')
        throw new Error(`cap: not on screen at once (${JSON.stringify(alert.gates)})`);
      emergencyId = gate.emergencyId;
      clearPath = `/api/v1/alerts/${alert.id}/clear`;
    } else {
      const e = JSON.parse(text) as { id: string; state: string };
      if (e.state !== 'active') throw new Error(`plain: emergency is ${e.state}, not active`);
      emergencyId = e.id;
      clearPath = `/api/v1/emergencies/${e.id}/clear`;
    }
    if (!emergencyId) throw new Error(`${path}: no emergency id`);
    return { t0, requestMs, id: emergencyId, clearPath };
  };

  /** Clears it and waits until every simulated player has seen it go (one live at a time). */
  const clear = async (sent: { id: string; clearPath: string }) => {
    await api(url, 'POST', sent.clearPath);
    await until(() => sims.every((s) => s.gone.has(sent.id)), 'the clear at every player');
  };

  /** What the simulated players saw of one emergency, from t0. */
  const atSims = async (sent: { t0: number; id: string }) => {
    await until(() => sims.every((s) => s.seen.has(sent.id)), `emergency ${sent.id} at every player`);
    await until(() => sims.every((s) => s.acked.has(sent.id)), `the acks of ${sent.id}`);
    const recv = sims.map((s) => s.seen.get(sent.id)! - sent.t0);
    const ack = sims.map((s) => s.acked.get(sent.id)! - sent.t0);
    return { all: Math.max(...recv), first: Math.min(...recv), ackAll: Math.max(...ack) };
  };

  // ---- 1. To every simulated player's socket ----
  const socketRounds: Record<Path, { all: number; first: number; ackAll: number; requestMs: number }[]> = {
    cap: [],
    plain: [],
  };
  const socketRound = async (path: Path, record: boolean) => {
    const sent = await send(path, `#s${++serial}`);
    const seen = await atSims(sent);
    if (record) socketRounds[path].push({ ...seen, requestMs: sent.requestMs });
    await clear(sent);
    await sleep(10);
  };
  for (let i = 0; i < WARMUP; i++) {
    await socketRound('cap', false);
    await socketRound('plain', false);
  }
  for (let i = 0; i < ROUNDS; i++) {
    // A/B, and which goes first alternates too.
    const order: Path[] = i % 2 === 0 ? ['cap', 'plain'] : ['plain', 'cap'];
    for (const path of order) await socketRound(path, true);
  }
  const socketSummary = (path: Path) => {
    const rs = socketRounds[path];
    return {
      allReceived: stats(rs.map((r) => r.all)),
      firstReceived: stats(rs.map((r) => r.first)),
      allAcked: stats(rs.map((r) => r.ackAll)),
      request: stats(rs.map((r) => r.requestMs)),
    };
  };
  const socket = { cap: socketSummary('cap'), plain: socketSummary('plain') };
  for (const path of ['cap', 'plain'] as const)
    console.log(
      `alerts: ${path.padEnd(5)} → all ${SCREENS} players received p50/p95/p99/max ` +
        `${socket[path].allReceived.p50}/${socket[path].allReceived.p95}/${socket[path].allReceived.p99}/${socket[path].allReceived.max} ms ` +
        `(request p50 ${socket[path].request.p50} ms, all acked p99 ${socket[path].allAcked.p99} ms)`,
    );

  // ---- 2. To the title drawn in a real player ----
  const link = await api<{ playerUrl: string }>(url, 'POST', `/api/v1/screens/${BOARD}/enrolments`, {});
  const browser = await launchChromium();
  const browserRounds: Record<
    Path,
    {
      painted: number;
      dom: number;
      sockets: number;
      requestMs: number;
      clockRtt: number;
      clockOffset: number;
    }[]
  > = { cap: [], plain: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 450 }, deviceScaleFactor: 1 });
    await page.goto(url + link.playerUrl);
    await page.waitForSelector(`#stage[data-screen="${BOARD}"]`, { timeout: 20_000 });
    await page.waitForFunction(
      () => (window as unknown as { __gatecast: { connected: boolean } }).__gatecast.connected,
    );
    // The page's watch: the moment the emergency layer holds a title with the round's marker (a mutation
    // observer on the stage), then the next animation frame, then the first task after that frame's
    // rendering update (a MessageChannel message posted from the frame callback): the title is painted.
    await page.evaluate(() => {
      const w = window as unknown as {
        __arm: (marker: string) => void;
        __done: Promise<{ dom: number; frame: number; painted: number }>;
      };
      const at = () => performance.timeOrigin + performance.now();
      w.__arm = (marker: string) => {
        w.__done = new Promise((resolve) => {
          const stage = document.getElementById('stage')!;
          const check = () => {
            const title = stage.querySelector(
              '.override[data-override="emergency"]:not([hidden]) .message-title',
            );
            if (!title?.textContent.includes(marker)) return;
            const dom = at();
            observer.disconnect();
            requestAnimationFrame(() => {
              const frame = at();
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                resolve({ dom, frame, painted: at() });
              };
              channel.port2.postMessage(0);
            });
          };
          const observer = new MutationObserver(check);
          observer.observe(stage, { subtree: true, childList: true, characterData: true, attributes: true });
        });
      };
    });
    /** The page's clock minus ours (both epoch ms), from the quickest of five round trips. */
    const clockOffset = async (p: Page) => {
      let best = { rtt: Infinity, offset: 0 };
      for (let k = 0; k < 5; k++) {
        const t1 = now();
        const theirs = await p.evaluate(() => performance.timeOrigin + performance.now());
        const t2 = now();
        if (t2 - t1 < best.rtt) best = { rtt: t2 - t1, offset: theirs - (t1 + t2) / 2 };
      }
      return best;
    };
    const browserRound = async (path: Path, record: boolean) => {
      const clock = await clockOffset(page);
      const marker = `#b${++serial}`;
      await page.evaluate((m) => {
        (window as unknown as { __arm: (m: string) => void }).__arm(m);
      }, marker);
      const sent = await send(path, marker);
      const drawn = await withTimeout(
        page.evaluate(
          () => (window as unknown as { __done: Promise<{ dom: number; painted: number }> }).__done,
        ),
        `${path}: the title on the board`,
      );
      const seen = await atSims(sent);
      if (record)
        browserRounds[path].push({
          painted: drawn.painted - clock.offset - sent.t0,
          dom: drawn.dom - clock.offset - sent.t0,
          sockets: seen.all,
          requestMs: sent.requestMs,
          clockRtt: clock.rtt,
          clockOffset: clock.offset,
        });
      await clear(sent);
      await page.waitForSelector('.override', { state: 'hidden' });
      // The player sends its proof screenshot of a new emergency after showing it: let that settle.
      await sleep(300);
    };
    // Warm-up: the emergency fonts load on the first (the player waits up to 1 s for them).
    for (let i = 0; i < 3; i++) {
      await browserRound('cap', false);
      await browserRound('plain', false);
    }
    for (let i = 0; i < BROWSER_ROUNDS; i++) {
      const order: Path[] = i % 2 === 0 ? ['cap', 'plain'] : ['plain', 'cap'];
      for (const path of order) await browserRound(path, true);
    }
    await page.close();
  } finally {
    await browser.close();
  }
  const browserSummary = (path: Path) => {
    const rs = browserRounds[path];
    return {
      painted: stats(rs.map((r) => r.painted)),
      inDom: stats(rs.map((r) => r.dom)),
      allSimulatedReceived: stats(rs.map((r) => r.sockets)),
      request: stats(rs.map((r) => r.requestMs)),
    };
  };
  const board = { cap: browserSummary('cap'), plain: browserSummary('plain') };
  const allBrowser = [...browserRounds.cap, ...browserRounds.plain];
  const clockRtt = stats(allBrowser.map((r) => r.clockRtt));
  const offsets = allBrowser.map((r) => r.clockOffset);
  const clockOffsetSpreadMs = Math.round((Math.max(...offsets) - Math.min(...offsets)) * 10) / 10;
  for (const path of ['cap', 'plain'] as const)
    console.log(
      `alerts: ${path.padEnd(5)} → title painted on the board p50/p99/max ` +
        `${board[path].painted.p50}/${board[path].painted.p99}/${board[path].painted.max} ms ` +
        `(in the DOM p50 ${board[path].inDom.p50} ms; ${SCREENS} sockets p50 ${board[path].allSimulatedReceived.p50} ms)`,
    );

  for (const s of sims) s.socket.disconnect();
  const exited = new Promise((r) => controller.child.once('exit', r));
  controller.child.kill('SIGTERM');
  await exited;
  const ratio = (a: number | null, b: number | null) =>
    a === null || b === null ? null : Math.round((a / b) * 100) / 100;
  const result = {
    benchmark: 'alerts',
    screens: SCREENS,
    rounds: ROUNDS,
    browserRounds: BROWSER_ROUNDS,
    warmup: { socket: WARMUP, browser: 3 },
    measured:
      'from just before the request (POST /api/v1/cap with a source token, or POST /api/v1/emergencies as the ' +
      'admin) to: (socket) the override event holding the new emergency at every simulated player, per round the ' +
      'last of them; (board) the first task after the animation frame in which the title with the round’s marker ' +
      'was in the emergency layer of a Chromium player, on our clock (page clock offset from the quickest of 5 ' +
      'round trips before each round); rounds interleaved, each alert or emergency cleared before the next',
    socket: {
      ...socket,
      p99RatioCapToPlain: ratio(socket.cap.allReceived.p99, socket.plain.allReceived.p99),
    },
    board: {
      ...board,
      p99RatioCapToPlain: ratio(board.cap.painted.p99, board.plain.painted.p99),
      clockRoundTripMs: clockRtt,
      clockOffsetSpreadMs,
    },
    cpus: cpus().length,
    loadAverage: loadavg(),
    node: process.version,
    at: new Date().toISOString(),
  };
  await mkdir(join(root, 'bench/results'), { recursive: true });
  await writeFile(join(root, 'bench/results/alerts.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  killController();
  await rm(dir, { recursive: true, force: true });
}
