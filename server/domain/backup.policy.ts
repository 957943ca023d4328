// Pure rules of `npm run backup`: folder names, which old backups --keep removes, and the command line.
import { parseArgs } from 'node:util';

const namePattern = /^gatecast-(\d{8})-(\d{6})Z$/;
/** The suffix of a backup still being written; such a folder is never a complete backup. */
export const PARTIAL_SUFFIX = '.partial';

/** The folder name of a backup taken at `epochMs`: gatecast-YYYYMMDD-HHMMSSZ (UTC). */
export function backupName(epochMs: number): string {
  const iso = new Date(epochMs).toISOString(); // 2026-03-04T05:06:07.890Z
  return `gatecast-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}Z`;
}

/** True for the name of a complete backup folder (not a .partial one, not anything else). */
export function isBackupName(name: string): boolean {
  return namePattern.test(name);
}

/** True for a backup folder left unfinished by a run that crashed or was killed. */
export function isPartialName(name: string): boolean {
  return name.endsWith(PARTIAL_SUFFIX) && isBackupName(name.slice(0, -PARTIAL_SUFFIX.length));
}

/** The newest complete backup among folder names, or undefined. */
export function newestBackup(names: readonly string[]): string | undefined {
  return names.filter(isBackupName).sort().at(-1);
}

/** The complete backups `--keep N` removes: all but the newest N (the names sort by time). */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const complete = names.filter(isBackupName).sort();
  return complete.slice(0, Math.max(0, complete.length - keep));
}

export interface BackupArgs {
  destination: string;
  keep: number | undefined;
}

export type ParsedArgs = { ok: true; args: BackupArgs } | { ok: false; message: string } | { ok: 'help' };

export const USAGE = `Usage: npm run backup -- <destination> [--keep N]

Writes <destination>/gatecast-YYYYMMDD-HHMMSSZ/ (UTC), laid out like a DATA_DIR: the database snapshot
(gatecast.db, or gatecast.pgdump with DATABASE_URL), blobs/, secret.key and backup.json.
  --keep N   after a successful backup, delete all but the newest N backups in <destination>`;

/** Reads `<destination> [--keep N]` (also --keep=N) with node:util parseArgs; a mistake gives a message. */
export function parseBackupArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { keep: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { ok: false, message: argumentError(error) };
  }
  if (parsed.values.help) return { ok: 'help' };
  const { keep } = parsed.values;
  if (keep !== undefined && !/^[1-9]\d{0,5}$/.test(keep)) {
    return { ok: false, message: `--keep needs a positive whole number of backups, got "${keep}"` };
  }
  const [destination, extra] = parsed.positionals;
  if (destination === undefined || destination === '') return { ok: false, message: 'no destination given' };
  if (extra !== undefined) {
    return { ok: false, message: `one destination only, got "${destination}" and "${extra}"` };
  }
  return { ok: true, args: { destination, keep: keep === undefined ? undefined : Number(keep) } };
}

/** parseArgs' error, said in the words of this command. */
function argumentError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  // Node names the option in quotes: "Unknown option '--force'. To specify a positional argument …".
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `unknown option "${/'([^']+)'/.exec(message)?.[1] ?? ''}"`;
  // `--keep` last, or followed by something that looks like an option (`--keep -1`).
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes('--keep'))
    return '--keep needs a positive whole number of backups after it';
  return message;
}

/** A backup that cannot be made; exit code 2 for bad input, 1 for everything else. */
export class BackupError extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The main tables whose row counts backup.json records. */
export const COUNTED_TABLES = [
  'gates',
  'screens',
  'messages',
  'playlists',
  'schedules',
  'assets',
  'users',
] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

/** backup.json: what a backup holds, for the operator and for a restore. */
export interface BackupManifest {
  format: 1;
  gatecastVersion: string;
  dialect: 'sqlite' | 'postgres';
  created: string;
  database: {
    file: 'gatecast.db' | 'gatecast.pgdump';
    bytes: number;
    latestMigration: string;
    /** SQLite's PRAGMA integrity_check on the copy; PostgreSQL: the dump read back by pg_restore --list. */
    check: string;
  };
  rows: Record<CountedTable, number>;
  blobs: {
    count: number;
    bytes: number;
    copied: { count: number; bytes: number };
    /** Hard links to the same blob in `linkedFrom`, an earlier backup: no new space used. */
    linked: { count: number; bytes: number };
    linkedFrom: string | null;
    /** Blobs the database refers to, every one checked present. */
    referenced: number;
  };
  secretKey: { included: true } | { included: false; reason: string };
}

export interface BackupReport {
  path: string;
  manifest: BackupManifest;
  /** Bytes of the database, the blobs and the key (linked blobs included). */
  totalBytes: number;
  durationMs: number;
  /** Older backups deleted by --keep, and unfinished folders of earlier runs deleted before starting. */
  pruned: string[];
  leftoversRemoved: string[];
}

/** Bytes for people: 1.5 MB. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit] ?? ''}`;
}

/** The short summary printed after a successful backup. */
export function backupSummary(report: BackupReport): string {
  const { manifest: m } = report;
  const rows = COUNTED_TABLES.map((t) => `${m.rows[t]} ${t}`).join(', ');
  const linked =
    m.blobs.linkedFrom === null ? '' : `, ${m.blobs.linked.count} hard-linked from ${m.blobs.linkedFrom}`;
  const lines = [
    `Backup complete: ${report.path}`,
    `  size      ${formatBytes(report.totalBytes)} (${formatBytes(m.database.bytes + m.blobs.copied.bytes)} newly written)`,
    `  database  ${m.dialect} ${m.database.file}, ${formatBytes(m.database.bytes)}, migration ${m.database.latestMigration}, check ${m.database.check}`,
    `  rows      ${rows}`,
    `  blobs     ${m.blobs.count} files, ${formatBytes(m.blobs.bytes)} (${m.blobs.copied.count} copied${linked}); ${m.blobs.referenced} referenced, all present`,
    `  key       ${m.secretKey.included ? 'secret.key included (mode 0600)' : `not included: ${m.secretKey.reason}`}`,
  ];
  if (report.leftoversRemoved.length > 0) {
    lines.push(`  removed   unfinished earlier run(s): ${report.leftoversRemoved.join(', ')}`);
  }
  if (report.pruned.length > 0) lines.push(`  --keep    deleted ${report.pruned.join(', ')}`);
  lines.push(`  took      ${(report.durationMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}
