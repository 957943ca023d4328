import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../server/domain/backup.policy.ts';
import type { Asset } from '../../server/domain/entities.ts';
import { blobNames, solidPng } from '../support/media.ts';
import { createPgDatabase } from '../support/pg.ts';
import { ADMIN_TOKEN } from '../support/server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
const backupPattern = /^gatecast-\d{8}-\d{6}Z$/;

interface Controller {
  url: string;
  stop(): Promise<void>;
}

const running = new Set<Controller>();
const dirs: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `gatecast-backup-${prefix}-`));
  dirs.push(dir);
  return dir;
}

/** Starts `node server/main.ts` like `npm start`, and waits until it listens. */
async function startController(env: Record<string, string>): Promise<Controller> {
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const until = Date.now() + 30_000;
  let match: RegExpExecArray | null;
  while (!(match = /Gatecast controller: (http:\/\/\S+)/.exec(out))) {
    if (Date.now() > until || child.exitCode !== null)
      throw new Error(`the controller did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const controller: Controller = {
    url: match[1]!.replace('localhost', '127.0.0.1'),
    stop: async () => {
      running.delete(controller);
      child.kill('SIGTERM');
      await exited;
    },
  };
  running.add(controller);
  return controller;
}

/** Runs `npm run backup`'s script with the controller's environment. */
function runBackup(
  env: Record<string, string>,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/backup.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

async function get<T>(c: Controller, path: string): Promise<T> {
  const res = await fetch(c.url + path, { headers: auth });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

async function upload(c: Controller, name: string, bytes: Buffer): Promise<Asset> {
  const res = await fetch(`${c.url}/api/v1/assets?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Asset;
}

async function media(c: Controller, sha256: string): Promise<Buffer> {
  const res = await fetch(`${c.url}/media/${sha256}`, { headers: auth });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** What an operator would compare after a restore. */
async function contentOf(c: Controller) {
  const gates = await get<{ items: { id: string }[]; total: number }>(c, '/api/v1/gates?limit=100');
  const screens = await get<{ items: { id: string }[]; total: number }>(c, '/api/v1/screens?limit=100');
  return { gates: gates.items.map((g) => g.id).sort(), screens: screens.items.map((s) => s.id).sort() };
}

async function backupsIn(destination: string): Promise<string[]> {
  return (await readdir(destination)).sort();
}

async function manifestOf(folder: string): Promise<BackupManifest> {
  return JSON.parse(await readFile(join(folder, 'backup.json'), 'utf8')) as BackupManifest;
}

afterAll(async () => {
  for (const c of [...running]) await c.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('npm run backup (SQLite)', () => {
  let dataDir: string;
  let destination: string;
  let controller: Controller;
  let image: Buffer;
  let asset: Asset;
  let before: Awaited<ReturnType<typeof contentOf>>;
  let first: string;

  beforeAll(async () => {
    dataDir = await tempDir('data');
    destination = join(await tempDir('dest'), 'nightly');
    controller = await startController({ DATA_DIR: dataDir, SEED_DEMO: '1' });
    image = await solidPng(480, 270, '#1a7f37');
    asset = await upload(controller, 'Sơ đồ cửa khẩu', image);
    before = await contentOf(controller);
  });

  it('backs up a running controller into a folder laid out like a DATA_DIR, with backup.json', async () => {
    const result = await runBackup({ DATA_DIR: dataDir }, [destination]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const names = await backupsIn(destination);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(backupPattern);
    first = join(destination, names[0]!);
    expect(result.stdout).toContain(`Backup complete: ${first}`);
    expect(result.stdout).toMatch(/rows {6}3 gates, 6 screens, .*1 assets/);

    expect((await readdir(first)).sort()).toEqual(['backup.json', 'blobs', 'gatecast.db', 'secret.key']);
    // Every finished blob (the original and its thumbnail), and nothing of unfinished writes.
    expect(await blobNames(first)).toEqual(await blobNames(dataDir));
    expect(await blobNames(first)).toContain(asset.sha256);
    expect(await readdir(join(first, 'blobs'))).not.toContain('tmp');
    expect(await readFile(join(first, 'secret.key'))).toEqual(await readFile(join(dataDir, 'secret.key')));
    expect((await stat(join(first, 'secret.key'))).mode & 0o777).toBe(0o600);

    const manifest = await manifestOf(first);
    expect(manifest).toMatchObject({
      gatecastVersion: '0.1.0',
      dialect: 'sqlite',
      database: { file: 'gatecast.db', check: 'ok' },
      rows: { gates: 3, screens: 6, assets: 1 },
      blobs: { count: 2, copied: { count: 2 }, linked: { count: 0 }, linkedFrom: null, referenced: 2 },
      secretKey: { included: true },
    });
    expect(manifest.database.latestMigration).toMatch(/^\d{4}_[a-z]/);
    expect(Date.parse(manifest.created)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('hard-links the blobs of the previous backup the next time, and --keep removes the oldest', async () => {
    const second = await runBackup({ DATA_DIR: dataDir }, [destination]);
    expect(second.code).toBe(0);
    const [, newer] = await backupsIn(destination);
    expect(newer).toMatch(backupPattern);
    const blobPath = (folder: string) => join(folder, 'blobs', asset.sha256.slice(0, 2), asset.sha256);
    const [a, b] = [await stat(blobPath(first)), await stat(blobPath(join(destination, newer!)))];
    expect(b.ino).toBe(a.ino);
    expect(b.nlink).toBe(2);
    expect(await manifestOf(join(destination, newer!))).toMatchObject({
      blobs: {
        count: 2,
        copied: { count: 0, bytes: 0 },
        linked: { count: 2 },
        linkedFrom: first.split('/').at(-1),
      },
    });
    expect(second.stdout).toContain('2 hard-linked from');

    // A crashed run's leftover never counts as a backup; the next run removes it.
    const leftover = join(destination, 'gatecast-20000101-000000Z.partial');
    await mkdir(join(leftover, 'blobs'), { recursive: true });
    const third = await runBackup({ DATA_DIR: dataDir }, [destination, '--keep', '2']);
    expect(third.code).toBe(0);
    const kept = await backupsIn(destination);
    expect(kept).toHaveLength(2);
    expect(kept).not.toContain(first.split('/').at(-1));
    expect(kept.every((n) => backupPattern.test(n))).toBe(true);
    // The blob outlives the backup it was first copied into.
    expect(await readFile(blobPath(join(destination, kept[1]!)))).toEqual(image);
  });

  it('restores by copying the folder into an empty DATA_DIR: same gates, screens, asset, media bytes and key', async () => {
    await controller.stop();
    const [, newest] = await backupsIn(destination);
    const restored = await tempDir('restored');
    await cp(join(destination, newest!), restored, { recursive: true });
    // No demo seed: every gate and screen it shows comes from the backup.
    const again = await startController({ DATA_DIR: restored, SEED_DEMO: '0' });
    expect(await contentOf(again)).toEqual(before);
    expect(await get<Asset>(again, `/api/v1/assets/${asset.id}`)).toMatchObject({
      sha256: asset.sha256,
      name: 'Sơ đồ cửa khẩu',
    });
    expect(await media(again, asset.sha256)).toEqual(image);
    expect(await readFile(join(restored, 'secret.key'))).toEqual(await readFile(join(dataDir, 'secret.key')));
    await again.stop();
  });

  it('fails without leaving a folder when a blob the database refers to is missing, naming it', async () => {
    // A copy of a backup is a stopped deployment's DATA_DIR; lose the asset's original from it.
    const broken = await tempDir('broken');
    const [, newest] = await backupsIn(destination);
    await cp(join(destination, newest!), broken, { recursive: true });
    await rm(join(broken, 'blobs', asset.sha256.slice(0, 2), asset.sha256));
    const target = await tempDir('target');
    const result = await runBackup({ DATA_DIR: broken }, [target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(asset.sha256);
    expect(result.stderr).toContain(`asset ${asset.id} "Sơ đồ cửa khẩu"`);
    expect(await readdir(target)).toEqual([]);
  });

  it('refuses bad arguments with a message: exit 2 for usage, 1 for an unwritable destination', async () => {
    const none = await runBackup({ DATA_DIR: dataDir }, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no destination given');
    expect(none.stderr).toContain('Usage: npm run backup -- <destination> [--keep N]');

    const keep = await runBackup({ DATA_DIR: dataDir }, [destination, '--keep', 'all']);
    expect(keep.code).toBe(2);
    expect(keep.stderr).toContain('--keep needs a positive whole number of backups, got "all"');

    const intoBlobs = join(dataDir, 'blobs', 'backups');
    const inside = await runBackup({ DATA_DIR: dataDir }, [intoBlobs]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('refusing to write a backup inside the blob store');
    await expect(stat(intoBlobs)).rejects.toThrow();

    // Even root cannot make a folder under a file.
    const file = join(await tempDir('file'), 'not-a-folder');
    await writeFile(file, 'x');
    const unwritable = await runBackup({ DATA_DIR: dataDir }, [join(file, 'backups')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain(`cannot write to the destination ${join(file, 'backups')}`);
  });
});

const hasPgDump = !spawnSync('pg_dump', ['--version']).error;

describe.skipIf(!hasPgDump)('npm run backup (PostgreSQL)', () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of [...running]) await c.stop();
    for (const drop of drops) await drop();
  });

  it('writes a pg_dump that pg_restore loads into a new database a controller then serves', async () => {
    const live = await createPgDatabase();
    drops.push(live.drop);
    const dataDir = await tempDir('pg-data');
    const controller = await startController({ DATA_DIR: dataDir, DATABASE_URL: live.url, SEED_DEMO: '1' });
    const image = await solidPng(320, 180, '#b35900');
    const asset = await upload(controller, 'Biển báo', image);
    const before = await contentOf(controller);

    const destination = await tempDir('pg-dest');
    const result = await runBackup({ DATA_DIR: dataDir, DATABASE_URL: live.url }, [destination]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    await controller.stop();
    const [name] = await backupsIn(destination);
    const folder = join(destination, name!);
    expect((await readdir(folder)).sort()).toEqual(['backup.json', 'blobs', 'gatecast.pgdump', 'secret.key']);
    expect(await manifestOf(folder)).toMatchObject({
      dialect: 'postgres',
      database: { file: 'gatecast.pgdump' },
      rows: { gates: 3, screens: 6, assets: 1 },
      blobs: { count: 2, referenced: 2 },
    });

    const restoredDb = await createPgDatabase();
    drops.push(restoredDb.drop);
    const restore = spawnSync(
      'pg_restore',
      ['--no-owner', `--dbname=${restoredDb.url}`, join(folder, 'gatecast.pgdump')],
      {
        encoding: 'utf8',
      },
    );
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    const restoredDir = await tempDir('pg-restored');
    await cp(join(folder, 'blobs'), join(restoredDir, 'blobs'), { recursive: true });
    await cp(join(folder, 'secret.key'), join(restoredDir, 'secret.key'));

    const again = await startController({
      DATA_DIR: restoredDir,
      DATABASE_URL: restoredDb.url,
      SEED_DEMO: '0',
    });
    expect(await contentOf(again)).toEqual(before);
    expect(await get<Asset>(again, `/api/v1/assets/${asset.id}`)).toMatchObject({ sha256: asset.sha256 });
    expect(await media(again, asset.sha256)).toEqual(image);
    await again.stop();
  });
});
