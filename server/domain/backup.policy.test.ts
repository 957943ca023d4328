import { describe, expect, it } from 'vitest';
import {
  backupName,
  backupSummary,
  backupsToPrune,
  formatBytes,
  isBackupName,
  isPartialName,
  newestBackup,
  parseBackupArgs,
} from './backup.policy.ts';

describe('backup folder names', () => {
  it('are the UTC time of the backup to the second', () => {
    // 06:05:09 in Hà Nội on 1 January is still 31 December in UTC.
    expect(backupName(Date.parse('2026-01-01T06:05:09.999+07:00'))).toBe('gatecast-20251231-230509Z');
    expect(isBackupName(backupName(Date.now()))).toBe(true);
  });

  it('tell complete backups from unfinished ones and from anything else in the folder', () => {
    expect(isBackupName('gatecast-20260301-020000Z')).toBe(true);
    expect(isBackupName('gatecast-20260301-020000Z.partial')).toBe(false);
    expect(isPartialName('gatecast-20260301-020000Z.partial')).toBe(true);
    for (const other of [
      'gatecast-20260301-0200Z',
      'gatecast-latest',
      'notes.txt',
      'x.partial',
      'lost+found',
    ]) {
      expect(isBackupName(other)).toBe(false);
      expect(isPartialName(other)).toBe(false);
    }
  });

  it('sort by time, so the newest complete backup is the last name', () => {
    const names = [
      'gatecast-20260302-020000Z',
      'gatecast-20260310-015959Z',
      'gatecast-20260311-020000Z.partial',
      'gatecast-20260301-020000Z',
      'README',
    ];
    expect(newestBackup(names)).toBe('gatecast-20260310-015959Z');
    expect(newestBackup(['README', 'gatecast-20260311-020000Z.partial'])).toBeUndefined();
  });
});

describe('--keep', () => {
  const names = [
    'gatecast-20260303-020000Z',
    'gatecast-20260301-020000Z',
    'gatecast-20260304-020000Z.partial',
    'gatecast-20260302-020000Z',
    'other-folder',
  ];

  it('removes all but the newest N complete backups, and nothing else', () => {
    expect(backupsToPrune(names, 1)).toEqual(['gatecast-20260301-020000Z', 'gatecast-20260302-020000Z']);
    expect(backupsToPrune(names, 2)).toEqual(['gatecast-20260301-020000Z']);
    expect(backupsToPrune(names, 3)).toEqual([]);
    expect(backupsToPrune(names, 30)).toEqual([]);
  });

  it('accepts a positive whole number only, with a message that names the option', () => {
    expect(parseBackupArgs(['/srv/backups', '--keep', '7'])).toEqual({
      ok: true,
      args: { destination: '/srv/backups', keep: 7 },
    });
    expect(parseBackupArgs(['--keep=14', '/srv/backups'])).toEqual({
      ok: true,
      args: { destination: '/srv/backups', keep: 14 },
    });
    for (const bad of [['0'], ['-1'], ['two'], ['1.5'], ['07'], []]) {
      const parsed = parseBackupArgs(['/srv/backups', '--keep', ...bad]);
      expect(parsed.ok).toBe(false);
      expect(parsed.ok === false && parsed.message).toContain('--keep needs a positive whole number');
    }
  });
});

describe('the command line', () => {
  it('needs exactly one destination and knows its options', () => {
    expect(parseBackupArgs([])).toEqual({ ok: false, message: 'no destination given' });
    expect(parseBackupArgs(['/a', '/b'])).toEqual({
      ok: false,
      message: 'one destination only, got "/a" and "/b"',
    });
    expect(parseBackupArgs(['/a', '--force'])).toMatchObject({
      ok: false,
      message: 'unknown option "--force"',
    });
    expect(parseBackupArgs(['--help'])).toEqual({ ok: 'help' });
    expect(parseBackupArgs(['/srv/backups'])).toEqual({
      ok: true,
      args: { destination: '/srv/backups', keep: undefined },
    });
  });

  it('sums a backup up in a few plain lines', () => {
    const summary = backupSummary({
      path: '/srv/backups/gatecast-20260301-023000Z',
      totalBytes: 1_203_000_000,
      durationMs: 4_230,
      pruned: ['gatecast-20260215-023000Z'],
      leftoversRemoved: [],
      manifest: {
        format: 1,
        gatecastVersion: '0.1.0',
        dialect: 'sqlite',
        created: '2026-03-01T02:30:00.000Z',
        database: { file: 'gatecast.db', bytes: 3_100_000, latestMigration: '0010_monitoring', check: 'ok' },
        rows: { gates: 3, screens: 41, messages: 212, playlists: 18, schedules: 25, assets: 530, users: 12 },
        blobs: {
          count: 1104,
          bytes: 1_200_000_000,
          copied: { count: 2, bytes: 300_000 },
          linked: { count: 1102, bytes: 1_199_700_000 },
          linkedFrom: 'gatecast-20260228-023000Z',
          referenced: 1104,
        },
        secretKey: { included: false, reason: 'SECRET_KEY is set' },
      },
    });
    expect(summary.split('\n')).toEqual([
      'Backup complete: /srv/backups/gatecast-20260301-023000Z',
      '  size      1.2 GB (3.4 MB newly written)',
      '  database  sqlite gatecast.db, 3.1 MB, migration 0010_monitoring, check ok',
      '  rows      3 gates, 41 screens, 212 messages, 18 playlists, 25 schedules, 530 assets, 12 users',
      '  blobs     1104 files, 1.2 GB (2 copied, 1102 hard-linked from gatecast-20260228-023000Z); 1104 referenced, all present',
      '  key       not included: SECRET_KEY is set',
      '  --keep    deleted gatecast-20260215-023000Z',
      '  took      4.2 s',
    ]);
  });

  it('prints sizes for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(2_000_000_000_000)).toBe('2.0 TB');
  });
});
