import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, AlertSourceWithToken, AlertTemplate, Emergency } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { expectFits, open, pageReader, signIn } from '../support/console-page.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, Api, startTestServer, type TestServer } from '../support/server.ts';

// The console's alert pages, driven as their people use them: an editor writes a gate's Khmer text for a
// flood ahead of time and an approver approves it; an authority's flood alert in Vietnamese only arrives,
// waits at the gate, and the approver on duty reads on a phone where each language came from and approves
// it there; an administrator registers an authority and sees its token once. Every page in Vietnamese,
// with no English, at a phone's width, without serious accessibility faults.

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const EDITOR = { username: 'bien-tap-an-giang', password: 'biên tập viên An Giang 2026' };
const APPROVER = { username: 'duyet-an-giang', password: 'người duyệt An Giang 2026' };
const KHMER_TITLE = 'ការព្រមានទឹកជំនន់';
const KHMER_BODY = 'ច្រកព្រំដែនបិទជាបណ្ដោះអាសន្ន។ {instruction}';
const HEADLINE = 'Cảnh báo lũ cấp 3 tại khu vực cửa khẩu Tịnh Biên';

/** A CAP time as the authorities write it: local time with its offset, never Z. */
const capTime = (ms: number) => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;

/** A flood alert in Vietnamese only over Tịnh Biên (the polygon of test/fixtures/cap/flood-warning.xml). */
function floodAlert(identifier: string, now: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>${identifier}</identifier>
  <sender>canhbao@kttv.gov.vn</sender>
  <sent>${capTime(now - 60_000)}</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <info>
    <language>vi-VN</language>
    <category>Met</category>
    <event>Lũ</event>
    <urgency>Immediate</urgency>
    <severity>Severe</severity>
    <certainty>Observed</certainty>
    <expires>${capTime(now + 6 * 3_600_000)}</expires>
    <senderName>Đài Khí tượng Thủy văn tỉnh An Giang</senderName>
    <headline>${HEADLINE}</headline>
    <instruction>Cửa khẩu tạm dừng thông quan. Không đi vào vùng ngập.</instruction>
    <area>
      <areaDesc>Thị xã Tịnh Biên và dọc kênh Vĩnh Tế, tỉnh An Giang</areaDesc>
      <polygon>10.7400,104.8600 10.7000,105.0200 10.6100,105.0800 10.5000,105.0400 10.4900,104.9200 10.5600,104.8300 10.7400,104.8600</polygon>
    </area>
  </info>
</alert>`;
}

describe('alerts from the authorities in the console', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Api;
  let approver: Api;
  const tinhBien = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    languages: ['vi', 'km', 'en'],
    location: { lat: 10.6, lon: 104.95 },
  });
  // Some 20 km north, outside the flood's polygon: on the map, not reached.
  const vinhHoiDong = factory.gate({
    name: 'Cửa khẩu Vĩnh Hội Đông',
    province: 'An Giang',
    languages: ['vi', 'km'],
    location: { lat: 10.8, lon: 104.97 },
  });
  const leThanh = factory.gate({ name: 'Cửa khẩu Lệ Thanh', province: 'Gia Lai', languages: ['vi', 'km'] });
  const led = factory.screen(tinhBien.id!, { name: 'Bảng LED Tịnh Biên' });
  const hall = factory.screen(vinhHoiDong.id!, { name: 'Màn hình sảnh Vĩnh Hội Đông', kind: 'indoor' });
  let alertId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const [path, body] of [
      ['/api/v1/gates', tinhBien],
      ['/api/v1/gates', vinhHoiDong],
      ['/api/v1/gates', leThanh],
      ['/api/v1/screens', led],
      ['/api/v1/screens', hall],
    ] as const)
      expect((await server.api.post(path, body)).status, path).toBe(201);
    const scope = { provinces: ['An Giang'] };
    editor = await server.api.newUser(EDITOR.username, ['editor'], scope, EDITOR.password);
    approver = await server.api.newUser(APPROVER.username, ['approver'], scope, APPROVER.password);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('an editor writes a Khmer template in the Khmer face; saved unchanged it goes back as stored; another person approves it', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const second = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await signIn(page, server.url, EDITOR.username, EDITOR.password);
      await open(page, server.url, 'alert-templates', 'Mẫu cảnh báo theo cổng');
      await page.getByRole('button', { name: 'Mẫu mới', exact: true }).click();
      const form = page.locator('[data-editor="alert-template"]');
      await form.waitFor();
      // Only the editor's own gates are offered; a new template starts in a language other than Vietnamese.
      const gateSelect = form.locator('select[name="template-gate"]');
      expect(await gateSelect.locator('option').allTextContents()).toEqual(
        expect.arrayContaining(['Cửa khẩu Tịnh Biên', 'Cửa khẩu Vĩnh Hội Đông']),
      );
      expect(await gateSelect.locator('option').allTextContents()).not.toContain('Cửa khẩu Lệ Thanh');
      await gateSelect.selectOption({ label: 'Cửa khẩu Tịnh Biên' });
      const langSelect = form.locator('select[name="template-lang"]');
      expect(
        await langSelect.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
      ).toEqual(['vi', 'km', 'en']);
      await langSelect.selectOption('km');
      await form.locator('input[name="template-event"]').fill('Lũ');
      const title = form.locator('input[name="template-title"]');
      await title.fill(KHMER_TITLE);
      await form.locator('textarea[name="template-body"]').fill(KHMER_BODY);
      // Typed in the Khmer face the boards use, never a system font.
      expect(await title.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Sans Khmer"?,/);
      expect(await title.getAttribute('lang')).toBe('km');
      expect(await form.locator('#alert-template-placeholders').textContent()).toContain(
        '{event}{headline}{severity}{urgency}{onset}{expires}{instruction}{area}{sender}',
      );
      await form.getByRole('button', { name: 'Lưu mẫu', exact: true }).click();
      await form.getByText('Đã lưu mẫu. Mẫu chờ người khác duyệt trước khi được dùng.').waitFor();
      expect(await form.locator('[data-template-state="draft"]').count()).toBe(1);
      expect(await form.getByRole('button', { name: 'Duyệt mẫu' }).count()).toBe(0);

      const [stored] = (await editor.get<{ items: AlertTemplate[] }>('/api/v1/alert-templates')).body.items;
      expect(stored).toMatchObject({
        gateId: tinhBien.id,
        event: 'Lũ',
        lang: 'km',
        title: KHMER_TITLE,
        state: 'draft',
      });
      // Saved again untouched: the request carries exactly what is stored.
      const sent = page.waitForRequest(
        (r) => r.method() === 'PUT' && r.url().includes('/api/v1/alert-templates/'),
      );
      await form.getByRole('button', { name: 'Lưu mẫu', exact: true }).click();
      expect((await sent).postDataJSON()).toStrictEqual({
        gateId: stored!.gateId,
        event: stored!.event,
        lang: stored!.lang,
        title: stored!.title,
        body: stored!.body,
      });

      // Someone else, on a phone, approves it.
      await signIn(second, server.url, APPROVER.username, APPROVER.password);
      await open(second, server.url, 'alert-templates', 'Mẫu cảnh báo theo cổng');
      const row = second.locator(`[data-list="alert-templates"] [data-row="${stored!.id}"]`);
      expect(await row.locator('[data-state="draft"]').count()).toBe(1);
      await row.getByRole('button', { name: 'Mở Lũ (km) tại Cửa khẩu Tịnh Biên', exact: true }).click();
      const view = second.locator('[data-editor="alert-template"]');
      await view.getByRole('button', { name: 'Duyệt mẫu', exact: true }).click();
      await view.getByText('Đã duyệt mẫu: từ nay cảnh báo dùng mẫu này.').waitFor();
      await row.locator('[data-state="approved"]').waitFor();
      await expectFits(second, '#alert-templates with a template open');
      const approved = (await approver.get<AlertTemplate>(`/api/v1/alert-templates/${stored!.id}`)).body;
      expect(approved.state).toBe('approved');
    } finally {
      await page.close();
      await second.close();
    }
  });

  it('an alert waits at its gate, says where each language came from, and the approver on duty approves that gate', async () => {
    const made = await server.api.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Đài KTTV tỉnh An Giang',
      kind: 'push',
      scope: { provinces: ['An Giang'] },
      immediate: [],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const authority = new Api(server.url, made.body.token);
    const xml = floodAlert('VN-KTTV-AG-E2E-001', Date.now());
    const pushed = await authority.request<Alert>('POST', '/api/v1/cap', xml, {
      'content-type': 'application/cap+xml',
    });
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(201);
    alertId = pushed.body.id;
    expect(pushed.body.gates.map((g) => [g.gateId, g.outcome])).toEqual([[tinhBien.id, 'pending']]);

    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    const watching = await browser.newPage({ viewport: DESKTOP });
    try {
      // Someone else has the alert open on a desktop while it is approved on the phone.
      await signIn(watching, server.url, 'admin', ADMIN_PASSWORD);
      await open(watching, server.url, 'alerts', 'Cảnh báo từ cơ quan chức năng');
      await watching
        .locator(`[data-list="alerts"] [data-row="${alertId}"]`)
        .getByRole('button', { name: `Mở ${HEADLINE}`, exact: true })
        .click();
      const watched = watching.locator(`[data-alert="${alertId}"] [data-gate="${tinhBien.id}"]`);
      expect(await watched.getAttribute('data-gate-outcome')).toBe('pending');

      await signIn(page, server.url, APPROVER.username, APPROVER.password);
      // Every signed-in reader has the inbox; only administrators have the sources.
      expect(
        await page.locator('nav.tabs').getByRole('link', { name: 'Cảnh báo', exact: true }).count(),
      ).toBe(1);
      expect(await page.locator('nav.tabs').getByRole('link', { name: 'Nguồn cảnh báo' }).count()).toBe(0);
      await open(page, server.url, 'alerts', 'Cảnh báo từ cơ quan chức năng');
      const row = page.locator(`[data-list="alerts"] [data-row="${alertId}"]`);
      expect(await row.textContent()).toContain(HEADLINE);
      expect(await row.textContent()).toContain('Đài KTTV tỉnh An Giang');
      expect(await row.textContent()).toContain('Thực tế');
      expect(await row.locator('[data-outcome="pending"]').textContent()).toBe('Chờ duyệt');
      await expectFits(page, '#alerts');
      await row.getByRole('button', { name: `Mở ${HEADLINE}`, exact: true }).click();

      const detail = page.locator(`[data-alert="${alertId}"]`);
      await detail.waitFor();
      const gate = detail.locator(`[data-gate="${tinhBien.id}"]`);
      expect(await gate.getAttribute('data-gate-outcome')).toBe('pending');
      // Vietnamese from the alert, Khmer from the approved template, English missing and marked.
      expect(
        await gate
          .locator('[data-lang]')
          .evaluateAll((ls) => ls.map((l) => [l.getAttribute('data-lang'), l.getAttribute('data-text')])),
      ).toEqual([
        ['vi', 'original'],
        ['km', 'template'],
        ['en', 'missing'],
      ]);
      expect(await gate.locator('[data-lang="en"]').getAttribute('class')).toContain('cap-missing');
      expect(await gate.locator('[data-lang="km"]').textContent()).toContain('từ mẫu của cổng');
      expect(await gate.textContent()).toContain('Bảng LED Tịnh Biên');

      // The map: the gate reached and the one nearby as points, named for a screen reader.
      const map = detail.getByRole('img', { name: /Cảnh báo tới: Cửa khẩu Tịnh Biên\./ });
      await map.waitFor();
      expect(await map.locator(`[data-map-gate="${tinhBien.id}"]`).getAttribute('data-reached')).toBe('true');
      expect(await map.locator(`[data-map-gate="${vinhHoiDong.id}"]`).getAttribute('data-reached')).toBe(
        'false',
      );
      expect(await map.locator('polygon').count()).toBe(1);

      // The original document, byte for byte, behind the download link (with the session cookie).
      const href = await detail.locator('[data-download="xml"]').getAttribute('href');
      expect(await page.evaluate(async (url) => (await fetch(url!)).text(), href)).toBe(xml);
      await expectFits(page, '#alerts with the alert open');

      await gate.getByRole('button', { name: 'Duyệt và phát tại Cửa khẩu Tịnh Biên', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Duyệt và phát cảnh báo tại Cửa khẩu Tịnh Biên?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        'Cảnh báo sẽ hiện ngay trên 1 màn hình tại Cửa khẩu Tịnh Biên.',
      );
      expect(await dialog.getByRole('list').textContent()).toBe('Cửa khẩu Tịnh Biên: Bảng LED Tịnh Biên');
      await expectFits(page, 'the approval dialog');
      await dialog.getByRole('button', { name: 'Duyệt và phát', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => gate.getAttribute('data-gate-outcome')).toBe('active');
      await detail.getByText('Đã duyệt tại Cửa khẩu Tịnh Biên.').waitFor();

      const after = (await approver.get<Alert>(`/api/v1/alerts/${alertId}`)).body;
      expect(after.gates[0]?.outcome).toBe('active');
      // The alert as a whole is on screen now, in its answer and in the list (which follows live).
      expect.soft(after.outcome).toBe('shown');
      const emergency = (await approver.get<Emergency>(`/api/v1/emergencies/${after.gates[0]!.emergencyId}`))
        .body;
      expect(emergency.state).toBe('active');
      expect(emergency.approvedBy?.name).toBe(APPROVER.username);
      // The other person's open alert follows, live, without a reload.
      await expect.poll(() => watched.getAttribute('data-gate-outcome'), { timeout: 10_000 }).toBe('active');
      await expect.poll(() => row.locator('[data-outcome]').getAttribute('data-outcome')).toBe('shown');
    } finally {
      await page.close();
      await watching.close();
    }
  });

  it('an administrator registers an authority: its token is shown once, works, and a renewed one replaces it', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await open(page, server.url, 'alert-sources', 'Nguồn cảnh báo');
      await page.getByRole('button', { name: 'Nguồn mới', exact: true }).click();
      const form = page.locator('[data-editor="alert-source"]');
      await form.locator('input[name="source-name"]').fill('Trung tâm Dự báo KTTV quốc gia');
      await form.getByRole('button', { name: 'Thêm quy tắc', exact: true }).click();
      await form.locator('[data-rule="1"]').getByLabel('cực kỳ nghiêm trọng').check();
      await form.getByRole('button', { name: 'Tạo nguồn', exact: true }).click();

      const dialog = page.getByRole('dialog', { name: 'Mã truy cập của Trung tâm Dự báo KTTV quốc gia' });
      await dialog.waitFor();
      expect(await dialog.locator('[data-token-warning]').textContent()).toContain('chỉ hiển thị một lần');
      const token = await dialog.locator('#source-token').inputValue();
      expect(token.length).toBeGreaterThan(20);
      await dialog.getByRole('button', { name: 'Sao chép', exact: true }).waitFor();
      await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      // Once closed it is gone from the page; the list keeps only its last four characters.
      expect(await page.content()).not.toContain(token);
      const source = (
        await server.api.get<{ items: { id: string; name: string; immediate: unknown[] }[] }>(
          '/api/v1/alert-sources',
        )
      ).body.items.find((s) => s.name === 'Trung tâm Dự báo KTTV quốc gia');
      expect(source?.immediate).toEqual([{ severities: ['Extreme'] }]);
      const row = page.locator(`[data-list="alert-sources"] [data-row="${source!.id}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain(`…${token.slice(-4)}`);

      const check = (bearer: string) =>
        new Api(server.url, bearer).request(
          'POST',
          '/api/v1/cap/preview',
          floodAlert('VN-NCHMF-E2E', Date.now()),
          {
            'content-type': 'application/cap+xml',
          },
        );
      expect((await check(token)).status).toBe(200);

      // Renewing asks first, shows the new token once, and the old one stops working.
      page.once('dialog', (d) => {
        expect(d.message()).toContain('Mã cũ ngừng hoạt động ngay');
        void d.accept();
      });
      await row.getByRole('button', { name: 'Cấp mã mới cho Trung tâm Dự báo KTTV quốc gia' }).click();
      await dialog.waitFor();
      const renewed = await dialog.locator('#source-token').inputValue();
      expect(renewed).not.toBe(token);
      await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
      expect((await check(token)).status).toBe(401);
      expect((await check(renewed)).status).toBe(200);
    } finally {
      await page.close();
    }
  });

  it('an administrator adds an authority’s feed and reads it at once: its alert arrives in the inbox', async () => {
    // The authority's ATOM feed, on this machine (allowed only because the form says so).
    const cap = floodAlert('VN-KTTV-AG-FEED-001', Date.now());
    const feed: Server = createServer((req, res) => {
      if (req.url === '/cap/lu.xml') res.writeHead(200, { 'content-type': 'application/cap+xml' }).end(cap);
      else if (req.url === '/feed.atom')
        res.writeHead(200, { 'content-type': 'application/atom+xml' })
          .end(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Cảnh báo thiên tai</title>
  <id>urn:e2e:kttv-ag</id>
  <updated>${capTime(Date.now())}</updated>
  <entry>
    <id>urn:e2e:kttv-ag:lu-001</id>
    <title>${HEADLINE}</title>
    <updated>${capTime(Date.now())}</updated>
    <link rel="alternate" type="application/cap+xml" href="cap/lu.xml"/>
  </entry>
</feed>`);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => feed.listen(0, '127.0.0.1', done));
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await open(page, server.url, 'alert-sources', 'Nguồn cảnh báo');
      await page.getByRole('button', { name: 'Nguồn mới', exact: true }).click();
      const form = page.locator('[data-editor="alert-source"]');
      await form.locator('input[name="source-name"]').fill('Đài KTTV tỉnh An Giang (nguồn tin)');
      await form
        .getByRole('radio', { name: 'Gatecast đọc nguồn tin ATOM/RSS của cơ quan theo định kỳ' })
        .check();
      const { port } = feed.address() as AddressInfo;
      await form.locator('input[name="source-url"]').fill(`http://127.0.0.1:${port}/feed.atom`);
      await form.locator('input[name="source-poll"]').fill('60');
      await form.getByRole('checkbox', { name: 'Cho phép địa chỉ trong mạng nội bộ' }).check();
      await form.getByRole('button', { name: 'Tạo nguồn', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Mã truy cập của Đài KTTV tỉnh An Giang (nguồn tin)' });
      await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();

      const reading = form.locator('[data-feed-reading]');
      await reading.getByRole('button', { name: 'Đọc ngay', exact: true }).click();
      // The entry is taken once, by whichever read comes first (this one, or the minute's job).
      await expect
        .poll(() => reading.getByRole('status').textContent())
        .toMatch(/^Đã đọc: nguồn tin có 1 mục, [01] cảnh báo mới\.$/);
      await reading.getByText(/^Đọc lần gần nhất lúc /).waitFor();
      const fromFeed = (await server.api.get<{ items: Alert[] }>('/api/v1/alerts')).body.items.find(
        (a) => a.identifier === 'VN-KTTV-AG-FEED-001',
      );
      expect(fromFeed?.via).toBe('feed');
      await open(page, server.url, 'alerts', 'Cảnh báo từ cơ quan chức năng');
      await page.locator(`[data-list="alerts"] [data-row="${fromFeed!.id}"]`).waitFor();
    } finally {
      await page.close();
      await new Promise((done) => feed.close(done));
    }
  });

  it('the alert pages are Vietnamese with no English, fit a phone and have no serious accessibility fault', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, bypassCSP: true });
    const { read, found, faults } = pageReader(page);
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await open(page, server.url, 'alerts', 'Cảnh báo từ cơ quan chức năng');
      await read('#alerts');
      // Opened from the keyboard, the alert takes the focus (its heading), and Tab goes on to its buttons.
      await page.locator(`[data-list="alerts"] [data-row="${alertId}"]`).getByRole('button').first().focus();
      await page.keyboard.press('Enter');
      await page.locator(`[data-alert="${alertId}"] [data-gate]`).first().waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`cap-${alertId}`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đóng cảnh báo');
      // An administrator sees every gate: the one 600 km away is left off the map, the one nearby is on it.
      const map = page.locator('[data-map="alert"]');
      expect(await map.locator(`[data-map-gate="${vinhHoiDong.id}"]`).count()).toBe(1);
      expect(await map.locator(`[data-map-gate="${leThanh.id}"]`).count()).toBe(0);
      await read('#alerts, the alert open');

      await open(page, server.url, 'alert-templates', 'Mẫu cảnh báo theo cổng');
      await read('#alert-templates');
      await page.getByRole('button', { name: 'Mẫu mới', exact: true }).click();
      await page.locator('[data-editor="alert-template"]').waitFor();
      await read('#alert-templates, a new template');

      await open(page, server.url, 'alert-sources', 'Nguồn cảnh báo');
      await read('#alert-sources');
      await page.getByRole('button', { name: 'Nguồn mới', exact: true }).click();
      await page.getByRole('button', { name: 'Thêm quy tắc', exact: true }).click();
      await page
        .getByRole('radio', { name: 'Gatecast đọc nguồn tin ATOM/RSS của cơ quan theo định kỳ' })
        .check();
      await read('#alert-sources, a new feed source with a rule');
    } finally {
      await page.close();
    }
    expect(found).toEqual([]);
    expect(faults).toEqual([]);
  });
});
