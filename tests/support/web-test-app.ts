import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createApp } from '../../server/app.js';
import { WEB_DIST } from '../../server/http/web-app.js';
import { launchBrowser } from './browser.js';
import { startTestApp } from './test-app.js';

/** The real server with the web app, on a database of the test file's own, and Chromium. */
export async function startWebTestApp() {
  const api = await startTestApp();
  const app = await createApp(api.gateway, { webRoot: WEB_DIST });
  const url = await app.listen(0, '127.0.0.1');
  const browser: Browser = await launchBrowser();
  return {
    api,
    url,
    browser,
    close: async () => {
      await browser.close();
      await app.stop();
      await api.close();
    },
  };
}

/**
 * A new page that fails the test on any Content-Security-Policy violation (the server's policy
 * must never block anything the app does); call the returned function when the test ends.
 */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<{ page: Page; done: () => Promise<void> }> {
  const page = await browser.newPage(options);
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  return {
    page,
    done: async () => {
      await page.close();
      expect(blocked).toEqual([]);
    },
  };
}

/**
 * The set-up every browser test file shares: the app and Chromium for the file, a fresh page for
 * each test that fails the test on a CSP violation. Read `suite.page` and `suite.url` inside tests.
 */
export function browserSuite(
  options: BrowserContextOptions,
  prepare?: (env: Awaited<ReturnType<typeof startWebTestApp>>) => Promise<void>,
) {
  const suite = {} as { url: string; page: Page; env: Awaited<ReturnType<typeof startWebTestApp>> };
  beforeAll(async () => {
    suite.env = await startWebTestApp();
    suite.url = suite.env.url;
    await prepare?.(suite.env);
  });
  afterAll(async () => {
    await suite.env.close();
  });
  beforeEach(async () => {
    const watched = await watchedPage(suite.env.browser, options);
    suite.page = watched.page;
    suite.page.on('dialog', (dialog) => void dialog.accept());
    return watched.done;
  });
  return suite;
}

/** Whether the page fits its viewport's width: nothing scrolls sideways. */
export const fitsWidth = (page: Page) =>
  page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
