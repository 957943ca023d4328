// Walks every service method that reads or changes data and calls it as an actor from another province:
// scope is the services' own rule (HTTP, sockets and jobs share it), so it must hold without any route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../server/domain/access.ts';
import { DomainError } from '../../server/domain/errors.ts';
import { capBytes, shiftSoSent } from '../support/cap.ts';
import { factory } from '../support/factory.ts';
import { solidPng, uploadAs } from '../support/media.ts';
import { serviceMethods } from '../support/service-methods.ts';
import { storedRows } from '../support/snapshot.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** An admin (every permission) whose scope is another province: only scope can stop it. */
const outsider: Principal = {
  kind: 'user',
  id: 'outsider',
  name: 'admin of Quảng Trị',
  roles: ['admin'],
  scope: { provinces: ['Quảng Trị'] },
};

/*
 * Public service methods that take no actor, and why that is right: each is reached only by a device for its
 * own screen, by the controller itself (jobs, start-up, listeners), or before anyone is signed in.
 */
const noActor: Record<string, string> = {
  'AlertTemplateService.approvedFor': 'alert ingestion: the controller fills the languages an alert lacks',
  'AlertSourceService.authenticate': 'turns an alert source token into its source',
  'AlertService.ingest': "an alert source (by its token): reaches only gates in the source's own scope",
  'AlertService.preview': 'an alert source (by its token): the same plan as ingest, nothing stored',
  'AlertFeedService.pollDue': 'job (each due feed source, as the controller; ingest keeps to its scope)',
  'DataSourceService.authenticate': 'turns a data source token into its source',
  'DataValueService.push': 'a push source (by its token): only its own values',
  'DataValueService.record': 'a source’s own values: push, the pull job, or enter after its own check',
  'DataValueService.onAccepted': 'listener registration',
  'DataSourceService.onChanged': 'listener registration',
  'DataDeliveryService.forGate': "a player's own gate, from its authenticated socket: the values it shows",
  'DataDeliveryService.accepted':
    'values that became current, to the screens of the gates their source reaches',
  'DataDeliveryService.screenMoved': "a screen moved to another gate: that gate's values to its players",
  'ManifestService.onScreenMoved': 'listener registration',
  'DataDeliveryService.sourceChanged': 'a changed source: its gates get their values again, nothing else',
  'DataPullService.pollDue': 'job (each due pull source, as the controller)',
  'EmergencyService.forAlert': 'read by AlertService for an alert the actor was already allowed to read',
  'ApiTokenService.registerConfigured': 'start-up: registers ADMIN_TOKEN',
  'ApiTokenService.authenticate': 'turns a bearer secret into its principal',
  'ApprovalService.onTransition': 'listener registration',
  'ApprovalService.recordPreapproved':
    'first-start seed; GateCalendarService.approve, for the message written from the calendar its checked approver approved',
  'ApprovalService.removed': 'DraftTracker hook, after EntityService checked the actor',
  'AssetService.media': 'device (own manifest only) or signed-in reader of the shared library',
  'AuthService.bootstrapAdmin': 'first start',
  'AuthService.login': 'public sign-in',
  'AuthService.resolveSession': 'turns a session cookie into its principal',
  'AuthService.logout': "ends the caller's own session",
  'BackupService.run': 'command line (npm run backup)',
  'BlobGcService.collect': 'job',
  'CommandService.storeScreenshot': "device: only its own screen's screenshot command",
  'DeviceService.authenticate': 'turns a device token into its screen',
  'DeviceService.issueDemoLink': 'first-start demo seed',
  'DeviceService.exchangeEnrolment': 'public, single-use enrolment link',
  'EmergencyService.expireDue': 'job',
  'EmergencyService.recordAck': 'device: only emergencies that reached its screen',
  'EmergencyService.onAck': 'listener registration',
  'EmergencyProofService.store': 'device: its own screen, only emergencies that reached it',
  'EmergencyProofService.proofs':
    'read by EmergencyService for an emergency the actor was already allowed to read',
  'HeartbeatService.ingest': 'device: its own heartbeat',
  'HeartbeatService.latestOf': 'status model and console pushes (per-socket scope check)',
  'HeartbeatService.onHeartbeat': 'listener registration',
  'HeartbeatService.stats': 'benchmarks',
  'HeartbeatService.flush': 'write buffer',
  'HeartbeatService.close': 'shutdown',
  'ManifestService.changed': 'after a stored change',
  'ManifestService.publish': 'after an approval',
  'ManifestService.forScreen': "device: its own screen's manifest",
  'ManifestService.recordApplied': "device: its own screen's ack",
  'ManifestService.close': 'shutdown',
  'ManifestService.onApplied': 'listener registration',
  'ManifestService.status': 'console pushes (per-socket scope check)',
  'LiveHeartbeats.heard': 'status model internals',
  'LiveHeartbeats.lastHeartbeats': 'status model internals',
  'MonitorService.listen': 'listener registration',
  'MonitorService.check': 'job',
  'MonitorService.statusCounts': 'metrics gauge',
  'OverrideService.forScreen': "device: its own screen's override state",
  'OverrideService.push': 'after a stored override change',
  'OverrideService.changed': 'after a stored override change',
  'OverrideService.onChange': 'listener registration',
  'OverrideService.approvers': 'names for an item the actor was already allowed to read or preview',
  'PairingService.request': 'public /pairing namespace: asks for a code',
  'PairingService.detach': 'public /pairing namespace: the socket left',
  'PairingService.claim': 'public /pairing namespace: the holder of the claim secret',
  'PasswordCheckService.reserveSignIn': 'sign-in throttle',
  'PasswordCheckService.signedIn': 'sign-in throttle',
  'PasswordCheckService.reverify': "checks the caller's own password",
  'ProofOfPlayService.record': 'device: its own plays, checked against what it was sent',
  'RenditionService.ensure': 'media pipeline',
  'RenditionService.forManifest': 'media pipeline',
  'RenditionService.ofSource': 'media pipeline',
  'ReportService.rollup': 'job',
  'SeedService.seedAndLink': 'first start',
  'TotpService.sealLegacySecrets': 'start-up',
  'TotpService.verifyAtSignIn': 'sign-in',
  'WebhookService.notify': 'status model',
  'WebhookService.deliverDue': 'job',
};

/* Methods that take the actor but are not about data in a scope. */
const notScoped: Record<string, string> = {
  'AccessPolicy.assertCan': 'the rule itself',
  'AccessPolicy.gatesInScope': 'the rule itself',
  'AccessPolicy.visible': 'the rule itself',
  'AccessPolicy.assertWritable': 'the rule itself',
  'AccessPolicy.covers': 'the rule itself',
  'AccessPolicy.screen': 'the rule itself',
  'ApprovalService.created': 'DraftTracker hook, after EntityService checked the actor',
  'ApprovalService.editing': 'DraftTracker hook, after EntityService checked the actor',
  'ApprovalService.removing': 'DraftTracker hook (checks the approved version itself)',
  'AuditService.record': 'writes an entry; reading is list and csv',
  'AuthService.changePassword': "the caller's own password",
  'TotpService.start': "the caller's own second factor",
  'TotpService.confirm': "the caller's own second factor",
  'TotpService.disable': "the caller's own second factor",
  'TotpService.renewRecoveryCodes': "the caller's own second factor",
  'AuthService.account': "the caller's own account",
  'OverrideService.reach': 'walked through EmergencyService.send and BlackoutService.start',
  'EmergencyService.applyAlert':
    "the actor is an alert source; AlertService.ingest kept to the source's scope",
  'OverrideService.writable': 'the rule itself (what the actor may change, for the actions it is shown)',
};

type Call = () => Promise<unknown>;
/** refused: throws 403, 404, or 400 unknown_reference; hidden: answers without any of An Giang's data. */
type Expectation = { refused: Call } | { hidden: Call } | { allowed: Call; why: string };

describe('every service method refuses an actor outside its scope', () => {
  let server: TestServer;
  const anGiang = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const screen = factory.screen(anGiang.id!);
  const message = factory.message({ gateId: anGiang.id! });
  let playlistId = '';
  let scheduleId = '';
  let assetId = '';
  let emergencyId = '';
  let blackoutId = '';
  let webhookId = '';
  let userId = '';
  let tokenId = '';
  let deviceTokenId = '';
  let alertTemplateId = '';
  let alertSourceId = '';
  let alertId = '';
  let dataSourceId = '';
  let dataValueId = '';
  /** Strings that only An Giang's data contains: none may appear in what the outsider is shown. */
  const marks: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    const api = server.api;
    const ok = async <T>(p: Promise<{ status: number; body: T }>, status = 201): Promise<T> => {
      const r = await p;
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      return r.body;
    };
    await ok(api.post('/api/v1/gates', { ...anGiang, emergencyPolicy: 'second-approval' }));
    await ok(api.post('/api/v1/screens', screen));
    await ok(api.post('/api/v1/messages', message));
    playlistId = (
      await ok(
        api.post<{ id: string }>(
          '/api/v1/playlists',
          factory.playlist([message.id!], { gateId: anGiang.id! }),
        ),
      )
    ).id;
    scheduleId = (
      await ok(
        api.post<{ id: string }>('/api/v1/schedules', factory.schedule(playlistId, { gates: [anGiang.id!] })),
      )
    ).id;
    const editor = await api.newUser(
      'ag-walk-editor',
      ['editor'],
      { provinces: ['An Giang'] },
      'đi khắp các dịch vụ 2026',
    );
    assetId = (await uploadAs(server, editor, 'walk', await solidPng(32, 32, '#10a010'))).body.id;
    emergencyId = (
      await ok(
        api.post<{ id: string }>('/api/v1/emergencies', {
          variants: { vi: { title: 'Đi khắp' } },
          targets: { gates: [anGiang.id] },
          ttlMinutes: 5,
        }),
      )
    ).id;
    blackoutId = (
      await ok(
        api.post<{ id: string }>('/api/v1/blackouts', { targets: { screens: [screen.id] }, reason: 'walk' }),
      )
    ).id;
    webhookId = (
      await ok(
        api.post<{ id: string }>('/api/v1/webhooks', {
          url: 'http://127.0.0.1:9/hook',
          secret: 'a-secret-of-sixteen-chars',
          scope: { provinces: ['An Giang'] },
          events: ['screen.offline'],
        }),
      )
    ).id;
    userId = (
      await ok(api.get<{ items: { id: string; username: string }[] }>('/api/v1/users'), 200)
    ).items.find((u) => u.username === 'ag-walk-editor')!.id;
    tokenId = (
      await ok(
        api.post<{ id: string }>('/api/v1/tokens', {
          label: 'An Giang bot',
          roles: ['viewer'],
          scope: { provinces: ['An Giang'] },
        }),
      )
    ).id;
    deviceTokenId = (await ok(api.post<{ id: string }>(`/api/v1/screens/${screen.id}/tokens`, {}))).id;
    alertTemplateId = (
      await ok(
        api.post<{ id: string }>('/api/v1/alert-templates', {
          gateId: anGiang.id!,
          event: 'Flood',
          lang: 'km',
          title: 'ការព្រមានទឹកជំនន់',
        }),
      )
    ).id;
    marks.push(
      anGiang.id!,
      screen.id!,
      message.id!,
      playlistId,
      scheduleId,
      emergencyId,
      blackoutId,
      webhookId,
    );
    marks.push(userId, tokenId, deviceTokenId, 'ag-walk-editor');
    const source = await ok(
      api.post<{ source: { id: string }; token: string }>('/api/v1/alert-sources', {
        name: 'Đài KTTV An Giang',
        kind: 'push',
        scope: { provinces: ['An Giang'] },
      }),
    );
    alertSourceId = source.source.id;
    // A typhoon whose circle holds the gate, sent a minute ago: it waits at the gate for an approver.
    const storm = capBytes('storm-circle.xml', shiftSoSent('2026-10-02T14:00:00+07:00', Date.now()));
    const pushed = await fetch(`${server.url}/api/v1/cap`, {
      method: 'POST',
      headers: { authorization: `Bearer ${source.token}`, 'content-type': 'application/cap+xml' },
      body: new Uint8Array(storm),
    });
    expect(pushed.status).toBe(201);
    alertId = ((await pushed.json()) as { id: string }).id;
    marks.push(alertTemplateId, alertSourceId, alertId);
    // A data source of An Giang and a waiting time it sent.
    const data = await ok(
      api.post<{ source: { id: string }; token: string }>('/api/v1/data-sources', {
        name: 'Làn Tịnh Biên',
        kind: 'push',
        scope: { provinces: ['An Giang'] },
        maxAgeSeconds: 600,
      }),
    );
    dataSourceId = data.source.id;
    const sent = await fetch(`${server.url}/api/v1/data/values`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ values: [{ path: 'queue.passengers.minutes', type: 'number', value: 25 }] }),
    });
    expect(sent.status).toBe(200);
    dataValueId = ((await sent.json()) as { values: { id: string }[] }).values[0]!.id;
    marks.push(dataSourceId, dataValueId);
    // A draft calendar of the gate, waiting for an approver.
    await ok(
      api.put(`/api/v1/gates/${anGiang.id}/calendar`, {
        weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '06:00', close: '22:00' }] },
      }),
      200,
    );
  });
  afterAll(async () => {
    await server.stop();
  });

  it('classifies every public service method: it takes the actor, or it says why not', () => {
    const methods = serviceMethods();
    const names = methods.map((m) => `${m.className}.${m.method}`);
    const unexplained = methods
      .filter((m) => !m.takesActor && !(`${m.className}.${m.method}` in noActor))
      .map((m) => `${m.className}.${m.method}`);
    expect(unexplained, 'public service methods without an actor and without a reason').toEqual([]);
    const stale = [...Object.keys(noActor), ...Object.keys(notScoped)].filter((n) => !names.includes(n));
    expect(stale, 'entries for methods that no longer exist').toEqual([]);
  });

  it('refuses, or shows nothing of An Giang, in every method that takes the actor', async () => {
    const s = server.app.services;
    const period = { from: '2026-01-01', until: '2027-01-01' };
    const entity = (
      key: 'gates' | 'screens' | 'messages' | 'playlists' | 'schedules',
      id: string,
      body: object,
    ): Record<string, Expectation> => ({
      [`${key}.list`]: { hidden: () => s[key].list(outsider, 500, 0) },
      [`${key}.get`]: { refused: () => s[key].get(outsider, id) },
      [`${key}.create`]: { refused: () => s[key].create(outsider, body) },
      [`${key}.update`]: { refused: () => s[key].update(outsider, id, body) },
      [`${key}.remove`]: { refused: () => s[key].remove(outsider, id) },
    });
    const { id: _m, ...messageBody } = message;
    const walk: Record<string, Expectation> = {
      ...entity('gates', anGiang.id!, { ...anGiang, id: undefined, name: 'x' }),
      ...entity('screens', screen.id!, { ...screen, id: undefined }),
      ...entity('messages', message.id!, messageBody),
      ...entity('playlists', playlistId, factory.playlist([message.id!], { gateId: anGiang.id! })),
      ...entity('schedules', scheduleId, factory.schedule(playlistId, { gates: [anGiang.id!] })),
      'approvals.status': { refused: () => s.approvals.status(outsider, 'message', message.id!) },
      'approvals.onAir': { refused: () => s.approvals.onAir(outsider, 'message', message.id!) },
      'approvals.list': { hidden: () => s.approvals.list(outsider, {}, 500, 0) },
      'approvals.submit': { refused: () => s.approvals.submit(outsider, 'message', message.id!, {}) },
      'approvals.approve': { refused: () => s.approvals.approve(outsider, 'message', message.id!, {}) },
      'approvals.reject': {
        refused: () => s.approvals.reject(outsider, 'message', message.id!, { reason: 'x' }),
      },
      'assets.list': { allowed: () => s.assets.list(outsider, 500, 0), why: 'the media library is shared' },
      'assets.get': { allowed: () => s.assets.get(outsider, assetId), why: 'the media library is shared' },
      'assets.thumbnail': {
        allowed: () => s.assets.thumbnail(outsider, assetId),
        why: 'the media library is shared',
      },
      'assets.upload': {
        allowed: () => Promise.resolve(),
        why: "an upload belongs to the uploader's own scope",
      },
      'assets.update': { refused: () => s.assets.update(outsider, assetId, { name: 'x', tags: [] }) },
      'assets.remove': { refused: () => s.assets.remove(outsider, assetId) },
      'audit.list': { hidden: () => s.audit.list(outsider, { limit: 500, offset: 0 }) },
      'audit.csv': { hidden: () => s.audit.csv(outsider, {}) },
      'blackouts.start': {
        refused: () => s.blackouts.start(outsider, { targets: { gates: [anGiang.id] }, reason: 'x' }),
      },
      'blackouts.lift': { refused: () => s.blackouts.lift(outsider, blackoutId) },
      'blackouts.list': { hidden: () => s.blackouts.list(outsider, 500) },
      'blackouts.get': { refused: () => s.blackouts.get(outsider, blackoutId) },
      'commands.send': { refused: () => s.commands.send(outsider, screen.id!, { type: 'identify' }) },
      'commands.recent': { refused: () => s.commands.recent(outsider, screen.id!, 10) },
      'commands.latestScreenshot': { refused: () => s.commands.latestScreenshot(outsider, screen.id!) },
      'commands.latestScreenshotPng': { refused: () => s.commands.latestScreenshotPng(outsider, screen.id!) },
      'geometry.state': { refused: () => s.geometry.state(outsider, screen.id!) },
      'geometry.preview': {
        refused: () =>
          s.geometry.preview(outsider, screen.id!, { width: 64, height: 32, offsetX: 0, offsetY: 0 }),
      },
      'geometry.apply': { refused: () => s.geometry.apply(outsider, screen.id!, { previewId: 'x' }) },
      'geometry.cancel': { refused: () => s.geometry.cancel(outsider, screen.id!, { previewId: 'x' }) },
      'geometry.restore': { refused: () => s.geometry.restore(outsider, screen.id!) },
      'devices.createToken': { refused: () => s.devices.createToken(outsider, screen.id!, {}) },
      'devices.listTokens': { refused: () => s.devices.listTokens(outsider, screen.id!) },
      'devices.revoke': { refused: () => s.devices.revoke(outsider, screen.id!, deviceTokenId) },
      'devices.issueEnrolment': { refused: () => s.devices.issueEnrolment(outsider, screen.id!, {}) },
      'emergencies.send': {
        refused: () =>
          s.emergencies.send(outsider, {
            variants: { vi: { title: 'x' } },
            targets: { gates: [anGiang.id] },
            ttlMinutes: 5,
          }),
      },
      'emergencies.approve': { refused: () => s.emergencies.approve(outsider, emergencyId) },
      'emergencies.clear': { refused: () => s.emergencies.clear(outsider, emergencyId) },
      'emergencies.list': { hidden: () => s.emergencies.list(outsider, 500) },
      'emergencies.get': { refused: () => s.emergencies.get(outsider, emergencyId) },
      'emergencyProofs.png': { refused: () => s.emergencyProofs.png(outsider, emergencyId, screen.id!) },
      'overrides.preview': {
        refused: () => s.overrides.preview(outsider, { kind: 'emergency', targets: { gates: [anGiang.id] } }),
      },
      'heartbeats.latest': { refused: () => s.heartbeats.latest(outsider, screen.id!) },
      'heartbeats.history': { refused: () => s.heartbeats.history(outsider, screen.id!, {}) },
      'manifests.screenStatus': { refused: () => s.manifests.screenStatus(outsider, screen.id!) },
      'manifests.screenManifest': { refused: () => s.manifests.screenManifest(outsider, screen.id!) },
      'dataDelivery.forScreen': { refused: () => s.dataDelivery.forScreen(outsider, screen.id!) },
      'monitor.prometheus': { refused: () => s.monitor.prometheus(outsider) },
      'monitor.fleet': { hidden: () => s.monitor.fleet(outsider) },
      'pairing.pair': { refused: () => s.pairing.pair(outsider, screen.id!, { code: 'ACEFHJ' }) },
      'plays.list': { refused: () => s.plays.list(outsider, screen.id!, { limit: 10, offset: 0 }) },
      'reports.plays': { hidden: () => s.reports.plays(outsider, period) },
      'reports.playsFile': { hidden: () => s.reports.playsFile(outsider, period, 'csv') },
      'reports.availability': { hidden: () => s.reports.availability(outsider, period) },
      'reports.availabilityFile': { hidden: () => s.reports.availabilityFile(outsider, period, 'csv') },
      'users.list': { hidden: () => s.users.list(outsider) },
      'users.get': { refused: () => s.users.get(outsider, userId) },
      'users.create': {
        refused: () =>
          s.users.create(outsider, {
            username: 'walk-new',
            displayName: 'x',
            roles: ['viewer'],
            scope: { provinces: ['An Giang'] },
            password: 'một mật khẩu đủ dài 2026',
          }),
      },
      'users.update': {
        refused: () =>
          s.users.update(outsider, userId, {
            username: 'ag-walk-editor',
            displayName: 'x',
            roles: ['editor'],
            scope: { provinces: ['Quảng Trị'] },
          }),
      },
      'users.remove': { refused: () => s.users.remove(outsider, userId) },
      'users.disableSecondFactor': { refused: () => s.users.disableSecondFactor(outsider, userId) },
      'users.recentAudit': { refused: () => s.users.recentAudit(outsider, userId, 20) },
      'apiTokens.create': {
        refused: () =>
          s.apiTokens.create(outsider, { label: 'x', roles: ['viewer'], scope: { provinces: ['An Giang'] } }),
      },
      'apiTokens.list': { hidden: () => s.apiTokens.list(outsider) },
      'apiTokens.revoke': { refused: () => s.apiTokens.revoke(outsider, tokenId) },
      'webhooks.create': {
        refused: () =>
          s.webhooks.create(outsider, {
            url: 'http://127.0.0.1:9/x',
            secret: 'a-secret-of-sixteen-chars',
            scope: { provinces: ['An Giang'] },
            events: ['screen.offline'],
          }),
      },
      'webhooks.list': { hidden: () => s.webhooks.list(outsider) },
      'alertTemplates.list': { hidden: () => s.alertTemplates.list(outsider, { limit: 500, offset: 0 }) },
      'alertTemplates.get': { refused: () => s.alertTemplates.get(outsider, alertTemplateId) },
      'alertTemplates.create': {
        refused: () =>
          s.alertTemplates.create(outsider, {
            gateId: anGiang.id!,
            event: 'Storm',
            lang: 'km',
            title: 'ការព្រមានទឹកជំនន់',
          }),
      },
      'alertTemplates.update': {
        refused: () =>
          s.alertTemplates.update(outsider, alertTemplateId, {
            gateId: anGiang.id!,
            event: 'Flood',
            lang: 'km',
            title: 'x',
          }),
      },
      'alertTemplates.remove': { refused: () => s.alertTemplates.remove(outsider, alertTemplateId) },
      'alertTemplates.approve': { refused: () => s.alertTemplates.approve(outsider, alertTemplateId) },
      'alertSources.list': { hidden: () => s.alertSources.list(outsider) },
      'alertSources.get': { refused: () => s.alertSources.get(outsider, alertSourceId) },
      'alertSources.create': {
        refused: () =>
          s.alertSources.create(outsider, { name: 'x', kind: 'push', scope: { provinces: ['An Giang'] } }),
      },
      'alertSources.update': {
        refused: () =>
          s.alertSources.update(outsider, alertSourceId, {
            name: 'x',
            kind: 'push',
            scope: { provinces: ['Quảng Trị'] },
          }),
      },
      'alertSources.renewToken': { refused: () => s.alertSources.renewToken(outsider, alertSourceId) },
      'alertSources.remove': { refused: () => s.alertSources.remove(outsider, alertSourceId) },
      'alertFeeds.pollNow': { refused: () => s.alertFeeds.pollNow(outsider, alertSourceId) },
      'alerts.list': { hidden: () => s.alerts.list(outsider, {}, 500, 0) },
      'alerts.get': { refused: () => s.alerts.get(outsider, alertId) },
      'alerts.xml': { refused: () => s.alerts.xml(outsider, alertId) },
      'alerts.approve': { refused: () => s.alerts.approve(outsider, alertId) },
      'alerts.clear': { refused: () => s.alerts.clear(outsider, alertId) },
      'alerts.receivedBetween': {
        hidden: () => s.alerts.receivedBetween(outsider, '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z'),
      },
      'alertReports.file': {
        hidden: () => {
          const day = new Date().toISOString().slice(0, 10);
          return s.alertReports.file(outsider, { from: day, until: day });
        },
      },
      'dataSources.list': { hidden: () => s.dataSources.list(outsider) },
      'dataSources.get': { refused: () => s.dataSources.get(outsider, dataSourceId) },
      'dataSources.create': {
        refused: () =>
          s.dataSources.create(outsider, {
            name: 'x',
            kind: 'push',
            scope: { provinces: ['An Giang'] },
            maxAgeSeconds: 600,
          }),
      },
      'dataSources.update': {
        refused: () =>
          s.dataSources.update(outsider, dataSourceId, {
            name: 'x',
            kind: 'push',
            scope: { provinces: ['Quảng Trị'] },
            maxAgeSeconds: 600,
          }),
      },
      'dataSources.renewToken': { refused: () => s.dataSources.renewToken(outsider, dataSourceId) },
      'dataSources.remove': { refused: () => s.dataSources.remove(outsider, dataSourceId) },
      'dataPulls.pollNow': { refused: () => s.dataPulls.pollNow(outsider, dataSourceId) },
      'dataValues.enter': {
        refused: () =>
          s.dataValues.enter(outsider, dataSourceId, {
            values: [{ path: 'queue.passengers.minutes', type: 'number', value: 30 }],
          }),
      },
      'dataValues.current': { refused: () => s.dataValues.current(outsider, { sourceId: dataSourceId }) },
      'dataValues.history': { refused: () => s.dataValues.history(outsider, dataSourceId, undefined, 100) },
      'dataValues.list': { hidden: () => s.dataValues.list(outsider, { limit: 500 }) },
      'dataValues.get': { refused: () => s.dataValues.get(outsider, dataValueId) },
      'dataValues.approve': { refused: () => s.dataValues.approve(outsider, dataValueId) },
      'dataValues.reject': { refused: () => s.dataValues.reject(outsider, dataValueId) },
      'gateCalendars.get': { refused: () => s.gateCalendars.get(outsider, anGiang.id!) },
      'gateCalendars.save': {
        refused: () =>
          s.gateCalendars.save(outsider, anGiang.id!, {
            weekly: { passengers: [{ days: [1], open: '07:00', close: '17:00' }] },
          }),
      },
      'gateCalendars.approve': { refused: () => s.gateCalendars.approve(outsider, anGiang.id!) },
      'gateCalendars.discard': { refused: () => s.gateCalendars.discard(outsider, anGiang.id!) },
      'gateCalendars.holidays': { refused: () => s.gateCalendars.holidays(outsider, anGiang.id!, 2026) },
      'webhooks.remove': { refused: () => s.webhooks.remove(outsider, webhookId) },
      'webhooks.deliveries': { refused: () => s.webhooks.deliveries(outsider, webhookId) },
    };

    // Every actor-taking method of every service instance has an entry above (or a reason not to).
    const byClass = new Map<string, string[]>();
    for (const m of serviceMethods())
      if (m.takesActor && !(`${m.className}.${m.method}` in notScoped))
        byClass.set(m.className, [...(byClass.get(m.className) ?? []), m.method]);
    const missing: string[] = [];
    for (const [key, instance] of Object.entries(s)) {
      const methods = byClass.get((instance as object).constructor.name) ?? [];
      for (const method of methods) if (!(`${key}.${method}` in walk)) missing.push(`${key}.${method}`);
    }
    expect(missing, 'service methods the walk does not call').toEqual([]);

    const before = await storedRows(server.app.db);
    const failures: string[] = [];
    for (const [name, expectation] of Object.entries(walk)) {
      if ('allowed' in expectation) {
        await expectation.allowed();
        continue;
      }
      if ('refused' in expectation) {
        const outcome = await expectation.refused().then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if (!('error' in outcome))
          failures.push(`${name}: answered ${JSON.stringify(outcome.value).slice(0, 120)}`);
        else if (!refusal(outcome.error)) failures.push(`${name}: threw ${String(outcome.error)}`);
        continue;
      }
      const shown = JSON.stringify(await expectation.hidden());
      const leaked = marks.filter((m) => shown.includes(m));
      if (leaked.length > 0) failures.push(`${name}: shows ${leaked.join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(await storedRows(server.app.db), 'the refused calls changed stored data').toBe(before);
  });

  it('the same outsider over HTTP: a token with that scope gets nothing of An Giang', async () => {
    const made = await server.api.post<{ token: string }>('/api/v1/tokens', {
      label: 'Quảng Trị admin bot',
      roles: ['admin'],
      scope: { provinces: ['Quảng Trị'] },
    });
    const res = await fetch(`${server.url}/api/v1/screens/${screen.id}/heartbeats`, {
      headers: { authorization: `Bearer ${made.body.token}` },
    });
    expect(res.status).toBe(404);
  });
});

/** A refusal that reveals nothing: forbidden, not found, or a reference answered as unknown. */
function refusal(error: unknown): boolean {
  return (
    error instanceof DomainError &&
    (error.status === 403 ||
      error.status === 404 ||
      (error.status === 400 && error.code === 'unknown_reference'))
  );
}
