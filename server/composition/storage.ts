// Step 2 of startApp: everything that holds state outside the process. The database (migrated), the blob
// store, the secret key, and what several controllers share: Redis (Socket.IO's adapter, the guessing
// limits) and the lock that elects the one controller running the periodic jobs.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { LocalBlobStore } from '../repositories/blob.repository.ts';
import {
  PgAdvisoryLock,
  redisAdapter,
  soleProcess,
  type JobLock,
} from '../repositories/cluster.repository.ts';
import { openDatabase, type Db, type DialectName } from '../repositories/database.ts';
import { memoryRateLimits, RedisRateLimits, type RateLimits } from '../repositories/rate-limit.repository.ts';
import { loadSecretKey } from '../repositories/secret-key.repository.ts';
import type { Observability } from './observability.ts';

/** The advisory lock (per database) whose holder runs the periodic jobs: "gatecast" in ASCII. */
const JOB_LOCK_KEY = 0x67617465;

export interface Storage {
  db: Db;
  dialect: DialectName;
  blobs: LocalBlobStore;
  /** The key that seals TOTP secrets, pairing codes and webhook secrets: SECRET_KEY or DATA_DIR/secret.key. */
  secretKey: Buffer;
  /** Socket.IO's Redis adapter when REDIS_URL is set (several controllers). */
  redis: Awaited<ReturnType<typeof redisAdapter>> | undefined;
  /** The guessing limits (sign-in, second factor, pairing): in Redis for the whole cluster, else in memory. */
  rateLimits: RateLimits;
  /** Whether this process runs the periodic jobs: a PostgreSQL advisory lock, or always with SQLite. */
  jobLock: JobLock;
  /** Releases the lock and Redis, then closes the database: the last step of a shutdown. */
  close(): Promise<void>;
}

/** Opens (and migrates) the database, the blob store and the cluster's shared state. */
export async function openStorage(
  config: Config,
  options: { sqlitePath?: string },
  { log, metrics }: Observability,
): Promise<Storage> {
  const { db, dialect } = await openDatabase({
    url: config.databaseUrl,
    sqlitePath: options.sqlitePath ?? join(config.dataDir, 'gatecast.db'),
    onQueryError: () => {
      metrics.error('database');
    },
  });
  const redis = config.redisUrl ? await redisAdapter(config.redisUrl, config.redisPrefix, log) : undefined;
  const rateLimits = config.redisUrl
    ? await RedisRateLimits.connect(config.redisUrl, config.redisPrefix, log)
    : memoryRateLimits;
  const jobLock = config.databaseUrl
    ? new PgAdvisoryLock(config.databaseUrl, JOB_LOCK_KEY, log)
    : soleProcess;
  if (jobLock instanceof PgAdvisoryLock) await jobLock.attempt();
  const secretKey = await loadSecretKey(config.dataDir, config.secretKey);
  return {
    db,
    dialect,
    blobs: new LocalBlobStore(config.dataDir),
    secretKey,
    redis,
    rateLimits,
    jobLock,
    async close() {
      await jobLock.close();
      await redis?.close();
      await rateLimits.close();
      await db.destroy();
    },
  };
}
