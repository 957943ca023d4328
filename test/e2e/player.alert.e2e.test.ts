import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, AlertSourceWithToken, Emergency } from '../../schemas/types.ts';
import { fontsUsedFor, launchChromium } from '../support/browser.ts';
import { capBytes, shiftSoSent } from '../support/cap.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

// A drill (a CAP Exercise alert, pushed by an authority) on the board: only the screen that opted in to
// drills shows it, under a DIỄN TẬP / EXERCISE mark in each of its languages, in each language's font; a
// real emergency has no mark; and each screen sends the controller a screenshot of what it showed.

const real = {
  vi: { title: 'Tạm dừng thông quan', body: 'Mực nước kênh Vĩnh Tế vượt báo động 3.' },
  en: { title: 'Crossings suspended', body: 'The Vinh Te canal is above alarm level 3.' },
};

/** What one screen's emergency layer shows now. */
function onBoard(page: Page) {
  return page.evaluate(() => {
    const layer = document.querySelector<HTMLElement>('.override[data-override="emergency"]:not([hidden])');
    const block = layer?.querySelector<HTMLElement>('.message');
    const mark = layer?.querySelector<HTMLElement>('.exercise-mark');
    return {
      lang: block?.lang ?? null,
      title: block?.querySelector('.message-title')?.textContent.normalize('NFC') ?? null,
      words: [...(mark?.querySelectorAll<HTMLElement>('.exercise-word') ?? [])].map((w) => ({
        lang: w.lang,
        text: w.textContent.normalize('NFC'),
      })),
      // The mark's colour: it must let the message through.
      alpha: mark ? Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(getComputedStyle(mark).color)?.[1] ?? 1) : null,
    };
  });
}

describe('drills on the board and the proof screenshot', () => {
  let server: TestServer;
  let browser: Browser;
  let sourceToken = '';
  // Inside the flood polygon of the CAP fixtures; the drill comes in Vietnamese, Khmer and Lao.
  const gate = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    location: { lat: 10.6, lon: 104.95 },
    languages: ['vi', 'km', 'lo'],
    emergencyPolicy: 'single-approver',
  });
  const drills = factory.screen(gate.id!, { width: 800, height: 450, exercises: true });
  const plain = factory.screen(gate.id!, { width: 640, height: 360 });
  const pages = new Map<string, Page>();

  /** The authority pushes the Exercise alert of the fixtures, sent a minute ago: the gate's emergency. */
  async function drillAlert(): Promise<Emergency> {
    const res = await fetch(`${server.url}/api/v1/cap`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sourceToken}`, 'content-type': 'application/cap+xml' },
      body: new Uint8Array(capBytes('exercise.xml', shiftSoSent('2026-09-20T09:00:00+07:00', Date.now()))),
    });
    const alert = (await res.json()) as Alert;
    expect(res.status, JSON.stringify(alert)).toBe(201);
    const id = alert.gates.find((g) => g.gateId === gate.id)?.emergencyId;
    expect(id, JSON.stringify(alert.gates)).toBeDefined();
    return (await server.api.get<Emergency>(`/api/v1/emergencies/${id}`)).body;
  }

  /** Polls the emergency until the screen's proof is listed, then fetches its picture. */
  async function proofOf(emergencyId: string, screenId: string): Promise<Buffer> {
    for (let i = 0; i < 100; i++) {
      const { body } = await server.api.get<Emergency>(`/api/v1/emergencies/${emergencyId}`);
      const proof = body.proofs?.find((p) => p.screenId === screenId);
      if (proof) {
        const res = await fetch(server.url + proof.imageUrl, {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        });
        expect(res.status).toBe(200);
        return Buffer.from(await res.arrayBuffer());
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`screen ${screenId} sent no proof of ${emergencyId}`);
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    const source = await server.api.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Đài KTTV An Giang',
      kind: 'push',
      scope: { global: true },
      immediate: [{ severities: ['Extreme', 'Severe'], urgencies: ['Immediate'] }],
    });
    expect(source.status, JSON.stringify(source.body)).toBe(201);
    sourceToken = source.body.token;
    for (const screen of [drills, plain]) {
      expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
      const link = await issuePlayerLink(server.api, screen.id!);
      const page = await browser.newPage({
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: 1,
      });
      await page.goto(server.url + link.playerUrl);
      await page.waitForSelector(`#stage[data-screen="${screen.id}"]`, { timeout: 20_000 });
      await page.waitForFunction(
        () => (window as unknown as { __gatecast: { connected: boolean } }).__gatecast.connected,
      );
      // Every emergency the board ever draws, by id.
      await page.evaluate(() => {
        const seen = new Set<string>();
        (window as unknown as { __emergencies: Set<string> }).__emergencies = seen;
        new MutationObserver(() => {
          for (const el of document.querySelectorAll<HTMLElement>('.override [data-emergency-id]'))
            seen.add(el.dataset['emergencyId'] ?? '');
        }).observe(document.getElementById('stage')!, { subtree: true, childList: true });
      });
      pages.set(screen.id!, page);
    }
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows a drill under DIỄN TẬP / EXERCISE only where drills are shown, and sends its screenshot', async () => {
    const board = pages.get(drills.id!)!;
    const other = pages.get(plain.id!)!;
    const drill = await drillAlert();
    expect(drill).toMatchObject({ state: 'active', exercise: true, screenIds: [drills.id] });
    const { id } = drill;

    await board.waitForSelector('.override[data-override="emergency"] .exercise-mark', { timeout: 10_000 });
    const words = [
      { lang: 'vi', text: 'DIỄN TẬP' },
      { lang: 'km', text: 'សមយុទ្ធ' },
      { lang: 'lo', text: 'ການຊ້ອມ' },
    ];
    const first = await onBoard(board);
    expect(first).toMatchObject({ lang: 'vi', title: drill.variants['vi']?.title, words });
    expect(first.alpha).toBeLessThan(0.5);
    // Each word in its language's bundled font: Khmer in Noto Sans Khmer, Lao in Noto Sans Lao.
    for (const [lang, family] of [
      ['km', 'Noto Sans Khmer'],
      ['lo', 'Noto Sans Lao'],
    ]) {
      const used = (await fontsUsedFor(board, `.exercise-word[lang="${lang}"]`)).filter(
        (f) => f.glyphCount > 0,
      );
      expect(used.length, lang).toBeGreaterThan(0);
      expect(
        used.every((f) => f.isCustomFont && new RegExp(`^${family}( Bold)?$`).test(f.familyName)),
        JSON.stringify(used),
      ).toBe(true);
    }
    const latin = (await fontsUsedFor(board, '.exercise-word[lang="vi"]')).filter((f) => f.glyphCount > 0);
    expect(latin.every((f) => f.isCustomFont && f.familyName.startsWith('Noto Sans'))).toBe(true);

    // The next language's page keeps the mark.
    await board.waitForSelector('.override .message[lang="km"]', { timeout: 12_000 });
    expect(await onBoard(board)).toMatchObject({ lang: 'km', title: drill.variants['km']?.title, words });

    // The proof: a PNG of the board's own size.
    const png = await proofOf(id, drills.id!);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 800, height: 450 });

    // The screen that does not show drills never drew it, and sent nothing.
    const never = await other.evaluate(() => ({
      drawn: [...(window as unknown as { __emergencies: Set<string> }).__emergencies],
      mark: document.querySelector('.exercise-mark') !== null,
      text: document.getElementById('stage')!.textContent.normalize('NFC'),
    }));
    expect(never.drawn).toEqual([]);
    expect(never.mark).toBe(false);
    expect(never.text).not.toContain(drill.variants['vi']?.title);
    const listed = await server.api.get<Emergency>(`/api/v1/emergencies/${id}`);
    expect(listed.body.proofs?.map((p) => p.screenId)).toEqual([drills.id]);
  });

  it('shows a real emergency without the mark on both screens, and each sends its screenshot', async () => {
    const sent = await server.api.post<Emergency>('/api/v1/emergencies', {
      variants: real,
      targets: { gates: [gate.id] },
      ttlMinutes: 30,
    });
    expect(sent.body.state, JSON.stringify(sent.body)).toBe('active');
    const { id } = sent.body;
    for (const [screenId, page] of pages) {
      await page.waitForSelector(`.override [data-emergency-id="${id}"]`, { timeout: 10_000 });
      const shown = await onBoard(page);
      expect(shown, screenId).toMatchObject({ lang: 'vi', title: real.vi.title, words: [], alpha: null });
    }
    const sizes = await Promise.all(
      [drills, plain].map(async (s) => sharp(await proofOf(id, s.id!)).metadata()),
    );
    expect(sizes.map((m) => [m.width, m.height])).toEqual([
      [800, 450],
      [640, 360],
    ]);
  });
});
