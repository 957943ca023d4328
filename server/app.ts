import type { Server as HttpServer } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { openChannels } from './composition/channels.ts';
import { prepareData } from './composition/first-start.ts';
import { startJobs } from './composition/jobs.ts';
import { listen, shutdown } from './composition/lifecycle.ts';
import { observability } from './composition/observability.ts';
import { createRepositories } from './composition/repositories.ts';
import { createServices } from './composition/services.ts';
import { openStorage } from './composition/storage.ts';
import { attachTransports } from './composition/transports.ts';
import type { Config } from './config.ts';
import type { HttpServices } from './http/http.app.ts';
import type { RouteTable } from './http/route.table.ts';
import type { GatecastServer } from './realtime/player.namespace.ts';
import type { Clock } from './repositories/clock.repository.ts';
import type { Db, DialectName } from './repositories/database.ts';
import type { ApiTokenService } from './services/api-token.service.ts';
import type { BlobGcService } from './services/blob-gc.service.ts';
import type { DeviceService } from './services/device.service.ts';
import type { EmergencyService } from './services/emergency.service.ts';
import type { HeartbeatService } from './services/heartbeat.service.ts';
import type { ManifestService } from './services/manifest.service.ts';
import type { MonitorService } from './services/monitor.service.ts';
import type { ReportService } from './services/report.service.ts';
import type { DemoPlayer } from './services/seed.service.ts';
import type { WebhookService } from './services/webhook.service.ts';

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

/**
 * The composition root: builds the controller in layers, each step from what the previous ones built
 * (server/composition/), then starts listening. No DI framework: every dependency is passed by hand.
 */
export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  const base = observability(config, options);
  const storage = await openStorage(config, options, base);
  const repos = createRepositories(config, storage);
  const channels = openChannels(storage);
  const services = createServices({ config, base, storage, repos, channels });
  // The metrics exist from the first step (the logger and the database count errors into them); their gauges
  // read the realtime layer and the monitor, built since, only when scraped.
  base.readGaugesFrom({
    connectedPlayers: () => channels.broadcaster.connectedCount(),
    statusCounts: () => services.api.monitor.statusCounts(),
  });
  const { httpApp, routes } = attachTransports({ config, base, storage, repos, channels, services });
  const { adminPassword, demoPlayers } = await prepareData(config, options, base, services);
  const jobs = options.jobs === false ? [] : startJobs({ config, base, storage, repos, services });
  const url = await listen(channels, config);

  const { api } = services;
  return {
    http: channels.http,
    io: channels.io,
    db: storage.db,
    dialect: storage.dialect,
    log: base.log,
    url,
    manifests: api.manifests,
    apiTokens: api.apiTokens,
    devices: api.devices,
    heartbeats: api.heartbeats,
    blobGc: services.blobGc,
    emergencies: api.emergencies,
    webhooks: api.webhooks,
    monitor: api.monitor,
    reports: api.reports,
    adminPassword,
    routes,
    httpApp,
    services: api,
    demoPlayers,
    close: shutdown({ base, storage, channels, services, jobs }),
  };
}
