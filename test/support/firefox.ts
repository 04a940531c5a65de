import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../vite.config';
import type { FixtureServer } from './fixture-server';
import { DIST_FIREFOX, MAPPED_HOSTS } from './paths';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  readonly browser: Browser;
  /** The fixed moz-extension UUID of the installed add-on. */
  readonly extensionUuid: string;
  /** `https://<host>:<port>/...`: Firefox maps the host itself; match patterns ignore the port. */
  url(httpsUrl: string): string;
  open(url: string): Promise<Page>;
  /** An extension page such as `src/popup/index.html?tab=3`, in a tab. */
  openExtensionPage(pathAndQuery: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox ESR over WebDriver BiDi with dist/firefox installed and Microsoft's hosts mapped. */
export async function launchFirefox(options: {
  fixtureServer: FixtureServer;
}): Promise<FirefoxSession> {
  const extensionUuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': MAPPED_HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: extensionUuid }),
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  const port = options.fixtureServer.port;
  const url = (httpsUrl: string) => {
    const parsed = new URL(httpsUrl);
    parsed.port = String(port);
    return parsed.href;
  };
  const open = async (target: string) => {
    const page = await browser.newPage();
    await page.goto(target, { waitUntil: 'load' });
    return page;
  };
  return {
    browser,
    extensionUuid,
    url,
    open,
    // Firefox sends no load event for extension pages: wait for a condition in the page instead.
    openExtensionPage: async (pathAndQuery, ready) => {
      const page = await browser.newPage();
      const target = `moz-extension://${extensionUuid}/${pathAndQuery}`;
      void page.goto(target).catch(() => {});
      // page.url() is not updated for extension pages either: ask the document itself.
      await waitUntil(
        () =>
          page.evaluate(
            (href, selector) => location.href === href && document.querySelector(selector) !== null,
            target,
            ready,
          ),
        `${target} to show ${ready}`,
      );
      return page;
    },
    close: () => browser.close(),
  };
}

/** Polls `check` until it is true; a check that throws (a realm replaced mid-navigation) is a no. */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}
