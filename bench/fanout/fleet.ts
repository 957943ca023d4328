// Shared by the fanout, memory and reconnect benchmarks (not a benchmark itself): the controller as a child
// process (as `npm start` runs it, SQLite in a temporary DATA_DIR), the fleet, the content, the publish
// path an operator uses, and the simulated players in separate processes (players.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const extraArgs = (process.env.BENCH_CONTROLLER_ARGS ?? '').split(' ').filter(Boolean);
export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

/** One clock for every process on this machine: epoch milliseconds with sub-millisecond resolution. */
export const now = (): number => performance.timeOrigin + performance.now();

/** Calls `onLine` with each line a child writes to stdout. */
export function lines(child: ChildProcess, onLine: (line: string) => void): void {
  let buf = '';
  child.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
}

const children = new Set<ChildProcess>();
/** Kills every child still running (on failure too). */
export function killChildren(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}
process.once('exit', killChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killChildren();
    process.exit(130);
  });
}

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Makes the gate, screens and device tokens (setup.ts); returns one token file per load process. */
export async function makeFleet(dataDir: string, screens: number, loaders: number, outDir: string) {
  const child = track(
    spawn(process.execPath, [join(here, 'setup.ts'), dataDir, String(screens), String(loaders), outDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  let files: string[] = [];
  lines(child, (line) => {
    files = (JSON.parse(line) as { files: string[] }).files;
  });
  const code = await new Promise((r) => child.once('exit', r));
  if (code !== 0 || files.length !== loaders) throw new Error(`setup exited ${String(code)}`);
  return files;
}

export interface Controller {
  child: ChildProcess;
  url: string;
  port: number;
  /** ws://… of the V8 inspector, when started with `inspect`. */
  inspector?: string;
  /** SIGTERM, and resolves once it has exited. */
  stop(): Promise<void>;
}

/** The controller as `npm start` runs it, on a DATA_DIR; `port` 0 picks one. */
export async function startController(
  dataDir: string,
  options: { port?: number; nodeArgs?: string[] } = {},
): Promise<Controller> {
  const child = track(
    // BENCH_CONTROLLER_ARGS: extra node flags for the controller, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    spawn(process.execPath, [...extraArgs, ...(options.nodeArgs ?? []), 'server/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(options.port ?? 0),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SEED_DEMO: '0',
        ADMIN_TOKEN,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let inspector: string | undefined;
  // The controller says where it listens on stderr (with the first-start password), not in its JSON log.
  let announce: (url: string) => void = () => undefined;
  let errBuf = '';
  child.stderr?.on('data', (d: Buffer) => {
    errBuf += d.toString();
    let i;
    while ((i = errBuf.indexOf('\n')) >= 0) {
      const line = errBuf.slice(0, i);
      errBuf = errBuf.slice(i + 1);
      const m = /Debugger listening on (ws:\/\/\S+)/.exec(line);
      const listening = /Gatecast controller: (http:\/\/\S+)/.exec(line);
      if (m?.[1]) inspector = m[1];
      else if (listening?.[1]) announce(listening[1].replace('localhost', '127.0.0.1'));
      else if (!line.startsWith('For help, see') && !line.startsWith('Debugger'))
        process.stderr.write(line + '\n');
    }
  });
  const url = await new Promise<string>((resolve, reject) => {
    announce = resolve;
    lines(child, (line) => {
      const m = /Gatecast controller: (http:\/\/\S+)/.exec(line);
      if (m?.[1]) resolve(m[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => {
      reject(new Error(`controller exited ${String(code)} before listening`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, url, port: Number(new URL(url).port), ...(inspector ? { inspector } : {}), stop };
}

/** A JSON request with a bearer token; throws on an error status. */
export async function api<T = unknown>(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  token = ADMIN_TOKEN,
): Promise<T> {
  const res = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

const variants = (round: number) => ({
  vi: { title: 'Chào mừng quý khách', body: `Cửa khẩu mở cửa 7:00–17:00 (${round})` },
  km: { title: 'សូមស្វាគមន៍', body: 'ច្រកទ្វារបើកពីម៉ោង ៧:០០ ដល់ ១៧:០០' },
  en: { title: 'Welcome', body: `The gate is open 07:00–17:00 (${round})` },
});
const notices = Array.from({ length: 8 }, (_, i) => ({
  id: `bench-notice-${i}`,
  name: `Notice ${i}`,
  variants: {
    vi: { title: `Thông báo ${i}`, body: 'Hành khách vui lòng chuẩn bị hộ chiếu và tờ khai hải quan.' },
    km: { title: `សេចក្តីជូនដំណឹង ${i}`, body: 'សូមរៀបចំលិខិតឆ្លងដែន និងប័ណ្ណប្រកាសគយ។' },
    en: {
      title: `Notice ${i}`,
      body: 'Passengers, please have your passport and customs declaration ready.',
    },
  },
}));

/**
 * Content as operators make it, through the API and the approval workflow: the admin token edits and
 * submits, a second principal (an approver API token) approves. A message, eight notices, a playlist of
 * them and an always-on schedule for the gate. `publish(round)` then edits the message and approves it:
 * every screen of the gate gets one new manifest (one audience, one compile).
 */
/**
 * An API token of a second person with the approver role: a token the admin mints acts for the admin, and
 * nobody approves their own change. The person signs in once and makes the token with their session.
 */
async function approverToken(url: string): Promise<string> {
  const password = 'benchmark approver password 2026';
  await api(url, 'POST', '/api/v1/users', {
    username: 'bench-approver',
    displayName: 'Bench approver',
    roles: ['approver'],
    scope: { global: true },
    password,
  });
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench-approver', password }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const made = await fetch(`${url}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ label: 'bench approver', roles: ['approver'], scope: { global: true } }),
  });
  if (made.status !== 201) throw new Error(`approver token: ${made.status} ${await made.text()}`);
  return ((await made.json()) as { token: string }).token;
}

export async function makeContent(url: string) {
  const approver = await approverToken(url);
  const approve = async (plural: string, id: string) => {
    await api(url, 'POST', `/api/v1/${plural}/${id}/submit`);
    await api(url, 'POST', `/api/v1/${plural}/${id}/approve`, undefined, approver);
  };
  for (const m of [{ id: 'bench-msg', name: 'Welcome', variants: variants(0) }, ...notices]) {
    await api(url, 'POST', '/api/v1/messages', m);
    await approve('messages', m.id);
  }
  await api(url, 'POST', '/api/v1/playlists', {
    id: 'bench-pl',
    name: 'Main loop',
    items: ['bench-msg', ...notices.map((n) => n.id)].map((messageId) => ({
      type: 'message',
      messageId,
      duration: 10,
    })),
  });
  await approve('playlists', 'bench-pl');
  await api(url, 'POST', '/api/v1/schedules', {
    id: 'bench-sch',
    name: 'Always',
    playlistId: 'bench-pl',
    targets: { gates: ['bench-gate'] },
    recurrence: { type: 'always' },
  });
  await approve('schedules', 'bench-sch');
  return {
    /** Edits and submits a new version of the message: the approval is what publishes it. */
    async prepare(round: number): Promise<void> {
      await api(url, 'PUT', '/api/v1/messages/bench-msg', { name: 'Welcome', variants: variants(round) });
      await api(url, 'POST', '/api/v1/messages/bench-msg/submit');
    },
    /** The approval: recompiles, stores and pushes the manifest; replies once it has been pushed. */
    async approve(): Promise<void> {
      await api(url, 'POST', '/api/v1/messages/bench-msg/approve', undefined, approver);
    },
  };
}

/** A load process holding a share of the simulated players (players.ts), driven over stdin/stdout. */
export class Players {
  private readonly child: ChildProcess;
  private readonly waiting: ((msg: Record<string, unknown>) => void)[] = [];

  constructor(args: { mode: 'sio' | 'ws'; url: string; tokens: string; strategy?: string }) {
    this.child = track(
      spawn(
        process.execPath,
        [join(here, 'players.ts'), args.mode, args.url, args.tokens, args.strategy ?? 'none'],
        { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
      ),
    );
    lines(this.child, (line) => {
      this.waiting.shift()?.(JSON.parse(line) as Record<string, unknown>);
    });
  }

  /** Sends a command and resolves with the process's one-line reply. */
  send<T = Record<string, unknown>>(cmd: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => {
        reject(new Error(`players process exited ${String(code)} during "${cmd}"`));
      };
      this.child.once('exit', onExit);
      this.waiting.push((msg) => {
        this.child.off('exit', onExit);
        resolve(msg as T);
      });
      this.child.stdin?.write(cmd + '\n');
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.stdin?.write('close\n');
    await exited;
  }
}

/** p-quantile of sorted numbers (nearest rank), or null when empty. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? null;
}

/** p50/p99/max in ms, rounded to 0.1 ms. */
export function summary(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const r = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return { count: s.length, p50: r(quantile(s, 0.5)), p99: r(quantile(s, 0.99)), max: r(quantile(s, 1)) };
}
