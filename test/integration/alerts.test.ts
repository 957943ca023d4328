// CAP alerts from an authority, end to end over the API and the player socket: what reaches which screen,
// Update and Cancel chains, drills, drafts, refusals that store nothing, the source's token and scope.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Alert,
  AlertSourceWithToken,
  ApiError,
  DeviceTokenCreated,
  Emergency,
  PlayerOverride,
} from '../../schemas/types.ts';
import { capBytes, capText } from '../support/cap.ts';
import { parseViCsv } from '../support/csv.ts';
import { factory } from '../support/factory.ts';
import {
  ADMIN_TOKEN,
  Api,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

/** A list reply. */
interface Page<T> {
  items: T[];
  total: number;
}

interface ErrorBody {
  error: ApiError;
}

const password = 'cảnh báo thiên tai 2026';
/** Inside the flood polygon of the fixtures (Tịnh Biên), and two gates outside it. */
const tinhBien = factory.gate({
  id: 'tinh-bien',
  name: 'Cửa khẩu Tịnh Biên',
  province: 'An Giang',
  location: { lat: 10.6, lon: 104.95 },
  languages: ['vi', 'km', 'lo', 'en'],
});
const leThanh = factory.gate({ id: 'le-thanh', name: 'Cửa khẩu Lệ Thanh' });
const naMeo = factory.gate({
  id: 'na-meo',
  name: 'Cửa khẩu Na Mèo',
  province: 'Thanh Hóa',
  location: { lat: 20.43, lon: 104.55 },
  languages: ['vi', 'lo', 'en'],
});
const board = factory.screen('tinh-bien', { id: 'tb-led', name: 'Bảng LED Tịnh Biên' });
const drillKiosk = factory.screen('tinh-bien', {
  id: 'tb-kiosk',
  name: 'Kiosk',
  kind: 'kiosk',
  exercises: true,
});
const leThanhBoard = factory.screen('le-thanh', { id: 'lt-led' });

/** Posts a CAP document with a token (or none). */
async function postCap(
  url: string,
  token: string | undefined,
  body: string | Uint8Array,
  type = 'application/cap+xml',
) {
  const res = await fetch(`${url}/api/v1/cap`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Alert & ErrorBody };
}

describe.each(dialects)('CAP alerts from the authorities (%s)', (dialect) => {
  let server: TestServer;
  let now = Date.parse('2026-09-14T07:00:00+07:00');
  const clock = { now: () => now };
  let token = '';
  let approver: Api;
  let viewerElsewhere: Api;
  const sockets: PlayerSocket[] = [];
  const overrides = new Map<string, PlayerOverride[]>();

  /** The next override pushed to a screen's player after `action`. */
  const pushedTo = async (screenId: string, action: () => Promise<unknown>): Promise<PlayerOverride> => {
    const socket = sockets.find((s) => (s as unknown as { screenId: string }).screenId === screenId)!;
    const next = nextEvent<PlayerOverride>(socket, 'override');
    await action();
    return next;
  };
  /** A fresh session (the test clock jumps days ahead, past a session's idle limit). */
  const signIn = async (username: string) => {
    const api = new Api(server.url, undefined);
    expect((await api.login(username, password)).status).toBe(200);
    return api;
  };
  /** The screen's player says the emergency is on its screen (what a real player does once it shows it). */
  const ackOn = async (screenId: string, id: string) => {
    const socket = sockets.find((s) => (s as unknown as { screenId: string }).screenId === screenId)!;
    const reply = (await socket.timeout(5000).emitWithAck('emergency:ack', { id })) as { ok: boolean };
    expect(reply.ok).toBe(true);
  };
  const alertsTotal = async () => (await server.api.get<Page<Alert>>('/api/v1/alerts')).body.total;

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    const admin = server.api;
    for (const gate of [tinhBien, leThanh, naMeo])
      expect((await admin.post('/api/v1/gates', gate)).status).toBe(201);
    for (const screen of [board, drillKiosk, leThanhBoard])
      expect((await admin.post('/api/v1/screens', screen)).status).toBe(201);
    const created = await admin.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Đài KTTV An Giang',
      kind: 'push',
      scope: { global: true },
      immediate: [{ severities: ['Extreme', 'Severe'], urgencies: ['Immediate'] }],
    });
    expect(created.status).toBe(201);
    token = created.body.token;
    expect(token).toMatch(/^gcs_/);
    approver = await admin.newUser('truc-ban', ['approver'], { global: true }, password);
    viewerElsewhere = await admin.newUser('xem-gia-lai', ['viewer'], { provinces: ['Gia Lai'] }, password);
    for (const screen of [board, drillKiosk, leThanhBoard]) {
      const device = await admin.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
      const socket = connectPlayer(server.url, device.body.token);
      Object.assign(socket, { screenId: screen.id ?? '' });
      const first = await nextEvent<PlayerOverride>(socket, 'override');
      expect(first.emergencies).toEqual([]);
      socket.on('override', (o: PlayerOverride) =>
        overrides.set(screen.id ?? '', [...(overrides.get(screen.id ?? '') ?? []), o]),
      );
      sockets.push(socket);
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.stop();
  });

  it('refuses a caller without the source token, and a person or a device with theirs', async () => {
    const xml = capText('flood-warning.xml');
    expect((await postCap(server.url, undefined, xml)).status).toBe(401);
    expect((await postCap(server.url, 'gcs_not-a-real-token', xml)).status).toBe(401);
    const asAdmin = await fetch(`${server.url}/api/v1/cap`, {
      method: 'POST',
      headers: { 'content-type': 'application/cap+xml', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: xml,
    });
    expect(asAdmin.status).toBe(403);
    // The source token opens nothing else.
    const elsewhere = await fetch(`${server.url}/api/v1/alerts`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(elsewhere.status).toBe(401);
    expect(await alertsTotal()).toBe(0);
  });

  it('refuses a malformed document naming the element, and stores nothing', async () => {
    const before = await alertsTotal();
    const bad = await postCap(server.url, token, capText('malformed/open-polygon.xml'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toMatch(/^cap_/);
    expect(bad.body.error.path).toMatch(/^\/alert\/info\/\d+\/area\/\d+\/polygon\/\d+$/);
    const enumeration = await postCap(server.url, token, capText('malformed/bad-enum.xml'));
    expect(enumeration.status).toBe(400);
    expect(enumeration.body.error.message).toMatch(/<\w+>/);
    const json = await postCap(server.url, token, '{"alert":1}', 'application/json');
    expect(json.status).toBe(415);
    expect(await alertsTotal()).toBe(before);
  });

  it('refuses an alert sent in the future or already expired', async () => {
    now = Date.parse('2026-09-14T06:00:00+07:00'); // half an hour before the warning's <sent>
    const early = await postCap(server.url, token, capText('flood-warning.xml'));
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({ code: 'cap_sent_in_future', path: '/alert/sent' });
    now = Date.parse('2026-09-15T19:00:00+07:00'); // after its <expires>
    const late = await postCap(server.url, token, capText('flood-warning.xml'));
    expect(late.status).toBe(400);
    expect(late.body.error).toMatchObject({ code: 'cap_expired', path: '/alert/info/0/expires' });
    expect(await alertsTotal()).toBe(0);
  });

  let warningId = '';
  let warningEmergency = '';
  it('puts a three-language alert on exactly the gates inside its polygon, at once by the source rule', async () => {
    now = Date.parse('2026-09-14T07:00:00+07:00');
    const bytes = capBytes('flood-warning.xml');
    const reply = await pushedTo('tb-led', () => postCap(server.url, token, bytes));
    expect(reply.emergencies).toHaveLength(1);
    const shown = reply.emergencies[0]!;
    expect(Object.keys(shown.variants)).toEqual(['vi', 'km', 'lo']);
    expect(shown.variants.vi?.title).toBe('Cảnh báo lũ cấp 3 tại khu vực cửa khẩu Tịnh Biên');
    expect(shown.variants.km?.title).toBe('ការព្រមានទឹកជំនន់នៅច្រកព្រំដែនទីញបៀន');
    expect(shown.expiresAt).toBe(Date.parse('2026-09-15T18:00:00+07:00'));
    expect(shown.exercise).toBeUndefined();
    await ackOn('tb-led', shown.id);

    const [stored] = (await server.api.get<Page<Alert>>('/api/v1/alerts')).body.items;
    expect(stored).toMatchObject({ outcome: 'shown', status: 'Actual', msgType: 'Alert', via: 'push' });
    expect(stored!.languages.present).toEqual(['vi', 'km', 'lo']);
    expect(stored!.gates.map((g) => [g.gateId, g.outcome])).toEqual([['tinh-bien', 'active']]);
    // English is one of the gate's languages and neither the alert nor a template has it.
    expect(stored!.gates[0]!.texts).toEqual({
      vi: 'original',
      km: 'original',
      lo: 'original',
      en: 'missing',
    });
    expect(stored!.gates[0]!.screens).toEqual(['tb-kiosk', 'tb-led']);
    expect(stored!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    warningId = stored!.id;
    warningEmergency = stored!.gates[0]!.emergencyId!;

    // The document is kept byte for byte.
    const xml = await fetch(`${server.url}/api/v1/alerts/${warningId}/xml`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(Buffer.from(await xml.arrayBuffer()).equals(bytes)).toBe(true);

    // Lệ Thanh is outside the polygon: its player was sent nothing.
    expect((overrides.get('lt-led') ?? []).flatMap((o) => o.emergencies)).toEqual([]);
    // A viewer scoped to Gia Lai does not see an alert that reached only An Giang.
    expect((await viewerElsewhere.get<Page<Alert>>('/api/v1/alerts')).body.total).toBe(0);
    expect((await viewerElsewhere.get(`/api/v1/alerts/${warningId}`)).status).toBe(404);
  });

  it('answers the same alert again with the stored one and changes nothing', async () => {
    const again = await postCap(server.url, token, capBytes('flood-warning.xml'));
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(warningId);
    const altered = await postCap(
      server.url,
      token,
      capText('flood-warning.xml').replace('vượt báo động 3', 'vượt báo động 2'),
    );
    expect(altered.status).toBe(409);
    expect(await alertsTotal()).toBe(1);
  });

  it('replaces the text on screen with an Update', async () => {
    now = Date.parse('2026-09-14T12:05:00+07:00');
    const reply = await pushedTo('tb-led', () => postCap(server.url, token, capText('flood-update.xml')));
    expect(reply.emergencies).toHaveLength(1);
    const updated = reply.emergencies[0]!;
    expect(updated.id).not.toBe(warningEmergency);
    await ackOn('tb-led', updated.id);
    const update = capText('flood-update.xml');
    const headline = /<headline>([^<]*)<\/headline>/.exec(update)?.[1] ?? '';
    expect(updated.variants.vi?.title).toBe(headline);
    expect(headline).toMatch(/^Cập nhật/);
    expect(updated.variants.vi?.body).toContain('0,8–1,1 m');
    const earlier = (await server.api.get<Emergency>(`/api/v1/emergencies/${warningEmergency}`)).body;
    expect(earlier.state).toBe('cleared');
    expect(earlier.origin?.replacedBy).toBe(updated.id);
    const warning = (await server.api.get<Alert>(`/api/v1/alerts/${warningId}`)).body;
    expect(warning.gates[0]!.outcome).toBe('replaced');
    // On no screen any more, as a whole.
    expect(warning.outcome).toBe('ended');
  });

  it('clears it from the screens with a Cancel', async () => {
    now = Date.parse('2026-09-15T09:20:00+07:00');
    const reply = await pushedTo('tb-led', () => postCap(server.url, token, capText('flood-cancel.xml')));
    expect(reply.emergencies).toEqual([]);
    const cancel = (await server.api.get<Page<Alert>>('/api/v1/alerts')).body.items[0]!;
    expect(cancel).toMatchObject({ msgType: 'Cancel', outcome: 'cancelled' });
    expect(cancel.references?.every((r) => r.alertId)).toBe(true);
  });

  it('shows an exercise only on the screens that opted in, marked as a drill', async () => {
    now = Date.parse('2026-09-20T09:05:00+07:00');
    approver = await signIn('truc-ban');
    const kiosk = pushedTo('tb-kiosk', () => postCap(server.url, token, capText('exercise.xml')));
    const drill = (await kiosk).emergencies[0]!;
    expect(drill.exercise).toBe(true);
    const alert = (await server.api.get<Page<Alert>>('/api/v1/alerts')).body.items[0]!;
    expect(alert.status).toBe('Exercise');
    expect(alert.gates[0]!.screens).toEqual(['tb-kiosk']);
    // The LED board did not opt in: whatever it was last sent, the drill is not in it.
    const led = overrides.get('tb-led') ?? [];
    expect(led.at(-1)?.emergencies.some((e) => e.id === drill.id) ?? false).toBe(false);
    await approver.post(`/api/v1/alerts/${alert.id}/clear`);
  });

  it('never shows a draft', async () => {
    now = Date.parse('2026-09-14T06:20:00+07:00');
    const before = (overrides.get('tb-led') ?? []).length;
    const draft = await postCap(server.url, token, capText('draft.xml'));
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'Draft', outcome: 'draft', gates: [] });
    expect((overrides.get('tb-led') ?? []).length).toBe(before);
  });

  it('waits for an approver when no rule of the source matches, and goes on screen once approved', async () => {
    now = Date.parse('2026-10-02T14:10:00+07:00');
    approver = await signIn('truc-ban');
    // A typhoon around Lệ Thanh: Extreme but Expected, not Immediate, so it waits.
    const storm = await postCap(server.url, token, capText('storm-circle.xml'));
    expect(storm.status).toBe(201);
    expect(storm.body.outcome).toBe('pending');
    expect(storm.body.gates.map((g) => [g.gateId, g.outcome])).toEqual([['le-thanh', 'pending']]);
    expect((overrides.get('lt-led') ?? []).flatMap((o) => o.emergencies)).toEqual([]);
    const seen = (await approver.get<Alert>(`/api/v1/alerts/${storm.body.id}`)).body;
    expect(seen.actions).toEqual(['approve', 'clear']);
    const approved = await pushedTo('lt-led', () => approver.post(`/api/v1/alerts/${storm.body.id}/approve`));
    expect(approved.emergencies).toHaveLength(1);
    expect(approved.emergencies[0]!.variants.vi?.title).toMatch(/^Bão số 6/);
    const after = (await approver.get<Alert>(`/api/v1/alerts/${storm.body.id}`)).body;
    expect(after.gates[0]!.outcome).toBe('active');
    expect(after.outcome).toBe('shown');
    // The alert ends when the authority said, not a TTL counted from the approval.
    expect(approved.emergencies[0]!.expiresAt).toBe(Date.parse('2026-10-04T02:00:00+07:00'));
    const cleared = await pushedTo('lt-led', () => approver.post(`/api/v1/alerts/${storm.body.id}/clear`));
    expect(cleared.emergencies).toEqual([]);
  });

  it('lets an alert that waited past its expiry expire, and refuses approving it then', async () => {
    now = Date.parse('2026-10-02T14:30:00+07:00');
    const storm = capText('storm-circle.xml').replaceAll(
      'VN-KTTV-TW-2026-1002-014',
      'VN-KTTV-TW-2026-1002-015',
    );
    const waiting = await postCap(server.url, token, storm);
    expect(waiting.body.gates.map((g) => g.outcome)).toEqual(['pending']);
    now = Date.parse('2026-10-04T02:00:00+07:00'); // its <expires>
    approver = await signIn('truc-ban');
    const late = await approver.get<Alert>(`/api/v1/alerts/${waiting.body.id}`);
    expect(late.body.gates.map((g) => g.outcome)).toEqual(['expired']);
    expect(late.body.actions).toEqual([]);
    const refused = await approver.post<ErrorBody>(`/api/v1/alerts/${waiting.body.id}/approve`);
    expect(refused.status).toBe(409);
    const emergencyId = waiting.body.gates[0]!.emergencyId!;
    const direct = await approver.post<ErrorBody>(`/api/v1/emergencies/${emergencyId}/approve`);
    expect(direct.status).toBe(409);
    expect((overrides.get('lt-led') ?? []).at(-1)?.emergencies ?? []).toEqual([]);
    // The expiry job writes it down.
    expect(await server.app.emergencies.expireDue()).toBeGreaterThanOrEqual(1);
    expect((await approver.get<Emergency>(`/api/v1/emergencies/${emergencyId}`)).body.state).toBe('expired');
  });

  it('reaches only gates within the source’s scope', async () => {
    const narrow = await server.api.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Sở Y tế Thanh Hóa',
      kind: 'push',
      scope: { provinces: ['Thanh Hóa'] },
      immediate: [{}],
    });
    now = Date.parse('2026-10-02T14:20:00+07:00');
    const storm = capText('storm-circle.xml').replaceAll(
      'VN-KTTV-TW-2026-1002-014',
      'VN-YT-TH-2026-1002-001',
    );
    const reply = await postCap(server.url, narrow.body.token, storm);
    expect(reply.status).toBe(201);
    // Lệ Thanh is inside the circle but outside the source's scope.
    expect(reply.body).toMatchObject({ outcome: 'no-gate', gates: [] });
  });

  it('fills a missing language from the gate’s approved template', async () => {
    const editor = await server.api.newUser('bien-tap', ['editor'], { global: true }, password);
    approver = await signIn('truc-ban');
    const written = await editor.post<{ id: string }>('/api/v1/alert-templates', {
      gateId: 'tinh-bien',
      event: 'Lũ',
      lang: 'en',
      title: 'Flood warning: {severity}',
      body: 'Until {expires}. Follow the Border Guard.',
    });
    expect(written.status).toBe(201);
    expect((await approver.post(`/api/v1/alert-templates/${written.body.id}/approve`)).status).toBe(200);
    now = Date.parse('2026-09-14T07:00:00+07:00');
    const fresh = capText('flood-warning.xml').replaceAll(
      'VN-KTTV-AG-2026-0914-001',
      'VN-KTTV-AG-2026-0914-009',
    );
    const reply = await pushedTo('tb-led', () => postCap(server.url, token, fresh));
    const shown = reply.emergencies.at(-1)!;
    expect(Object.keys(shown.variants)).toEqual(['vi', 'km', 'lo', 'en']);
    expect(shown.variants.en?.title).toBe('Flood warning: Severe');
    const alert = (await server.api.get<Page<Alert>>('/api/v1/alerts')).body.items.find(
      (a) => a.identifier === 'VN-KTTV-AG-2026-0914-009',
    );
    expect(alert?.gates[0]?.texts.en).toBe('template');
  });

  it('reports which screens showed which alert, from when, until when, for how long', async () => {
    now = Date.parse('2026-10-03T08:00:00+07:00');
    const csv = await fetch(`${server.url}/api/v1/alerts/report?from=2026-09-14&until=2026-09-15`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(csv.status).toBe(200);
    const rows = parseViCsv(new Uint8Array(await csv.arrayBuffer()));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const of = (identifier: string) => rows.filter((r) => r[col('Mã cảnh báo')] === identifier);
    // The warning: on the LED board from its arrival until the Update replaced it, 5 h 5 min.
    const [warning] = of('VN-KTTV-AG-2026-0914-001');
    expect(warning?.[col('Màn hình')]).toBe('Bảng LED Tịnh Biên');
    expect(warning?.[col('Hiện từ')]).toBe('14/09/2026 07:00');
    expect(warning?.[col('Đến')]).toBe('14/09/2026 12:05');
    expect(warning?.[col('Số phút')]).toBe('305');
    expect(warning?.[col('Kết quả')]).toBe('Đã thay bằng bản cập nhật');
    expect(warning?.[col('Ngôn ngữ')]).toMatch(/\(km\)/);
    // The update: until the Cancel the next morning.
    const [update] = of('VN-KTTV-AG-2026-0914-002');
    expect(update?.[col('Đến')]).toBe('15/09/2026 09:20');
    expect(update?.[col('Số phút')]).toBe(String(21 * 60 + 15));
    // The draft is in the report though it was never shown; the typhoon of October is not in September's.
    expect(rows.some((r) => r[col('Trạng thái')] === 'Bản nháp')).toBe(true);
    expect(of('VN-KTTV-TW-2026-1002-014')).toEqual([]);
    // A Gia Lai viewer's report holds none of An Giang's alerts: only its header.
    const viewer = await signIn('xem-gia-lai');
    const theirs = await fetch(`${server.url}/api/v1/alerts/report?from=2026-09-14&until=2026-09-15`, {
      headers: { cookie: viewer.sessionCookie ?? '' },
    });
    expect(theirs.status).toBe(200);
    expect(parseViCsv(new Uint8Array(await theirs.arrayBuffer()))).toEqual([header]);
  });
});
