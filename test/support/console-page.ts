// Driving the console in a browser as its people do, and reading a page as they read it: signed in, a page
// opened and loaded, its width against a phone's, its Vietnamese checked for English words, and
// axe-core's serious faults.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { messages } from '../../console/src/i18n.ts';
import { seriousViolations } from './axe.ts';
import { englishVocabulary, twelveHourTimes, wordsOf } from './english.ts';
import { ADMIN_PASSWORD } from './server.ts';

/** Signs in from the sign-in form and waits until the console shows its sign-out button. */
export async function signIn(
  page: Page,
  url: string,
  username = 'admin',
  password = ADMIN_PASSWORD,
): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).waitFor();
}

/**
 * Opens the console page at `#hash` and waits for its heading, then for `ready` (a selector, when the page
 * has more to wait for), then until nothing says it is loading.
 */
export async function open(
  page: Page,
  url: string,
  hash: string,
  heading: string,
  ready?: string,
): Promise<void> {
  await page.goto(`${url}/console/#${hash}`);
  await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
  if (ready) await page.locator(ready).waitFor();
  await expect.poll(() => page.getByText('Đang tải…').count(), { timeout: 10_000 }).toBe(0);
}

/** The page's width fits the viewport: nothing scrolls sideways (the culprits named when it does not). */
export async function expectFits(page: Page, what: string): Promise<void> {
  const found = await page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
      .filter((el) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
          if (getComputedStyle(up).overflowX !== 'visible') return false;
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`);
    return { scroll: document.documentElement.scrollWidth, edge, culprits };
  });
  expect.soft(found.scroll, `${what}: ${found.culprits.join('; ')}`).toBeLessThanOrEqual(found.edge);
}

/** The English words of the console's en catalogue that its Vietnamese could not contain. */
const english = englishVocabulary(Object.values(messages).map((m) => m.en));

/** English words on the page as a person reads it in Vietnamese (text, names, alt texts; other languages marked). */
export async function englishOn(page: Page): Promise<{ text: string; words: string[] }[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const vietnamese = (el: Element) => {
      if (el.closest('[translate="no"]')) return false;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      return lang === '' || lang.toLowerCase().startsWith('vi');
    };
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true }) ||
      (el instanceof HTMLOptionElement && el.parentElement?.closest('select')?.checkVisibility() === true);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (el && text && !['SCRIPT', 'STYLE'].includes(el.tagName) && shown(el) && vietnamese(el))
        out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      if (shown(el) && vietnamese(el))
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const text = el.getAttribute(name)?.trim();
          if (text) out.push(text);
        }
    return out;
  });
  return texts
    .map((text) => ({
      text,
      words: [...wordsOf(text).filter((w) => english.has(w.toLowerCase())), ...twelveHourTimes(text)],
    }))
    .filter((f) => f.words.length > 0);
}

/**
 * Reads the page at each step of a walk through it: `read(where)` notes the English words on it and its
 * serious accessibility faults (both under `where`, for `found` and `faults` to be empty at the end) and
 * checks softly that it fits the viewport. axe-core is injected: open the page with bypassCSP.
 */
export function pageReader(page: Page): {
  read: (where: string) => Promise<void>;
  found: { where: string; text: string; words: string[] }[];
  faults: string[];
} {
  const found: { where: string; text: string; words: string[] }[] = [];
  const faults: string[] = [];
  return {
    found,
    faults,
    read: async (where) => {
      found.push(...(await englishOn(page)).map((f) => ({ where, ...f })));
      faults.push(...(await seriousViolations(page)).map((v) => `${where}: ${v}`));
      await expectFits(page, where);
    },
  };
}
