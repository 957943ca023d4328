import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.ts';
import type { Migration } from 'kysely/migration';

// Forward-only. Never edit a migration that has shipped; add the next one.
// Types are chosen to mean the same on SQLite and PostgreSQL (text timestamps in ISO 8601 UTC).

function documentTable(db: Kysely<unknown>, name: string) {
  return db.schema
    .createTable(name)
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull());
}

// The database itself refuses to change or remove rows of an append-only table, whatever the code does.
async function appendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${table} is append-only'; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
    )
    .execute(db);
}

export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await documentTable(db, 'gates').execute();
      await documentTable(db, 'screens')
        .addColumn('gate_id', 'varchar(64)', (c) => c.notNull().references('gates.id').onDelete('restrict'))
        .execute();
      await db.schema.createIndex('screens_gate_id').on('screens').column('gate_id').execute();
      await documentTable(db, 'messages').execute();
      await documentTable(db, 'playlists').execute();
      await documentTable(db, 'schedules').execute();
      await documentTable(db, 'assets')
        .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('assets_sha256').on('assets').column('sha256').execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('label', 'varchar(100)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('revoked_at', 'varchar(32)')
        .execute();
      await db.schema
        .createTable('device_tokens')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('screen_id', 'varchar(64)', (c) =>
          c.notNull().references('screens.id').onDelete('cascade'),
        )
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('label', 'varchar(100)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('revoked_at', 'varchar(32)')
        .execute();
      await db.schema
        .createTable('manifests')
        .addColumn('version', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('screen_state')
        .addColumn('screen_id', 'varchar(64)', (c) =>
          c.primaryKey().references('screens.id').onDelete('cascade'),
        )
        .addColumn('current_version', 'varchar(64)')
        .addColumn('applied_version', 'varchar(64)')
        .addColumn('applied_at', 'varchar(32)')
        .execute();
    },
  },
  '0002_media': {
    async up(db: Kysely<unknown>) {
      // The rendition cache: one row per (source blob, box, fit, background, format), pointing at its blob.
      await db.schema
        .createTable('renditions')
        .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
        .addColumn('source_sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('fit', 'varchar(16)', (c) => c.notNull())
        .addColumn('background', 'varchar(7)', (c) => c.notNull())
        .addColumn('format', 'varchar(8)', (c) => c.notNull())
        .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('mime', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('renditions_source').on('renditions').column('source_sha256').execute();
      await db.schema.createIndex('renditions_sha256').on('renditions').column('sha256').execute();
    },
  },
  '0003_people': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('username', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'varchar(200)', (c) => c.notNull())
        .addColumn('totp_secret', 'varchar(64)')
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'varchar(32)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('ip', 'varchar(64)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();
      // What an API token may do; tokens made before this migration were the bootstrap admin's.
      await db.schema
        .alterTable('api_tokens')
        .addColumn('access', 'text', (c) =>
          c.notNull().defaultTo('{"roles":["admin"],"scope":{"global":true}}'),
        )
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('at', 'varchar(32)', (c) => c.notNull())
        .addColumn('actor_kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('actor_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('actor_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('ip', 'varchar(64)')
        .addColumn('action', 'varchar(64)', (c) => c.notNull())
        .addColumn('entity', 'varchar(32)')
        .addColumn('entity_id', 'varchar(64)')
        .addColumn('outcome', 'varchar(16)', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
      await appendOnly(db, 'audit_log');
    },
  },
  '0005_pairing': {
    async up(db: Kysely<unknown>) {
      // A player waiting to be paired: its code and claim secret are stored as keyed hashes only.
      await db.schema
        .createTable('pairings')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('code_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('claim_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('ip', 'varchar(64)', (c) => c.notNull())
        .addColumn('screen_id', 'varchar(64)', (c) => c.references('screens.id').onDelete('cascade'))
        .addColumn('paired_at', 'varchar(32)')
        .addColumn('claimed_at', 'varchar(32)')
        .execute();
      await db.schema.createIndex('pairings_code_hash').on('pairings').column('code_hash').execute();
      await db.schema.createIndex('pairings_expires_at').on('pairings').column('expires_at').execute();
      // TOTP secrets are now sealed (encrypted with the controller's key), which is longer than 64.
      if (dialectOf(db) === 'postgres') {
        await sql`ALTER TABLE users ALTER COLUMN totp_secret TYPE text`.execute(db);
      }
      await db.schema.alterTable('users').addColumn('totp_pending', 'text').execute();
    },
  },
  '0006_approval': {
    async up(db: Kysely<unknown>) {
      // One row per message, playlist and schedule: where it stands in review, and its approved version (the
      // only one compiled into manifests) beside the working copy, which stays in the entity's own table.
      await db.schema
        .createTable('approvals')
        .addColumn('entity', 'varchar(16)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('edited_by', 'text', (c) => c.notNull())
        .addColumn('edited_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('submitted_by', 'text')
        .addColumn('submitted_at', 'varchar(32)')
        .addColumn('approved', 'text')
        .addColumn('approved_revision', 'integer')
        .addColumn('approved_by', 'text')
        .addColumn('approved_at', 'varchar(32)')
        .addColumn('rejected_by', 'text')
        .addColumn('rejected_at', 'varchar(32)')
        .addColumn('rejection_reason', 'text')
        .addPrimaryKeyConstraint('approvals_pk', ['entity', 'entity_id'])
        .execute();
      // Content stored before approval existed was already on the screens: it stays there as its own approved
      // version, approved by the controller itself, and the audit log says so.
      const at = new Date().toISOString();
      const system = JSON.stringify({ kind: 'system', id: 'system', name: 'Gatecast' });
      const note = 'approved by migration 0006: already on the screens before the approval workflow existed';
      let seq = 0;
      for (const [entity, table] of [
        ['message', 'messages'],
        ['playlist', 'playlists'],
        ['schedule', 'schedules'],
      ] as const) {
        const { rows } = await sql<{ id: string; data: string; updated_at: string }>`
          SELECT id, data, updated_at FROM ${sql.table(table)} ORDER BY id`.execute(db);
        for (const row of rows) {
          await sql`
            INSERT INTO approvals (entity, entity_id, state, revision, edited_by, edited_at,
              approved, approved_revision, approved_by, approved_at)
            VALUES (${entity}, ${row.id}, 'approved', 1, ${system}, ${row.updated_at},
              ${row.data}, 1, ${system}, ${at})`.execute(db);
          seq += 1;
          const detail = JSON.stringify({ note, after: JSON.parse(row.data) as unknown });
          await sql`
            INSERT INTO audit_log (id, at, actor_kind, actor_id, actor_name, ip, action, entity, entity_id,
              outcome, detail)
            VALUES (${`${at}-${String(seq).padStart(6, '0')}-m0006`}, ${at}, 'system', 'system', 'Gatecast',
              NULL, ${`${entity}.approve`}, ${entity}, ${row.id}, 'ok', ${detail})`.execute(db);
        }
      }
    },
  },
  '0007_overrides': {
    async up(db: Kysely<unknown>) {
      // Emergency messages and blackouts: few rows, read whole; the state columns are what is filtered on.
      await db.schema
        .createTable('emergencies')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('emergencies_state').on('emergencies').column('state').execute();
      await db.schema
        .createTable('emergency_acks')
        .addColumn('emergency_id', 'varchar(64)', (c) =>
          c.notNull().references('emergencies.id').onDelete('cascade'),
        )
        .addColumn('screen_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('acked_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('emergency_acks_pk', ['emergency_id', 'screen_id'])
        .execute();
      await db.schema
        .createTable('blackouts')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('blackouts_active').on('blackouts').column('active').execute();
    },
  },
  '0008_reporting': {
    async up(db: Kysely<unknown>) {
      // Heartbeats: the latest per screen (one row, upserted by each batched flush) and a per-minute history.
      await db.schema
        .createTable('heartbeat_latest')
        .addColumn('screen_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('interval_seconds', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('heartbeat_minutes')
        .addColumn('screen_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('minute', 'varchar(32)', (c) => c.notNull())
        .addColumn('heartbeats', 'integer', (c) => c.notNull())
        .addColumn('manifest_version', 'varchar(64)')
        .addColumn('uptime_seconds', 'bigint', (c) => c.notNull())
        .addColumn('clock_offset_ms', 'bigint', (c) => c.notNull())
        .addColumn('clock_trusted', 'integer', (c) => c.notNull())
        .addColumn('missing_assets', 'integer', (c) => c.notNull())
        .addColumn('errors', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('heartbeat_minutes_pk', ['screen_id', 'minute'])
        .execute();
      // Proof of play: the player's own record id makes a resent batch a no-op (ON CONFLICT DO NOTHING).
      await db.schema
        .createTable('plays')
        .addColumn('screen_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('id', 'varchar(64)', (c) => c.notNull())
        .addColumn('gate_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('type', 'varchar(16)', (c) => c.notNull())
        .addColumn('playlist_id', 'varchar(64)')
        .addColumn('message_id', 'varchar(64)')
        .addColumn('asset_id', 'varchar(64)')
        .addColumn('lang', 'varchar(32)')
        .addColumn('manifest_version', 'varchar(64)')
        .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('ended_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('duration_ms', 'bigint', (c) => c.notNull())
        .addColumn('clock_trusted', 'integer')
        .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('plays_pk', ['screen_id', 'id'])
        .execute();
      await db.schema
        .createIndex('plays_started_at')
        .on('plays')
        .columns(['started_at', 'gate_id'])
        .execute();
      // Remote commands and their results; screenshots as PNG bytes, a few kept per screen.
      await db.schema
        .createTable('commands')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('screen_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('commands_screen')
        .on('commands')
        .columns(['screen_id', 'requested_at'])
        .execute();
      await db.schema
        .createTable('screenshots')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('screen_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('command_id', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('taken_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('png', dialectOf(db) === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('screenshots_screen')
        .on('screenshots')
        .columns(['screen_id', 'taken_at'])
        .execute();
    },
  },
  '0010_monitoring': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('webhooks')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      // The delivery log and queue in one: pending rows are retried with backoff until delivered or failed.
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('webhook_id', 'varchar(64)', (c) =>
          c.notNull().references('webhooks.id').onDelete('cascade'),
        )
        .addColumn('event', 'varchar(32)', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'varchar(32)')
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('delivered_at', 'varchar(32)')
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_due')
        .on('webhook_deliveries')
        .columns(['state', 'next_attempt_at'])
        .execute();
      // What the alert policy remembers per screen, and the status last seen (to notice changes).
      await db.schema
        .createTable('screen_alerts')
        .addColumn('screen_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('connectivity', 'varchar(16)', (c) => c.notNull())
        .addColumn('changed_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('announced_kind', 'varchar(16)')
        .addColumn('announced_at', 'varchar(32)')
        .addColumn('recovered_at', 'varchar(32)')
        .execute();
      // Proof of play rolled up per gate-local day (derived from plays, recomputed when late records arrive).
      await db.schema
        .createTable('play_daily')
        .addColumn('day', 'varchar(10)', (c) => c.notNull())
        .addColumn('gate_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('screen_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('item', 'varchar(140)', (c) => c.notNull())
        .addColumn('lang', 'varchar(32)', (c) => c.notNull())
        .addColumn('message_id', 'varchar(64)')
        .addColumn('asset_id', 'varchar(64)')
        .addColumn('type', 'varchar(16)', (c) => c.notNull())
        .addColumn('plays', 'integer', (c) => c.notNull())
        .addColumn('on_screen_ms', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('play_daily_pk', ['day', 'screen_id', 'item', 'lang'])
        .execute();
      await db.schema.createIndex('play_daily_gate').on('play_daily').columns(['gate_id', 'day']).execute();
      // Small named values kept by jobs between runs (the rollup's watermark).
      await db.schema
        .createTable('job_state')
        .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0011_totp_replay': {
    async up(db: Kysely<unknown>) {
      // The last second-factor time step accepted per user: a code works once, on every controller.
      await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
    },
  },
  '0012_audit_scope': {
    async up(db: Kysely<unknown>) {
      // What each audit entry concerns (gates, provinces), so that a scoped admin reads only its own part of
      // the log. An entry with no rows here concerns the whole country: national admins only.
      await db.schema
        .createTable('audit_scope')
        .addColumn('audit_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('value', 'varchar(100)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_scope_audit_id').on('audit_scope').column('audit_id').execute();
      await appendOnly(db, 'audit_scope');
    },
  },
  '0013_screen_manifests': {
    async up(db: Kysely<unknown>) {
      // Every manifest version each screen was sent, and when first: a player may acknowledge, and report
      // plays of, only what its own screen was sent. Kept as long as the manifests themselves (for ever), so a
      // player that comes back after weeks offline still has its backlog checked against what it played.
      await db.schema
        .createTable('screen_manifests')
        .addColumn('screen_id', 'varchar(64)', (c) =>
          c.notNull().references('screens.id').onDelete('cascade'),
        )
        .addColumn('version', 'varchar(64)', (c) => c.notNull())
        .addColumn('sent_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('screen_manifests_pk', ['screen_id', 'version'])
        .execute();
      // What was sent before this table existed: the current and applied versions, and the versions of the
      // plays already stored, each as of when it was compiled (the earliest it can have been sent).
      await sql`
        INSERT INTO screen_manifests (screen_id, version, sent_at)
        SELECT s.screen_id, m.version, m.created_at
          FROM screen_state s JOIN manifests m ON m.version = s.current_version
        UNION
        SELECT s.screen_id, m.version, m.created_at
          FROM screen_state s JOIN manifests m ON m.version = s.applied_version
        UNION
        SELECT p.screen_id, m.version, m.created_at
          FROM (SELECT DISTINCT screen_id, manifest_version FROM plays) p
          JOIN manifests m ON m.version = p.manifest_version
          JOIN screens sc ON sc.id = p.screen_id
      `.execute(db);
      // A screen's plays by time: the overlap check of proof of play reads them per screen and window.
      await db.schema
        .createIndex('plays_screen_started_at')
        .on('plays')
        .columns(['screen_id', 'started_at'])
        .execute();
    },
  },
  '0014_device_enrolments': {
    async up(db: Kysely<unknown>) {
      // Player links: a single-use, short-lived enrolment token (stored as its sha256) that a player exchanges
      // once for its own device token, so that no device credential ever travels in a URL.
      await db.schema
        .createTable('device_enrolments')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('screen_id', 'varchar(64)', (c) =>
          c.notNull().references('screens.id').onDelete('cascade'),
        )
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('label', 'varchar(100)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('used_at', 'varchar(32)')
        .addColumn('device_token_id', 'varchar(64)')
        .execute();
      await db.schema
        .createIndex('device_enrolments_expires_at')
        .on('device_enrolments')
        .column('expires_at')
        .execute();
    },
  },
  '0015_approval_acknowledged_missing': {
    async up(db: Kysely<unknown>) {
      // JSON array of language tags: those a message's author knowingly left without text when submitting.
      await db.schema.alterTable('approvals').addColumn('acknowledged_missing', 'text').execute();
    },
  },
  '0016_recovery_codes': {
    async up(db: Kysely<unknown>) {
      // A second factor's recovery codes: only the sha256 of each (they are long random strings, so a fast
      // hash suffices), each usable once; they go with their person.
      await db.schema
        .createTable('recovery_codes')
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('code_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('used_at', 'varchar(32)')
        .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
        .execute();
      // A person's recent entries (what they did, what was done to their account), on the people page.
      await db.schema.createIndex('audit_log_actor_id').on('audit_log').column('actor_id').execute();
      await db.schema.createIndex('audit_log_entity_id').on('audit_log').column('entity_id').execute();
    },
  },
  '0017_screen_geometry': {
    async up(db: Kysely<unknown>) {
      // The regions a live LED board was asked to preview (a change is applied only from a preview the
      // player showed), and every applied change with the region it replaced: restore brings that back.
      await db.schema
        .createTable('geometry_previews')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('screen_id', 'varchar(64)', (c) =>
          c.notNull().references('screens.id').onDelete('cascade'),
        )
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('geometry_previews_screen')
        .on('geometry_previews')
        .columns(['screen_id', 'requested_at'])
        .execute();
      await db.schema
        .createTable('geometry_changes')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('screen_id', 'varchar(64)', (c) =>
          c.notNull().references('screens.id').onDelete('cascade'),
        )
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('geometry_changes_screen')
        .on('geometry_changes')
        .columns(['screen_id', 'changed_at'])
        .execute();
    },
  },
  '0018_alerts': {
    async up(db: Kysely<unknown>) {
      const bytes = dialectOf(db) === 'sqlite' ? 'blob' : 'bytea';
      // Authorities that send CAP alerts; only the sha256 of each source's token is kept.
      await db.schema
        .createTable('alert_sources')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      // Every alert received, its document byte for byte: CAP names an alert by sender, identifier and
      // sent, so that triple is unique (a second delivery of the same alert is the same alert).
      await db.schema
        .createTable('cap_alerts')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('source_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('sender', 'varchar(1000)', (c) => c.notNull())
        .addColumn('identifier', 'varchar(1000)', (c) => c.notNull())
        .addColumn('sent', 'varchar(64)', (c) => c.notNull())
        .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('xml', bytes, (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addUniqueConstraint('cap_alerts_key', ['sender', 'identifier', 'sent'])
        .execute();
      await db.schema.createIndex('cap_alerts_received').on('cap_alerts').column('received_at').execute();
      // The feed entries already read, so each is taken once and only once.
      await db.schema
        .createTable('alert_feed_entries')
        .addColumn('source_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('entry_id', 'varchar(2000)', (c) => c.notNull())
        .addColumn('seen_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('alert_id', 'varchar(64)')
        .addColumn('error', 'text')
        .addPrimaryKeyConstraint('alert_feed_entries_pk', ['source_id', 'entry_id'])
        .execute();
      await db.schema
        .createTable('alert_templates')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('gate_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('event_key', 'varchar(200)', (c) => c.notNull())
        .addColumn('lang', 'varchar(32)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addUniqueConstraint('alert_templates_key', ['gate_id', 'event_key', 'lang'])
        .execute();
      // The screenshot each screen's player sends when an emergency appears: the proof it was shown.
      await db.schema
        .createTable('emergency_proofs')
        .addColumn('emergency_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('screen_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('taken_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('png', bytes, (c) => c.notNull())
        .addPrimaryKeyConstraint('emergency_proofs_pk', ['emergency_id', 'screen_id'])
        .execute();
      await db.schema.alterTable('emergencies').addColumn('alert_id', 'varchar(64)').execute();
      await db.schema.createIndex('emergencies_alert').on('emergencies').column('alert_id').execute();
    },
  },
  '0019_data_sources': {
    async up(db: Kysely<unknown>) {
      // Sources of live values (rates, weather, waiting times); only the sha256 of each one's token is kept.
      await db.schema
        .createTable('data_sources')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      // Every observation kept (versioned by observed_at, epoch ms); the newest accepted one of a path is
      // its current value.
      await db.schema
        .createTable('data_values')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('source_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('path', 'varchar(200)', (c) => c.notNull())
        .addColumn('observed_at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('data_values_path')
        .on('data_values')
        .columns(['source_id', 'path', 'observed_at'])
        .execute();
      await db.schema.createIndex('data_values_state').on('data_values').column('state').execute();
    },
  },
  '0020_gate_calendars': {
    async up(db: Kysely<unknown>) {
      // A gate's opening calendar: the draft an editor saved and the version another person approved (the
      // one the screens get), each as a JSON GateCalendarVersion; and the message generated from it.
      await db.schema
        .createTable('gate_calendars')
        .addColumn('gate_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('draft', 'text')
        .addColumn('approved', 'text')
        .addColumn('message_id', 'varchar(64)')
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
  },
};
