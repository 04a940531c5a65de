import { afterAll, beforeAll } from 'vitest';
import { type ChromiumSession, type LaunchOptions, launchChromium } from './chromium';
import { type FirefoxSession, launchFirefox } from './firefox';
import { type FixtureServer, startFixtureServer } from './fixture-server';

interface SuiteOptions {
  /** Extension storage to start from (e.g. `profileStorage(...)`), written before any test. */
  readonly seed?: Record<string, unknown>;
}

/**
 * A fixture server and Chromium with the built extension, started before the file's tests and
 * closed after them. The fields are set once `beforeAll` has run.
 */
export function chromiumSuite(options: SuiteOptions & Omit<LaunchOptions, 'fixtureServer'> = {}): {
  server: FixtureServer;
  chromium: ChromiumSession;
} {
  const suite = {} as { server: FixtureServer; chromium: ChromiumSession };
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    suite.chromium = await launchChromium({ ...options, fixtureServer: suite.server });
    if (options.seed) {
      await suite.chromium.serviceWorker.evaluate(
        (seed) => chrome.storage.local.set(seed),
        options.seed,
      );
    }
  });
  afterAll(async () => {
    await suite.chromium?.close();
    await suite.server?.close();
  });
  return suite;
}

/** The same with Firefox ESR; storage is seeded from an extension page. */
export function firefoxSuite(options: SuiteOptions = {}): {
  server: FixtureServer;
  firefox: FirefoxSession;
} {
  const suite = {} as { server: FixtureServer; firefox: FirefoxSession };
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    suite.firefox = await launchFirefox({ fixtureServer: suite.server });
    if (options.seed) {
      const page = await suite.firefox.openExtensionPage('src/popup/index.html', 'body *');
      await page.evaluate(
        (seed) =>
          (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set(seed),
        options.seed,
      );
      await page.close();
    }
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
  return suite;
}
