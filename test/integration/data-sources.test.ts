// Data sources end to end on a real controller: pull sources read real-shaped documents (Vietcombank's rate
// XML, an Open-Meteo forecast) from a web server on 127.0.0.1, a push source sends waiting times with its
// own token, a person enters the rates no feed publishes, and a jump beyond the bound waits for another
// person. The controller's clock is injected, so staleness is decided at known instants.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataPoll } from '../../server/services/data-pull.service.ts';
import type { DataSource, DataSourceWithToken, StoredDataValue } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_TOKEN, Api, dialects, startTestServer, type TestServer } from '../support/server.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), 'utf8');
const RATES = fixture('vietcombank-exrates.xml');
const FORECAST = fixture('open-meteo-le-thanh.json');
/** 6/12/2026 1:05:00 PM in Vietnam, the rate list's <DateTime>. */
const RATES_AT = Date.parse('2026-06-12T06:05:00Z');
/** 2026-06-12T13:00 at UTC+7, the forecast's current.time. */
const FORECAST_AT = Date.parse('2026-06-12T06:00:00Z');
const password = 'nguồn dữ liệu cửa khẩu 2026';
/** A lane system's own JSON, read through a field mapping: 25 minutes for passengers at 13:25 in Vietnam. */
const LANES = JSON.stringify({
  updated: '2026-06-12T13:25:00+07:00',
  lanes: [
    { id: 'goods', wait: '1,5' },
    { id: 'passengers', wait: 25 },
  ],
});

/** A bank's and a weather service's web server on 127.0.0.1: what each path serves, and what was asked. */
class Publisher {
  private server: Server | undefined;
  readonly asked: string[] = [];
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.asked.push(req.url ?? '');
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/exrates.xml') res.writeHead(200, { 'content-type': 'text/xml' }).end(RATES);
      else if (path === '/lanes.json') res.writeHead(200, { 'content-type': 'application/json' }).end(LANES);
      else if (path === '/v1/forecast')
        res.writeHead(200, { 'content-type': 'application/json' }).end(FORECAST);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server?.close(() => {
        resolve();
      }),
    );
  }
}

describe.each(dialects)('data sources (%s)', (dialect) => {
  let server: TestServer;
  const publisher = new Publisher();
  let now = Date.parse('2026-06-12T06:30:00Z');
  const clock = { now: () => now };
  const gate = factory.gate({ province: 'Gia Lai', location: { lat: 13.92, lon: 107.53 } });
  let editor: Api;
  let approver: Api;

  const create = async (body: object) => {
    const made = await server.api.post<DataSourceWithToken>('/api/v1/data-sources', body);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return made.body;
  };
  const current = async (id: string) => {
    const res = await server.api.get<{ items: StoredDataValue[] }>(`/api/v1/data-sources/${id}/values`);
    expect(res.status).toBe(200);
    return new Map(res.body.items.map((v) => [v.path, v]));
  };
  const push = (token: string | undefined, body: object) =>
    fetch(`${server.url}/api/v1/data/values`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const minutes = (value: number, observedAt: number) => ({
    values: [{ path: 'queue.passengers.minutes', type: 'number', unit: 'minute', value, observedAt }],
  });

  beforeAll(async () => {
    await publisher.start();
    server = await startTestServer(dialect, { clock });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    const admin = new Api(server.url, ADMIN_TOKEN);
    editor = await admin.newUser(`editor-${dialect}`, ['editor'], { provinces: ['Gia Lai'] }, password);
    approver = await admin.newUser(`approver-${dialect}`, ['approver'], { provinces: ['Gia Lai'] }, password);
  });
  afterAll(async () => {
    await server.stop();
    await publisher.stop();
  });

  it('reads the bank’s rate list from a pull source allowed on this machine, observed at the list’s time', async () => {
    const { source } = await create({
      name: 'Vietcombank',
      kind: 'pull',
      scope: { global: true },
      pull: {
        url: `${publisher.url}/exrates.xml`,
        adapter: 'vietcombank-xml',
        everyMinutes: 15,
        timeoutSeconds: 5,
        allowPrivate: true,
      },
      maxAgeSeconds: 86400,
    });
    expect(source.health.stale).toBe(true);
    const poll = await server.api.post<DataPoll>(`/api/v1/data-sources/${source.id}/poll`);
    expect(poll.status).toBe(200);
    expect(poll.body.error).toBeUndefined();
    expect(poll.body.stored).toBeGreaterThan(30);
    const values = await current(source.id);
    expect(values.get('rates.USD.sell')).toMatchObject({
      type: 'money',
      value: 26370,
      currency: 'VND',
      observedAt: RATES_AT,
      state: 'accepted',
    });
    expect(values.get('rates.USD.buy')?.value).toBe(25980);
    const after = (await server.api.get<DataSource>(`/api/v1/data-sources/${source.id}`)).body;
    expect(after.health).toEqual({
      lastValueAt: new Date(RATES_AT).toISOString(),
      lastPolledAt: new Date(now).toISOString(),
      stale: false,
    });
    // Read again: the same list gives no second version of any value.
    const again = await server.api.post<DataPoll>(`/api/v1/data-sources/${source.id}/poll`);
    expect(again.body).toMatchObject({ read: poll.body.read, stored: 0 });
    // The job reads it when its 15 minutes have passed, not before.
    const mine = (polls: DataPoll[]) => polls.filter((p) => p.sourceId === source.id).length;
    expect(mine(await server.app.services.dataPulls.pollDue(now + 10 * 60_000))).toBe(0);
    expect(mine(await server.app.services.dataPulls.pollDue(now + 15 * 60_000))).toBe(1);
  });

  it('reads any JSON document through its field mapping, on a cron pattern, and refuses a bad mapping whole', async () => {
    const pull = {
      url: `${publisher.url}/lanes.json`,
      adapter: 'json',
      everyMinutes: 60,
      cron: '*/5 6-22 * * *',
      timeoutSeconds: 5,
      allowPrivate: true,
      fields: [
        {
          path: 'queue.passengers.minutes',
          type: 'number',
          unit: 'minute',
          select: 'lanes[id=passengers]/wait',
        },
        { path: 'queue.goods.hours', type: 'number', select: 'lanes[id=goods]/wait', decimal: ',' },
      ],
      observedAt: { select: 'updated' },
    };
    // A selector that does not parse, or a cron pattern croner refuses: 400 with the place, nothing stored.
    const before = (await server.api.get<{ items: DataSource[] }>('/api/v1/data-sources')).body.items.length;
    const badSelect = await server.api.post('/api/v1/data-sources', {
      name: 'Làn',
      kind: 'pull',
      scope: { gates: [gate.id] },
      maxAgeSeconds: 600,
      pull: { ...pull, fields: [{ ...pull.fields[0], select: 'lanes[id=passengers/wait' }] },
    });
    expect(badSelect.status).toBe(400);
    expect(badSelect.body).toMatchObject({
      error: { code: 'data_bad_select', path: '/pull/fields/0/select' },
    });
    const badCron = await server.api.post('/api/v1/data-sources', {
      name: 'Làn',
      kind: 'pull',
      scope: { gates: [gate.id] },
      maxAgeSeconds: 600,
      pull: { ...pull, cron: '*/5 25 * * *' },
    });
    expect(badCron.body).toMatchObject({ error: { code: 'data_bad_cron', path: '/pull/cron' } });
    expect((await server.api.get<{ items: DataSource[] }>('/api/v1/data-sources')).body.items).toHaveLength(
      before,
    );

    const { source } = await create({
      name: 'Làn Lệ Thanh',
      kind: 'pull',
      scope: { gates: [gate.id] },
      maxAgeSeconds: 600,
      pull,
    });
    const poll = await server.api.post<DataPoll>(`/api/v1/data-sources/${source.id}/poll`);
    expect(poll.body).toMatchObject({ read: 2, stored: 2 });
    const values = await current(source.id);
    const at = Date.parse('2026-06-12T06:25:00Z');
    expect(values.get('queue.passengers.minutes')).toMatchObject({
      value: 25,
      unit: 'minute',
      observedAt: at,
    });
    expect(values.get('queue.goods.hours')).toMatchObject({ value: 1.5, observedAt: at });
    // A field the document lacks refuses the read whole, with the refusal's code.
    const trucks = await create({
      name: 'Làn xe tải Lệ Thanh',
      kind: 'pull',
      scope: { gates: [gate.id] },
      maxAgeSeconds: 600,
      pull: {
        ...pull,
        fields: [
          { path: 'queue.trucks.minutes', type: 'number', select: 'lanes[id=trucks]/wait' },
          { path: 'queue.trucks.note', type: 'text', select: 'lanes[id=trucks]/note' },
        ],
      },
    });
    // Kept as sent (a text field has no decimal mark), so it saves back unchanged.
    expect(trucks.source.pull?.fields?.[1]).toStrictEqual({
      path: 'queue.trucks.note',
      type: 'text',
      select: 'lanes[id=trucks]/note',
    });
    const {
      id: _i,
      tokenHint: _t,
      createdBy: _b,
      createdAt: _c,
      updatedAt: _u,
      health: _h,
      ...asStored
    } = trucks.source;
    const again = await server.api.put(`/api/v1/data-sources/${trucks.source.id}`, asStored);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    const missing = await server.api.post<DataPoll>(`/api/v1/data-sources/${trucks.source.id}/poll`);
    expect(missing.body).toMatchObject({ read: 0, stored: 0, errorCode: 'data_malformed' });
    const refused = await server.api.get<DataSource>(`/api/v1/data-sources/${trucks.source.id}`);
    expect(refused.body.health).toMatchObject({ lastErrorCode: 'data_malformed' });
    expect((await current(trucks.source.id)).size).toBe(0);
    // Read at 13:30 in Vietnam (06:30 UTC); the pattern's next time is 13:35, an hour's everyMinutes do not count.
    const mine = (polls: DataPoll[]) => polls.filter((p) => p.sourceId === source.id).length;
    expect(mine(await server.app.services.dataPulls.pollDue(now + 4 * 60_000))).toBe(0);
    expect(mine(await server.app.services.dataPulls.pollDue(now + 5 * 60_000))).toBe(1);
  });

  it('reads the forecast at the coordinates and in the zone of the source’s one gate', async () => {
    const { source } = await create({
      name: 'Open-Meteo Lệ Thanh',
      kind: 'pull',
      scope: { gates: [gate.id] },
      pull: {
        url: `${publisher.url}/v1/forecast?current=temperature_2m&daily=temperature_2m_max,temperature_2m_min,precipitation_sum&latitude=0&longitude=0`,
        adapter: 'open-meteo-json',
        everyMinutes: 60,
        timeoutSeconds: 5,
        allowPrivate: true,
      },
      maxAgeSeconds: 21600,
    });
    const poll = await server.api.post<DataPoll>(`/api/v1/data-sources/${source.id}/poll`);
    expect(poll.body.error).toBeUndefined();
    const asked = new URL(publisher.asked.at(-1)!, 'http://x').searchParams;
    expect([asked.get('latitude'), asked.get('longitude'), asked.get('timezone')]).toEqual([
      '13.92',
      '107.53',
      'Asia/Ho_Chi_Minh',
    ]);
    const values = await current(source.id);
    expect(values.get('weather.tomorrow.max')).toMatchObject({
      value: 30.4,
      unit: 'celsius',
      observedAt: FORECAST_AT,
    });
    expect(values.get('weather.now.temperature')?.value).toBe(29.4);
    // A weather source whose scope is a province has no one gate to read the weather at.
    const refused = await server.api.post<{ error: { code: string } }>('/api/v1/data-sources', {
      name: 'Open-Meteo Gia Lai',
      kind: 'pull',
      scope: { provinces: ['Gia Lai'] },
      pull: {
        url: `${publisher.url}/v1/forecast`,
        adapter: 'open-meteo-json',
        everyMinutes: 60,
        timeoutSeconds: 5,
      },
      maxAgeSeconds: 21600,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('data_weather_gate');
  });

  it('refuses to read a loopback address without allowPrivate, and shows why on the source', async () => {
    const { source } = await create({
      name: 'Vietcombank (no private)',
      kind: 'pull',
      scope: { global: true },
      pull: {
        url: `${publisher.url}/exrates.xml`,
        adapter: 'vietcombank-xml',
        everyMinutes: 15,
        timeoutSeconds: 5,
      },
      maxAgeSeconds: 86400,
    });
    const asked = publisher.asked.length;
    const poll = await server.api.post<DataPoll>(`/api/v1/data-sources/${source.id}/poll`);
    expect(poll.body.error).toMatch(/loopback.*allowPrivate/);
    expect(publisher.asked.length).toBe(asked);
    expect(poll.body.errorCode).toBe('data_fetch_refused');
    const after = (await server.api.get<DataSource>(`/api/v1/data-sources/${source.id}`)).body;
    expect(after.health.lastError).toMatch(/loopback/);
    // The code the console says it with, so it need not read the English.
    expect(after.health.lastErrorCode).toBe('data_fetch_refused');
    expect(after.health.stale).toBe(true);
    expect((await current(source.id)).size).toBe(0);
    // Allowed on this machine, the next read goes well and clears the error with its code.
    const {
      id: _id,
      tokenHint: _t,
      createdBy: _b,
      createdAt: _c,
      updatedAt: _u,
      health: _h,
      ...input
    } = after;
    const allowed = await server.api.put(`/api/v1/data-sources/${source.id}`, {
      ...input,
      pull: { ...input.pull, allowPrivate: true },
    });
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(200);
    const fine = await server.api.post<DataPoll>(`/api/v1/data-sources/${source.id}/poll`);
    expect(fine.body).not.toHaveProperty('errorCode');
    const cleared = (await server.api.get<DataSource>(`/api/v1/data-sources/${source.id}`)).body.health;
    expect(cleared).not.toHaveProperty('lastError');
    expect(cleared).not.toHaveProperty('lastErrorCode');
  });

  it('takes waiting times from a push source’s own token only, and holds a jump beyond the bound for another person', async () => {
    const { source, token } = await create({
      name: 'Làn xuất nhập cảnh',
      kind: 'push',
      scope: { provinces: ['Gia Lai'] },
      maxAgeSeconds: 600,
      boundPercent: 50,
    });
    expect(token).toMatch(/^gcv_/);
    const first = await push(token, minutes(20, now - 60_000));
    expect(first.status).toBe(200);
    expect(((await first.json()) as { values: StoredDataValue[] }).values[0]?.state).toBe('accepted');
    // A person's token, even an admin's, cannot send values; nobody at all is not signed in.
    expect((await push(ADMIN_TOKEN, minutes(21, now))).status).toBe(403);
    expect((await push(undefined, minutes(21, now))).status).toBe(401);

    // 20 → 45 minutes is a 125 % jump: stored, held, not current.
    const jump = await push(token, minutes(45, now));
    const [held] = ((await jump.json()) as { values: StoredDataValue[] }).values;
    expect(held).toMatchObject({ state: 'held', value: 45, previous: 20 });
    expect((await current(source.id)).get('queue.passengers.minutes')?.value).toBe(20);
    const waiting = await approver.get<{ items: StoredDataValue[] }>('/api/v1/data-values?state=held');
    expect(waiting.body.items.map((v) => v.id)).toContain(held!.id);

    // A late observation (older than the current one) is kept but does not become current.
    const late = await push(token, minutes(22, now - 120_000));
    expect(((await late.json()) as { values: StoredDataValue[] }).values[0]?.state).toBe('accepted');
    expect((await current(source.id)).get('queue.passengers.minutes')?.value).toBe(20);

    // An editor may not let it through; an approver does, and it becomes current.
    expect((await editor.post(`/api/v1/data-values/${held!.id}/approve`)).status).toBe(403);
    const approved = await approver.post<StoredDataValue>(`/api/v1/data-values/${held!.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'accepted', decidedBy: { name: `approver-${dialect}` } });
    expect((await current(source.id)).get('queue.passengers.minutes')).toMatchObject({
      value: 45,
      observedAt: now,
    });
    expect((await approver.post(`/api/v1/data-values/${held!.id}/approve`)).status).toBe(409);

    // Every version is kept, newest observation first.
    const history = await server.api.get<{ items: StoredDataValue[] }>(
      `/api/v1/data-sources/${source.id}/values/history?path=queue.passengers.minutes`,
    );
    expect(history.body.items.map((v) => [v.value, v.state])).toEqual([
      [45, 'accepted'],
      [20, 'accepted'],
      [22, 'accepted'],
    ]);

    // Past its maximum age with nothing new, the source shows stale, with when its last value was observed.
    const fresh = (await server.api.get<DataSource>(`/api/v1/data-sources/${source.id}`)).body.health;
    expect(fresh).toMatchObject({ lastValueAt: new Date(now).toISOString(), stale: false });
    now += 601_000;
    const stale = (await server.api.get<DataSource>(`/api/v1/data-sources/${source.id}`)).body.health;
    expect(stale).toMatchObject({ lastValueAt: new Date(now - 601_000).toISOString(), stale: true });
  });

  it('lets an editor enter the riel rate by hand; a slip beyond the bound waits for someone else', async () => {
    const { source } = await create({
      name: 'Tỷ giá nhập tay',
      kind: 'push',
      scope: { provinces: ['Gia Lai'] },
      maxAgeSeconds: 86400,
      boundPercent: 5,
    });
    const khr = (value: number) => ({
      values: [{ path: 'rates.KHR.sell', type: 'money', currency: 'VND', value }],
    });
    const entered = await editor.post<{ values: StoredDataValue[] }>(
      `/api/v1/data-sources/${source.id}/values`,
      khr(6.2),
    );
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    expect(entered.body.values[0]).toMatchObject({
      state: 'accepted',
      observedAt: now,
      enteredBy: { name: `editor-${dialect}` },
    });
    now += 1000;
    // A slipped decimal: 62 instead of 6.2.
    const slip = await editor.post<{ values: StoredDataValue[] }>(
      `/api/v1/data-sources/${source.id}/values`,
      khr(62),
    );
    expect(slip.body.values[0]?.state).toBe('held');
    expect((await current(source.id)).get('rates.KHR.sell')?.value).toBe(6.2);
    // A viewer may not enter values; an approver may not approve what they entered themselves.
    const viewer = await server.api.newUser(`viewer-${dialect}`, ['viewer'], { global: true }, password);
    expect((await viewer.post(`/api/v1/data-sources/${source.id}/values`, khr(6.3))).status).toBe(403);
    const admin = await server.api.newUser(`admin-${dialect}`, ['admin'], { global: true }, password);
    now += 1000;
    const own = await admin.post<{ values: StoredDataValue[] }>(
      `/api/v1/data-sources/${source.id}/values`,
      khr(70),
    );
    expect(own.body.values[0]?.state).toBe('held');
    const self = await admin.post<{ error: { reason: string } }>(
      `/api/v1/data-values/${own.body.values[0]!.id}/approve`,
    );
    expect(self.status).toBe(403);
    // The approver turns the slip down: the rate on the board stays 6.2.
    const rejected = await approver.post<StoredDataValue>(
      `/api/v1/data-values/${slip.body.values[0]!.id}/reject`,
    );
    expect(rejected.body.state).toBe('rejected');
    expect((await current(source.id)).get('rates.KHR.sell')?.value).toBe(6.2);
  });
});
