// Alerts pulled from an authority's feed: an ATOM feed served on 127.0.0.1 by a test server, its entries
// linking to CAP documents (or holding one inline); each entry taken once and only once, also when two polls
// (or two controllers) race; a bad document recorded and not retried; a network failure retried; and a
// loopback feed refused unless its source allows private addresses.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, AlertSource, AlertSourceWithToken } from '../../schemas/types.ts';
import type { FeedPoll } from '../../server/services/alert-feed.service.ts';
import { capText, shiftSoSent } from '../support/cap.ts';
import { factory } from '../support/factory.ts';
import { createPgDatabase } from '../support/pg.ts';
import { ADMIN_TOKEN, dialects, startTestServer, type TestServer } from '../support/server.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/cap/${name}`, import.meta.url), 'utf8');

/** What the test server answers at a path: a document, or an HTTP status without one. */
type Served = { status: number; body?: string; type?: string };

/** The authority's web server: feeds and CAP files at paths the test sets, and how often each was asked for. */
class AuthorityServer {
  readonly files = new Map<string, Served>();
  readonly hits = new Map<string, number>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://feed.test').pathname;
      this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
      const served = this.files.get(path) ?? { status: 404 };
      res.writeHead(served.status, { 'content-type': served.type ?? 'application/xml; charset=utf-8' });
      res.end(served.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  serve(path: string, body: string, type = 'application/cap+xml'): void {
    this.files.set(path, { status: 200, body, type });
  }

  hitsOf(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
}

const FEED = '/feeds/atom.xml';
const sentOf = (xml: string) => /<(?:cap:)?sent>([^<]+)</.exec(xml)?.[1] ?? '';
/** A fixture moved in time so that it was sent a minute before `now` (a current alert, not an expired one). */
const current = (name: string, now: number) => capText(name, shiftSoSent(sentOf(fixture(name)), now));
/** The document without its XML declaration, as it stands inside a feed entry. */
const bare = (xml: string) => xml.replace(/^<\?xml[^>]*>\s*/, '').trimEnd();

const tinhBien = factory.gate({
  id: 'tinh-bien',
  name: 'Cửa khẩu Tịnh Biên',
  province: 'An Giang',
  location: { lat: 10.6, lon: 104.95 },
  languages: ['vi', 'km', 'en', 'zh-Hans'],
});

type AlertPage = { items: Alert[]; total: number };

describe.each(dialects)('CAP alerts pulled from a feed (%s)', (dialect) => {
  let server: TestServer;
  const authority = new AuthorityServer();
  let now = Date.parse('2026-09-14T07:00:00+07:00');
  const clock = { now: () => now };
  let source: AlertSource;
  let feedText = '';

  const setFeed = (text: string) => {
    feedText = text;
    authority.serve(FEED, text, 'application/atom+xml');
  };
  const addEntry = (entry: string) => {
    setFeed(feedText.replace('</feed>', `  ${entry}\n</feed>`));
  };
  const poll = async (sourceId = source.id) => {
    const res = await server.api.post<FeedPoll>(`/api/v1/alert-sources/${sourceId}/poll`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const alertsOf = async (sourceId = source.id) =>
    (await server.api.get<AlertPage>(`/api/v1/alerts?sourceId=${sourceId}&limit=100`)).body;
  const storedXml = async (alertId: string) => {
    const res = await fetch(`${server.url}/api/v1/alerts/${alertId}/xml`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const sourceNow = async (id: string) =>
    (await server.api.get<AlertSource>(`/api/v1/alert-sources/${id}`)).body;

  beforeAll(async () => {
    await authority.start();
    server = await startTestServer(dialect, { clock });
    expect((await server.api.post('/api/v1/gates', tinhBien)).status).toBe(201);
    setFeed(fixture('feed/atom.xml'));
    authority.serve('/feeds/cap/flood-warning.xml', current('flood-warning.xml', now));
    authority.serve('/cap/exercise.xml', current('exercise.xml', now));
    const created = await server.api.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Đài KTTV An Giang (ATOM)',
      kind: 'feed',
      feed: { url: `${authority.url}${FEED}`, pollMinutes: 5, allowPrivate: true },
      scope: { global: true },
    });
    expect(created.status).toBe(201);
    source = created.body.source;
  });
  afterAll(async () => {
    await server.stop();
    await authority.stop();
  });

  it('takes each entry of the feed as an alert, keeping the authority’s bytes', async () => {
    const first = await poll();
    expect(first).toMatchObject({ sourceId: source.id, entries: 2, new: 2, errors: [] });
    const { items, total } = await alertsOf();
    expect(total).toBe(2);
    const flood = items.find((a) => a.identifier === 'VN-KTTV-AG-2026-0914-001')!;
    expect(flood).toMatchObject({ via: 'feed', feedEntry: 'urn:kttv-ag:VN-KTTV-AG-2026-0914-001' });
    expect(flood.gates.map((g) => g.gateId)).toEqual(['tinh-bien']);
    expect((await storedXml(flood.id)).equals(Buffer.from(current('flood-warning.xml', now)))).toBe(true);
    expect(items.find((a) => a.identifier === 'VN-PCTT-AG-2026-0920-DT1')?.status).toBe('Exercise');
    const polled = await sourceNow(source.id);
    expect(polled.lastPolledAt).toBe(new Date(now).toISOString());
    expect(polled.lastPollError).toBeUndefined();
  });

  it('takes nothing twice: a second poll, and two polls racing, find nothing new and fetch no CAP again', async () => {
    expect(await poll()).toMatchObject({ entries: 2, new: 0, errors: [] });
    const raced = await Promise.all([
      poll(),
      poll(),
      server.app.services.alertFeeds.pollDue(now + 3_600_000),
    ]);
    expect(raced[0].new + raced[1].new + raced[2].reduce((n, p) => n + p.new, 0)).toBe(0);
    expect((await alertsOf()).total).toBe(2);
    expect(authority.hitsOf('/feeds/cap/flood-warning.xml')).toBe(1);
    expect(authority.hitsOf('/cap/exercise.xml')).toBe(1);
  });

  it('picks up a new entry (an alert inline in the entry, stored as the feed carries it) once, though polls race', async () => {
    now += 10 * 60_000;
    const storm = bare(current('storm-circle.xml', now)).replaceAll('\n', '\r\n');
    addEntry(
      `<entry><id>tag:nchmf.gov.vn,2026:bao-so-6</id><updated>2026-09-14T07:09:00+07:00</updated><content type="application/cap+xml">\r\n${storm}\r\n</content></entry>`,
    );
    const raced = await Promise.all([poll(), poll()]);
    expect(raced.map((p) => p.new).sort()).toEqual([0, 1]);
    const { items, total } = await alertsOf();
    expect(total).toBe(3);
    const stormAlert = items.find((a) => a.feedEntry === 'tag:nchmf.gov.vn,2026:bao-so-6')!;
    expect((await storedXml(stormAlert.id)).equals(Buffer.from(storm, 'utf8'))).toBe(true);
  });

  it('records an entry whose CAP is malformed with its error, stores nothing, and never fetches it again', async () => {
    authority.serve('/feeds/cap/bad.xml', fixture('malformed/missing-sent.xml'));
    addEntry(
      '<entry><id>urn:kttv-ag:bad-1</id><link type="application/cap+xml" href="cap/bad.xml"/></entry>',
    );
    const taken = await poll();
    expect(taken.new).toBe(0);
    expect(taken.errors.map((e) => [e.entry, e.retry])).toEqual([['urn:kttv-ag:bad-1', false]]);
    expect(taken.errors[0]?.message).toMatch(/sent/);
    expect((await sourceNow(source.id)).lastPollError).toMatch(/^entry urn:kttv-ag:bad-1: .*sent/);
    expect((await alertsOf()).total).toBe(3);
    // Fixed at the authority afterwards: the entry was taken already, as refused.
    authority.serve('/feeds/cap/bad.xml', current('flood-update.xml', now));
    expect(await poll()).toMatchObject({ new: 0, errors: [] });
    expect(authority.hitsOf('/feeds/cap/bad.xml')).toBe(1);
    expect((await sourceNow(source.id)).lastPollError).toBeUndefined();
  });

  it('tries an entry whose CAP could not be fetched again at the next poll', async () => {
    const update = current('flood-update.xml', now).replace(
      'VN-KTTV-AG-2026-0914-002',
      'VN-KTTV-AG-2026-0914-003',
    );
    authority.files.set('/feeds/cap/later.xml', { status: 503 });
    addEntry(
      '<entry><id>urn:kttv-ag:later</id><link type="application/cap+xml" href="cap/later.xml"/></entry>',
    );
    const failed = await poll();
    expect(failed.new).toBe(0);
    expect(failed.errors.map((e) => [e.entry, e.retry])).toEqual([['urn:kttv-ag:later', true]]);
    expect(failed.errors[0]?.message).toMatch(/HTTP 503/);
    expect((await sourceNow(source.id)).lastPollError).toMatch(/HTTP 503/);
    authority.serve('/feeds/cap/later.xml', update);
    expect(await poll()).toMatchObject({ new: 1, errors: [] });
    expect((await alertsOf()).total).toBe(4);
  });

  it('polls a source when its interval has passed, not before', async () => {
    const before = authority.hitsOf(FEED);
    await server.app.services.alertFeeds.pollDue(now + 4 * 60_000);
    expect(authority.hitsOf(FEED)).toBe(before);
    const due = await server.app.services.alertFeeds.pollDue(now + 5 * 60_000);
    expect(due.map((p) => p.sourceId)).toEqual([source.id]);
    expect(authority.hitsOf(FEED)).toBe(before + 1);
  });

  it('refuses to read a feed on a loopback address unless its source allows private addresses', async () => {
    const created = await server.api.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Nguồn không cho địa chỉ nội bộ',
      kind: 'feed',
      feed: { url: `${authority.url}${FEED}`, pollMinutes: 5 },
      scope: { global: true },
    });
    expect(created.status).toBe(201);
    const id = created.body.source.id;
    const before = authority.hitsOf(FEED);
    const refused = await poll(id);
    expect(refused).toMatchObject({ entries: 0, new: 0 });
    expect(refused.errors[0]?.message).toMatch(
      /127\.0\.0\.1 is an internal address \(loopback\).*allowPrivate/,
    );
    expect((await sourceNow(id)).lastPollError).toMatch(/loopback.*allowPrivate/);
    expect(authority.hitsOf(FEED)).toBe(before);
    expect((await alertsOf(id)).total).toBe(0);
  });

  it('answers 409 for a push source and 404 for an unknown one', async () => {
    const push = await server.api.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Đẩy trực tiếp',
      kind: 'push',
      scope: { global: true },
    });
    const res = await server.api.post<{ error: { code: string } }>(
      `/api/v1/alert-sources/${push.body.source.id}/poll`,
    );
    expect(res.status).toBe(409);
    expect((await server.api.post('/api/v1/alert-sources/no-such-source/poll')).status).toBe(404);
  });
});

describe('two controllers polling one feed at the same moment (PostgreSQL)', () => {
  const authority = new AuthorityServer();
  let a: TestServer;
  let b: TestServer;
  let drop: () => Promise<void>;
  const now = Date.parse('2026-09-14T07:00:00+07:00');
  const clock = { now: () => now };

  beforeAll(async () => {
    await authority.start();
    const db = await createPgDatabase();
    drop = db.drop;
    // Both controllers on one database: each its own process state, sharing only the tables.
    a = await startTestServer('sqlite', { clock, env: { DATABASE_URL: db.url } });
    b = await startTestServer('sqlite', { clock, env: { DATABASE_URL: db.url } });
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
    await drop();
    await authority.stop();
  });

  it('takes each entry once: one alert, one record, though both read it', async () => {
    const entries = Array.from({ length: 5 }, (_, i) => {
      const path = `/cap/${i}.xml`;
      authority.serve(path, current('flood-warning.xml', now).replace('2026-0914-001', `2026-0914-10${i}`));
      return `<entry><id>e${i}</id><link type="application/cap+xml" href="${path}"/></entry>`;
    });
    authority.serve(FEED, `<feed xmlns="http://www.w3.org/2005/Atom">${entries.join('')}</feed>`);
    const created = await a.api.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Hai bộ điều khiển',
      kind: 'feed',
      feed: { url: `${authority.url}${FEED}`, pollMinutes: 1, allowPrivate: true },
      scope: { global: true },
    });
    const id = created.body.source.id;
    const polls = await Promise.all(
      [a, b, a, b].map((s) => s.api.post<FeedPoll>(`/api/v1/alert-sources/${id}/poll`)),
    );
    expect(polls.map((p) => p.status)).toEqual([200, 200, 200, 200]);
    expect(polls.reduce((n, p) => n + p.body.new, 0)).toBe(5);
    expect(polls.flatMap((p) => p.body.errors)).toEqual([]);
    expect((await a.api.get<AlertPage>(`/api/v1/alerts?sourceId=${id}`)).body.total).toBe(5);
    const audit = await a.api.get<{ items: { detail: { entry?: string } }[] }>(
      '/api/v1/audit?action=alert.feed-entry&limit=100',
    );
    expect(audit.body.items.map((e) => e.detail.entry).sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
  });
});
