import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import { pino, type Logger } from 'pino';
import { Server } from 'socket.io';
import type { GateInput, MessageInput, PlaylistInput, ScheduleInput, ScreenInput } from '../schemas/types.ts';
import type { Config } from './config.ts';
import type { Gate, Message, Playlist, Schedule, Screen } from './domain/entities.ts';
import { createHttpApp, type HttpServices } from './http/http.app.ts';
import type { RouteTable } from './http/route.table.ts';
import {
  attachPlayerHandlers,
  PlayerBroadcaster,
  playerNamespace,
  type GatecastServer,
} from './realtime/player.namespace.ts';
import { ApiTokenRepository } from './repositories/api-token.repository.ts';
import { ApprovalRepository } from './repositories/approval.repository.ts';
import { AuditRepository } from './repositories/audit.repository.ts';
import { BlackoutRepository } from './repositories/blackout.repository.ts';
import { EmergencyRepository } from './repositories/emergency.repository.ts';
import { LocalBlobStore } from './repositories/blob.repository.ts';
import { systemClock, type Clock } from './repositories/clock.repository.ts';
import { openDatabase, type Db, type DialectName } from './repositories/database.ts';
import { DeviceTokenRepository } from './repositories/device-token.repository.ts';
import { PairingRepository } from './repositories/pairing.repository.ts';
import { loadSecretKey } from './repositories/secret-key.repository.ts';
import { deriveKey } from './domain/sealing.ts';
import { attachPairingHandlers, PairingBroadcaster, pairingNamespace } from './realtime/pairing.namespace.ts';
import { attachConsoleHandlers, consoleNamespace } from './realtime/console.namespace.ts';
import { createEntityRepositories } from './repositories/entity.repositories.ts';
import { ImageRepository } from './repositories/image.repository.ts';
import { ManifestRepository } from './repositories/manifest.repository.ts';
import { RenditionRepository } from './repositories/rendition.repository.ts';
import { findFfmpeg, VideoRepository } from './repositories/video.repository.ts';
import { blobGcJob } from './jobs/blob-gc.job.ts';
import { emergencyExpiryJob } from './jobs/emergency-expiry.job.ts';
import { BlobGcService } from './services/blob-gc.service.ts';
import { RenditionService } from './services/rendition.service.ts';
import { PasswordHasher } from './repositories/password.repository.ts';
import { SessionRepository } from './repositories/session.repository.ts';
import { UserRepository } from './repositories/user.repository.ts';
import { AccessPolicy } from './services/access.service.ts';
import { ApiTokenService } from './services/api-token.service.ts';
import { ApprovalService } from './services/approval.service.ts';
import { AssetService } from './services/asset.service.ts';
import { PasswordCheckService } from './services/password-check.service.ts';
import { AuditService } from './services/audit.service.ts';
import { AuthService } from './services/auth.service.ts';
import { BlackoutService } from './services/blackout.service.ts';
import { CommandRepository } from './repositories/command.repository.ts';
import { HeartbeatRepository } from './repositories/heartbeat.repository.ts';
import { ProofOfPlayRepository } from './repositories/proof-of-play.repository.ts';
import { CommandService } from './services/command.service.ts';
import { HeartbeatService } from './services/heartbeat.service.ts';
import { ProofOfPlayService } from './services/proof-of-play.service.ts';
import { EmergencyService } from './services/emergency.service.ts';
import { WebhookService } from './services/webhook.service.ts';
import { LiveHeartbeats, MonitorService } from './services/monitor.service.ts';
import { ReportService } from './services/report.service.ts';
import { MetricsRepository, type ErrorSource } from './repositories/metrics.repository.ts';
import { EventBudget } from './domain/event.budget.ts';
import { ReportRepository } from './repositories/report.repository.ts';
import { ScreenAlertRepository, storedHeartbeatTimes } from './repositories/screen-alert.repository.ts';
import { monitorJob } from './jobs/monitor.job.ts';
import { clusterCron } from './jobs/cluster.job.ts';
import {
  PgAdvisoryLock,
  redisAdapter,
  soleProcess,
  type JobLock,
} from './repositories/cluster.repository.ts';
import { retentionJob, rollupJob } from './jobs/report.job.ts';
import { WebhookHttpRepository } from './repositories/webhook-http.repository.ts';
import { WebhookRepository } from './repositories/webhook.repository.ts';
import { OverrideService } from './services/override.service.ts';
import { defaultEnrolmentLimits, DeviceService } from './services/device.service.ts';
import { defaultPairingLimits, PairingService } from './services/pairing.service.ts';
import { memoryRateLimits, RedisRateLimits, type RateLimits } from './repositories/rate-limit.repository.ts';
import { TotpService } from './services/totp.service.ts';
import { createEntityRules, playlistVersions } from './services/entity.rules.ts';
import { EntityService } from './services/entity.service.ts';
import { ManifestService } from './services/manifest.service.ts';
import { SeedService, type DemoPlayer } from './services/seed.service.ts';
import { UserService } from './services/user.service.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The advisory lock (per database) whose holder runs the periodic jobs: "gatecast" in ASCII. */
const JOB_LOCK_KEY = 0x67617465;
const version = '0.1.0';

export interface App {
  http: HttpServer;
  io: GatecastServer;
  db: Db;
  dialect: DialectName;
  log: Logger;
  /** Base URL the server listens on, e.g. http://127.0.0.1:8080. */
  url: string;
  manifests: ManifestService;
  apiTokens: ApiTokenService;
  devices: DeviceService;
  /** Heartbeat ingestion: latest per screen, batched writes, a listener hook for the status model. */
  heartbeats: HeartbeatService;
  /** Status model and alerts (a job runs check() every 10 s; tests call it with their own clock). */
  monitor: MonitorService;
  /** Proof-of-play and availability reports. */
  reports: ReportService;
  /** Outgoing webhooks (a job delivers them every 10 s; tests call deliverDue with their own clock). */
  webhooks: WebhookService;
  /** Emergency messages (tests call expireDue with their own clock; a job does it every 15 s). */
  emergencies: EmergencyService;
  /** The blob store's garbage collector (run hourly by a job; tests call it with their own clock). */
  blobGc: BlobGcService;
  /** The first-start password of the user `admin`, to be printed once (undefined when not generated). */
  adminPassword: string | undefined;
  /** Every route with its authorisation rule. */
  routes: RouteTable;
  /** The Express application (tests walk its router to find routes without a rule). */
  httpApp: Express;
  /** Every service the API calls (the service-walk test calls each method as an out-of-scope actor). */
  services: HttpServices;
  /** A fresh single-use player link for each demo screen there is (SEED_DEMO), issued at this start. */
  demoPlayers: DemoPlayer[];
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  log?: Logger;
  /** SQLite file; defaults to DATA_DIR/gatecast.db (':memory:' in tests). */
  sqlitePath?: string;
  /** Run the periodic jobs (the rolling horizon). Off in tests, which drive the clock themselves. */
  jobs?: boolean;
  /** Where demo bundles are read from. */
  demoDir?: string;
}

/** The composition root: wires repositories, services, HTTP and Socket.IO by hand, and starts listening. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  // Metrics first: the logger counts the errors it is given (errorSource: http, socket), the database its
  // failed queries. Its gauges read the realtime layer and the monitor, built below, only when scraped.
  const metrics: MetricsRepository = new MetricsRepository({
    connectedPlayers: () => broadcaster.connectedCount(),
    statusCounts: () => monitor.statusCounts(),
  });
  const log =
    options.log ??
    pino({
      level: config.logLevel,
      hooks: {
        logMethod(args, method, level) {
          if (level >= 50) metrics.error(errorSourceOf(args[0]));
          method.apply(this, args);
        },
      },
    });
  const { db, dialect } = await openDatabase({
    url: config.databaseUrl,
    sqlitePath: options.sqlitePath ?? join(config.dataDir, 'gatecast.db'),
    onQueryError: () => {
      metrics.error('database');
    },
  });

  const repos = createEntityRepositories(db);
  const approvalRepo = new ApprovalRepository(db);
  const manifestRepo = new ManifestRepository(db);
  const blobs = new LocalBlobStore(config.dataDir);
  const renditionRepo = new RenditionRepository(db);
  const images = new ImageRepository({
    maxPixels: config.maxImagePixels,
    workers: config.imageWorkers,
    threadsPerImage: config.imageThreads,
  });
  const renditions = new RenditionService({ renditions: renditionRepo, blobs, images, clock, log });
  const blobGc = new BlobGcService({
    blobs,
    assets: repos.assets,
    renditions: renditionRepo,
    manifests: manifestRepo,
    clock,
    log,
    graceMs: config.blobGcGraceMs,
  });
  const sessions = new SessionRepository(db);
  const users = new UserRepository(db);
  const hasher = new PasswordHasher();

  // The HTTP server exists before the Express app so that Socket.IO can share it.
  const http = createServer();
  // Several controllers: Socket.IO's packets travel between them over Redis; one of them runs the jobs.
  const redis = config.redisUrl ? await redisAdapter(config.redisUrl, config.redisPrefix, log) : undefined;
  // The guessing limits (sign-in, second factor, pairing) count for the whole cluster, not per process.
  const rateLimits: RateLimits = config.redisUrl
    ? await RedisRateLimits.connect(config.redisUrl, config.redisPrefix, log)
    : memoryRateLimits;
  const jobLock: JobLock = config.databaseUrl
    ? new PgAdvisoryLock(config.databaseUrl, JOB_LOCK_KEY, log)
    : soleProcess;
  if (jobLock instanceof PgAdvisoryLock) await jobLock.attempt();
  const io: GatecastServer = new Server(http, {
    transports: ['websocket'],
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  const nsp = playerNamespace(io);

  const access = new AccessPolicy(repos);
  const audit = new AuditService({ repo: new AuditRepository(db), clock, access });
  const broadcaster = new PlayerBroadcaster(nsp);
  const manifests = new ManifestService({
    access,
    repos,
    approved: approvalRepo,
    manifests: manifestRepo,
    broadcaster,
    renditions,
    clock,
    log,
    horizonDays: config.horizonDays,
    metrics,
  });
  const apiTokens = new ApiTokenService({ tokens: new ApiTokenRepository(db), audit, clock, access });
  // The key that seals TOTP secrets and pairing codes lives outside the database (SECRET_KEY or a file).
  const secretKey = await loadSecretKey(config.dataDir, config.secretKey);
  const passwords = new PasswordCheckService({ hasher, clock, limits: rateLimits });
  const totp = new TotpService({
    users,
    passwords,
    audit,
    clock,
    key: deriveKey(secretKey, 'totp'),
    limits: rateLimits,
  });
  const auth = new AuthService({ users, sessions, hasher, audit, clock, totp, passwords });
  const devices = new DeviceService({
    access,
    tokens: new DeviceTokenRepository(db),
    screens: repos.screens,
    audit,
    link: broadcaster,
    clock,
    log,
    enrolment: { ...defaultEnrolmentLimits, ttlMs: config.enrolmentLinkMs },
    rateLimits,
  });
  const pairingNsp = pairingNamespace(io);
  const pairing = new PairingService({
    access,
    pairings: new PairingRepository(db),
    devices,
    audit,
    link: new PairingBroadcaster(pairingNsp),
    clock,
    log,
    key: deriveKey(secretKey, 'pairing'),
    limits: { ...defaultPairingLimits, codeTtlMs: config.pairingCodeMs },
    rateLimits,
  });
  const assets = new AssetService({
    repos,
    playlists: playlistVersions(repos, approvalRepo),
    blobs,
    images,
    videos: new VideoRepository(findFfmpeg(config.ffmpegPath)),
    renditions,
    manifests: manifestRepo,
    clock,
    maxBytes: config.maxUploadBytes,
    access,
    audit,
  });
  const webhooks = new WebhookService({
    repo: new WebhookRepository(db),
    http: new WebhookHttpRepository(config.webhookAllowedHosts),
    access,
    audit,
    clock,
    log,
    key: deriveKey(secretKey, 'webhook'),
  });
  const overrides = new OverrideService({
    emergencies: new EmergencyRepository(db),
    blackouts: new BlackoutRepository(db),
    screens: repos.screens,
    gates: repos.gates,
    access,
    broadcaster,
    clock,
  });
  const overrideDeps = { gates: repos.gates, screens: repos.screens, overrides, access, audit, clock };
  const emergencies = new EmergencyService({ emergencies: new EmergencyRepository(db), ...overrideDeps });
  const blackouts = new BlackoutService({ blackouts: new BlackoutRepository(db), ...overrideDeps });
  const heartbeats = new HeartbeatService({
    repo: new HeartbeatRepository(db),
    clock,
    log,
    options: { intervalSeconds: config.heartbeatSeconds, flushMs: config.heartbeatFlushMs, batchSize: 1000 },
    access,
  });
  const plays = new ProofOfPlayService({
    plays: new ProofOfPlayRepository(db),
    screens: repos.screens,
    manifests: manifestRepo,
    clock,
    limits: { maxAgeMs: config.playMaxAgeMs },
    metrics,
    access,
  });
  const commands = new CommandService({
    commands: new CommandRepository(db),
    channel: broadcaster,
    blackouts,
    audit,
    clock,
    access,
  });
  // Status and alerts from heartbeats; webhooks and the console hear of them.
  const liveHeartbeats = new LiveHeartbeats(() => storedHeartbeatTimes(db));
  heartbeats.onHeartbeat((received) => {
    liveHeartbeats.heard(received.screenId, received.receivedAt);
    metrics.heartbeat();
  });
  const monitor = new MonitorService({
    screens: repos.screens,
    gates: repos.gates,
    heartbeats: liveHeartbeats,
    alerts: new ScreenAlertRepository(db),
    webhooks,
    clock,
    log,
    intervalMs: config.heartbeatSeconds * 1000,
    offlineAfterMs: config.offlineAfterMs,
    flapWindowMs: config.flapWindowMs,
    access,
    states: () => manifestRepo.states(),
    latestHeartbeat: (screenId) => heartbeats.latestOf(screenId),
    metrics,
  });
  const reportRepo = new ReportRepository(db);
  const reports = new ReportService({
    reports: reportRepo,
    gates: repos.gates,
    screens: repos.screens,
    messages: repos.messages,
    assets: repos.assets,
    access,
    clock,
    log,
  });
  const rules = createEntityRules(repos, approvalRepo, access);
  const entityDeps = { clock, listener: manifests, access, audit };
  const approvals = new ApprovalService({
    approvals: approvalRepo,
    documents: repos,
    rules,
    access,
    audit,
    clock,
    publisher: manifests,
  });
  // Messages, playlists and schedules are saved as drafts; only approved versions reach the screens.
  const reviewed = { ...entityDeps, drafts: approvals };
  const services = {
    gates: new EntityService<GateInput, Gate>(repos.gates, rules.gate, entityDeps),
    screens: new EntityService<ScreenInput, Screen>(repos.screens, rules.screen, entityDeps),
    messages: new EntityService<MessageInput, Message>(repos.messages, rules.message, reviewed),
    playlists: new EntityService<PlaylistInput, Playlist>(repos.playlists, rules.playlist, reviewed),
    schedules: new EntityService<ScheduleInput, Schedule>(repos.schedules, rules.schedule, reviewed),
    approvals,
    assets,
    manifests,
    devices,
    pairing,
    totp,
    apiTokens,
    auth,
    users: new UserService({ users, sessions, hasher, access, audit, clock }),
    audit,
    emergencies,
    blackouts,
    webhooks,
    heartbeats,
    plays,
    commands,
    reports,
    monitor,
  };

  // Each device token's budget on /player: a flood is refused, a device that keeps on is cut off a minute.
  const budget = new EventBudget({
    perMinute: config.playerEventsPerMinute,
    burst: config.playerEventBurst,
    strikes: 50,
    strikeDecayMs: 2_000,
    penaltyMs: 60_000,
  });
  attachPlayerHandlers(nsp, {
    devices,
    manifests,
    overrides,
    emergencies,
    heartbeats,
    plays,
    budget,
    metrics,
    clock,
    log,
  });
  attachPairingHandlers(pairingNsp, { pairing, devices, trustProxy: config.trustProxy, log });
  attachConsoleHandlers(consoleNamespace(io), {
    auth,
    access,
    manifests,
    screens: repos.screens,
    approvals,
    emergencies,
    monitor,
    clock,
    log,
    origin: { publicUrl: config.publicUrl, trustProxy: config.trustProxy },
  });
  const { app, routes } = createHttpApp(services, {
    version,
    database: dialect,
    distDir: join(root, 'dist'),
    loginsPerMinute: config.loginsPerMinute,
    loginStore: rateLimits.store('login'),
    trustProxy: config.trustProxy,
    log,
  });
  http.on('request', app);

  await apiTokens.registerConfigured(config.adminToken);
  const adminPassword = await auth.bootstrapAdmin(config.adminPassword);
  await totp.sealLegacySecrets();
  const demoPlayers = config.seedDemo
    ? await new SeedService({ services, approvals, devices, manifests, log }).seedAndLink(
        options.demoDir ?? join(root, 'playlists'),
      )
    : [];
  await manifests.publish();

  // The horizon starts at the gate's local midnight, so recompiling hourly keeps 7 days ahead of every player.
  const jobs =
    options.jobs === false
      ? []
      : [
          clusterCron(jobLock, '0 7 * * * *', async () => {
            await manifests.publish();
          }),
          blobGcJob(jobLock, blobGc, log),
          emergencyExpiryJob(jobLock, emergencies, log),
          monitorJob(jobLock, monitor, webhooks, log),
          rollupJob(jobLock, reports, log),
          retentionJob(jobLock, reportRepo, clock, config.heartbeatRetentionMs, log),
        ];

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => {
      resolve();
    });
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      for (const job of jobs) job.stop();
      // Stop accepting, let in-flight requests finish, then drop the players (they reconnect elsewhere).
      const httpClosed = new Promise<void>((resolve) =>
        http.close(() => {
          resolve();
        }),
      );
      http.closeIdleConnections();
      // Every namespace (players, consoles), not only '/': each client's one connection is closed.
      io.engine.close();
      await httpClosed;
      await manifests.publish().catch(() => undefined);
      await manifests.close(); // acks waiting for their batch are stored before the database closes
      await heartbeats.close(); // what is buffered is written before the database closes
      await jobLock.close();
      await redis?.close();
      await rateLimits.close();
      await db.destroy();
      log.info('closed');
    })());

  return {
    http,
    io,
    db,
    dialect,
    log,
    url,
    manifests,
    apiTokens,
    devices,
    heartbeats,
    blobGc,
    emergencies,
    webhooks,
    monitor,
    reports,
    adminPassword,
    routes,
    httpApp: app,
    services,
    demoPlayers,
    close,
  };
}

/** Which part of the controller an error log came from (the field the error handlers set). */
function errorSourceOf(first: unknown): ErrorSource {
  const source =
    first && typeof first === 'object' ? (first as { errorSource?: unknown }).errorSource : undefined;
  return source === 'http' || source === 'socket' || source === 'database' ? source : 'other';
}
