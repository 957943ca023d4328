import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exchangeEnrolment } from '../support/enrolment.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `node server/main.ts` like `npm start` does, and collects its output. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      resolve(code);
    }),
  );
  const waitFor = async (pattern: RegExp, ms = 20_000) => {
    const until = Date.now() + ms;
    while (!pattern.test(out)) {
      if (Date.now() > until) throw new Error(`output never matched ${pattern}:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return pattern.exec(out)!;
  };
  return { child, exited, waitFor, output: () => out, stdout: () => stdout };
}

describe('npm start', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('seeds the demo gates on first start, prints the admin password once and fresh single-use player links at every start, and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gatecast-start-'));
    dirs.push(dataDir);
    const first = start({ DATA_DIR: dataDir });
    const [, base] = await first.waitFor(/Gatecast controller: (http:\/\/\S+)/);
    await first.waitFor(/Demo players/);
    const [, password] = await first.waitFor(
      /as "admin" with this password \(shown once, change it\): (\S{20,})/,
    );
    // On stderr, in a block of its own: never in the JSON log stream on stdout that a service keeps.
    expect(first.stdout()).not.toContain(password);
    expect(first.output()).toMatch(new RegExp(`─{72}\\n[^─]*${password}[^─]*\\n─{72}`));
    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    // Each a single-use player link (an enrolment token, never a device token in a URL).
    const players = first.output().match(/\/player\/\?token=gce_\S+/g) ?? [];
    expect(players.length).toBeGreaterThanOrEqual(6);
    expect(first.output()).not.toMatch(/gcd_/);
    expect(await readFile(join(dataDir, 'demo-players.txt'), 'utf8')).toContain(players[0]);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // Second start: same data, no new seed, no new admin password; fresh links, and the last ones stop working.
    const second = start({ DATA_DIR: dataDir });
    const [, again] = await second.waitFor(/Gatecast controller: (http:\/\/\S+)/);
    await second.waitFor(/\(also written to/);
    expect(second.output()).not.toMatch(/with this password/);
    const fresh = second.output().match(/\/player\/\?token=gce_\S+/g) ?? [];
    expect(fresh.length).toBe(players.length);
    expect(fresh).not.toContain(players[0]);
    expect(await readFile(join(dataDir, 'demo-players.txt'), 'utf8')).toContain(fresh[0]);
    const tokenOf = (path: string | undefined) => new URL(path ?? '', base).searchParams.get('token');
    expect(await exchangeEnrolment(again!, { token: tokenOf(players[0]) })).toMatchObject({
      ok: false,
      error: { code: 'enrolment_expired' },
    });
    expect(await exchangeEnrolment(again!, { token: tokenOf(fresh[0]) })).toMatchObject({ ok: true });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('refuses a bad configuration value with a message naming it', async () => {
    const bad = start({ PORT: 'eighty' });
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain('PORT must be a whole number');
  });

  it('says which port is taken instead of crashing with a stack trace', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as import('node:net').AddressInfo;
    const dataDir = await mkdtemp(join(tmpdir(), 'gatecast-start-'));
    dirs.push(dataDir);
    try {
      const second = start({ DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: '0' });
      expect(await second.exited).toBe(2);
      expect(second.output()).toContain(`Cannot listen on 127.0.0.1:${port}: the port is already in use`);
      expect(second.output()).not.toMatch(/\n\s+at /);
    } finally {
      taken.close();
    }
  });
});
