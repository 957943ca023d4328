import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  BackupError,
  backupName,
  backupsToPrune,
  isPartialName,
  newestBackup,
  PARTIAL_SUFFIX,
  type BackupArgs,
  type BackupManifest,
  type BackupReport,
} from '../domain/backup.policy.ts';
import type { BackupDatabase, BackupRepository } from '../repositories/backup.repository.ts';
import type { BlobStore } from '../repositories/blob.repository.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import { blobReferences } from './blob-gc.service.ts';

export interface BackupSettings {
  dataDir: string;
  databaseUrl: string | undefined;
  /** SECRET_KEY is set: the key lives outside DATA_DIR and is not copied. */
  secretKeyConfigured: boolean;
  version: string;
}

type DatabasePart = Pick<BackupManifest, 'dialect' | 'database' | 'rows'> & {
  referenced: Map<string, string>;
};

/**
 * An online backup of one deployment into `<destination>/gatecast-YYYYMMDD-HHMMSSZ/`, laid out like a
 * DATA_DIR. Everything is written to a `.partial` folder, checked (the database snapshot is sound and every
 * blob it refers to is there), and only then renamed: a folder with the final name is always complete.
 */
export class BackupService {
  private readonly files: BackupRepository;
  private readonly blobs: Pick<BlobStore, 'list'>;
  private readonly clock: Clock;
  private readonly settings: BackupSettings;

  constructor(deps: {
    files: BackupRepository;
    blobs: Pick<BlobStore, 'list'>;
    clock: Clock;
    settings: BackupSettings;
  }) {
    this.files = deps.files;
    this.blobs = deps.blobs;
    this.clock = deps.clock;
    this.settings = deps.settings;
  }

  /** Makes one verified backup, then applies --keep; throws BackupError with the exit code on failure. */
  async run(args: BackupArgs): Promise<BackupReport> {
    const started = this.clock.now();
    const destination = resolve(args.destination);
    await this.refuseInsideBlobs(destination);
    await this.files.prepareDestination(destination);
    // Two runs must not share a destination (the timer or `flock` sees to it), so any .partial is a leftover.
    const leftoversRemoved = (await this.files.list(destination)).filter(isPartialName);
    for (const name of leftoversRemoved) await this.files.remove(join(destination, name));

    const { name, at } = await this.freeName(destination);
    const previous = newestBackup(await this.files.list(destination));
    const partial = join(destination, name + PARTIAL_SUFFIX);
    const final = join(destination, name);
    let manifest: BackupManifest;
    // Outside the try: a folder this run did not create is not this run's to remove.
    await this.files.makePrivateDir(partial);
    try {
      await this.files.makeDir(join(partial, 'blobs'));
      manifest = await this.write(
        partial,
        previous === undefined ? undefined : { name: previous, dir: destination },
        at,
      );
      await this.files.writeJson(join(partial, 'backup.json'), manifest);
      await this.files.syncDirs([partial]);
      await this.files.publish(partial, final);
    } catch (error) {
      await this.files.remove(partial);
      throw error;
    }

    const pruned =
      args.keep === undefined ? [] : backupsToPrune(await this.files.list(destination), args.keep);
    for (const old of pruned) await this.files.remove(join(destination, old));
    const keyBytes = manifest.secretKey.included ? await this.files.size(join(final, 'secret.key')) : 0;
    return {
      path: final,
      manifest,
      totalBytes: manifest.database.bytes + manifest.blobs.bytes + keyBytes,
      durationMs: this.clock.now() - started,
      pruned,
      leftoversRemoved,
    };
  }

  private async write(
    partial: string,
    previous: { name: string; dir: string } | undefined,
    at: number,
  ): Promise<BackupManifest> {
    const { referenced, ...database } = this.settings.databaseUrl
      ? await this.dumpPostgres(this.settings.databaseUrl, partial)
      : await this.snapshotSqlite(partial);

    const blobs = { count: 0, bytes: 0, copied: { count: 0, bytes: 0 }, linked: { count: 0, bytes: 0 } };
    const dirs = {
      live: this.settings.dataDir,
      target: partial,
      previous: previous && join(previous.dir, previous.name),
    };
    for await (const blob of this.blobs.list()) {
      const placed = await this.files.placeBlob(blob.sha256, blob.size, dirs);
      if (placed === 'gone') continue;
      blobs.count++;
      blobs.bytes += blob.size;
      blobs[placed].count++;
      blobs[placed].bytes += blob.size;
    }
    await this.files.syncBlobDirs(partial);
    await this.verifyBlobs(partial, referenced);

    return {
      format: 1,
      gatecastVersion: this.settings.version,
      created: new Date(at).toISOString(),
      ...database,
      blobs: {
        ...blobs,
        linkedFrom: blobs.linked.count > 0 && previous ? previous.name : null,
        referenced: referenced.size,
      },
      secretKey: await this.copySecretKey(partial),
    };
  }

  private async snapshotSqlite(partial: string): Promise<DatabasePart> {
    const file = join(partial, 'gatecast.db');
    await this.files.snapshotSqlite(join(this.settings.dataDir, 'gatecast.db'), file);
    const latestMigration = this.checkMigration(await this.files.latestMigrationSqlite(file));
    return this.read({ sqlitePath: file }, async (db) => {
      const check = await db.integrityCheck();
      if (check !== 'ok') throw new BackupError(`the database snapshot failed its integrity check: ${check}`);
      const bytes = await this.files.size(file);
      return { dialect: 'sqlite', database: { file: 'gatecast.db', bytes, latestMigration, check } };
    });
  }

  private async dumpPostgres(url: string, partial: string): Promise<DatabasePart> {
    const latestMigration = this.checkMigration(await this.files.latestMigrationPostgres(url));
    const file = join(partial, 'gatecast.pgdump');
    await this.files.dumpPostgres(url, file);
    await this.files.checkDump(file);
    // The dump is not opened: what it refers to is read from the live database, just after it.
    const bytes = await this.files.size(file);
    return this.read({ url, sqlitePath: ':memory:' }, () =>
      Promise.resolve({
        dialect: 'postgres',
        database: { file: 'gatecast.pgdump', bytes, latestMigration, check: 'pg_restore --list ok' },
      }),
    );
  }

  /** Opens a database for reading, takes its row counts and blob references, and closes it. */
  private async read(
    options: { url?: string; sqlitePath: string },
    part: (db: BackupDatabase) => Promise<Pick<BackupManifest, 'dialect' | 'database'>>,
  ): Promise<DatabasePart> {
    const db = await this.files.openForReading(options);
    try {
      const first = await part(db);
      const rows = await db.countRows();
      const { referenced } = await blobReferences(db.references);
      return { ...first, rows, referenced };
    } finally {
      await db.close();
    }
  }

  // Opening the snapshot runs pending migrations; a snapshot from another version would be changed by that
  // (or refused by the older controller it is restored to), so only the version that made it backs it up.
  private checkMigration(latest: string | undefined): string {
    const known = this.files.knownMigration();
    if (latest !== known) {
      throw new BackupError(
        `the database is at migration ${latest ?? '(none)'} but this Gatecast expects ${known}: ` +
          'run the backup with the same Gatecast version as the running controller',
      );
    }
    return latest;
  }

  private async verifyBlobs(partial: string, referenced: Map<string, string>): Promise<void> {
    const missing: string[] = [];
    for (const [sha256, by] of referenced) {
      if (!(await this.files.hasBlob(partial, sha256))) missing.push(`${sha256} (${by})`);
    }
    if (missing.length > 0) {
      const shown = missing.slice(0, 10).join('\n  ');
      const more = missing.length > 10 ? `\n  … and ${missing.length - 10} more` : '';
      throw new BackupError(
        `${missing.length} blob(s) the database refers to are not in ${join(this.settings.dataDir, 'blobs')}:\n  ${shown}${more}`,
      );
    }
  }

  private async copySecretKey(partial: string): Promise<BackupManifest['secretKey']> {
    if (this.settings.secretKeyConfigured) {
      return {
        included: false,
        reason:
          'SECRET_KEY is set in the environment: keep it safe apart from this backup, a restore needs it',
      };
    }
    const copied = await this.files.copySecret(
      join(this.settings.dataDir, 'secret.key'),
      join(partial, 'secret.key'),
    );
    return copied
      ? { included: true }
      : { included: false, reason: 'DATA_DIR/secret.key does not exist (the controller never started?)' };
  }

  private async refuseInsideBlobs(destination: string): Promise<void> {
    const blobs = await this.files.resolveExisting(join(this.settings.dataDir, 'blobs'));
    const inside = relative(blobs, await this.files.resolveExisting(destination));
    if (inside === '' || !(inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))) {
      throw new BackupError(
        `refusing to write a backup inside the blob store (${blobs}): choose a destination outside DATA_DIR/blobs`,
        2,
      );
    }
  }

  // Names have a one-second resolution; a second backup within the same second waits for the next one.
  private async freeName(destination: string): Promise<{ name: string; at: number }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const at = this.clock.now();
      const name = backupName(at);
      const taken = (await this.files.list(destination)).some(
        (n) => n === name || n === name + PARTIAL_SUFFIX,
      );
      if (!taken) return { name, at };
      await new Promise((r) => setTimeout(r, 1000 - (at % 1000)));
    }
    throw new BackupError(`a backup named after the current second already exists in ${destination}`);
  }
}
