import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSourceWithToken, StoredDataValue } from '../../schemas/types.ts';
import type { DataPoll } from '../../server/services/data-pull.service.ts';
import { scheduleLoop } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Live values on a Chromium board: a bank's rate list (Vietcombank's XML) and a forecast (Open-Meteo's
// JSON) served on 127.0.0.1 are read by the controller, sent to the player and written in Vietnamese, Khmer
// and Lao with the gate's Khmer and Lao digits; a rate that jumps beyond its bound waits for an approver;
// with the feed and then the controller gone, the rate leaves the board and the forecast says "as of" once
// they pass their maximum age — decided by the player's own clock, also across a reload.

const fixture = (name: string) => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), 'utf8');
const RATES = fixture('vietcombank-exrates.xml');
const FORECAST = fixture('open-meteo-le-thanh.json');
const HOUR_S = 3600;
/** The values are this old when served: they pass their hour's maximum age about a minute and a half later. */
const AGE_S = HOUR_S - 90;

/** Wall-clock parts in Vietnam (UTC+7, no DST) of an instant. */
function vietnam(ms: number) {
  const d = new Date(ms + 7 * 3_600_000);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (ms: number) => {
  const v = vietnam(ms);
  return `${v.y}-${pad(v.mo)}-${pad(v.d)}`;
};

/** The bank's list as published `AGE_S` ago (its <DateTime>: month/day/year, 12-hour clock), USD sold at `sell`. */
function rateList(sell: string): string {
  const v = vietnam(Date.now() - AGE_S * 1000);
  const h12 = v.h % 12 === 0 ? 12 : v.h % 12;
  const stamp = `${v.mo}/${v.d}/${v.y} ${h12}:${pad(v.mi)}:${pad(v.s)} ${v.h < 12 ? 'AM' : 'PM'}`;
  return RATES.replace(/<DateTime>[^<]*<\/DateTime>/, `<DateTime>${stamp}</DateTime>`).replace(
    'Sell="26,370.00"',
    `Sell="${sell}"`,
  );
}

/**
 * The forecast made `AGE_S` ago, for today and the two days after. Its current.time is to the minute: the
 * next whole minute, so that it is never older than `AGE_S` (a minute rounded down could already be stale).
 */
function forecast(): string {
  const made = Math.ceil((Date.now() - AGE_S * 1000) / 60_000) * 60_000;
  const v = vietnam(made);
  const doc = JSON.parse(FORECAST) as { current: { time: string }; daily: { time: string[] } };
  doc.current.time = `${isoDay(made)}T${pad(v.h)}:${pad(v.mi)}`;
  doc.daily.time = [0, 1, 2].map((i) => isoDay(made + i * 86_400_000));
  return JSON.stringify(doc);
}

/** The bank's and the weather service's web server on 127.0.0.1. */
class Publisher {
  private server: Server | undefined;
  url = '';
  sell = '26,370.00';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/exrates.xml')
        res.writeHead(200, { 'content-type': 'text/xml' }).end(rateList(this.sell));
      else if (path === '/v1/forecast')
        res.writeHead(200, { 'content-type': 'application/json' }).end(forecast());
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
}

describe('live values on the board, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let board: Page;
  const publisher = new Publisher();
  const gate = factory.gate({
    name: 'Cửa khẩu Lệ Thanh',
    province: 'Gia Lai',
    borderCountry: 'KH',
    timeZone: 'Asia/Ho_Chi_Minh',
    location: { lat: 13.79, lon: 107.52 },
    languages: ['vi', 'km', 'lo'],
    digits: 'native',
  });
  const screen = factory.screen(gate.id!, { name: 'Bảng tỷ giá', width: 1200, height: 300 });
  const rates = factory.message({
    name: 'Tỷ giá USD',
    fieldOptions: { stale: 'hide', maxAgeSeconds: HOUR_S },
    variants: {
      vi: { body: 'Bán USD: {{rates.USD.sell}}' },
      km: { body: 'លក់ USD: {{rates.USD.sell}}' },
      lo: { body: 'ຂາຍ USD: {{rates.USD.sell}}' },
    },
  });
  const weather = factory.message({
    name: 'Thời tiết ngày mai',
    fieldOptions: { stale: 'as-of', maxAgeSeconds: HOUR_S },
    variants: {
      vi: { body: 'Ngày mai: {{weather.tomorrow.max}}' },
      km: { body: 'ថ្ងៃស្អែក: {{weather.tomorrow.max}}' },
      lo: { body: 'ມື້ອື່ນ: {{weather.tomorrow.max}}' },
    },
  });
  let bank = '';
  /** When the approved rate passes its maximum age (its observation plus an hour). */
  let rateStaleAt = 0;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

  /** The body of one language of one message on the board ('' while it is not there). */
  const shown = (message: string, lang: string) =>
    board.evaluate(
      ([id, l]) =>
        document.querySelector(
          `.entry:not(.preparing)[data-message-id="${id}"] .message[data-lang="${l}"] .message-body`,
        )?.textContent ?? '',
      [message, lang] as const,
    );
  const onBoard = () =>
    board.evaluate(() =>
      [...document.querySelectorAll('.entry:not(.preparing)[data-message-id]')].map(
        (el) => (el as HTMLElement).dataset['messageId'],
      ),
    );
  const poll = async (id: string) => {
    const res = await server.api.post<DataPoll>(`/api/v1/data-sources/${id}/poll`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium(), publisher.start()]);
    const { api } = server;
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    const playlist = factory.playlist([rates.id!, weather.id!], {
      items: [
        { type: 'message', messageId: rates.id!, duration: 4, languages: 'side-by-side' },
        { type: 'message', messageId: weather.id!, duration: 4, languages: 'side-by-side' },
      ],
    });
    await scheduleLoop(server, { messages: [rates, weather], playlist }, { screens: [screen.id!] });
    const source = (body: object) => api.post<DataSourceWithToken>('/api/v1/data-sources', body);
    const pull = { everyMinutes: 60, timeoutSeconds: 5, allowPrivate: true };
    const made = await source({
      name: 'Vietcombank',
      kind: 'pull',
      scope: { gates: [gate.id!] },
      maxAgeSeconds: HOUR_S,
      boundPercent: 5,
      pull: { url: `${publisher.url}/exrates.xml`, adapter: 'vietcombank-xml', ...pull },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    bank = made.body.source.id;
    const sky = await source({
      name: 'Open-Meteo Lệ Thanh',
      kind: 'pull',
      scope: { gates: [gate.id!] },
      maxAgeSeconds: HOUR_S,
      pull: {
        url: `${publisher.url}/v1/forecast?daily=temperature_2m_max`,
        adapter: 'open-meteo-json',
        ...pull,
      },
    });
    expect(sky.status, JSON.stringify(sky.body)).toBe(201);
    expect((await poll(bank)).error).toBeUndefined();
    expect((await poll(sky.body.source.id)).error).toBeUndefined();
    const link = await issuePlayerLink(api, screen.id!);
    board = await browser.newPage({ viewport: { width: 1200, height: 300 }, deviceScaleFactor: 1 });
    await board.goto(server.url + link.playerUrl);
    await board.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20_000,
    });
  });
  afterAll(async () => {
    await board.close();
    await browser.close();
    await server.stop().catch(() => undefined);
    await publisher.stop();
  });

  it('writes the rate and the forecast in Vietnamese, Khmer and Lao, with the gate’s Khmer and Lao digits', async () => {
    // 26,370 VND: Vietnamese groups with '.', the symbol after a no-break space; Khmer and Lao digits
    // (U+17E0–U+17E9, U+0ED0–U+0ED9) as the gate asks, CLDR's separators and symbol places.
    await expect.poll(() => shown(rates.id!, 'vi'), { timeout: 20_000 }).toBe('Bán USD: 26.370\u00a0₫');
    expect(await shown(rates.id!, 'km')).toBe('លក់ USD: ២៦.៣៧០₫');
    expect(await shown(rates.id!, 'lo')).toBe('ຂາຍ USD: ₫໒໖.໓໗໐');
    // Tomorrow's high, 30.4 °C: a decimal comma in Vietnamese, Khmer and Lao digits.
    await expect.poll(() => shown(weather.id!, 'vi'), { timeout: 10_000 }).toBe('Ngày mai: 30,4°C');
    expect(await shown(weather.id!, 'km')).toBe('ថ្ងៃស្អែក: ៣០,៤°C');
    expect(await shown(weather.id!, 'lo')).toBe('ມື້ອື່ນ: ໓໐,໔°C');
  });

  it('keeps the old rate on the board while a jump beyond the bound waits, and shows it once approved', async () => {
    publisher.sell = '31,644.00'; // +20 %, beyond the 5 % bound
    const read = await poll(bank);
    expect(read.held).toBeGreaterThanOrEqual(1);
    const held = await server.api.get<{ items: StoredDataValue[] }>('/api/v1/data-values?state=held');
    const jump = held.body.items.find((v) => v.path === 'rates.USD.sell');
    expect(jump?.value).toBe(31_644);
    rateStaleAt = jump!.observedAt + HOUR_S * 1000;
    // Two item lengths later the board still sells at the old rate.
    await sleep(8_000);
    await expect.poll(() => shown(rates.id!, 'vi'), { timeout: 10_000 }).toBe('Bán USD: 26.370\u00a0₫');
    expect((await server.api.post(`/api/v1/data-values/${jump!.id}/approve`)).status).toBe(200);
    await expect.poll(() => shown(rates.id!, 'vi'), { timeout: 15_000 }).toBe('Bán USD: 31.644\u00a0₫');
  });

  it('past the maximum age, with the feed and the controller gone: the rate leaves, the forecast says "as of"', async () => {
    await publisher.stop(); // the feeds stop
    await server.stop(); // and the controller goes: the player decides on its own clock
    await expect
      .poll(
        () =>
          board.evaluate(
            () => (window as unknown as { __gatecast: { connected: boolean } }).__gatecast.connected,
          ),
        {
          timeout: 10_000,
        },
      )
      .toBe(false);
    const asOf = (lang: string) =>
      board.evaluate(
        (l) =>
          document.querySelector(`.entry:not(.preparing) .message[data-lang="${l}"] .message-asof`)
            ?.textContent ?? '',
        lang,
      );
    // Within a minute or two the forecast is more than an hour old: it stays, dated.
    await expect
      .poll(() => asOf('vi'), { timeout: 150_000, interval: 500 })
      .toMatch(/^cập nhật lúc \d\d:\d\d \d\d\/\d\d$/);
    expect(await asOf('km')).toMatch(/^គិតត្រឹមម៉ោង [០-៩]{2}:[០-៩]{2} ថ្ងៃទី [០-៩]{2}\/[០-៩]{2}$/);
    expect(await asOf('lo')).toMatch(/^ປັບປຸງເວລາ [໐-໙]{2}:[໐-໙]{2} ວັນທີ [໐-໙]{2}\/[໐-໙]{2}$/);
    // Once the rate is more than an hour old too, for two whole loops only the forecast plays.
    await sleep(rateStaleAt + 1_000 - Date.now());
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 16; i++) {
      for (const id of await onBoard()) seen.add(id);
      await sleep(500);
    }
    expect([...seen]).toEqual([weather.id]);

    // A reload with the controller still down: the values come back from the player's own store with the
    // times they were observed, so the verdict is the same.
    const reloaded = await board.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect.poll(() => asOf('vi'), { timeout: 20_000 }).toMatch(/^cập nhật lúc /);
    expect(await shown(weather.id!, 'vi')).toContain('Ngày mai: 30,4°C');
    const after = new Set<string | undefined>();
    for (let i = 0; i < 12; i++) {
      for (const id of await onBoard()) after.add(id);
      await sleep(500);
    }
    expect([...after]).toEqual([weather.id]);
  }, 300_000);
});
