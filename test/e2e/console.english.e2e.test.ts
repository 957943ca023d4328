import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../console/src/i18n.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { englishVocabulary, twelveHourTimes, wordsOf } from '../support/english.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type Api, type TestServer } from '../support/server.ts';

// No English in the Vietnamese console: every page of the navigation (whatever tabs it has today), a
// screen's page and the dialogs and editors the pages open are read as a person reads them — visible text,
// accessible names, placeholders, titles, confirmation prompts — and any English word the console's own
// English catalogue uses is a failure, unless it sits inside an element whose `lang` says it is not
// Vietnamese (content written in another language, codes marked zxx).

/** The words the English catalogue uses that Vietnamese cannot contain ("online", "message", "clear" …). */
const english = englishVocabulary(Object.values(messages).map((m) => m.en));

/** People's names are shown as they are: the test's people have Vietnamese ones, not "test-approver". */
class VietnamesePublisher extends Publisher {
  private readonly duyet: Promise<Api>;
  constructor(server: TestServer, editor: Api) {
    super(server, editor);
    this.duyet = server.api.newUser(
      'nguoi-duyet',
      ['approver'],
      { global: true },
      'người duyệt thứ hai 2026',
    );
  }
  override approver(): Promise<Api> {
    return this.duyet;
  }
}

interface Found {
  where: string;
  text: string;
  words: string[];
}

/** The texts of the page as read in Vietnamese: visible text and the names assistive technology reads. */
function readTexts(page: Page): Promise<{ text: string; path: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; path: string }[] = [];
    // Text in another language is marked with its lang; a person's name, which no one translates, with
    // translate="no" (an API token's is often English: "admin (ADMIN_TOKEN)").
    const vietnamese = (el: Element) => {
      if (el.closest('[translate="no"]')) return false;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      return lang === '' || lang.toLowerCase().startsWith('vi');
    };
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) ||
      // A closed select's options are read as its choices.
      (el instanceof HTMLOptionElement && el.parentElement?.closest('select')?.checkVisibility() === true);
    const pathOf = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement)
        parts.unshift(
          e.tagName.toLowerCase() +
            (e.id ? `#${e.id}` : '') +
            (e.classList.length ? `.${[...e.classList].join('.')}` : ''),
        );
      return parts.join(' > ');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
      if (shown(el) && vietnamese(el)) out.push({ text, path: pathOf(el) });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!shown(el) || !vietnamese(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const text = el.getAttribute(name)?.trim();
        if (text) out.push({ text, path: `${pathOf(el)} @${name}` });
      }
    }
    out.push({ text: document.title, path: 'title' });
    return out;
  });
}

/** The English words on the page as it stands (and in any confirmation prompt it asked), with where. */
async function englishOn(page: Page, where: string, prompts: string[] = []): Promise<Found[]> {
  const texts = [...(await readTexts(page)), ...prompts.map((text) => ({ text, path: 'confirm()' }))];
  return texts
    .map(({ text, path }) => ({
      where: `${where} ${path}`,
      text,
      words: [...wordsOf(text).filter((w) => english.has(w.toLowerCase())), ...twelveHourTimes(text)],
    }))
    .filter((f) => f.words.length > 0);
}

/** Waits until the page shows its heading and has finished loading what it lists. */
async function settled(page: Page): Promise<void> {
  await page
    .locator('main h2')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(async (err: unknown) => {
      const body = await page.locator('body').innerText();
      throw new Error(`no heading at ${page.url()}: ${body.slice(0, 500)}`, { cause: err });
    });
  await expect.poll(() => page.getByText('Đang tải…').count(), { timeout: 10_000 }).toBe(0);
  await page.waitForTimeout(300); // live badges and lazy parts draw just after the data
}

describe('the Vietnamese console has no English', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const prompts: string[] = [];
  const gate = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    languages: ['vi', 'km'],
    emergencyPolicy: 'single-approver',
  });
  const never = factory.screen(gate.id!, { name: 'Bảng LED Tịnh Biên' });
  const kiosk = factory.screen(gate.id!, {
    name: 'Ki-ốt sảnh chờ',
    kind: 'kiosk',
    width: 1080,
    height: 1920,
  });
  const message = factory.message({
    name: 'Giờ mở cửa',
    gateId: gate.id!,
    variants: { vi: { title: 'Cửa khẩu mở cửa 7:00–17:00' }, km: { title: 'ច្រកទ្វារបើក' } },
  });
  const draft = factory.message({
    name: 'Thông báo thời tiết',
    gateId: gate.id!,
    variants: { vi: { title: 'Trời mưa lớn, đi chậm' } },
  });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const { api } = server;
    for (const [path, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/screens', never],
      ['/api/v1/screens', kiosk],
    ] as const)
      expect((await api.post(path, body)).status, path).toBe(201);
    const editor = await api.newUser('bien-tap-vien', ['editor'], { global: true }, 'biên tập viên 2026');
    const publish = new VietnamesePublisher(server, editor);
    await publish.create('/api/v1/messages', message);
    const playlist = factory.playlist([message.id!], {
      name: 'Vòng chính Tịnh Biên',
      gateId: gate.id!,
      items: [{ type: 'message', messageId: message.id!, duration: 10 }],
    });
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { gates: [gate.id!] }));
    // One item waits in the approval queue.
    expect((await editor.post('/api/v1/messages', draft)).status).toBe(201);
    const submitted = await editor.post(`/api/v1/messages/${draft.id}/submit`, {
      acknowledgedMissing: ['km'],
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    // Overrides in every state the emergency page lists: cleared, active; a blackout lifted.
    const duyet = await publish.approver();
    const emergency = {
      variants: { vi: { title: 'Đóng cửa khẩu do mưa lũ' } },
      targets: { gates: [gate.id!] },
    };
    const cleared = await duyet.post<{ id: string }>('/api/v1/emergencies', { ...emergency, ttlMinutes: 30 });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(201);
    expect((await duyet.post(`/api/v1/emergencies/${cleared.body.id}/clear`)).status).toBe(200);
    expect((await duyet.post('/api/v1/emergencies', { ...emergency, ttlMinutes: 600 })).status).toBe(201);
    const tech = await api.newUser('ky-thuat-vien', ['technician'], { global: true }, 'kỹ thuật viên 2026');
    const dark = await tech.post<{ id: string }>('/api/v1/blackouts', {
      targets: { screens: [kiosk.id!] },
      reason: 'Kiểm tra nguồn điện',
    });
    expect(dark.status, JSON.stringify(dark.body)).toBe(201);
    expect((await tech.post(`/api/v1/blackouts/${dark.body.id}/lift`)).status).toBe(200);

    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    // A confirmation prompt is read, then declined: nothing is deleted.
    page.on('dialog', (dialog) => {
      // Leaving a page with an open form may ask first (the browser's own words): leave.
      if (dialog.type() === 'beforeunload') return void dialog.accept();
      prompts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.locator('nav.tabs').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });
  afterAll(async () => {
    await page.close();
    await browser.close();
    await server.stop();
  });

  it('finds an English label planted on a page, and not one marked lang="en"', async () => {
    await page.goto(`${server.url}/console/#fleet`);
    await settled(page);
    await page.evaluate(() => {
      const main = document.querySelector('main');
      main?.insertAdjacentHTML(
        'beforeend',
        '<p data-plant>Never connected</p><p data-plant lang="en">Never connected</p><p data-plant>lúc 3:05 PM</p>',
      );
    });
    const found = await englishOn(page, 'planted');
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-plant]')) el.remove();
    });
    expect(found.map((f) => f.words)).toEqual([['Never', 'connected'], ['3:05 PM']]);
  });

  it('shows no English word on any page of the navigation', async () => {
    await page.goto(`${server.url}/console/`);
    await page.locator('nav.tabs a').first().waitFor();
    const hashes = await page
      .locator('nav.tabs a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hashes.length).toBeGreaterThanOrEqual(8);
    const found: Found[] = [];
    for (const hash of hashes) {
      await page.goto(`${server.url}/console/${hash}`);
      await settled(page);
      found.push(...(await englishOn(page, hash)));
    }
    expect(found).toEqual([]);
  });

  it('shows no English word on a screen’s page, nor in the dialogs and editors the pages open', async () => {
    const found: Found[] = [];
    const visit = async (hash: string) => {
      const url = `${server.url}/console/${hash}`;
      // The same address again is no navigation: reload, so that nothing stays open from the last button.
      if (page.url() === url) await page.reload();
      else await page.goto(url);
      await settled(page);
    };
    await visit(`#screen/${never.id}`);
    found.push(...(await englishOn(page, 'screen page')));

    // Each button opens a dialog, an editor or a confirmation; the page is read with it open.
    const opening: [hash: string, button: string][] = [
      ['#fleet', 'Thêm cổng'],
      ['#fleet', `Sửa cổng ${gate.name}`],
      ['#fleet', `Thêm màn hình cho ${gate.name}`],
      ['#fleet', `Sửa màn hình ${never.name}`],
      ['#fleet', `Mã thiết bị của ${never.name}`],
      ['#fleet', `Ghép nối trình phát với ${never.name}`],
      ['#fleet', `Tạo liên kết trình phát cho ${never.name}`],
      ['#fleet', `Nhân bản màn hình ${never.name}`],
      ['#fleet', `Xóa màn hình ${never.name}`],
      ['#messages', 'Thông điệp mới'],
      ['#messages', `Mở ${message.name}`],
      ['#messages', `Xóa ${message.name}`],
      ['#playlists', 'Danh sách phát mới'],
      ['#playlists', `Mở Vòng chính Tịnh Biên`],
      ['#playlists', `Xóa Vòng chính Tịnh Biên`],
      ['#schedules', 'Lịch phát mới'],
      ['#schedules', 'Xóa Luôn luôn'],
      ['#approvals', `Xem xét ${draft.name}`],
      // A person, with their recent activity: each action in words, never its code ("schedule.approve").
      ['#people', 'Sửa nguoi-duyet'],
    ];
    const missing: string[] = [];
    for (const [hash, name] of opening) {
      await visit(hash);
      const button = page.getByRole('button', { name, exact: true });
      if ((await button.count()) === 0) {
        missing.push(`${hash} ${name}`);
        continue;
      }
      prompts.length = 0;
      await button.first().click();
      await page.waitForTimeout(500);
      found.push(...(await englishOn(page, `${hash} → ${name}`, prompts)));
    }
    expect(missing).toEqual([]);
    expect(found).toEqual([]);
  });
});
