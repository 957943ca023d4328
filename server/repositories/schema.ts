// Row types of every table. Entity documents are stored as JSON text in `data` (portable across
// SQLite and PostgreSQL); columns that are filtered or joined on are lifted out beside it.

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
  totp_secret: string | null;
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
  fit: string;
  background: string;
  format: string;
  sha256: string;
  /** bigint: PostgreSQL returns it as a string. */
  size: number | string;
  mime: string;
  created_at: string;
}

export interface ScreenStateRow {
  screen_id: string;
  current_version: string | null;
  applied_version: string | null;
  applied_at: string | null;
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
  manifests: ManifestRow;
  screen_state: ScreenStateRow;
  renditions: RenditionRow;
  users: UserRow;
  sessions: SessionRow;
  audit_log: AuditRow;
}
