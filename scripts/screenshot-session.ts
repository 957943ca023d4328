import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startApp, type App } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';

/** Where the docs' screenshots go. */
export const screenshotsDir = new URL('../docs/screenshots/', import.meta.url).pathname;

/**
 * What every screenshot script starts from: a controller with the demo gates (SEED_DEMO) on a throw-away data
 * directory, signed into by `admin` with `password`, and Debian's Chromium (nothing downloads a browser).
 * `close` stops both and removes the data.
 */
export async function demoSession(
  name: string,
  password: string,
): Promise<{ app: App; browser: Browser; close: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), `gatecast-${name}-`));
  const app = await startApp(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: '1',
      ADMIN_PASSWORD: password,
    }),
    { jobs: false },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
  });
  await mkdir(screenshotsDir, { recursive: true });
  return {
    app,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
