import type { Store } from 'express-rate-limit';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type {
  GateInput,
  MessageInput,
  PlaylistInput,
  ScheduleInput,
  ScreenInput,
} from '../../schemas/types.ts';
import type { Gate, Message, Playlist, Schedule, Screen } from '../domain/entities.ts';
import { DomainError } from '../domain/errors.ts';
import { jsonTextTooDeep, tooDeep } from '../domain/json.depth.ts';
import type { AlertSourceService } from '../services/alert-source.service.ts';
import type { DataDeliveryService } from '../services/data-delivery.service.ts';
import type { DataPullService } from '../services/data-pull.service.ts';
import type { DataSourceService } from '../services/data-source.service.ts';
import type { DataValueService } from '../services/data-value.service.ts';
import type { GateCalendarService } from '../services/gate-calendar.service.ts';
import type { AlertTemplateService } from '../services/alert-template.service.ts';
import type { AlertService } from '../services/alert.service.ts';
import type { AlertReportService } from '../services/alert-report.service.ts';
import type { AlertFeedService } from '../services/alert-feed.service.ts';
import type { ApiTokenService } from '../services/api-token.service.ts';
import type { ApprovalService } from '../services/approval.service.ts';
import type { AssetService } from '../services/asset.service.ts';
import type { AuditService } from '../services/audit.service.ts';
import type { AuthService } from '../services/auth.service.ts';
import type { BlackoutService } from '../services/blackout.service.ts';
import type { CommandService } from '../services/command.service.ts';
import type { ScreenGeometryService } from '../services/screen-geometry.service.ts';
import type { HeartbeatService } from '../services/heartbeat.service.ts';
import type { ProofOfPlayService } from '../services/proof-of-play.service.ts';
import type { WebhookService } from '../services/webhook.service.ts';
import type { ReportService } from '../services/report.service.ts';
import type { MonitorService } from '../services/monitor.service.ts';
import type { EmergencyService } from '../services/emergency.service.ts';
import type { EmergencyProofService } from '../services/emergency-proof.service.ts';
import type { OverrideService } from '../services/override.service.ts';
import type { DeviceService } from '../services/device.service.ts';
import type { EntityService } from '../services/entity.service.ts';
import type { ManifestService } from '../services/manifest.service.ts';
import type { PairingService } from '../services/pairing.service.ts';
import type { TotpService } from '../services/totp.service.ts';
import type { UserService } from '../services/user.service.ts';
import { alertTemplateRoutes } from './alert-template.routes.ts';
import { alertRoutes, alertSourceRoutes, capRoutes } from './alert.routes.ts';
import { alertFeedRoutes } from './alert-feed.routes.ts';
import { dataPushRoutes, dataSourceRoutes, dataValueRoutes } from './data.routes.ts';
import { gateCalendarRoutes } from './gate-calendar.routes.ts';
import { approvalQueueRoutes, approvalRoutes } from './approval.routes.ts';
import { assetRoutes, mediaRoutes } from './asset.routes.ts';
import { authenticate } from './auth.middleware.ts';
import { authRoutes } from './auth.routes.ts';
import { resourceRoutes } from './entity.routes.ts';
import { apiNotFound, errorHandler } from './error.middleware.ts';
import { openApiDocument } from './openapi.ts';
import { blackoutRoutes, emergencyRoutes, overrideRoutes } from './override.routes.ts';
import { webhookRoutes } from './webhook.routes.ts';
import { reportRoutes } from './report.routes.ts';
import { fleetRoutes } from './fleet.routes.ts';
import { metricsRoutes } from './metrics.routes.ts';
import { checkResponses } from './contract.check.ts';
import { empty, json as ok } from './contract.ts';
import { RouteTable, type GuardedRouter, type RouterOptions } from './route.table.ts';
import { screenExtraRoutes } from './screen.routes.ts';
import { commandRoutes } from './command.routes.ts';
import { emergencyProofRoutes, screenEmergencyProofRoutes } from './emergency-proof.routes.ts';
import { screenGeometryRoutes } from './screen-geometry.routes.ts';
import { heartbeatRoutes } from './heartbeat.routes.ts';
import { proofOfPlayRoutes } from './proof-of-play.routes.ts';
import { apiTokenRoutes, auditRoutes, userRoutes } from './user.routes.ts';

export interface HttpServices {
  gates: EntityService<GateInput, Gate>;
  screens: EntityService<ScreenInput, Screen>;
  messages: EntityService<MessageInput, Message>;
  playlists: EntityService<PlaylistInput, Playlist>;
  schedules: EntityService<ScheduleInput, Schedule>;
  approvals: ApprovalService;
  assets: AssetService;
  manifests: ManifestService;
  devices: DeviceService;
  pairing: PairingService;
  totp: TotpService;
  apiTokens: ApiTokenService;
  auth: AuthService;
  users: UserService;
  audit: AuditService;
  emergencies: EmergencyService;
  emergencyProofs: EmergencyProofService;
  blackouts: BlackoutService;
  overrides: OverrideService;
  heartbeats: HeartbeatService;
  plays: ProofOfPlayService;
  commands: CommandService;
  geometry: ScreenGeometryService;
  webhooks: WebhookService;
  reports: ReportService;
  monitor: MonitorService;
  alertTemplates: AlertTemplateService;
  alertSources: AlertSourceService;
  alerts: AlertService;
  alertReports: AlertReportService;
  alertFeeds: AlertFeedService;
  dataSources: DataSourceService;
  dataValues: DataValueService;
  dataPulls: DataPullService;
  dataDelivery: DataDeliveryService;
  gateCalendars: GateCalendarService;
}

export interface HttpOptions {
  version: string;
  database: string;
  /** Where the built player and console are (dist/). */
  distDir: string;
  loginsPerMinute: number;
  /** Where sign-in attempts are counted; undefined counts them in this process's memory. */
  loginStore?: Store | undefined;
  trustProxy: boolean | number;
  log: Logger;
  /** VALIDATE_RESPONSES (tests only): hold every response to its route's contract (contract.check.ts). */
  validateResponses?: boolean | undefined;
}

// Scripts, styles, fonts and media come from the controller only; nothing inline, nothing from elsewhere.
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'blob:', 'data:'],
    mediaSrc: ["'self'", 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

const healthReply = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'version', 'database', 'uptimeSeconds'],
  properties: {
    status: { const: 'ok' },
    version: { type: 'string' },
    database: { type: 'string', enum: ['sqlite', 'postgres'] },
    uptimeSeconds: { type: 'integer', minimum: 0 },
  },
};

/**
 * express.json, 1 MB, with the nesting depth counted on the raw bytes before JSON.parse: a few kilobytes of
 * brackets would otherwise overflow the stack of whatever copies or walks the parsed body (answered 500).
 */
function jsonBody(type?: (req: IncomingMessage) => boolean) {
  return express.json({
    limit: '1mb',
    ...(type ? { type } : {}),
    verify: (_req, _res, buf, encoding) => {
      if (jsonTextTooDeep(utf8(encoding) ? buf : decodeJson(buf, encoding))) throw tooDeep();
    },
  });
}

const utf8 = (encoding: string) => /^utf-?8$/i.test(encoding);

// The JSON parser takes any utf-* charset; count in the text TextDecoder reads, or refuse what it cannot read.
function decodeJson(buf: Buffer, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(buf);
  } catch {
    throw new DomainError('unsupported_charset', 415, `send JSON as UTF-8, not ${encoding}`);
  }
}

/** The Express application: security headers, the guarded API, media, and the player and console shells. */
export function createHttpApp(
  services: HttpServices,
  options: HttpOptions,
): { app: Express; routes: RouteTable } {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy);
  const table = new RouteTable({ checked: options.validateResponses === true });
  if (options.validateResponses) app.use(checkResponses(table, options.log));
  app.use(helmet({ contentSecurityPolicy }));

  const json = jsonBody();
  app.use(
    authenticate(
      services.apiTokens,
      services.auth,
      services.devices,
      services.alertSources,
      services.dataSources,
    ),
  );

  const health = table.router('/healthz');
  health.get(
    '/',
    {
      public: true,
      summary: 'Whether the controller is up, with its version and database',
      responses: { 200: ok(healthReply) },
    },
    (_req, res) => {
      res.json({
        status: 'ok',
        version: options.version,
        database: options.database,
        uptimeSeconds: Math.round(process.uptime()),
      });
    },
  );
  app.use('/healthz', health.express);

  // Built on first request, when every route is in the table.
  let openapi: object | undefined;
  const docs = table.router('/api/openapi.json');
  docs.get(
    '/',
    {
      signedIn: true,
      summary: 'This document: the OpenAPI 3.1 description of the REST API',
      responses: { 200: ok({ type: 'object', required: ['openapi', 'paths'] }) },
    },
    (_req, res) => {
      res.json((openapi ??= openApiDocument(options.version, table.routes)));
    },
  );
  app.use('/api/openapi.json', docs.express);

  const prometheus = table.router('/metrics');
  metricsRoutes(prometheus, services.monitor);
  app.use('/metrics', prometheus.express);

  const media = table.router('/media');
  mediaRoutes(media, services.assets);
  app.use('/media', media.express);

  const everyMethod = ['get', 'post', 'put', 'delete'] as const;
  const mount = (
    path: string,
    build: (router: GuardedRouter) => void,
    parsers: RouterOptions = { json: { parser: json, methods: everyMethod } },
  ) => {
    const router = table.router(`/api/v1${path}`, parsers);
    build(router);
    app.use(`/api/v1${path}`, router.express);
  };
  // Uploads (POST /) stream raw bytes; the other asset routes (PUT of name and tags) take JSON.
  mount(
    '/assets',
    (r) => {
      assetRoutes(r, services.assets);
    },
    {
      json: {
        parser: jsonBody(
          (req) => req.method !== 'POST' && /^application\/json\b/.test(req.headers['content-type'] ?? ''),
        ),
        methods: ['get', 'put', 'delete'],
      },
    },
  );
  mount('/auth', (r) => {
    authRoutes(r, services.auth, services.totp, {
      loginsPerMinute: options.loginsPerMinute,
      store: options.loginStore,
    });
  });
  mount('/users', (r) => {
    userRoutes(r, services.users);
  });
  mount('/tokens', (r) => {
    apiTokenRoutes(r, services.apiTokens);
  });
  mount('/audit', (r) => {
    auditRoutes(r, services.audit);
  });
  mount('/gates', (r) => {
    gateCalendarRoutes(r, services.gateCalendars);
    resourceRoutes(r, services.gates, { one: 'gate', many: 'gates' });
  });
  mount('/emergencies', (r) => {
    emergencyRoutes(r, services.emergencies);
    emergencyProofRoutes(r, services.emergencyProofs);
  });
  mount('/fleet', (r) => {
    fleetRoutes(r, services.monitor);
  });
  mount('/reports', (r) => {
    reportRoutes(r, services.reports);
  });
  mount('/webhooks', (r) => {
    webhookRoutes(r, services.webhooks);
  });
  mount('/blackouts', (r) => {
    blackoutRoutes(r, services.blackouts);
  });
  mount('/overrides', (r) => {
    overrideRoutes(r, services.overrides);
  });
  mount('/screens', (r) => {
    screenExtraRoutes(r, services.devices, services.manifests, services.pairing, services.dataDelivery);
    heartbeatRoutes(r, services.heartbeats);
    proofOfPlayRoutes(r, services.plays);
    commandRoutes(r, services.commands);
    screenEmergencyProofRoutes(r, services.emergencyProofs);
    screenGeometryRoutes(r, services.geometry);
    resourceRoutes(r, services.screens, { one: 'screen', many: 'screens' });
  });
  mount('/messages', (r) => {
    approvalRoutes(r, services.approvals, 'message');
    resourceRoutes(r, services.messages, { one: 'message', many: 'messages' });
  });
  mount('/playlists', (r) => {
    approvalRoutes(r, services.approvals, 'playlist');
    resourceRoutes(r, services.playlists, { one: 'playlist', many: 'playlists' });
  });
  mount('/schedules', (r) => {
    approvalRoutes(r, services.approvals, 'schedule');
    resourceRoutes(r, services.schedules, { one: 'schedule', many: 'schedules' });
  });
  mount('/approvals', (r) => {
    approvalQueueRoutes(r, services.approvals);
  });
  mount('/alert-templates', (r) => {
    alertTemplateRoutes(r, services.alertTemplates);
  });
  // CAP documents are XML: the routes read raw bytes, and nothing is parsed as JSON.
  mount(
    '/cap',
    (r) => {
      capRoutes(r, services.alerts);
    },
    {},
  );
  mount('/alerts', (r) => {
    alertRoutes(r, services.alerts, services.alertReports);
  });
  mount('/alert-sources', (r) => {
    alertSourceRoutes(r, services.alertSources);
    alertFeedRoutes(r, services.alertFeeds);
  });
  mount('/data-sources', (r) => {
    dataSourceRoutes(r, services.dataSources, services.dataValues, services.dataPulls);
  });
  mount('/data-values', (r) => {
    dataValueRoutes(r, services.dataValues);
  });
  mount('/data', (r) => {
    dataPushRoutes(r, services.dataValues);
  });
  app.use('/api', apiNotFound);

  // The console frames the player's preview page (same origin) to draw a draft as a screen would; every
  // other page stays unframeable.
  app.use(
    '/player/preview.html',
    helmet.contentSecurityPolicy({
      ...contentSecurityPolicy,
      directives: { ...contentSecurityPolicy.directives, frameAncestors: ["'self'"] },
    }),
  );
  for (const shell of ['player', 'console']) {
    const dir = join(options.distDir, shell);
    if (existsSync(dir)) {
      app.use(`/${shell}`, express.static(dir, { index: 'index.html', maxAge: 0 }));
    } else {
      app.use(`/${shell}`, (_req, res) => {
        res.status(503).type('text').send(`The ${shell} is not built: run "npm run build".`);
      });
    }
  }
  const home = table.router('');
  home.get(
    '/',
    { public: true, summary: 'The console', responses: { 302: empty('To the console') } },
    (_req, res) => {
      res.redirect('/console/');
    },
  );
  app.use(home.express);
  app.use(errorHandler(options.log));
  return { app, routes: table };
}
