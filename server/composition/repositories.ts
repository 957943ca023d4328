// Step 3 of startApp: one instance of every repository (database tables, sharp, ffmpeg, argon2, outgoing
// HTTP). Repositories hold no state of their own beyond what they wrap, so services may share them.
import type { Config } from '../config.ts';
import { AlertFeedRepository } from '../repositories/alert-feed.repository.ts';
import { AlertSourceRepository } from '../repositories/alert-source.repository.ts';
import { AlertTemplateRepository } from '../repositories/alert-template.repository.ts';
import { CapAlertRepository } from '../repositories/cap-alert.repository.ts';
import { DataSourceRepository } from '../repositories/data-source.repository.ts';
import { DataValueRepository } from '../repositories/data-value.repository.ts';
import { GateCalendarRepository } from '../repositories/gate-calendar.repository.ts';
import { ApiTokenRepository } from '../repositories/api-token.repository.ts';
import { ApprovalRepository } from '../repositories/approval.repository.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { BlackoutRepository } from '../repositories/blackout.repository.ts';
import { CommandRepository } from '../repositories/command.repository.ts';
import { DeviceTokenRepository } from '../repositories/device-token.repository.ts';
import { EmergencyRepository } from '../repositories/emergency.repository.ts';
import { FeedHttpRepository } from '../repositories/feed-http.repository.ts';
import { EmergencyProofRepository } from '../repositories/emergency-proof.repository.ts';
import { createEntityRepositories, type EntityRepositories } from '../repositories/entity.repositories.ts';
import { HeartbeatRepository } from '../repositories/heartbeat.repository.ts';
import { ImageRepository } from '../repositories/image.repository.ts';
import { ManifestRepository } from '../repositories/manifest.repository.ts';
import { PairingRepository } from '../repositories/pairing.repository.ts';
import { PasswordHasher } from '../repositories/password.repository.ts';
import { ProofOfPlayRepository } from '../repositories/proof-of-play.repository.ts';
import { RenditionRepository } from '../repositories/rendition.repository.ts';
import { ReportRepository } from '../repositories/report.repository.ts';
import { ScreenAlertRepository } from '../repositories/screen-alert.repository.ts';
import { ScreenGeometryRepository } from '../repositories/screen-geometry.repository.ts';
import { SessionRepository } from '../repositories/session.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { findFfmpeg, VideoRepository } from '../repositories/video.repository.ts';
import { WebhookHttpRepository } from '../repositories/webhook-http.repository.ts';
import { WebhookRepository } from '../repositories/webhook.repository.ts';
import { WorkbookRepository } from '../repositories/workbook.repository.ts';
import type { Storage } from './storage.ts';

export interface Repositories {
  /** Gates, screens, messages, playlists, schedules and assets (working copies). */
  entities: EntityRepositories;
  /** Approval states and the approved versions of messages, playlists and schedules. */
  approvals: ApprovalRepository;
  manifests: ManifestRepository;
  renditions: RenditionRepository;
  images: ImageRepository;
  videos: VideoRepository;
  users: UserRepository;
  sessions: SessionRepository;
  hasher: PasswordHasher;
  apiTokens: ApiTokenRepository;
  deviceTokens: DeviceTokenRepository;
  pairings: PairingRepository;
  audit: AuditRepository;
  emergencies: EmergencyRepository;
  /** The authorities that send CAP alerts, and the alerts received (byte for byte). */
  alertSources: AlertSourceRepository;
  capAlerts: CapAlertRepository;
  /** The feed entries already taken (each once), and the HTTP that reads feeds under the webhooks' address policy. */
  alertFeeds: AlertFeedRepository;
  feedHttp: FeedHttpRepository;
  /** Per-gate alert templates for the languages a CAP alert lacks. */
  alertTemplates: AlertTemplateRepository;
  /** Sources of live values (rates, weather, waiting times) and every value they gave. */
  dataSources: DataSourceRepository;
  dataValues: DataValueRepository;
  /** Gates' opening calendars: the draft and the approved one. */
  gateCalendars: GateCalendarRepository;
  /** The screenshots players send when an emergency first shows on their screen. */
  emergencyProofs: EmergencyProofRepository;
  blackouts: BlackoutRepository;
  commands: CommandRepository;
  heartbeats: HeartbeatRepository;
  plays: ProofOfPlayRepository;
  screenAlerts: ScreenAlertRepository;
  /** LED regions: the previews players showed and the changes applied (with what they replaced). */
  screenGeometry: ScreenGeometryRepository;
  reports: ReportRepository;
  workbooks: WorkbookRepository;
  webhooks: WebhookRepository;
  webhookHttp: WebhookHttpRepository;
}

/** Every repository over the opened storage. */
export function createRepositories(config: Config, { db }: Storage): Repositories {
  return {
    entities: createEntityRepositories(db),
    approvals: new ApprovalRepository(db),
    manifests: new ManifestRepository(db),
    renditions: new RenditionRepository(db),
    images: new ImageRepository({
      maxPixels: config.maxImagePixels,
      workers: config.imageWorkers,
      threadsPerImage: config.imageThreads,
    }),
    videos: new VideoRepository(findFfmpeg(config.ffmpegPath)),
    users: new UserRepository(db),
    sessions: new SessionRepository(db),
    hasher: new PasswordHasher(),
    apiTokens: new ApiTokenRepository(db),
    deviceTokens: new DeviceTokenRepository(db),
    pairings: new PairingRepository(db),
    audit: new AuditRepository(db),
    emergencies: new EmergencyRepository(db),
    alertSources: new AlertSourceRepository(db),
    capAlerts: new CapAlertRepository(db),
    alertFeeds: new AlertFeedRepository(db),
    feedHttp: new FeedHttpRepository(new WebhookHttpRepository(config.webhookAllowedHosts)),
    alertTemplates: new AlertTemplateRepository(db),
    dataSources: new DataSourceRepository(db),
    dataValues: new DataValueRepository(db),
    gateCalendars: new GateCalendarRepository(db),
    emergencyProofs: new EmergencyProofRepository(db),
    blackouts: new BlackoutRepository(db),
    commands: new CommandRepository(db),
    heartbeats: new HeartbeatRepository(db),
    plays: new ProofOfPlayRepository(db),
    screenAlerts: new ScreenAlertRepository(db),
    screenGeometry: new ScreenGeometryRepository(db),
    reports: new ReportRepository(db),
    workbooks: new WorkbookRepository(),
    webhooks: new WebhookRepository(db),
    webhookHttp: new WebhookHttpRepository(config.webhookAllowedHosts),
  };
}
