// Row types of every table. Entity documents are stored as JSON text in `data` (portable across
// SQLite and PostgreSQL); columns that are filtered or joined on are lifted out beside it.
import type { RenditionFit, RenditionFormat } from '../domain/rendition.spec.ts';

export interface DocumentRow {
  id: string;
  data: string;
  created_at: string;
  updated_at: string;
}

export interface ScreenRow extends DocumentRow {
  gate_id: string;
}

export interface AssetRow extends DocumentRow {
  sha256: string;
}

export interface TokenRow {
  id: string;
  token_hash: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ApiTokenRow extends TokenRow {
  /** JSON: { roles, scope }. */
  access: string;
}

export interface UserRow {
  id: string;
  username: string;
  /** JSON: displayName, roles, scope, disabled. */
  data: string;
  password_hash: string;
  /** Sealed (encrypted with the controller's key, bound to the user id); see domain/sealing.ts. */
  totp_secret: string | null;
  /** Sealed secret of an enrolment not yet confirmed. */
  totp_pending: string | null;
  /** The last TOTP time step accepted at sign-in or turn-off (a code works once). */
  totp_last_step: number | null;
  /** Unused since guessing is throttled per name and address (rate-limit.repository.ts); kept at 0 and null. */
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  ip: string;
}

/** One recovery code of a person's second factor, as the sha256 of its normalised text; used once. */
export interface RecoveryCodeRow {
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** One gate or province an audit entry concerns. */
export interface AuditScopeRow {
  audit_id: string;
  kind: 'gate' | 'province';
  value: string;
}

export interface AuditRow {
  id: string;
  at: string;
  actor_kind: string;
  actor_id: string;
  actor_name: string;
  ip: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  outcome: string;
  /** JSON: before/after or other context. */
  detail: string;
}

export interface DeviceTokenRow extends TokenRow {
  screen_id: string;
}

/** A player link's enrolment token: exchanged once, before it expires, for a device token. */
export interface DeviceEnrolmentRow {
  id: string;
  screen_id: string;
  /** sha256 of the enrolment token. */
  token_hash: string;
  /** Given to the device token it is exchanged for. */
  label: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** The device token the link was exchanged for. */
  device_token_id: string | null;
}

export interface PairingRow {
  id: string;
  /** HMAC of the code with the controller's key. */
  code_hash: string;
  /** HMAC of the claim secret that only the waiting player holds. */
  claim_hash: string;
  created_at: string;
  expires_at: string;
  /** Address of the waiting player. */
  ip: string;
  screen_id: string | null;
  paired_at: string | null;
  claimed_at: string | null;
}

export interface ManifestRow {
  version: string;
  body: string;
  created_at: string;
}

export interface RenditionRow {
  key: string;
  source_sha256: string;
  width: number;
  height: number;
  fit: RenditionFit;
  background: string;
  format: RenditionFormat;
  sha256: string;
  /** bigint: PostgreSQL returns it as a string. */
  size: number | string;
  mime: string;
  created_at: string;
}

/** A manifest version sent to a screen, and when it was first sent. */
export interface ScreenManifestRow {
  screen_id: string;
  version: string;
  sent_at: string;
}

export interface ScreenStateRow {
  screen_id: string;
  current_version: string | null;
  applied_version: string | null;
  applied_at: string | null;
}

export interface EmergencyRow {
  id: string;
  state: string;
  /** JSON: the Emergency document. */
  data: string;
  created_at: string;
  /** The CAP alert it carries (null for one a person sent). */
  alert_id: string | null;
}

export interface EmergencyAckRow {
  emergency_id: string;
  screen_id: string;
  acked_at: string;
}

export interface BlackoutRow {
  id: string;
  /** 1 while in force, 0 once lifted. */
  active: number;
  /** JSON: the Blackout document. */
  data: string;
  created_at: string;
}

/** The approval state of one message, playlist or schedule, and its approved version. */
export interface ApprovalRow {
  entity: string;
  entity_id: string;
  state: string;
  revision: number;
  /** JSON actor refs ({ kind, id, name }). */
  edited_by: string;
  edited_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  /** JSON: the approved document, the only version compiled into manifests. */
  approved: string | null;
  approved_revision: number | null;
  approved_by: string | null;
  approved_at: string | null;
  rejected_by: string | null;
  rejected_at: string | null;
  rejection_reason: string | null;
  /** JSON array of language tags the submitter knowingly left without text (messages); null when none. */
  acknowledged_missing: string | null;
}

export interface WebhookRow {
  id: string;
  /** JSON: the Webhook document (without the secret). */
  data: string;
  /** The shared secret, sealed with the controller's key. */
  secret: string;
  created_at: string;
}

export interface WebhookDeliveryRow {
  id: string;
  webhook_id: string;
  event: string;
  payload: string;
  state: string;
  attempts: number;
  next_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface ScreenAlertRow {
  screen_id: string;
  connectivity: string;
  changed_at: string;
  announced_kind: string | null;
  announced_at: string | null;
  recovered_at: string | null;
}

/** A screen's latest heartbeat (upserted by each batched flush). */
export interface HeartbeatLatestRow {
  screen_id: string;
  /** bigint epoch ms: PostgreSQL returns it as a string. */
  received_at: number | string;
  interval_seconds: number;
  /** JSON: the Heartbeat. */
  data: string;
}

/** Heartbeat history, downsampled to one row per screen and minute. */
export interface HeartbeatMinuteRow {
  screen_id: string;
  minute: string;
  heartbeats: number;
  manifest_version: string | null;
  uptime_seconds: number | string;
  clock_offset_ms: number | string;
  clock_trusted: number;
  missing_assets: number;
  errors: number;
}

/** One proof-of-play record; (screen_id, id) makes a resent one a no-op. */
export interface PlayRow {
  screen_id: string;
  id: string;
  gate_id: string;
  type: string;
  playlist_id: string | null;
  message_id: string | null;
  asset_id: string | null;
  lang: string | null;
  manifest_version: string | null;
  started_at: string;
  ended_at: string;
  duration_ms: number | string;
  clock_trusted: number | null;
  received_at: string;
}

export interface CommandRow {
  id: string;
  screen_id: string;
  state: string;
  /** JSON: the Command document. */
  data: string;
  requested_at: string;
}

export interface ScreenshotRow {
  id: string;
  screen_id: string;
  command_id: string;
  taken_at: string;
  width: number;
  height: number;
  png: Uint8Array;
}

export interface PlayDailyRow {
  /** The gate-local calendar day, YYYY-MM-DD. */
  day: string;
  gate_id: string;
  screen_id: string;
  /** "message:<id>", "asset:<id>" or the item type (clock…). */
  item: string;
  /** The language shown, or "" for items without one. */
  lang: string;
  message_id: string | null;
  asset_id: string | null;
  type: string;
  plays: number;
  /** bigint: PostgreSQL returns it as a string. */
  on_screen_ms: number | string;
}

export interface JobStateRow {
  name: string;
  value: string;
}

export interface GeometryPreviewRow {
  id: string;
  screen_id: string;
  state: string;
  /** JSON: the GeometryPreview document. */
  data: string;
  requested_at: string;
}

export interface GeometryChangeRow {
  id: string;
  screen_id: string;
  /** JSON: the GeometryChange document. */
  data: string;
  changed_at: string;
}

export interface AlertSourceRow {
  id: string;
  /** JSON: the AlertSource document. */
  data: string;
  /** sha256 of the source's token (hex). */
  token_hash: string;
  created_at: string;
}

export interface CapAlertRow {
  id: string;
  source_id: string;
  sender: string;
  identifier: string;
  /** <sent> as the alert wrote it: with sender and identifier, what CAP references name. */
  sent: string;
  received_at: string;
  sha256: string;
  /** The document exactly as received. */
  xml: Uint8Array;
  /** JSON: the Alert document. */
  data: string;
}

export interface AlertFeedEntryRow {
  source_id: string;
  entry_id: string;
  seen_at: string;
  alert_id: string | null;
  error: string | null;
}

export interface AlertTemplateRow {
  id: string;
  gate_id: string;
  /** The event, lower-cased and NFC: one template per gate, event and language. */
  event_key: string;
  lang: string;
  state: string;
  /** JSON: the AlertTemplate document. */
  data: string;
  updated_at: string;
}

export interface DataSourceRow {
  id: string;
  /** JSON: the DataSource document. */
  data: string;
  /** sha256 of the source's token (hex). */
  token_hash: string;
  created_at: string;
}

export interface DataValueRow {
  id: string;
  source_id: string;
  path: string;
  /** Epoch ms (PostgreSQL's bigint comes back as a string). */
  observed_at: number | string;
  received_at: string;
  /** accepted, held or rejected. */
  state: string;
  /** JSON: the StoredDataValue document. */
  data: string;
}

/** A gate's calendar: JSON GateCalendarVersion documents, the draft and the approved one. */
export interface GateCalendarRow {
  gate_id: string;
  draft: string | null;
  approved: string | null;
  /** The opening-hours message generated from the approved calendar. */
  message_id: string | null;
  updated_at: string;
}

export interface EmergencyProofRow {
  emergency_id: string;
  screen_id: string;
  taken_at: string;
  width: number;
  height: number;
  png: Uint8Array;
}

export interface Database {
  gates: DocumentRow;
  screens: ScreenRow;
  messages: DocumentRow;
  playlists: DocumentRow;
  schedules: DocumentRow;
  assets: AssetRow;
  api_tokens: ApiTokenRow;
  device_tokens: DeviceTokenRow;
  device_enrolments: DeviceEnrolmentRow;
  pairings: PairingRow;
  manifests: ManifestRow;
  screen_state: ScreenStateRow;
  screen_manifests: ScreenManifestRow;
  renditions: RenditionRow;
  users: UserRow;
  sessions: SessionRow;
  recovery_codes: RecoveryCodeRow;
  audit_log: AuditRow;
  audit_scope: AuditScopeRow;
  approvals: ApprovalRow;
  emergencies: EmergencyRow;
  emergency_acks: EmergencyAckRow;
  blackouts: BlackoutRow;
  heartbeat_latest: HeartbeatLatestRow;
  heartbeat_minutes: HeartbeatMinuteRow;
  plays: PlayRow;
  commands: CommandRow;
  screenshots: ScreenshotRow;
  webhooks: WebhookRow;
  webhook_deliveries: WebhookDeliveryRow;
  screen_alerts: ScreenAlertRow;
  play_daily: PlayDailyRow;
  job_state: JobStateRow;
  geometry_previews: GeometryPreviewRow;
  geometry_changes: GeometryChangeRow;
  alert_sources: AlertSourceRow;
  cap_alerts: CapAlertRow;
  alert_feed_entries: AlertFeedEntryRow;
  alert_templates: AlertTemplateRow;
  emergency_proofs: EmergencyProofRow;
  data_sources: DataSourceRow;
  data_values: DataValueRow;
  gate_calendars: GateCalendarRow;
}

/** How a column of TypeScript type T is stored: text, integer, bigint (PostgreSQL hands it back as a string) or bytes. */
type ColumnKind<T> = [T] extends [Uint8Array]
  ? 'bytes'
  : [T] extends [string]
    ? 'text'
    : [T] extends [number]
      ? 'integer'
      : [T] extends [number | string]
        ? 'bigint'
        : never;

/** A column as the migrations must create it: its kind, and ' null' when the row type allows null. */
export type ColumnShape<T> = null extends T ? `${ColumnKind<NonNullable<T>>} null` : ColumnKind<T>;

/** The exact columns of a row type (used for the shapes several tables share). */
type ShapeOf<Row> = { [C in keyof Row]-?: ColumnShape<Row[C]> };

const documentColumns = {
  id: 'text',
  data: 'text',
  created_at: 'text',
  updated_at: 'text',
} as const satisfies ShapeOf<DocumentRow>;
const tokenColumns = {
  id: 'text',
  token_hash: 'text',
  label: 'text',
  created_at: 'text',
  revoked_at: 'text null',
} as const satisfies ShapeOf<TokenRow>;

/**
 * Every table and column of the row types above, as TypeScript forces it to be listed (a column added to a
 * row type, or a nullability changed, fails the type check here), for test/integration/schema.test.ts to
 * compare with what the migrations create on SQLite and PostgreSQL.
 */
export const tableColumns = {
  gates: documentColumns,
  screens: { ...documentColumns, gate_id: 'text' },
  messages: documentColumns,
  playlists: documentColumns,
  schedules: documentColumns,
  assets: { ...documentColumns, sha256: 'text' },
  api_tokens: { ...tokenColumns, access: 'text' },
  device_tokens: { ...tokenColumns, screen_id: 'text' },
  device_enrolments: {
    id: 'text',
    screen_id: 'text',
    token_hash: 'text',
    label: 'text',
    created_at: 'text',
    expires_at: 'text',
    used_at: 'text null',
    device_token_id: 'text null',
  },
  pairings: {
    id: 'text',
    code_hash: 'text',
    claim_hash: 'text',
    created_at: 'text',
    expires_at: 'text',
    ip: 'text',
    screen_id: 'text null',
    paired_at: 'text null',
    claimed_at: 'text null',
  },
  manifests: { version: 'text', body: 'text', created_at: 'text' },
  screen_state: {
    screen_id: 'text',
    current_version: 'text null',
    applied_version: 'text null',
    applied_at: 'text null',
  },
  screen_manifests: { screen_id: 'text', version: 'text', sent_at: 'text' },
  renditions: {
    key: 'text',
    source_sha256: 'text',
    width: 'integer',
    height: 'integer',
    fit: 'text',
    background: 'text',
    format: 'text',
    sha256: 'text',
    size: 'bigint',
    mime: 'text',
    created_at: 'text',
  },
  users: {
    id: 'text',
    username: 'text',
    data: 'text',
    password_hash: 'text',
    totp_secret: 'text null',
    totp_pending: 'text null',
    totp_last_step: 'integer null',
    failed_logins: 'integer',
    locked_until: 'text null',
    created_at: 'text',
    updated_at: 'text',
  },
  sessions: {
    id_hash: 'text',
    user_id: 'text',
    csrf_token: 'text',
    created_at: 'text',
    expires_at: 'text',
    ip: 'text',
  },
  recovery_codes: { user_id: 'text', code_hash: 'text', created_at: 'text', used_at: 'text null' },
  audit_log: {
    id: 'text',
    at: 'text',
    actor_kind: 'text',
    actor_id: 'text',
    actor_name: 'text',
    ip: 'text null',
    action: 'text',
    entity: 'text null',
    entity_id: 'text null',
    outcome: 'text',
    detail: 'text',
  },
  audit_scope: { audit_id: 'text', kind: 'text', value: 'text' },
  approvals: {
    entity: 'text',
    entity_id: 'text',
    state: 'text',
    revision: 'integer',
    edited_by: 'text',
    edited_at: 'text',
    submitted_by: 'text null',
    submitted_at: 'text null',
    approved: 'text null',
    approved_revision: 'integer null',
    approved_by: 'text null',
    approved_at: 'text null',
    rejected_by: 'text null',
    rejected_at: 'text null',
    rejection_reason: 'text null',
    acknowledged_missing: 'text null',
  },
  emergencies: { id: 'text', state: 'text', data: 'text', created_at: 'text', alert_id: 'text null' },
  emergency_acks: { emergency_id: 'text', screen_id: 'text', acked_at: 'text' },
  blackouts: { id: 'text', active: 'integer', data: 'text', created_at: 'text' },
  heartbeat_latest: { screen_id: 'text', received_at: 'bigint', interval_seconds: 'integer', data: 'text' },
  heartbeat_minutes: {
    screen_id: 'text',
    minute: 'text',
    heartbeats: 'integer',
    manifest_version: 'text null',
    uptime_seconds: 'bigint',
    clock_offset_ms: 'bigint',
    clock_trusted: 'integer',
    missing_assets: 'integer',
    errors: 'integer',
  },
  plays: {
    screen_id: 'text',
    id: 'text',
    gate_id: 'text',
    type: 'text',
    playlist_id: 'text null',
    message_id: 'text null',
    asset_id: 'text null',
    lang: 'text null',
    manifest_version: 'text null',
    started_at: 'text',
    ended_at: 'text',
    duration_ms: 'bigint',
    clock_trusted: 'integer null',
    received_at: 'text',
  },
  commands: { id: 'text', screen_id: 'text', state: 'text', data: 'text', requested_at: 'text' },
  screenshots: {
    id: 'text',
    screen_id: 'text',
    command_id: 'text',
    taken_at: 'text',
    width: 'integer',
    height: 'integer',
    png: 'bytes',
  },
  webhooks: { id: 'text', data: 'text', secret: 'text', created_at: 'text' },
  webhook_deliveries: {
    id: 'text',
    webhook_id: 'text',
    event: 'text',
    payload: 'text',
    state: 'text',
    attempts: 'integer',
    next_attempt_at: 'text null',
    last_status: 'integer null',
    last_error: 'text null',
    created_at: 'text',
    delivered_at: 'text null',
  },
  screen_alerts: {
    screen_id: 'text',
    connectivity: 'text',
    changed_at: 'text',
    announced_kind: 'text null',
    announced_at: 'text null',
    recovered_at: 'text null',
  },
  play_daily: {
    day: 'text',
    gate_id: 'text',
    screen_id: 'text',
    item: 'text',
    lang: 'text',
    message_id: 'text null',
    asset_id: 'text null',
    type: 'text',
    plays: 'integer',
    on_screen_ms: 'bigint',
  },
  job_state: { name: 'text', value: 'text' },
  geometry_previews: { id: 'text', screen_id: 'text', state: 'text', data: 'text', requested_at: 'text' },
  geometry_changes: { id: 'text', screen_id: 'text', data: 'text', changed_at: 'text' },
  alert_sources: { id: 'text', data: 'text', token_hash: 'text', created_at: 'text' },
  cap_alerts: {
    id: 'text',
    source_id: 'text',
    sender: 'text',
    identifier: 'text',
    sent: 'text',
    received_at: 'text',
    sha256: 'text',
    xml: 'bytes',
    data: 'text',
  },
  alert_feed_entries: {
    source_id: 'text',
    entry_id: 'text',
    seen_at: 'text',
    alert_id: 'text null',
    error: 'text null',
  },
  alert_templates: {
    id: 'text',
    gate_id: 'text',
    event_key: 'text',
    lang: 'text',
    state: 'text',
    data: 'text',
    updated_at: 'text',
  },
  emergency_proofs: {
    emergency_id: 'text',
    screen_id: 'text',
    taken_at: 'text',
    width: 'integer',
    height: 'integer',
    png: 'bytes',
  },
  data_sources: { id: 'text', data: 'text', token_hash: 'text', created_at: 'text' },
  data_values: {
    id: 'text',
    source_id: 'text',
    path: 'text',
    observed_at: 'bigint',
    received_at: 'text',
    state: 'text',
    data: 'text',
  },
  gate_calendars: {
    gate_id: 'text',
    draft: 'text null',
    approved: 'text null',
    message_id: 'text null',
    updated_at: 'text',
  },
} as const satisfies { [T in keyof Database]: ShapeOf<Database[T]> };
