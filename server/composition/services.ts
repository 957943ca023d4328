// Step 5 of startApp: the services, in groups, each built from repositories, channels and the services of
// the groups before it. Every service that reads or changes data checks the actor itself (AccessPolicy).
import type {
  GateInput,
  MessageInput,
  PlaylistInput,
  ScheduleInput,
  ScreenInput,
} from '../../schemas/types.ts';
import type { Config } from '../config.ts';
import type { Gate, Message, Playlist, Schedule, Screen } from '../domain/entities.ts';
import { deriveKey } from '../domain/sealing.ts';
import type { HttpServices } from '../http/http.app.ts';
import { storedHeartbeatTimes } from '../repositories/screen-alert.repository.ts';
import { AccessPolicy } from '../services/access.service.ts';
import { AlertFeedService } from '../services/alert-feed.service.ts';
import { AlertSourceService } from '../services/alert-source.service.ts';
import { AlertTemplateService } from '../services/alert-template.service.ts';
import { AlertService } from '../services/alert.service.ts';
import { AlertReportService } from '../services/alert-report.service.ts';
import { ApiTokenService } from '../services/api-token.service.ts';
import { ApprovalService } from '../services/approval.service.ts';
import { AssetService } from '../services/asset.service.ts';
import { AuditService } from '../services/audit.service.ts';
import { AuthService } from '../services/auth.service.ts';
import { BlackoutService } from '../services/blackout.service.ts';
import { BlobGcService } from '../services/blob-gc.service.ts';
import { DataDeliveryService } from '../services/data-delivery.service.ts';
import { DataPullService } from '../services/data-pull.service.ts';
import { DataSourceService } from '../services/data-source.service.ts';
import { GateCalendarService } from '../services/gate-calendar.service.ts';
import { DataValueService } from '../services/data-value.service.ts';
import { CommandService } from '../services/command.service.ts';
import { defaultEnrolmentLimits, DeviceService } from '../services/device.service.ts';
import { EmergencyService } from '../services/emergency.service.ts';
import { EmergencyProofService } from '../services/emergency-proof.service.ts';
import { playlistVersions } from '../services/entity.rules.ts';
import { EntityService } from '../services/entity.service.ts';
import { gateRules } from '../services/gate.rules.ts';
import { messageRules } from '../services/message.rules.ts';
import { playlistRules } from '../services/playlist.rules.ts';
import { scheduleRules } from '../services/schedule.rules.ts';
import { screenRules } from '../services/screen.rules.ts';
import { geometryGuard, liveBoard, ScreenGeometryService } from '../services/screen-geometry.service.ts';
import { HeartbeatService } from '../services/heartbeat.service.ts';
import { ManifestService } from '../services/manifest.service.ts';
import { LiveHeartbeats, MonitorService } from '../services/monitor.service.ts';
import { OverrideService } from '../services/override.service.ts';
import { defaultPairingLimits, PairingService } from '../services/pairing.service.ts';
import { PasswordCheckService } from '../services/password-check.service.ts';
import { ProofOfPlayService } from '../services/proof-of-play.service.ts';
import { RenditionService } from '../services/rendition.service.ts';
import { ReportService } from '../services/report.service.ts';
import { TotpService } from '../services/totp.service.ts';
import { UserService } from '../services/user.service.ts';
import { WebhookService } from '../services/webhook.service.ts';
import type { Channels } from './channels.ts';
import type { Observability } from './observability.ts';
import type { Repositories } from './repositories.ts';
import type { Storage } from './storage.ts';

export interface Services {
  /** Every service the API calls: the routes get these, and so does App.services. */
  api: HttpServices;
  /** Who may do what: the one rule every service, socket handler and job asks. */
  access: AccessPolicy;
  /** What overrides the schedule on screens now: emergencies and blackouts in force. */
  overrides: OverrideService;
  /** The blob store's garbage collector (a job runs it hourly). */
  blobGc: BlobGcService;
  /** Live values to players: on connect, and as they become current. */
  dataDelivery: DataDeliveryService;
}

/** What each group of services is built from. */
interface Parts {
  config: Config;
  base: Observability;
  storage: Storage;
  repos: Repositories;
  channels: Channels;
}

/** Builds every service: people, content, devices, overrides, monitoring. */
export function createServices(parts: Parts): Services {
  const people = peopleServices(parts);
  const content = contentServices(parts, people);
  const devices = deviceServices(parts, people);
  const overrides = overrideServices(parts, people);
  const monitoring = monitoringServices(parts, people);
  const geometry = new ScreenGeometryService({
    screens: parts.repos.entities.screens,
    geometry: parts.repos.screenGeometry,
    channel: parts.channels.broadcaster,
    listener: content.manifests,
    isLive: content.isLive,
    access: people.access,
    audit: people.audit,
    clock: parts.base.clock,
  });
  const alertTemplates = new AlertTemplateService({
    templates: parts.repos.alertTemplates,
    gates: parts.repos.entities.gates,
    access: people.access,
    audit: people.audit,
    clock: parts.base.clock,
  });
  const alertSources = new AlertSourceService({
    sources: parts.repos.alertSources,
    gates: parts.repos.entities.gates,
    access: people.access,
    audit: people.audit,
    clock: parts.base.clock,
  });
  const alerts = new AlertService({
    alerts: parts.repos.capAlerts,
    gates: parts.repos.entities.gates,
    screens: parts.repos.entities.screens,
    emergencies: overrides.emergencies,
    templates: alertTemplates,
    access: people.access,
    audit: people.audit,
    clock: parts.base.clock,
  });
  // Feeds (ATOM/RSS of CAP) read on a schedule by a job, or at once by an admin.
  const alertFeeds = new AlertFeedService({
    sources: parts.repos.alertSources,
    entries: parts.repos.alertFeeds,
    http: parts.repos.feedHttp.get,
    alerts,
    access: people.access,
    audit: people.audit,
    clock: parts.base.clock,
    log: parts.base.log,
  });
  // Live values: sources registered by admins, values pushed, pulled (a job every minute) or entered by hand.
  const dataSources = new DataSourceService({
    sources: parts.repos.dataSources,
    values: parts.repos.dataValues,
    gates: parts.repos.entities.gates,
    access: people.access,
    audit: people.audit,
    clock: parts.base.clock,
  });
  const dataValues = new DataValueService({
    sources: parts.repos.dataSources,
    values: parts.repos.dataValues,
    gates: parts.repos.entities.gates,
    access: people.access,
    audit: people.audit,
    clock: parts.base.clock,
    log: parts.base.log,
  });
  // Values that become current go to the players of the gates they reach, as small `data` updates.
  const dataDelivery = new DataDeliveryService({
    sources: parts.repos.dataSources,
    values: parts.repos.dataValues,
    gates: parts.repos.entities.gates,
    screens: parts.repos.entities.screens,
    channel: parts.channels.broadcaster,
    clock: parts.base.clock,
    access: people.access,
    configs: content.manifests,
  });
  dataValues.onAccepted((source, values) => {
    dataDelivery.accepted(source, values).catch((err: unknown) => {
      parts.base.log.error({ err, sourceId: source.id }, 'live values not delivered');
    });
  });
  dataSources.onChanged((scopes) => dataDelivery.sourceChanged(scopes));
  content.manifests.onScreenMoved((screenId, gateId) => {
    dataDelivery.screenMoved(screenId, gateId).catch((err: unknown) => {
      parts.base.log.error({ err, screenId }, 'live values not sent to a moved screen');
    });
  });
  const dataPulls = new DataPullService({
    sources: parts.repos.dataSources,
    gates: parts.repos.entities.gates,
    http: parts.repos.feedHttp.get,
    values: dataValues,
    access: people.access,
    audit: people.audit,
    clock: parts.base.clock,
    log: parts.base.log,
  });
  return {
    api: {
      audit: people.audit,
      auth: people.auth,
      totp: people.totp,
      users: people.users,
      apiTokens: people.apiTokens,
      gates: content.gates,
      screens: content.screens,
      messages: content.messages,
      playlists: content.playlists,
      schedules: content.schedules,
      approvals: content.approvals,
      assets: content.assets,
      manifests: content.manifests,
      devices: devices.devices,
      pairing: devices.pairing,
      emergencies: overrides.emergencies,
      emergencyProofs: overrides.emergencyProofs,
      blackouts: overrides.blackouts,
      overrides: overrides.overrides,
      commands: overrides.commands,
      geometry,
      alertTemplates,
      alertSources,
      alerts,
      alertReports: new AlertReportService({
        alerts,
        emergencies: overrides.emergencies,
        gates: parts.repos.entities.gates,
        screens: parts.repos.entities.screens,
        workbooks: parts.repos.workbooks,
        clock: parts.base.clock,
      }),
      alertFeeds,
      dataSources,
      dataValues,
      dataPulls,
      dataDelivery,
      gateCalendars: new GateCalendarService({
        calendars: parts.repos.gateCalendars,
        gates: parts.repos.entities.gates,
        messages: content.messages,
        approvals: content.approvals,
        publisher: content.manifests,
        access: people.access,
        audit: people.audit,
        clock: parts.base.clock,
      }),
      heartbeats: monitoring.heartbeats,
      plays: monitoring.plays,
      monitor: monitoring.monitor,
      reports: monitoring.reports,
      webhooks: monitoring.webhooks,
    },
    access: people.access,
    overrides: overrides.overrides,
    blobGc: content.blobGc,
    dataDelivery,
  };
}

type People = ReturnType<typeof peopleServices>;

/** Access, audit, people, sessions, second factors and API tokens. */
function peopleServices({ base, storage, repos }: Parts) {
  const { clock } = base;
  const access = new AccessPolicy(repos.entities);
  const audit = new AuditService({ repo: repos.audit, clock, access });
  const passwords = new PasswordCheckService({ hasher: repos.hasher, clock, limits: storage.rateLimits });
  const totp = new TotpService({
    users: repos.users,
    passwords,
    audit,
    clock,
    key: deriveKey(storage.secretKey, 'totp'),
    limits: storage.rateLimits,
  });
  const { users, sessions, hasher } = repos;
  return {
    access,
    audit,
    passwords,
    totp,
    auth: new AuthService({ users, sessions, hasher, audit, clock, totp, passwords }),
    users: new UserService({ users, sessions, hasher, access, audit, clock }),
    apiTokens: new ApiTokenService({ tokens: repos.apiTokens, audit, clock, access, users }),
  };
}

/** Content: the five nouns (with drafts and approval for messages, playlists, schedules), media, manifests. */
function contentServices({ config, base, storage, repos, channels }: Parts, { access, audit }: People) {
  const { clock, log, metrics } = base;
  const { entities } = repos;
  const { blobs } = storage;
  const renditions = new RenditionService({
    renditions: repos.renditions,
    blobs,
    images: repos.images,
    clock,
    log,
  });
  const manifests = new ManifestService({
    access,
    repos: entities,
    approved: repos.approvals,
    manifests: repos.manifests,
    broadcaster: channels.broadcaster,
    renditions,
    calendars: repos.gateCalendars,
    clock,
    log,
    horizonDays: config.horizonDays,
    metrics,
  });
  // What each noun must name, what blocks its delete, and which gates it touches (for scope).
  const ruleDeps = { repos: entities, approvals: repos.approvals, access };
  // A live LED board's region changes only through a preview (screen-geometry.service.ts).
  const isLive = liveBoard({
    tokens: repos.deviceTokens,
    latestHeartbeat: (id) => repos.heartbeats.latest(id),
  });
  const rules = {
    gate: gateRules(ruleDeps),
    screen: screenRules(ruleDeps, geometryGuard(isLive)),
    message: messageRules(ruleDeps),
    playlist: playlistRules(ruleDeps),
    schedule: scheduleRules(ruleDeps),
  };
  const approvals = new ApprovalService({
    approvals: repos.approvals,
    documents: entities,
    manifests: repos.manifests,
    rules,
    access,
    audit,
    clock,
    publisher: manifests,
  });
  const direct = { clock, listener: manifests, access, audit };
  // Messages, playlists and schedules are saved as drafts; only approved versions reach the screens.
  const reviewed = { ...direct, drafts: approvals };
  return {
    gates: new EntityService<GateInput, Gate>(entities.gates, rules.gate, direct),
    screens: new EntityService<ScreenInput, Screen>(entities.screens, rules.screen, direct),
    messages: new EntityService<MessageInput, Message>(entities.messages, rules.message, reviewed),
    playlists: new EntityService<PlaylistInput, Playlist>(entities.playlists, rules.playlist, reviewed),
    schedules: new EntityService<ScheduleInput, Schedule>(entities.schedules, rules.schedule, reviewed),
    approvals,
    manifests,
    isLive,
    assets: new AssetService({
      repos: entities,
      playlists: playlistVersions(entities, repos.approvals),
      blobs,
      images: repos.images,
      videos: repos.videos,
      renditions,
      manifests: repos.manifests,
      clock,
      maxBytes: config.maxUploadBytes,
      access,
      audit,
    }),
    blobGc: new BlobGcService({
      blobs,
      assets: entities.assets,
      renditions: repos.renditions,
      manifests: repos.manifests,
      clock,
      log,
      graceMs: config.blobGcGraceMs,
    }),
  };
}

/** Players' credentials: device tokens, single-use links and pairing codes. */
function deviceServices({ config, base, storage, repos, channels }: Parts, { access, audit }: People) {
  const { clock, log } = base;
  const devices = new DeviceService({
    access,
    tokens: repos.deviceTokens,
    screens: repos.entities.screens,
    audit,
    link: channels.broadcaster,
    clock,
    log,
    enrolment: { ...defaultEnrolmentLimits, ttlMs: config.enrolmentLinkMs },
    rateLimits: storage.rateLimits,
  });
  const pairing = new PairingService({
    access,
    pairings: repos.pairings,
    devices,
    audit,
    link: channels.pairingLink,
    clock,
    log,
    key: deriveKey(storage.secretKey, 'pairing'),
    limits: { ...defaultPairingLimits, codeTtlMs: config.pairingCodeMs },
    rateLimits: storage.rateLimits,
  });
  return { devices, pairing };
}

/** What overrides the schedule: emergencies, blackouts, and remote commands to one screen. */
function overrideServices({ base, repos, channels }: Parts, { access, audit }: People) {
  const { clock } = base;
  const { gates, screens } = repos.entities;
  const overrides = new OverrideService({
    emergencies: repos.emergencies,
    blackouts: repos.blackouts,
    screens,
    gates,
    access,
    users: repos.users,
    broadcaster: channels.broadcaster,
    clock,
  });
  const shared = { gates, screens, overrides, access, audit, clock };
  const emergencyProofs = new EmergencyProofService({
    proofs: repos.emergencyProofs,
    emergencies: repos.emergencies,
    screens,
    access,
    images: repos.images,
    clock,
  });
  const emergencies = new EmergencyService({
    emergencies: repos.emergencies,
    proofs: emergencyProofs,
    ...shared,
  });
  const blackouts = new BlackoutService({ blackouts: repos.blackouts, ...shared });
  const commands = new CommandService({
    commands: repos.commands,
    channel: channels.broadcaster,
    blackouts,
    audit,
    clock,
    access,
    images: repos.images,
  });
  return { overrides, emergencies, emergencyProofs, blackouts, commands };
}

/** Heartbeats, proof of play, the status model, its alerts (and the webhooks they go out by), the reports. */
function monitoringServices({ config, base, storage, repos }: Parts, { access, audit }: People) {
  const { clock, log, metrics } = base;
  const webhooks = new WebhookService({
    repo: repos.webhooks,
    http: repos.webhookHttp,
    access,
    audit,
    clock,
    log,
    key: deriveKey(storage.secretKey, 'webhook'),
  });
  const { gates, screens, messages, assets } = repos.entities;
  const heartbeats = new HeartbeatService({
    repo: repos.heartbeats,
    clock,
    log,
    options: { intervalSeconds: config.heartbeatSeconds, flushMs: config.heartbeatFlushMs, batchSize: 1000 },
    access,
  });
  // Status and alerts from heartbeats; webhooks and the console hear of them.
  const live = new LiveHeartbeats(() => storedHeartbeatTimes(storage.db));
  heartbeats.onHeartbeat((received) => {
    live.heard(received.screenId, received.receivedAt);
    metrics.heartbeat();
  });
  return {
    heartbeats,
    plays: new ProofOfPlayService({
      plays: repos.plays,
      screens,
      manifests: repos.manifests,
      clock,
      limits: { maxAgeMs: config.playMaxAgeMs },
      metrics,
      access,
    }),
    monitor: new MonitorService({
      screens,
      gates,
      heartbeats: live,
      alerts: repos.screenAlerts,
      webhooks,
      clock,
      log,
      intervalMs: config.heartbeatSeconds * 1000,
      offlineAfterMs: config.offlineAfterMs,
      flapWindowMs: config.flapWindowMs,
      access,
      states: () => repos.manifests.states(),
      latestHeartbeat: (screenId) => heartbeats.latestOf(screenId),
      metrics,
    }),
    reports: new ReportService({
      reports: repos.reports,
      gates,
      screens,
      messages,
      assets,
      access,
      clock,
      log,
      workbooks: repos.workbooks,
    }),
    webhooks,
  };
}
