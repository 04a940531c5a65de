import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
  type Worker,
} from 'playwright-core';
import puppeteer, {
  type Page as PopupPage,
  type Browser as PuppeteerBrowser,
} from 'puppeteer-core';
import type { FixtureServer } from './fixture-server';
import { DIST_CHROME, MAPPED_HOSTS } from './paths';

export type { PopupPage };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  /** Errors the service worker logged or threw since launch. */
  readonly workerErrors: string[];
  /** A new tab at `url`, loaded. */
  open(url: string): Promise<Page>;
  /** An extension page (`src/popup/index.html`, ...) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** puppeteer-core connected to the same browser (for pages Playwright cannot attach to). */
  puppeteer(): Promise<PuppeteerBrowser>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly fixtureServer: FixtureServer;
  /** Keep using this profile directory (to test persistence across restarts). */
  readonly userDataDir?: string;
  readonly headless?: boolean;
  readonly colorScheme?: 'light' | 'dark';
  /** Load the extension from here instead of dist/chrome (a copy with extra pages, say). */
  readonly extensionDir?: string;
}

/** Chromium flags that keep it quiet on a machine with no network but loopback. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

function chromiumArgs(port: number, extensionDir: string): string[] {
  const rules = MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...QUIET_FLAGS,
  ];
}

/** Chromium with the built extension (dist/chrome) loaded and Microsoft's hosts mapped. */
export async function launchChromium(options: LaunchOptions): Promise<ChromiumSession> {
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'delist-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...chromiumArgs(options.fixtureServer.port, options.extensionDir ?? DIST_CHROME),
      '--remote-debugging-port=0',
    ],
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const workerErrors: string[] = [];
  serviceWorker.on('console', (message) => {
    if (message.type() === 'error') workerErrors.push(message.text());
  });

  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  let bridge: PuppeteerBrowser | undefined;
  const connectPuppeteer = async () => {
    if (!bridge) {
      const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      bridge = await puppeteer.connect({
        browserURL: `http://127.0.0.1:${port}`,
        defaultViewport: null,
      });
    }
    return bridge;
  };
  return {
    context,
    extensionId,
    serviceWorker,
    workerErrors,
    open,
    openExtensionPage: (path) => open(`chrome-extension://${extensionId}/${path}`),
    puppeteer: connectPuppeteer,
    close: async () => {
      await bridge?.disconnect();
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The user's toolbar click on `page`'s tab: CDP `Extensions.triggerAction` opens the real popup
 * for that tab. Chromium does not auto-attach automation to action popups, so the popup is
 * returned as a puppeteer-core Page (connected to the same browser), ready to be driven.
 * `popupPath` is the page the action shows, when a test has changed it with `action.setPopup`.
 */
export async function openPopup(
  session: ChromiumSession,
  page: Page,
  popupPath = 'src/popup/index.html',
): Promise<PopupPage> {
  await page.bringToFront();
  const browser = session.context.browser();
  if (!browser) throw new Error('Chromium gave no browser-level DevTools session');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const targetId = await tabTargetId(cdp, page);
    const bridge = await session.puppeteer();
    const popupUrl = `chrome-extension://${session.extensionId}/${popupPath}`;
    const opened = bridge.waitForTarget((target) => target.url().startsWith(popupUrl), {
      timeout: 10_000,
    });
    await cdp.send(
      'Extensions.triggerAction' as never,
      {
        id: session.extensionId,
        targetId,
      } as never,
    );
    const popup = await (await opened).asPage();
    await popup.waitForFunction(() => document.readyState === 'complete');
    return popup;
  } finally {
    await cdp.detach();
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
}

/** The id of the *tab* target that holds `page` (triggerAction refuses page targets). */
async function tabTargetId(cdp: CDPSession, page: Page): Promise<string> {
  const tabs = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never)) as { targetInfos: TargetInfo[] };
    return targetInfos;
  };
  const sameUrl = (await tabs()).filter((tab) => tab.url === page.url());
  if (sameUrl.length === 1 && sameUrl[0]) return sameUrl[0].targetId;
  // Several tabs show this URL: tell them apart by a momentary unique title.
  const marker = `delist-assistant-target-${Math.random().toString(36).slice(2)}`;
  const original = await page.evaluate((title) => {
    const before = document.title;
    document.title = title;
    return before;
  }, marker);
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      const tab = (await tabs()).find((candidate) => candidate.title === marker);
      if (tab) return tab.targetId;
      await page.waitForTimeout(50);
    }
    throw new Error(`no tab target found for ${page.url()}`);
  } finally {
    await page.evaluate((title) => {
      document.title = title;
    }, original);
  }
}
