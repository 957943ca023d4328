import { resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type JSONSchemaType } from 'ajv/dist/2020.js';
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
  /** VALIDATE_RESPONSES (tests only): every REST response is checked against its route's contract. */
  validateResponses: boolean;
}

/** A configuration problem, reported at start with the variable's name. */
export class ConfigError extends Error {}

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const yes = ['1', 'true', 'yes'];
type Flag = '1' | 'true' | 'yes' | '0' | 'false' | 'no';

/** The environment variables as the schema leaves them: defaults filled in, numbers coerced. */
interface Environment {
  PORT: number;
  HOST: string;
  DATA_DIR: string;
  DATABASE_URL?: string;
  LOG_LEVEL: Config['logLevel'];
  SEED_DEMO: Flag;
  ADMIN_TOKEN?: string;
  ADMIN_PASSWORD?: string;
  LOGIN_RATE_PER_MINUTE: number;
  TRUST_PROXY: number;
  PUBLIC_URL?: string;
  HORIZON_DAYS: number;
  MAX_UPLOAD_MB: number;
  MAX_IMAGE_MEGAPIXELS: number;
  IMAGE_WORKERS: number;
  IMAGE_THREADS: number;
  BLOB_GC_GRACE_HOURS: number;
  FFMPEG_PATH?: string;
  PAIRING_CODE_MINUTES: number;
  ENROLMENT_LINK_HOURS: number;
  HEARTBEAT_SECONDS: number;
  HEARTBEAT_FLUSH_MS: number;
  OFFLINE_AFTER_SECONDS: number;
  FLAP_WINDOW_MINUTES: number;
  HEARTBEAT_RETENTION_DAYS: number;
  PLAYER_EVENTS_PER_MINUTE: number;
  PLAYER_EVENT_BURST: number;
  PLAY_MAX_AGE_DAYS: number;
  REDIS_URL?: string;
  REDIS_PREFIX: string;
  SECRET_KEY?: string;
  WEBHOOK_ALLOWED_HOSTS: string;
  VALIDATE_RESPONSES: Flag;
}

/** A whole number from `minimum` to `maximum` (ajv coerces the variable's text), `fallback` when unset. */
const whole = (fallback: number, minimum: number, maximum: number) => ({
  type: 'integer' as const,
  default: fallback,
  minimum,
  maximum,
  description: `must be a whole number from ${minimum} to ${maximum}`,
});
const flag = (fallback: '1' | '0') => ({
  type: 'string' as const,
  enum: ['1', 'true', 'yes', '0', 'false', 'no'] as Flag[],
  default: fallback,
  description: 'must be 1 or 0 (true/false)',
});
/** Text that names a resource; `description` says what it must be. */
const text = (pattern: string, description: string) => ({
  type: 'string' as const,
  nullable: true as const,
  pattern,
  description,
});
/**
 * A secret: `writeOnly`, so its value is never repeated in an error. minGraphemes counts characters as a
 * person does (see password.policy.ts).
 */
const secret = (minGraphemes: number, description: string) => ({
  type: 'string' as const,
  nullable: true as const,
  minGraphemes,
  writeOnly: true,
  description,
});

/**
 * Every environment variable the controller reads (README "Configuration"). A problem is reported as
 * `<NAME> <description>, got "<value>"` (the value left out for secrets).
 */
const environment: JSONSchemaType<Environment> = {
  type: 'object',
  properties: {
    PORT: whole(8080, 0, 65535),
    HOST: { type: 'string', default: '0.0.0.0' },
    DATA_DIR: { type: 'string', default: './data' },
    DATABASE_URL: text('^postgres(ql)?://', 'must be a postgres:// or postgresql:// URL'),
    LOG_LEVEL: {
      type: 'string',
      enum: [...levels],
      default: 'info',
      description: `must be one of ${levels.join(', ')}`,
    },
    SEED_DEMO: flag('1'),
    ADMIN_TOKEN: secret(24, 'must be at least 24 characters long'),
    ADMIN_PASSWORD: secret(12, 'must be at least 12 characters long'),
    LOGIN_RATE_PER_MINUTE: whole(10, 1, 10_000),
    // Behind a reverse proxy (TLS termination), the number of proxies to trust for the client address.
    TRUST_PROXY: whole(0, 0, 10),
    PUBLIC_URL: text('^https?://[^/]+', 'must be an http(s) URL'),
    HORIZON_DAYS: whole(7, 1, 31),
    MAX_UPLOAD_MB: whole(500, 1, 10_000),
    MAX_IMAGE_MEGAPIXELS: whole(100, 1, 1000),
    IMAGE_WORKERS: whole(2, 1, 16),
    IMAGE_THREADS: whole(0, 0, 64),
    BLOB_GC_GRACE_HOURS: whole(24, 0, 24 * 365),
    FFMPEG_PATH: { type: 'string', nullable: true },
    PAIRING_CODE_MINUTES: whole(10, 1, 60),
    ENROLMENT_LINK_HOURS: whole(24, 1, 24 * 7),
    HEARTBEAT_SECONDS: whole(30, 5, 3600),
    HEARTBEAT_FLUSH_MS: whole(1000, 10, 600_000),
    OFFLINE_AFTER_SECONDS: whole(180, 30, 86_400),
    FLAP_WINDOW_MINUTES: whole(15, 0, 1440),
    HEARTBEAT_RETENTION_DAYS: whole(90, 1, 3650),
    PLAYER_EVENTS_PER_MINUTE: whole(120, 10, 100_000),
    PLAYER_EVENT_BURST: whole(100, 10, 100_000),
    PLAY_MAX_AGE_DAYS: whole(60, 1, 3650),
    REDIS_URL: text('^rediss?://[^/]+', 'must be a redis:// or rediss:// URL'),
    REDIS_PREFIX: {
      type: 'string',
      default: 'gatecast:',
      pattern: '^[A-Za-z0-9:_-]{0,64}$',
      description: 'may hold letters, digits, ":", "_" and "-" only',
    },
    SECRET_KEY: secret(32, 'must be at least 32 characters long (e.g. openssl rand -base64 32)'),
    WEBHOOK_ALLOWED_HOSTS: { type: 'string', default: '' },
    VALIDATE_RESPONSES: flag('0'),
  },
  required: [],
};

const ajv = new Ajv2020({ coerceTypes: true, useDefaults: true, allErrors: false, strict: true });
ajv.addKeyword({
  keyword: 'minGraphemes',
  type: 'string',
  schemaType: 'number',
  validate: (min: number, value: string) => graphemeLength(value) >= min,
});
const checkEnvironment = ajv.compile(environment);

/** Reads and checks the configuration from environment variables; throws ConfigError naming the bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Only the variables named above; an empty one is unset (`FOO=` in a systemd EnvironmentFile), except
  // REDIS_PREFIX, where "" is a prefix like any other.
  const given = Object.keys(environment.properties as object).flatMap((name) => {
    const value = env[name];
    return value === undefined || (value === '' && name !== 'REDIS_PREFIX') ? [] : [[name, value] as const];
  });
  const e: unknown = Object.fromEntries(given);
  if (!checkEnvironment(e)) throw new ConfigError(problem(checkEnvironment.errors?.[0], env));
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    seedDemo: yes.includes(e.SEED_DEMO),
    adminToken: e.ADMIN_TOKEN,
    adminPassword: e.ADMIN_PASSWORD,
    loginsPerMinute: e.LOGIN_RATE_PER_MINUTE,
    trustProxy: e.TRUST_PROXY || false,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    horizonDays: e.HORIZON_DAYS,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    maxImagePixels: e.MAX_IMAGE_MEGAPIXELS * 1_000_000,
    imageWorkers: e.IMAGE_WORKERS,
    imageThreads: e.IMAGE_THREADS,
    blobGcGraceMs: e.BLOB_GC_GRACE_HOURS * 3_600_000,
    ffmpegPath: e.FFMPEG_PATH,
    pairingCodeMs: e.PAIRING_CODE_MINUTES * 60_000,
    enrolmentLinkMs: e.ENROLMENT_LINK_HOURS * 3_600_000,
    heartbeatSeconds: e.HEARTBEAT_SECONDS,
    heartbeatFlushMs: e.HEARTBEAT_FLUSH_MS,
    offlineAfterMs: e.OFFLINE_AFTER_SECONDS * 1000,
    flapWindowMs: e.FLAP_WINDOW_MINUTES * 60_000,
    heartbeatRetentionMs: e.HEARTBEAT_RETENTION_DAYS * 86_400_000,
    playerEventsPerMinute: e.PLAYER_EVENTS_PER_MINUTE,
    playerEventBurst: e.PLAYER_EVENT_BURST,
    playMaxAgeMs: e.PLAY_MAX_AGE_DAYS * 86_400_000,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    secretKey: e.SECRET_KEY,
    webhookAllowedHosts: allowedHosts(e.WEBHOOK_ALLOWED_HOSTS),
    validateResponses: yes.includes(e.VALIDATE_RESPONSES),
  };
}

/** The message for the first problem ajv found: the variable's name, what it must be, and what it is. */
function problem(error: ErrorObject | undefined, env: NodeJS.ProcessEnv): string {
  const name = error?.instancePath.slice(1) ?? '';
  const rule = (environment.properties as Record<string, { description?: string; writeOnly?: boolean }>)[
    name
  ];
  if (!rule?.description) return `${name || 'the environment'} ${error?.message ?? 'is not valid'}`;
  return rule.writeOnly
    ? `${name} ${rule.description}`
    : `${name} ${rule.description}, got "${env[name] ?? ''}"`;
}

/** WEBHOOK_ALLOWED_HOSTS: a comma-separated list of host or host:port, normalised. */
function allowedHosts(list: string): string[] {
  return list
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
