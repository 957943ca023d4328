/**
 * The console on a phone (390×844): screenshots of the pages a technician or an approver opens there into
 * docs/screenshots/phone-*.png, and for each page how wide the document is (wider than 390 px means the page
 * scrolls sideways; the e2e test console.phone.e2e.test.ts fails on that). The demo gates (SEED_DEMO) on a
 * throw-away data directory, signed in as the admin, Debian's Chromium (nothing downloads a browser).
 * Run: npm run build && node scripts/console-phone-screenshots.ts
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoSession, screenshotsDir } from './screenshot-session.ts';

const password = 'ảnh chụp trên điện thoại 2026';
const out = screenshotsDir;
const phone = { width: 390, height: 844 };
/** Pages by address; the screenshots of those named are kept for the docs, the others only measured. */
const pages: [hash: string, shot?: string][] = [
  ['dashboard', 'phone-dashboard'],
  ['fleet'],
  ['library'],
  ['messages'],
  ['playlists'],
  ['schedules'],
  ['approvals'],
  ['emergency', 'phone-emergency'],
  ['reports'],
  ['people'],
];

/** Waits for the lists and the web fonts, then says how wide the document is against the window. */
async function measure(page: Page, what: string): Promise<void> {
  // A live preview keeps talking to the server: wait for quiet, but not for ever.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  const { scroll, client, culprits } = await page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth;
    // The outermost elements past the right edge that no box of their own scrolls or clips.
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= edge + 0.5) continue;
      let held = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== 'visible' || up.getBoundingClientRect().right > edge + 0.5)
          held = true;
      if (!held) found.push(`${el.tagName.toLowerCase()}.${el.className} → ${Math.round(box.right)} px`);
    }
    return { scroll: root.scrollWidth, client: edge, culprits: found };
  });
  console.log(`${scroll <= client ? 'fits ' : 'WIDER'} ${String(scroll).padStart(4)} px  ${what}`);
  for (const c of culprits) console.log(`      ${c}`);
}

/** Changes one message's Vietnamese title and submits it for review. */
async function proposeChange(page: Page, url: string): Promise<void> {
  const me = (await (await page.request.get(`${url}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const list = (await (await page.request.get(`${url}/api/v1/messages?limit=500`)).json()) as {
    items: { id: string; variants: Record<string, { title?: string }>; [field: string]: unknown }[];
  };
  const message = list.items.find((m) => m.variants.vi?.title);
  if (!message) throw new Error('the demo has no message in Vietnamese');
  const { id, createdAt: _c, updatedAt: _u, ...fields } = message;
  const variants = structuredClone(message.variants);
  variants.vi = { ...variants.vi, title: `${variants.vi?.title ?? ''} (cập nhật)` };
  const put = await page.request.put(`${url}/api/v1/messages/${id}`, {
    headers,
    data: { ...fields, variants },
  });
  if (!put.ok()) throw new Error(`PUT message: ${put.status()} ${await put.text()}`);
  const submitUrl = `${url}/api/v1/messages/${id}/submit`;
  let submit = await page.request.post(submitUrl, { headers, data: {} });
  if (submit.status() === 400) {
    const refusal = (await submit.json()) as { error: { params?: { languages?: string[] } } };
    const acknowledgedMissing = refusal.error.params?.languages ?? [];
    submit = await page.request.post(submitUrl, { headers, data: { acknowledgedMissing } });
  }
  if (!submit.ok()) throw new Error(`submit message: ${submit.status()} ${await submit.text()}`);
}

const { app, browser, close } = await demoSession('phone-shots', password);
try {
  const page = await browser.newPage({ viewport: phone, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  await page.goto(`${app.url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  for (const [hash, shot] of pages) {
    await page.goto(`${app.url}/console/#${hash}`);
    await page.locator('main h2').first().waitFor();
    await measure(page, `#${hash}`);
    if (shot) await page.screenshot({ path: join(out, `${shot}.png`) });
  }

  // A screen's own page, reached from the dashboard.
  await page.goto(`${app.url}/console/#dashboard`);
  await page.locator('main a[href^="#screen/"]').first().click();
  await page.locator('[data-availability="day"]').waitFor();
  await measure(page, 'a screen page');
  await page.screenshot({ path: join(out, 'phone-screen.png'), fullPage: true });

  // A change waiting for review, open: a message with its Vietnamese title changed, submitted as the admin
  // with its missing languages acknowledged (the admin cannot approve its own change; the review is shown).
  await proposeChange(page, app.url);
  await page.goto(`${app.url}/console/#approvals`);
  await page
    .getByRole('button', { name: /^Xem xét / })
    .first()
    .click();
  await page.getByRole('heading', { name: /^Xem xét / }).waitFor();
  await measure(page, 'approvals with a review open');
  await page.getByRole('heading', { name: /^Xem xét / }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'phone-review.png') });

  // Each content page with its first item open in its editor (a schedule's shows the week).
  for (const hash of ['messages', 'playlists', 'schedules']) {
    await page.goto(`${app.url}/console/#${hash}`);
    await page.locator('tr[data-row] button[data-action="open"]').first().click();
    await page.locator('form.editor').first().waitFor();
    await measure(page, `#${hash} with an item open in its editor`);
  }
} finally {
  await close();
}
