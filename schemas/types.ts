/* Generated from schemas/*.json by `npm run schemas:types`. Do not edit by hand. */

export type Sha256 = string;
/**
 * Video: a still frame for the console. Made only where the controller has ffmpeg; otherwise unavailable, with the reason.
 */
export type AssetPoster =
  | {
      status: 'made';
      sha256: Sha256;
    }
  | {
      status: 'unavailable';
      reason: string;
    };
export type Name = string;
/**
 * Lower-case slug or UUID: letters a-z, digits and inner hyphens, 1-64 characters.
 */
export type Id = string;
/**
 * A group or tag name: lower-case letters, digits, hyphens.
 */
export type Tag = string;
/**
 * BCP 47 tag: language, optional script, optional region (vi, km, lo, en, zh-Hans, jra, tmm-Tavt).
 */
export type LangTag = string;
/**
 * IANA time zone name, e.g. Asia/Ho_Chi_Minh.
 */
export type TimeZone = string;
/**
 * a CSS hex colour #rrggbb
 */
export type Colour = string;
/**
 * A calendar date (YYYY-MM-DD) in the gate's time zone.
 */
export type LocalDate = string;
/**
 * An RFC 3339 date-time with offset.
 */
export type Instant = string;
/**
 * Milliseconds since the Unix epoch.
 */
export type EpochMs = number;
/**
 * Message level, as in the grassroots-radio rules.
 */
export type Level = 'normal' | 'priority' | 'emergency';
/**
 * Message level, as in the grassroots-radio rules.
 */
export type Level1 = 'normal' | 'priority' | 'emergency';
export type PlaylistItem = MessageItem | ImageItem | VideoItem | ClockItem;
/**
 * Seconds on screen (for a message: per language).
 */
export type DurationSeconds = number;
/**
 * a CSS hex colour #rrggbb
 */
export type Colour1 = string;
export type Recurrence = RecurrenceAlways | RecurrenceCron;
export type Role = 'admin' | 'editor' | 'approver' | 'technician' | 'viewer';
/**
 * @minItems 1
 */
export type Roles = Role[];

export interface SchemaIndex {
  'asset.json#file'?: AssetFile;
  'asset.json#poster'?: AssetPoster;
  'asset.json#uploadQuery'?: AssetUploadQuery;
  'asset.json'?: AssetInput;
  'common.json#id'?: Id;
  'common.json#langTag'?: LangTag;
  'common.json#tag'?: Tag;
  'common.json#timeZone'?: TimeZone;
  'common.json#sha256'?: Sha256;
  'common.json#colour'?: Colour;
  'common.json#localDate'?: LocalDate;
  'common.json#instant'?: Instant;
  'common.json#epochMs'?: EpochMs;
  'common.json#name'?: Name;
  'common.json#level'?: Level;
  'common.json#meta'?: Meta;
  'common.json#apiError'?: ApiError;
  'common.json#pageQuery'?: PageQuery;
  'demo-bundle.json'?: DemoBundle;
  'device-token.json#created'?: DeviceTokenCreated;
  'device-token.json#screenStatus'?: ScreenStatus;
  'device-token.json'?: DeviceTokenInput;
  'gate.json'?: GateInput;
  'manifest.json#segment'?: Segment;
  'manifest.json#entry'?: LoopEntry;
  'manifest.json#message'?: ManifestMessage;
  'manifest.json#asset'?: ManifestAsset;
  'manifest.json'?: Manifest;
  'message.json#variant'?: MessageVariant;
  'message.json'?: MessageInput;
  'player-events.json#handshakeAuth'?: PlayerHandshakeAuth;
  'player-events.json#screenConfig'?: ScreenConfig;
  'player-events.json#manifestAck'?: ManifestAck;
  'player-events.json#timeSync'?: TimeSync;
  'player-events.json#timeSyncReply'?: TimeSyncReply;
  'player-events.json#manifestAckReply'?: ManifestAckReply;
  'playlist.json#validity'?: Validity;
  'playlist.json#duration'?: DurationSeconds;
  'playlist.json#item'?: PlaylistItem;
  'playlist.json#messageItem'?: MessageItem;
  'playlist.json#imageItem'?: ImageItem;
  'playlist.json#videoItem'?: VideoItem;
  'playlist.json#clockItem'?: ClockItem;
  'playlist.json'?: PlaylistInput;
  'schedule.json#targets'?: ScheduleTargets;
  'schedule.json#recurrence'?: Recurrence;
  'schedule.json#always'?: RecurrenceAlways;
  'schedule.json#cron'?: RecurrenceCron;
  'schedule.json'?: ScheduleInput;
  'screen.json'?: ScreenInput;
  'user.json#role'?: Role;
  'user.json#roles'?: Roles;
  'user.json#scope'?: Scope;
  'user.json#login'?: LoginInput;
  'user.json#passwordChange'?: PasswordChange;
  'user.json#me'?: Me;
  'user.json#apiTokenInput'?: ApiTokenInput;
  'user.json#totpConfirm'?: TotpConfirm;
  'user.json#totpSetup'?: TotpSetup;
  'user.json'?: UserInput;
}
/**
 * What the server learned from the uploaded bytes.
 */
export interface AssetFile {
  sha256: Sha256;
  type: 'image' | 'video';
  mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'video/mp4' | 'video/webm';
  size: number;
  width?: number;
  height?: number;
  /**
   * Video: seconds, from the container headers; absent when the container does not say (e.g. a live-recorded WebM).
   */
  duration?: number;
  /**
   * Video: codec of the first video track (MP4 sample entry such as avc1, or a WebM CodecID such as V_VP9).
   */
  codec?: string;
  poster?: AssetPoster;
}
export interface AssetUploadQuery {
  name: Name;
  id?: Id;
}
/**
 * Editable fields of a media asset. The bytes are uploaded with POST /api/v1/assets.
 */
export interface AssetInput {
  name: Name;
  /**
   * @maxItems 32
   */
  tags?: Tag[];
}
/**
 * Fields the server sets on every stored entity.
 */
export interface Meta {
  id: Id;
  createdAt: Instant;
  updatedAt: Instant;
}
export interface ApiError {
  /**
   * Machine-readable code, e.g. validation_failed, not_found, conflict.
   */
  code: string;
  message: string;
  /**
   * JSON pointer to the offending field.
   */
  path?: string;
}
export interface PageQuery {
  limit?: number;
  offset?: number;
}
/**
 * Sample data for one reference gate, seeded into an empty database: the gate, its screens, messages, playlists and schedules.
 */
export interface DemoBundle {
  gate: GateInput;
  screens: ScreenInput[];
  messages: MessageInput[];
  playlists: PlaylistInput[];
  schedules: ScheduleInput[];
}
/**
 * A border gate (site) with its information cluster.
 */
export interface GateInput {
  id?: Id;
  name: Name;
  province: string;
  /**
   * ISO 3166-1 alpha-2 code of the country across the border (KH, LA, CN).
   */
  borderCountry: string;
  /**
   * Province or region across the border.
   */
  borderRegion?: string;
  timeZone: TimeZone;
  location: {
    lat: number;
    lon: number;
  };
  /**
   * Default languages shown on this gate's screens, in rotation order.
   *
   * @minItems 1
   * @maxItems 12
   */
  languages: LangTag[];
  /**
   * Played on a screen of this gate whenever no schedule covers it.
   */
  defaultPlaylistId?: Id | null;
}
/**
 * A display at a gate: an LED board, a touch kiosk or an indoor screen.
 */
export interface ScreenInput {
  id?: Id;
  gateId: Id;
  name: Name;
  kind: 'led' | 'kiosk' | 'indoor';
  /**
   * Pixels the screen shows, horizontally.
   */
  width: number;
  /**
   * Pixels the screen shows, vertically.
   */
  height: number;
  /**
   * LED boards: left edge of the region the sending card copies from the HDMI output.
   */
  offsetX?: number;
  /**
   * LED boards: top edge of the region the sending card copies from the HDMI output.
   */
  offsetY?: number;
  rotation?: 0 | 90 | 180 | 270;
  /**
   * Format of the image renditions made for this screen: WebP, or JPEG for players that cannot decode WebP.
   */
  imageFormat?: 'webp' | 'jpeg';
  /**
   * Languages to rotate on this screen; empty means the gate's languages.
   *
   * @maxItems 12
   */
  languages?: LangTag[];
  /**
   * Group tags a schedule can target.
   *
   * @maxItems 32
   */
  groups?: Tag[];
}
/**
 * A multilingual message: one variant per language, NFC-normalised by the server.
 */
export interface MessageInput {
  id?: Id;
  name: Name;
  /**
   * The gate this message belongs to; null for a message shared by every gate (changed only by national-scope users).
   */
  gateId?: Id | null;
  level?: Level1;
  /**
   * Text per BCP 47 language tag.
   */
  variants: {
    [k: string]: MessageVariant | undefined;
  };
}
export interface MessageVariant {
  title?: string;
  body?: string;
  ticker?: string;
}
/**
 * An ordered loop of items.
 */
export interface PlaylistInput {
  id?: Id;
  name: Name;
  /**
   * The gate this playlist belongs to; null for a playlist shared by every gate.
   */
  gateId?: Id | null;
  /**
   * Languages to rotate for this playlist's messages; empty means the screen's languages.
   *
   * @maxItems 12
   */
  languages?: LangTag[];
  /**
   * @minItems 1
   * @maxItems 500
   */
  items: PlaylistItem[];
}
export interface MessageItem {
  type: 'message';
  messageId: Id;
  duration: DurationSeconds;
  validFrom?: Instant;
  validUntil?: Instant;
}
export interface ImageItem {
  type: 'image';
  assetId: Id;
  duration: DurationSeconds;
  /**
   * How the image fills the screen: cover (crop), contain (letterbox on the background) or fill (stretch). The controller makes a rendition of exactly the screen's pixels for it.
   */
  fit?: 'cover' | 'contain' | 'fill';
  background?: Colour1;
  validFrom?: Instant;
  validUntil?: Instant;
}
export interface VideoItem {
  type: 'video';
  assetId: Id;
  duration: DurationSeconds;
  validFrom?: Instant;
  validUntil?: Instant;
}
export interface ClockItem {
  type: 'clock';
  duration: DurationSeconds;
  validFrom?: Instant;
  validUntil?: Instant;
}
/**
 * Puts a playlist on target screens: always, or at recurring times given by a cron expression evaluated in each gate's time zone. 'from' and 'until' are inclusive days in the gate's time zone.
 */
export interface ScheduleInput {
  id?: Id;
  name: Name;
  playlistId: Id;
  targets: ScheduleTargets;
  from?: LocalDate;
  until?: LocalDate;
  recurrence: Recurrence;
  /**
   * Higher wins; equal priorities interleave item by item.
   */
  priority?: number;
  enabled?: boolean;
}
/**
 * A screen is targeted if it is listed, belongs to a listed gate, or carries a listed group tag.
 */
export interface ScheduleTargets {
  /**
   * @maxItems 200
   */
  gates?: Id[];
  /**
   * @maxItems 200
   */
  groups?: Tag[];
  /**
   * @maxItems 1000
   */
  screens?: Id[];
}
export interface RecurrenceAlways {
  type: 'always';
}
export interface RecurrenceCron {
  type: 'cron';
  /**
   * node-cron syntax, five fields (minute hour day month weekday) or six with seconds first; e.g. '0 6 * * 1-5' = weekdays at 06:00.
   */
  cron: string;
  /**
   * How long each occurrence lasts.
   */
  durationMinutes: number;
}
export interface DeviceTokenCreated {
  id: Id;
  screenId: Id;
  token: string;
  /**
   * Path of the player page that carries this token.
   */
  playerUrl: string;
  createdAt: Instant;
}
/**
 * What the server knows of a screen's player.
 */
export interface ScreenStatus {
  screenId: Id;
  currentVersion: string | null;
  appliedVersion: string | null;
  appliedAt: Instant | null;
  connected: boolean;
}
/**
 * Creates a credential for one screen's player. The token is shown once and stored hashed.
 */
export interface DeviceTokenInput {
  label?: string;
}
export interface Segment {
  start: EpochMs;
  end: EpochMs;
  /**
   * Key into loops; null when nothing is scheduled and the gate has no default playlist.
   */
  loop: string | null;
}
export interface LoopEntry {
  type: 'message' | 'image' | 'video' | 'clock';
  /**
   * Milliseconds on screen.
   */
  duration: number;
  playlistId: Id;
  messageId?: Id;
  lang?: LangTag;
  assetId?: Id;
  fit?: 'cover' | 'contain' | 'fill';
  background?: Colour;
  /**
   * Key into assets of the file this entry shows; absent means assetId. For an image: the rendition made for this screen's exact pixels, fit and background, which the player shows without resampling.
   */
  media?: string;
}
export interface ManifestMessage {
  level: Level;
  variants: {
    [k: string]: MessageVariant | undefined;
  };
}
export interface ManifestAsset {
  sha256: Sha256;
  mime: string;
  size: number;
  url: string;
  width?: number;
  height?: number;
  /**
   * Video: seconds, when the container says.
   */
  duration?: number;
}
/**
 * Everything a player needs to play for the horizon: a timeline of segments, each pointing at a loop of entries, plus the messages and assets they use. Screens with the same inputs share one manifest; its version is a hash of its content.
 */
export interface Manifest {
  /**
   * Content hash of the manifest (hex).
   */
  version: string;
  generatedAt: EpochMs;
  timeZone: TimeZone;
  horizon: {
    from: EpochMs;
    until: EpochMs;
  };
  /**
   * Non-overlapping, contiguous [start, end) intervals covering the horizon.
   */
  segments: Segment[];
  /**
   * Loops by key. Position in a loop is (now - segment.start) modulo the loop's total duration.
   */
  loops: {
    /**
     * @minItems 1
     */
    [k: string]: LoopEntry[] | undefined;
  };
  messages: {
    [k: string]: ManifestMessage | undefined;
  };
  assets: {
    [k: string]: ManifestAsset | undefined;
  };
  /**
   * Font family per language used by this manifest; the player bundles the files.
   */
  fonts: {
    lang: LangTag;
    family: string;
  }[];
}
export interface PlayerHandshakeAuth {
  token: string;
}
/**
 * Server to player, on connect and whenever the screen or its gate changes.
 */
export interface ScreenConfig {
  screenId: Id;
  name: string;
  kind: 'led' | 'kiosk' | 'indoor';
  width: number;
  height: number;
  offsetX: number;
  offsetY: number;
  rotation: 0 | 90 | 180 | 270;
  languages: LangTag[];
  gate: {
    id: Id;
    name: string;
    timeZone: TimeZone;
  };
}
/**
 * Player to server: the manifest version it has applied.
 */
export interface ManifestAck {
  version: string;
}
/**
 * Player to server: its clock when sending; the ack carries the server clock.
 */
export interface TimeSync {
  clientTime: EpochMs;
}
export interface TimeSyncReply {
  clientTime: EpochMs;
  serverTime: EpochMs;
}
export interface ManifestAckReply {
  version: string;
  /**
   * Whether the acked version is the screen's current manifest.
   */
  current: boolean;
}
export interface Validity {
  validFrom?: Instant;
  validUntil?: Instant;
}
/**
 * Where a user or token may act: everywhere (global), or the listed provinces and gates.
 */
export interface Scope {
  global?: boolean;
  /**
   * @maxItems 64
   */
  provinces?: string[];
  /**
   * @maxItems 500
   */
  gates?: Id[];
}
export interface LoginInput {
  username: string;
  password: string;
  /**
   * Six-digit code, when the account has a second factor.
   */
  totp?: string;
}
export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}
/**
 * Who the caller is: a signed-in user or an API token.
 */
export interface Me {
  kind: 'user' | 'token';
  id: string;
  name: string;
  roles: Roles;
  scope: Scope;
  /**
   * Send as X-CSRF-Token on every write made with the session cookie.
   */
  csrfToken?: string;
}
/**
 * An API token for automation, with its own roles and scope (never more than its creator's).
 */
export interface ApiTokenInput {
  label: string;
  roles: Roles;
  scope: Scope;
}
/**
 * Turns on the second factor: the secret given by POST /auth/totp and a code from the authenticator app.
 */
export interface TotpConfirm {
  secret: string;
  totp: string;
}
export interface TotpSetup {
  secret: string;
  /**
   * Scan as a QR code with an authenticator app.
   */
  otpauthUri: string;
}
/**
 * A person who uses the console: roles say what they may do, the scope where.
 */
export interface UserInput {
  id?: Id;
  /**
   * Sign-in name: 3-64 lower-case letters, digits, dots, hyphens or underscores.
   */
  username: string;
  displayName: Name;
  roles: Roles;
  scope: Scope;
  /**
   * Only on create, or to reset it (admins). At least 12 characters.
   */
  password?: string;
  disabled?: boolean;
}
