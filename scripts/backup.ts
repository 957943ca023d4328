// `npm run backup -- <destination> [--keep N]`: an online, verified backup of this deployment (docs/BACKUP.md).
// Reads the same environment as the controller (DATA_DIR, DATABASE_URL, SECRET_KEY).
import pkg from '../package.json' with { type: 'json' };
import { loadConfigOrExit } from '../server/config.ts';
import { BackupError, backupSummary, parseBackupArgs, USAGE } from '../server/domain/backup.policy.ts';
import { BackupRepository } from '../server/repositories/backup.repository.ts';
import { LocalBlobStore } from '../server/repositories/blob.repository.ts';
import { systemClock } from '../server/repositories/clock.repository.ts';
import { BackupService } from '../server/services/backup.service.ts';

const parsed = parseBackupArgs(process.argv.slice(2));
if (parsed.ok === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (!parsed.ok) {
  console.error(`backup: ${parsed.message}\n\n${USAGE}`);
  process.exit(2);
}

const config = loadConfigOrExit();

const backups = new BackupService({
  files: new BackupRepository(),
  blobs: new LocalBlobStore(config.dataDir),
  clock: systemClock,
  settings: {
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    secretKeyConfigured: config.secretKey !== undefined,
    version: pkg.version,
  },
});
try {
  console.log(backupSummary(await backups.run(parsed.args)));
  process.exit(0);
} catch (error) {
  if (error instanceof BackupError) {
    console.error(`Backup failed: ${error.message}`);
    process.exit(error.exitCode);
  }
  // Unexpected (a disk error mid-copy, say): the .partial folder is already gone; the stack helps a report.
  console.error('Backup failed:', error);
  process.exit(1);
}
