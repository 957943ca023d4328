import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import {
  access,
  chmod,
  copyFile,
  link,
  mkdir,
  open,
  readdir,
  realpath,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { sql } from 'kysely';
import pg from 'pg';
import { BackupError, COUNTED_TABLES, type CountedTable } from '../domain/backup.policy.ts';
import { LocalBlobStore } from './blob.repository.ts';
import { openDatabase, type DatabaseOptions, type Db } from './database.ts';
import { createEntityRepositories, type EntityRepositories } from './entity.repositories.ts';
import { ManifestRepository } from './manifest.repository.ts';
import { migrations } from './migrations.ts';
import { RenditionRepository } from './rendition.repository.ts';

/** A database opened for reading by the backup (the SQLite copy, or the live PostgreSQL database). */
export interface BackupDatabase {
  /** What refers to blobs (BlobGcService's blobReferences reads them). */
  references: {
    assets: EntityRepositories['assets'];
    renditions: RenditionRepository;
    manifests: ManifestRepository;
  };
  /** PRAGMA integrity_check's verdict ("ok" when sound); SQLite only. */
  integrityCheck(): Promise<string>;
  countRows(): Promise<Record<CountedTable, number>>;
  close(): Promise<void>;
}

/** How a blob reached the backup. */
export type Placement = 'linked' | 'copied' | 'gone';

// A hard link cannot cross file systems (EXDEV), may be refused by the file system (EPERM, ENOTSUP) or hit
// the link limit (EMLINK); the earlier backup may have been pruned meanwhile (ENOENT). A copy does in all.
const linkFallbacks = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK', 'ENOENT']);

/** The side effects of `npm run backup`: database snapshots and dumps, and the files of backup folders. */
export class BackupRepository {
  /** The newest migration this code knows: a snapshot at another one was taken by another version. */
  knownMigration(): string {
    return Object.keys(migrations).sort().at(-1) ?? '';
  }

  /** Creates the destination if needed and checks it can be written; the error names the path. */
  async prepareDestination(path: string): Promise<void> {
    try {
      await mkdir(path, { recursive: true });
      await access(path, constants.W_OK);
    } catch (error) {
      throw new BackupError(`cannot write to the destination ${path}: ${reason(error)}`);
    }
  }

  /** The path with symbolic links resolved as far as it exists (to compare it with DATA_DIR). */
  async resolveExisting(path: string): Promise<string> {
    const real = await realpath(path).catch(() => undefined);
    if (real !== undefined) return real;
    const parent = dirname(path);
    return parent === path ? path : join(await this.resolveExisting(parent), path.slice(parent.length + 1));
  }

  /** The names in a folder. */
  async list(dir: string): Promise<string[]> {
    return readdir(dir);
  }

  /** True when something exists at the path. */
  async exists(path: string): Promise<boolean> {
    return (await stat(path).catch(() => undefined)) !== undefined;
  }

  /** A file's size in bytes. */
  async size(path: string): Promise<number> {
    return (await stat(path)).size;
  }

  /** Creates a folder and its parents. */
  async makeDir(path: string): Promise<void> {
    await mkdir(path, { recursive: true });
  }

  /** A folder only its owner may enter: a backup holds password hashes and the sealing key. */
  async makePrivateDir(path: string): Promise<void> {
    await mkdir(path, { mode: 0o700 });
    await chmod(path, 0o700);
  }

  /** Removes a folder or file with everything in it; nothing there is fine. */
  async remove(path: string): Promise<void> {
    await rm(path, { recursive: true, force: true });
  }

  /** Renames a finished backup into place; the rename survives a power cut once its directory is synced. */
  async publish(from: string, to: string): Promise<void> {
    await rename(from, to);
    await sync(dirname(to));
  }

  /** Writes JSON durably (synced before the backup is renamed into place). */
  async writeJson(path: string, value: unknown): Promise<void> {
    const handle = await open(path, 'wx', 0o644);
    try {
      await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Copies a secret file readable by its owner only; false when there is none. */
  async copySecret(from: string, to: string): Promise<boolean> {
    try {
      await copyFile(from, to, constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !(await this.exists(from))) return false;
      throw error;
    }
    await chmod(to, 0o600);
    await sync(to);
    return true;
  }

  /** Syncs directories so that their entries (the files just written) survive a power cut. */
  async syncDirs(paths: Iterable<string>): Promise<void> {
    for (const path of paths) await sync(path);
  }

  /** Syncs a data directory's blob folders: blobs/ and each of its prefix folders. */
  async syncBlobDirs(dataDir: string): Promise<void> {
    const root = join(dataDir, 'blobs');
    await this.syncDirs([...(await readdir(root)).map((prefix) => join(root, prefix)), root]);
  }

  /** True when a data directory's blob store holds this blob. */
  hasBlob(dataDir: string, sha256: string): Promise<boolean> {
    return new LocalBlobStore(dataDir).exists(sha256);
  }

  /**
   * Puts one blob into a backup's DATA_DIR layout: a hard link to the same blob of an earlier backup when it
   * has the same size (same name = same bytes), else a copy. 'gone' when the blob was collected meanwhile.
   */
  async placeBlob(
    sha256: string,
    size: number,
    dirs: { live: string; target: string; previous: string | undefined },
  ): Promise<Placement> {
    const source = new LocalBlobStore(dirs.live).localPath(sha256);
    const target = new LocalBlobStore(dirs.target).localPath(sha256);
    await mkdir(dirname(target), { recursive: true });
    if (dirs.previous !== undefined) {
      const earlier = new LocalBlobStore(dirs.previous).localPath(sha256);
      const s = await stat(earlier).catch(() => undefined);
      if (s?.isFile() && s.size === size) {
        try {
          await link(earlier, target);
          return 'linked';
        } catch (error) {
          if (!linkFallbacks.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        }
      }
    }
    try {
      await copyFile(source, target, constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !(await this.exists(source))) return 'gone';
      throw error;
    }
    await sync(target);
    return 'copied';
  }

  /** A consistent copy of a live SQLite database (WAL: the controller keeps writing meanwhile). */
  async snapshotSqlite(live: string, target: string): Promise<void> {
    // Opening a missing file would create an empty database and back that up.
    if (!(await this.exists(live))) {
      throw new BackupError(`no database at ${live}: is DATA_DIR set as for the controller?`);
    }
    const db = new DatabaseSync(live);
    try {
      db.exec('PRAGMA busy_timeout = 10000');
      db.prepare('VACUUM INTO ?').run(target);
    } finally {
      db.close();
    }
    await sync(target);
  }

  /** The newest migration recorded in a SQLite file, read without running any. */
  latestMigrationSqlite(file: string): Promise<string | undefined> {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      const row = db.prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1').get() as
        { name: string } | undefined;
      return Promise.resolve(row?.name);
    } catch (error) {
      throw new BackupError(`${file} is not a Gatecast database: ${reason(error)}`);
    } finally {
      db.close();
    }
  }

  /** The newest migration recorded in a PostgreSQL database, read without running any. */
  async latestMigrationPostgres(url: string): Promise<string | undefined> {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query<{ name: string }>(
        'SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1',
      );
      return rows[0]?.name;
    } catch (error) {
      if ((error as { code?: string }).code === '42P01') {
        throw new BackupError(
          `the PostgreSQL database has no Gatecast tables: is DATABASE_URL the controller's?`,
        );
      }
      throw new BackupError(`cannot read the PostgreSQL database: ${reason(error)}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** pg_dump in its custom format (what pg_restore reads); the password goes by environment, not argv. */
  async dumpPostgres(url: string, target: string): Promise<void> {
    const { dbname, env } = splitPassword(url);
    await run('pg_dump', ['--format=custom', `--file=${target}`, `--dbname=${dbname}`], env);
    await sync(target);
  }

  /** Reads a dump's table of contents back: proof that pg_restore can use it. */
  async checkDump(file: string): Promise<void> {
    await run('pg_restore', ['--list', file], {});
  }

  /** Opens a database for the backup's reads (migrations are current, so opening changes nothing). */
  async openForReading(options: DatabaseOptions): Promise<BackupDatabase> {
    const { db } = await openDatabase(options);
    const repos = createEntityRepositories(db);
    return {
      references: {
        assets: repos.assets,
        renditions: new RenditionRepository(db),
        manifests: new ManifestRepository(db),
      },
      integrityCheck: async () => {
        const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
        return rows.map((r) => r.integrity_check).join('; ');
      },
      countRows: () => countRows(db),
      close: () => db.destroy(),
    };
  }
}

async function countRows(db: Db): Promise<Record<CountedTable, number>> {
  const counts = {} as Record<CountedTable, number>;
  for (const table of COUNTED_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

function splitPassword(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  if (parsed.password === '') return { dbname: url, env: {} };
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { PGPASSWORD: password } };
}

/** Runs a PostgreSQL client program; a missing one or a failure becomes a message for the operator. */
function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(`${command} not found: install postgresql-client of the server's major version`)
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${command} failed (exit ${code ?? 'signal'}): ${stderr.trim()}`));
    });
  });
}

async function sync(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a file of that name exists',
    ENOSPC: 'no space left on the device',
  };
  return (e.code && known[e.code]) ?? e.message;
}
