import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageInput, ScreenInput } from '../../schemas/types.ts';
import { scheduleLoop } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

/** A notice far too long for a 576×192 board at a readable size (the issue's case: it fitted at 10 px). */
const longNotice =
  'Kể từ ngày 1 tháng 7, hành khách xuất cảnh qua cửa khẩu phải xuất trình hộ chiếu còn hạn ít nhất sáu tháng. ' +
  'Phương tiện chở hàng đi theo làn bên phải và dừng tại trạm kiểm soát để kiểm tra giấy tờ. ' +
  'Không mang theo hàng cấm, động vật hoang dã và tiền mặt vượt mức quy định. ' +
  'Mọi thắc mắc xin liên hệ đồn biên phòng cửa khẩu hoặc gọi đường dây nóng được niêm yết tại sảnh chờ. ' +
  'Cửa khẩu mở cửa từ 7 giờ đến 17 giờ hằng ngày, kể cả thứ Bảy và Chủ nhật, trừ khi có thông báo khác. ' +
  'Xin giữ trật tự, xếp hàng theo hướng dẫn của cán bộ và không hút thuốc trong khu vực kiểm soát.';

describe('legibility on the board', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  /** A gate and screen playing one message for `duration` seconds; returns the player URL. */
  async function playing(
    screen: Partial<ScreenInput>,
    message: MessageInput,
    languages: string[],
    duration: number,
  ) {
    const gate = factory.gate({ languages });
    const s = factory.screen(gate.id!, screen);
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', s)).status).toBe(201);
    const playlist = factory.playlist([], { items: [{ type: 'message', messageId: message.id!, duration }] });
    await scheduleLoop(server, { messages: [message], playlist }, { screens: [s.id!] });
    const link = await issuePlayerLink(server.api, s.id!);
    return server.url + link.playerUrl;
  }

  it('shows a long Vietnamese notice on a 576×192 LED board in pages, every text at or above its floor', async () => {
    const message = factory.message({ variants: { vi: { title: 'Thông báo', body: longNotice } } });
    const url = await playing({ kind: 'led', width: 576, height: 192 }, message, ['vi'], 16);
    const page = await browser.newPage({ viewport: { width: 576, height: 192 }, deviceScaleFactor: 1 });
    try {
      await page.goto(url);
      await page.waitForSelector('#stage .message[data-pages]:not(.preparing)', { timeout: 20_000 });
      // An LED board with nothing set reads from the road: 16 px (Vietnamese's own minimum is 12).
      const floor = 16;
      const seen = new Map<number, { body: string; smallest: number; overflow: boolean }>();
      let pages = 0;
      for (let i = 0; i < 100 && (pages === 0 || seen.size < pages); i++) {
        const state = await page.$eval('#stage .message:not(.preparing)', (block) => {
          const texts = [
            ...block.querySelectorAll<HTMLElement>('.message-title, .message-body, .message-page'),
          ];
          return {
            pages: Number(block.getAttribute('data-pages')),
            page: Number(block.getAttribute('data-page')),
            body: block.querySelector('.message-body')?.textContent ?? '',
            title: block.querySelector('.message-title')?.textContent ?? '',
            marker: block.querySelector('.message-page')?.textContent ?? '',
            smallest: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
            // Scroll sizes round fractional layouts up: one pixel is rounding, not overflow.
            overflow:
              block.scrollHeight > block.clientHeight + 1 || block.scrollWidth > block.clientWidth + 1,
          };
        });
        pages = state.pages;
        expect(pages, JSON.stringify(state)).toBeGreaterThanOrEqual(2);
        expect(state.title, 'the title stays on every page').toBe('Thông báo');
        expect(state.marker).toBe(`${state.page}/${state.pages}`);
        seen.set(state.page, state);
        await page.waitForTimeout(250);
      }
      expect(pages).toBeGreaterThanOrEqual(2);
      expect([...seen.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: pages }, (_, i) => i + 1)); // pages flip
      for (const [n, state] of seen) {
        expect(state.smallest, `smallest text on page ${n}`).toBeGreaterThanOrEqual(floor);
        expect(state.overflow, `page ${n} fits its box`).toBe(false);
      }
      // Nothing is lost between pages: read in order, they are the whole notice.
      const read = [...seen.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, s]) => s.body)
        .join(' ');
      expect(read.replace(/\s+/g, ' ')).toBe(longNotice.trim());
    } finally {
      await page.close();
    }
  });

  it('draws the ticker band of a 576×192 board no smaller than its floor', async () => {
    const message = factory.message({
      variants: { vi: { title: 'Chào mừng', ticker: 'Cửa khẩu mở cửa từ 7 giờ đến 17 giờ hằng ngày' } },
    });
    const url = await playing(
      { kind: 'led', width: 576, height: 192, layout: 'ticker' },
      message,
      ['vi'],
      30,
    );
    const page = await browser.newPage({ viewport: { width: 576, height: 192 }, deviceScaleFactor: 1 });
    try {
      await page.goto(url);
      const ticker = await page.waitForSelector('#stage[data-layout="ticker"] .ticker-text', {
        timeout: 20_000,
      });
      // 12 % of 192 px is a 23 px band, whose 60 % text would be 14 px: below the road's 16 px.
      expect(await ticker.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(
        16,
      );
      const band = await (await page.$('#stage .ticker'))!.boundingBox();
      const main = await (await page.$('.zone-main'))!.boundingBox();
      expect(main!.y + main!.height).toBeCloseTo(band!.y, 0); // the items' zone gives the band its room
    } finally {
      await page.close();
    }
  });

  it('keeps a large Tai Viet title on a 1080×1920 kiosk inside its box and the stage (ink measured)', async () => {
    const message = factory.message({ variants: { blt: { title: 'ꪎꪱꪚꪱꪥ ꪒꪲ' } } });
    const url = await playing({ kind: 'kiosk', width: 1080, height: 1920 }, message, ['blt'], 60);
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 1 });
    try {
      await page.goto(url);
      await page.waitForSelector('#stage .message[lang="blt"]:not(.preparing) .message-title', {
        timeout: 20_000,
      });
      // Only the message is measured: whatever else the kiosk draws over the loop is hidden here.
      const title = await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('#stage > :not(.zone-main)'))
          el.style.visibility = 'hidden';
        const r = document.querySelector('#stage .message .message-title')!.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      const { data, info } = await sharp(await page.screenshot())
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      let ink = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      for (let y = 0; y < info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          const i = (y * info.width + x) * 3;
          if (Math.max(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0) < 48) continue; // background
          ink = {
            left: Math.min(ink.left, x),
            top: Math.min(ink.top, y),
            right: Math.max(ink.right, x + 1),
            bottom: Math.max(ink.bottom, y + 1),
          };
        }
      }
      expect(ink.right - ink.left, 'the title is drawn large').toBeGreaterThan(540);
      // Inside the stage, not touching its edges: nothing is cut.
      expect(ink.left).toBeGreaterThan(0);
      expect(ink.top).toBeGreaterThan(0);
      expect(ink.right).toBeLessThan(1080);
      expect(ink.bottom).toBeLessThan(1920);
      // Inside the title's own box.
      expect(ink.left).toBeGreaterThanOrEqual(Math.floor(title.left));
      expect(ink.right).toBeLessThanOrEqual(Math.ceil(title.right));
      expect(ink.top).toBeGreaterThanOrEqual(Math.floor(title.top));
      expect(ink.bottom).toBeLessThanOrEqual(Math.ceil(title.bottom));
    } finally {
      await page.close();
    }
  });

  it('shows the editor, per screen and language, whether a draft reads there, at what size and in how many pages', async () => {
    const gate = factory.gate({ name: 'Cửa khẩu Tịnh Biên', languages: ['vi', 'km'] });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    const small = factory.screen(gate.id!, { name: 'Bảng LED nhỏ', kind: 'led', width: 576, height: 192 });
    const hall = factory.screen(gate.id!, {
      name: 'Màn hình sảnh',
      kind: 'indoor',
      width: 1920,
      height: 1080,
    });
    for (const s of [small, hall]) expect((await server.api.post('/api/v1/screens', s)).status).toBe(201);
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await page.goto(`${server.url}/console/`);
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
      await page.getByRole('link', { name: 'Thông điệp' }).click();
      await page.getByRole('button', { name: 'Thông điệp mới' }).click();
      await page.getByLabel('Tên thông điệp').fill('Quy định xuất cảnh');
      // Owned by the gate: the draft reaches its two screens and is written in its languages.
      await page.getByRole('radio', { name: 'Một cửa khẩu' }).check();
      await page.locator('select[name="owner-gate"]').selectOption(gate.id!);
      await page.getByLabel('Tiêu đề (vi)').fill('Thông báo');
      await page.getByLabel('Nội dung (vi)').fill(longNotice);
      await page.getByLabel('Tiêu đề (km)').fill('សូមស្វាគមន៍');
      const table = page.getByRole('table', { name: 'Đọc được trên từng màn hình' });
      const row = (screenId: string, lang: string) =>
        table.locator(`tr[data-screen-id="${screenId}"][data-lang="${lang}"]`);
      // The long notice needs pages on the small board, at no less than its 16 px floor …
      await row(small.id!, 'vi').and(page.locator('[data-legibility="pages"]')).waitFor({ timeout: 20_000 });
      expect(Number(await row(small.id!, 'vi').getAttribute('data-pages'))).toBeGreaterThanOrEqual(2);
      expect(Number(await row(small.id!, 'vi').getAttribute('data-px'))).toBeGreaterThanOrEqual(16);
      expect(await row(small.id!, 'vi').textContent()).toContain('Đọc được, chia');
      // … and fits the hall screen on one page; the Khmer title reads on both.
      await row(hall.id!, 'vi').and(page.locator('[data-legibility="readable"]')).waitFor();
      await row(small.id!, 'km').and(page.locator('[data-legibility="readable"]')).waitFor();
      await row(hall.id!, 'km').and(page.locator('[data-legibility="readable"]')).waitFor();
      expect(await table.locator('tbody tr').count()).toBe(4);
    } finally {
      await page.close();
    }
  });
});
