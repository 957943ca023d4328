import { Kysely, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  ApprovalStatus,
  ApprovalSummary,
  DeviceTokenCreated,
  Manifest,
  MessageInput,
} from '../../schemas/types.ts';
import { ApprovalRepository } from '../../server/repositories/approval.repository.ts';
import { migrate } from '../../server/repositories/database.ts';
import { migrations } from '../../server/repositories/migrations.ts';
import type { Database } from '../../server/repositories/schema.ts';
import { nodeSqliteDialect } from '../../server/repositories/sqlite.dialect.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { factory } from '../support/factory.ts';
import { createPgDatabase } from '../support/pg.ts';
import {
  ADMIN_PASSWORD,
  Api,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

interface ErrorBody {
  error: ApiError;
}
interface AuditPage {
  items: {
    action: string;
    actor: { kind: string; name: string };
    entityId: string | null;
    detail: Record<string, unknown>;
  }[];
}

const password = 'duyệt nội dung cửa khẩu 2026';

describe.each(dialects)('approval: draft → submitted → approved (%s)', (dialect) => {
  let server: TestServer;
  let admin: Api;
  let socket: PlayerSocket;
  /** Manifests the Gia Lai player has received since connecting (after the first). */
  const received: Manifest[] = [];
  // Vietnamese only: these tests are about the workflow, not about missing translations (approval.review.test.ts).
  const giaLai = factory.gate({ province: 'Gia Lai', languages: ['vi'] });
  const anGiang = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const led = factory.screen(giaLai.id!);
  const people = new Map<string, Api>();
  const as = (username: string) => people.get(username)!;

  // A message, playlist and schedule of Gia Lai that puts the message on its LED board.
  const content = (title: string) => {
    const message = factory.message({ gateId: giaLai.id!, variants: { vi: { title } } });
    const playlist = factory.playlist([message.id!], { gateId: giaLai.id! });
    const schedule = factory.schedule(playlist.id!, { gates: [giaLai.id!] });
    return { message, playlist, schedule };
  };

  /** Whether a manifest arrived since `before` (a round trip first, so anything already sent has landed). */
  const pushedSince = async (before: number) => {
    await socket.emitWithAck('time:sync', { clientTime: Date.now() });
    return received.length > before;
  };
  const titlesOnScreen = async () => {
    const manifest = await admin.get<Manifest>(`/api/v1/screens/${led.id}/manifest`);
    return Object.values(manifest.body.messages).map((m) => m?.variants.vi?.title);
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = new Api(server.url, undefined);
    expect((await admin.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    for (const [path, body] of [
      ['/api/v1/gates', giaLai],
      ['/api/v1/gates', anGiang],
      ['/api/v1/screens', led],
    ] as const) {
      expect((await admin.post(path, body)).status).toBe(201);
    }
    const users = [
      ['gl-editor', ['editor'], { provinces: ['Gia Lai'] }],
      ['gl-approver', ['approver'], { provinces: ['Gia Lai'] }],
      ['gl-lead', ['editor', 'approver'], { provinces: ['Gia Lai'] }],
      ['ag-approver', ['approver'], { provinces: ['An Giang'] }],
      ['technician', ['technician'], { global: true }],
    ] as const;
    for (const [username, roles, scope] of users) {
      people.set(username, await admin.newUser(username, roles, scope, password));
    }
    const token = await admin.post<DeviceTokenCreated>(`/api/v1/screens/${led.id}/tokens`, {});
    socket = connectPlayer(server.url, token.body.token);
    await nextEvent(socket, 'manifest');
    socket.on('manifest', (m: Manifest) => received.push(m));
  });
  afterAll(async () => {
    socket.close();
    await server.stop();
  });

  it('keeps an editor’s content off the screens until an approver other than the last editor approves it', async () => {
    const editor = as('gl-editor');
    const approver = as('gl-approver');
    const { message, playlist, schedule } = content('Cửa khẩu mở cửa lúc 7:00');
    const before = received.length;
    expect((await editor.post('/api/v1/messages', message)).status).toBe(201);
    expect((await editor.post('/api/v1/playlists', playlist)).status).toBe(201);
    expect((await editor.post('/api/v1/schedules', schedule)).status).toBe(201);

    const draft = await editor.get<ApprovalStatus>(`/api/v1/messages/${message.id}/approval`);
    const wire = validatorFor('approval.json#/$defs/status');
    expect(wire(draft.body), JSON.stringify(wire.errors)).toBe(true);
    expect(draft.body).toMatchObject({
      state: 'draft',
      editedBy: { kind: 'user', name: 'gl-editor' },
      approved: null,
      changed: true,
    });
    for (const [plural, id] of [
      ['messages', message.id],
      ['playlists', playlist.id],
      ['schedules', schedule.id],
    ] as const) {
      const submitted = await editor.post<ApprovalStatus>(`/api/v1/${plural}/${id}/submit`);
      expect(submitted.status).toBe(200);
      expect(submitted.body.state).toBe('submitted');
      // An editor has no right to approve at all, their own change least of all.
      const own = await editor.post<ErrorBody>(`/api/v1/${plural}/${id}/approve`);
      expect(own.status).toBe(403);
      expect(own.body.error.message).toContain('approver');
    }
    await server.app.manifests.publish();
    expect(await pushedSince(before)).toBe(false);
    expect(await titlesOnScreen()).toEqual([]);

    // The playlist names what the schedule plays: approving the schedule first is refused.
    const early = await approver.post<ErrorBody>(`/api/v1/schedules/${schedule.id}/approve`);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain(`playlist "${playlist.id}"`);
    const queue = await approver.get<{ items: ApprovalSummary[] }>('/api/v1/approvals?state=submitted');
    expect(queue.body.items.map((i) => i.id)).toEqual(
      expect.arrayContaining([message.id, playlist.id, schedule.id]),
    );

    expect((await approver.post(`/api/v1/messages/${message.id}/approve`)).status).toBe(200);
    const pending = await approver.get<ApprovalStatus>(`/api/v1/schedules/${schedule.id}/approval`);
    expect(pending.body.unapproved).toEqual([{ entity: 'playlist', id: playlist.id }]);
    const approved = await approver.post<ApprovalStatus>(`/api/v1/playlists/${playlist.id}/approve`);
    expect(approved.body).toMatchObject({ state: 'approved', approvedBy: { name: 'gl-approver' } });
    expect(await pushedSince(before)).toBe(false);

    const arriving = nextEvent<Manifest>(socket, 'manifest');
    expect(
      (await approver.post(`/api/v1/schedules/${schedule.id}/approve`, { comment: 'Đã kiểm tra' })).status,
    ).toBe(200);
    const manifest = await arriving;
    expect(manifest.messages[message.id!]?.variants.vi?.title).toBe('Cửa khẩu mở cửa lúc 7:00');

    const log = await admin.get<AuditPage>('/api/v1/audit?limit=500');
    const of = (action: string) =>
      log.body.items.filter((e) => e.action === action && e.entityId === schedule.id);
    expect(of('schedule.submit')[0]?.actor.name).toBe('gl-editor');
    expect(of('schedule.approve')[0]).toMatchObject({
      actor: { name: 'gl-approver' },
      detail: { before: { state: 'submitted' }, after: { state: 'approved' }, comment: 'Đã kiểm tra' },
    });
    expect(of('schedule.publish')[0]).toMatchObject({
      detail: { before: null, after: { id: schedule.id, playlistId: playlist.id } },
    });
  });

  it('refuses an approver their own change, and lets a second person approve it', async () => {
    const lead = as('gl-lead');
    const message = factory.message({ gateId: giaLai.id!, variants: { vi: { title: 'Thông báo' } } });
    expect((await lead.post('/api/v1/messages', message)).status).toBe(201);
    expect((await lead.post(`/api/v1/messages/${message.id}/submit`)).status).toBe(200);
    const own = await lead.post<ErrorBody>(`/api/v1/messages/${message.id}/approve`);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toContain('second person');
    expect((await lead.get<ApprovalStatus>(`/api/v1/messages/${message.id}/approval`)).body.state).toBe(
      'submitted',
    );

    // The admin is no exception: having made the last edit, it cannot approve either.
    expect(
      (await admin.put(`/api/v1/messages/${message.id}`, { ...message, name: 'Thông báo (sửa)' })).status,
    ).toBe(200);
    expect((await admin.post(`/api/v1/messages/${message.id}/submit`)).status).toBe(200);
    expect((await admin.post(`/api/v1/messages/${message.id}/approve`)).status).toBe(403);
    const approved = await lead.post<ApprovalStatus>(`/api/v1/messages/${message.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'approved',
      approvedBy: { name: 'gl-lead' },
      changed: false,
    });
  });

  it('keeps the approved version on the screens while an edit waits for approval', async () => {
    const editor = as('gl-editor');
    const approver = as('gl-approver');
    const { message, playlist, schedule } = content('Giờ mở cửa: 7:00–17:00');
    for (const [path, body] of [
      ['/api/v1/messages', message],
      ['/api/v1/playlists', playlist],
      ['/api/v1/schedules', schedule],
    ] as const) {
      expect((await editor.post(path, body)).status).toBe(201);
      expect((await editor.post(`${path}/${body.id}/submit`)).status).toBe(200);
      expect((await approver.post(`${path}/${body.id}/approve`)).status).toBe(200);
    }
    expect(await titlesOnScreen()).toContain('Giờ mở cửa: 7:00–17:00');

    const before = received.length;
    const edited: MessageInput = { ...message, variants: { vi: { title: 'Giờ mở cửa: 6:30–18:00' } } };
    expect((await editor.put(`/api/v1/messages/${message.id}`, edited)).status).toBe(200);
    expect((await editor.get<MessageInput>(`/api/v1/messages/${message.id}`)).body.variants.vi?.title).toBe(
      'Giờ mở cửa: 6:30–18:00',
    );
    const review = await approver.get<ApprovalStatus>(`/api/v1/messages/${message.id}/approval`);
    expect(review.body).toMatchObject({
      state: 'draft',
      changed: true,
      draft: { variants: { vi: { title: 'Giờ mở cửa: 6:30–18:00' } } },
      approved: { variants: { vi: { title: 'Giờ mở cửa: 7:00–17:00' } } },
    });
    expect((await editor.post(`/api/v1/messages/${message.id}/submit`)).status).toBe(200);
    // Whatever recompiles meanwhile (here the hourly job's work, run now) still compiles the approved version.
    await server.app.manifests.publish();
    expect(await pushedSince(before)).toBe(false);
    expect(await titlesOnScreen()).toContain('Giờ mở cửa: 7:00–17:00');
    expect(await titlesOnScreen()).not.toContain('Giờ mở cửa: 6:30–18:00');

    const arriving = nextEvent<Manifest>(socket, 'manifest');
    expect((await approver.post(`/api/v1/messages/${message.id}/approve`)).status).toBe(200);
    const manifest = await arriving;
    expect(manifest.messages[message.id!]?.variants.vi?.title).toBe('Giờ mở cửa: 6:30–18:00');

    // What the screens show cannot lose a message it names: the delete is refused while the approved
    // playlist plays it.
    const gone = await editor.delete<ErrorBody>(`/api/v1/messages/${message.id}`);
    expect(gone.status).toBe(409);
    expect(gone.body.error.message).toContain(playlist.id);
  });

  it('sends a rejected item back to draft with its reason, and answers wrong transitions with 409', async () => {
    const editor = as('gl-editor');
    const approver = as('gl-approver');
    const message = factory.message({ gateId: giaLai.id!, variants: { vi: { title: 'Chào mừng' } } });
    expect((await editor.post('/api/v1/messages', message)).status).toBe(201);
    const url = `/api/v1/messages/${message.id}`;

    const notYet = await approver.post<ErrorBody>(`${url}/approve`);
    expect(notYet.status).toBe(409);
    expect(notYet.body.error.message).toContain('must submit it');
    expect((await editor.post(`${url}/submit`)).status).toBe(200);
    const twice = await editor.post<ErrorBody>(`${url}/submit`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toContain('already submitted');

    for (const body of [undefined, {}, { reason: '   ' }, { reason: 'x', extra: 1 }]) {
      const bad = await approver.post<ErrorBody>(`${url}/reject`, body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.error.path).toMatch(/^\/(reason|extra)?$/);
    }
    const badComment = await approver.post<ErrorBody>(`${url}/approve`, { comment: 42 });
    expect(badComment.status).toBe(400);
    expect(badComment.body.error.path).toBe('/comment');
    expect((await approver.get<ApprovalStatus>(`${url}/approval`)).body.state).toBe('submitted');

    const reason = 'Thiếu bản dịch tiếng Khmer';
    const rejected = await approver.post<ApprovalStatus>(`${url}/reject`, { reason });
    expect(rejected.status).toBe(200);
    const seen = await editor.get<ApprovalStatus>(`${url}/approval`);
    expect(seen.body).toMatchObject({ state: 'draft', rejection: { reason, by: { name: 'gl-approver' } } });
    expect((await approver.post<ErrorBody>(`${url}/reject`, { reason })).status).toBe(409);
    expect((await approver.post<ErrorBody>(`${url}/approve`)).status).toBe(409);

    const log = await admin.get<AuditPage>('/api/v1/audit?action=message.reject');
    expect(log.body.items.find((e) => e.entityId === message.id)?.detail).toMatchObject({
      before: { state: 'submitted' },
      after: { state: 'draft' },
      reason,
    });
    // Fixed and submitted again, it can be approved.
    const fixed = { ...message, variants: { vi: { title: 'Chào mừng' }, km: { title: 'សូមស្វាគមន៍' } } };
    expect((await editor.put(url, fixed)).status).toBe(200);
    expect((await editor.post(`${url}/submit`)).status).toBe(200);
    const approved = await approver.post<ApprovalStatus>(`${url}/approve`);
    expect(approved.body).toMatchObject({ state: 'approved', rejection: null });
    const done = await editor.post<ErrorBody>(`${url}/submit`);
    expect(done.status).toBe(409);
    expect(done.body.error.message).toContain('nothing to submit');
  });

  it('refuses a technician and an approver outside the content’s scope', async () => {
    const editor = as('gl-editor');
    const message = factory.message({ gateId: giaLai.id!, variants: { vi: { title: 'Lệ Thanh' } } });
    expect((await editor.post('/api/v1/messages', message)).status).toBe(201);
    const url = `/api/v1/messages/${message.id}`;
    const tech = as('technician');
    expect((await tech.post(`${url}/submit`)).status).toBe(403);
    expect((await editor.post(`${url}/submit`)).status).toBe(200);
    for (const action of ['approve', 'reject']) {
      const res = await tech.post<ErrorBody>(`${url}/${action}`, { reason: 'không' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('approver');
    }

    // An An Giang approver does not even see Gia Lai's content, let alone approve it.
    const outsider = as('ag-approver');
    expect((await outsider.post(`${url}/approve`)).status).toBe(404);
    expect((await outsider.post(`${url}/reject`, { reason: 'không' })).status).toBe(404);
    const queue = await outsider.get<{ items: ApprovalSummary[] }>('/api/v1/approvals?state=submitted');
    expect(queue.body.items.map((i) => i.id)).not.toContain(message.id);

    // Content shared by every gate is visible to them, but only national scope may approve it.
    const shared = factory.message({ variants: { vi: { title: 'Chung' } } });
    expect((await admin.post('/api/v1/messages', shared)).status).toBe(201);
    expect((await admin.post(`/api/v1/messages/${shared.id}/submit`)).status).toBe(200);
    const refused = await outsider.post<ErrorBody>(`/api/v1/messages/${shared.id}/approve`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('shared');
    for (const id of [message.id, shared.id]) {
      expect((await admin.get<ApprovalStatus>(`/api/v1/messages/${id}/approval`)).body.state).toBe(
        'submitted',
      );
    }
    expect((await admin.get<ErrorBody>('/api/v1/approvals?state=published')).body.error.path).toBe('/state');
  });
});

describe('approval of the demo seed', () => {
  it('records the seeded content as approved by the controller itself, and says so in the audit log', async () => {
    const server = await startTestServer('sqlite', { seedDemo: true });
    try {
      const { api } = server;
      const all = await api.get<{ items: ApprovalSummary[]; total: number }>('/api/v1/approvals?limit=500');
      expect(all.body.total).toBeGreaterThan(3);
      for (const item of all.body.items) {
        expect(item, item.id).toMatchObject({
          state: 'approved',
          approvedBy: { kind: 'system' },
          changed: false,
        });
      }
      const log = await api.get<AuditPage>('/api/v1/audit?action=message.approve&limit=500');
      expect(log.body.items.length).toBeGreaterThan(0);
      expect(log.body.items[0]?.actor.kind).toBe('system');
      expect(String(log.body.items[0]?.detail.note)).toContain('seeded at first start');
      const demo = server.app.demoPlayers.find((p) => p.screenId === 'tinh-bien-led')!;
      const manifest = await api.get<Manifest>(`/api/v1/screens/${demo.screenId}/manifest`);
      expect(Object.keys(manifest.body.messages).length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});

describe.each(dialects)('migration 0006_approval (%s)', (dialect) => {
  it('keeps content stored before approval existed on the screens, approved by the controller, and logs it', async () => {
    const pgDb = dialect === 'postgres' ? await createPgDatabase() : undefined;
    const db = new Kysely<Database>({
      dialect: pgDb
        ? new PostgresDialect({ pool: new pg.Pool({ connectionString: pgDb.url, max: 2 }) })
        : nodeSqliteDialect(':memory:'),
    });
    try {
      const previous = Object.keys(migrations)
        .sort()
        .filter((name) => name < '0006_approval')
        .at(-1)!;
      const provider = { getMigrations: () => Promise.resolve(migrations) };
      expect((await new Migrator({ db, provider }).migrateTo(previous)).error).toBeUndefined();
      const at = '2026-01-02T03:04:05.000Z';
      const message = { ...factory.message(), id: 'old-message', createdAt: at, updatedAt: at };
      const row = { id: message.id, data: JSON.stringify(message), created_at: at, updated_at: at };
      await db.insertInto('messages').values(row).execute();

      await migrate(db);
      const record = await new ApprovalRepository(db).get('message', message.id);
      expect(record).toMatchObject({ state: 'approved', approved: message, approvedBy: { kind: 'system' } });
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_id', '=', message.id)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'message.approve', actor_kind: 'system' });
      expect(audit[0]!.detail).toContain('migration 0006');
    } finally {
      await db.destroy();
      await pgDb?.drop();
    }
  });
});
