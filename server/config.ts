import { resolve } from 'node:path';
import { graphemeLength } from './domain/password.policy.ts';
import { allowedHostEntry } from './domain/webhook.target.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemo: boolean;
  adminToken: string | undefined;
  adminPassword: string | undefined;
  loginsPerMinute: number;
  trustProxy: boolean | number;
  publicUrl: string | undefined;
  horizonDays: number;
  maxUploadBytes: number;
  /** Largest image accepted, in pixels (width × height): the decompression-bomb limit. */
  maxImagePixels: number;
  /** Images processed at once by sharp. */
  imageWorkers: number;
  /** libvips threads per image (sharp.concurrency); 0 shares the cores among the workers. */
  imageThreads: number;
  /** How long an unreferenced blob is kept before the garbage collector removes it. */
  blobGcGraceMs: number;
  /** How long a player's pairing code stays valid. */
  pairingCodeMs: number;
  /** ENROLMENT_LINK_HOURS: how long a player link (its single-use enrolment token) works. */
  enrolmentLinkMs: number;
  /** SECRET_KEY: the key that seals secrets kept in the database; undefined = DATA_DIR/secret.key. */
  secretKey: string | undefined;
  /** FFMPEG_PATH: an ffmpeg executable, "none", or undefined to look for `ffmpeg` on PATH. */
  ffmpegPath: string | undefined;
  /** HEARTBEAT_SECONDS: how often players report (sent to them in every heartbeat reply). */
  heartbeatSeconds: number;
  /** HEARTBEAT_FLUSH_MS: how long heartbeats are buffered before one transaction writes them. */
  heartbeatFlushMs: number;
  /** A screen with no heartbeat for this long is offline (and alerted). */
  offlineAfterMs: number;
  /** A screen that came back is not alerted offline again until it has stayed up this long. */
  flapWindowMs: number;
  /** How long the per-minute heartbeat history is kept. */
  heartbeatRetentionMs: number;
  /** PLAYER_EVENTS_PER_MINUTE: the events a device may send on /player per minute, on average. */
  playerEventsPerMinute: number;
  /** PLAYER_EVENT_BURST: the events a device may send at once (after a quiet while). */
  playerEventBurst: number;
  /** PLAY_MAX_AGE_DAYS: proof of play older than this is refused (a closed reporting period stays closed). */
  playMaxAgeMs: number;
  /** REDIS_URL: Socket.IO's adapter for several controller processes; undefined for one process. */
  redisUrl: string | undefined;
  /** REDIS_PREFIX: the prefix of every Redis key of this deployment (several may share one Redis). */
  redisPrefix: string;
  /** WEBHOOK_ALLOWED_HOSTS: hosts (`host` or `host:port`) webhooks may reach although they are internal. */
  webhookAllowedHosts: string[];
}

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A configuration problem, reported at start with the variable's name. */
export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true/false), got "${raw}"`);
}

/** Reads and checks the configuration from environment variables; throws ConfigError naming the bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// or postgresql:// URL, got "${databaseUrl}"`);
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!(levels as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${levels.join(', ')}, got "${logLevel}"`);
  }
  const adminToken = env.ADMIN_TOKEN || undefined;
  if (adminToken !== undefined && adminToken.length < 24) {
    throw new ConfigError('ADMIN_TOKEN must be at least 24 characters long');
  }
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && graphemeLength(adminPassword) < 12) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 12 characters long');
  }
  const secretKey = env.SECRET_KEY || undefined;
  if (secretKey !== undefined && secretKey.length < 32) {
    throw new ConfigError('SECRET_KEY must be at least 32 characters long (e.g. openssl rand -base64 32)');
  }
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^/]+/.test(redisUrl)) {
    throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got "${redisUrl}"`);
  }
  const redisPrefix = env.REDIS_PREFIX ?? 'gatecast:';
  if (!/^[A-Za-z0-9:_-]{0,64}$/.test(redisPrefix)) {
    throw new ConfigError(
      `REDIS_PREFIX may hold letters, digits, ":", "_" and "-" only, got "${redisPrefix}"`,
    );
  }
  const webhookAllowedHosts = (env.WEBHOOK_ALLOWED_HOSTS ?? '')
    .split(',')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      try {
        return allowedHostEntry(entry);
      } catch (error) {
        throw new ConfigError(
          `WEBHOOK_ALLOWED_HOSTS must be a comma-separated list of host or host:port: ${(error as Error).message}`,
        );
      }
    });
  const publicUrl = env.PUBLIC_URL || undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  }
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl,
    logLevel: logLevel as Config['logLevel'],
    seedDemo: flag(env, 'SEED_DEMO', true),
    adminToken,
    adminPassword,
    loginsPerMinute: integer(env, 'LOGIN_RATE_PER_MINUTE', 10, 1, 10_000),
    // Behind a reverse proxy (TLS termination), the number of proxies to trust for the client address.
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10) || false,
    publicUrl: publicUrl?.replace(/\/+$/, ''),
    horizonDays: integer(env, 'HORIZON_DAYS', 7, 1, 31),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_MB', 500, 1, 10_000) * 1024 * 1024,
    maxImagePixels: integer(env, 'MAX_IMAGE_MEGAPIXELS', 100, 1, 1000) * 1_000_000,
    imageWorkers: integer(env, 'IMAGE_WORKERS', 2, 1, 16),
    imageThreads: integer(env, 'IMAGE_THREADS', 0, 0, 64),
    blobGcGraceMs: integer(env, 'BLOB_GC_GRACE_HOURS', 24, 0, 24 * 365) * 3_600_000,
    ffmpegPath: env.FFMPEG_PATH || undefined,
    pairingCodeMs: integer(env, 'PAIRING_CODE_MINUTES', 10, 1, 60) * 60_000,
    enrolmentLinkMs: integer(env, 'ENROLMENT_LINK_HOURS', 24, 1, 24 * 7) * 3_600_000,
    heartbeatSeconds: integer(env, 'HEARTBEAT_SECONDS', 30, 5, 3600),
    heartbeatFlushMs: integer(env, 'HEARTBEAT_FLUSH_MS', 1000, 10, 600_000),
    offlineAfterMs: integer(env, 'OFFLINE_AFTER_SECONDS', 180, 30, 86_400) * 1000,
    flapWindowMs: integer(env, 'FLAP_WINDOW_MINUTES', 15, 0, 1440) * 60_000,
    heartbeatRetentionMs: integer(env, 'HEARTBEAT_RETENTION_DAYS', 90, 1, 3650) * 86_400_000,
    playerEventsPerMinute: integer(env, 'PLAYER_EVENTS_PER_MINUTE', 120, 10, 100_000),
    playerEventBurst: integer(env, 'PLAYER_EVENT_BURST', 100, 10, 100_000),
    playMaxAgeMs: integer(env, 'PLAY_MAX_AGE_DAYS', 60, 1, 3650) * 86_400_000,
    redisUrl,
    redisPrefix,
    secretKey,
    webhookAllowedHosts,
  };
}

/** loadConfig for a command (the controller, the backup): a bad setting is named and the process exits 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}
