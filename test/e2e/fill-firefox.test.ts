import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from '../support/firefox';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { profileStorage, RELAY_FORM_VALUES, RELAY_PROFILE } from '../support/sender-profiles';

/** Polls a condition in a page (extension pages in Firefox send no load events to wait on). */
async function until(page: Page, condition: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(condition).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${condition}`);
}

describe('Firefox: one-click fill from the popup page pointed at the form tab', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox({ fixtureServer: server });
    const page = await firefox.openExtensionPage('src/popup/index.html', 'body *');
    await page.evaluate(
      (seed) =>
        (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set(seed),
      profileStorage(RELAY_PROFILE),
    );
    await page.close();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it.each(['plain', 'react'])(
    'fills the %s form as the page holds it, without submitting',
    async (variant) => {
      const form = await firefox.open(
        firefox.url(server.formUrl(variant === 'plain' ? undefined : variant)),
      );
      const finder = await firefox.openExtensionPage('src/popup/index.html', 'body *');
      const tabId = await finder.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const [tab] = await api.tabs.query({ url: 'https://olcsupport.office.com/*' });
        return tab?.id;
      });
      await finder.close();
      expect(tabId).toBeTypeOf('number');

      // The popup page in a tab, told which tab to act on; from here on, only the user's steps.
      const popup = await firefox.openExtensionPage(
        `src/popup/index.html?tab=${tabId}`,
        '.fill-panel button.primary',
      );
      await popup.click('.fill-panel button.primary');
      await until(popup, "document.querySelectorAll('.fill-report li').length > 0");
      const report = await popup.$$eval('.fill-report li', (items) =>
        Object.fromEntries(items.map((item) => [item.dataset.key, item.dataset.status])),
      );
      expect(report).toMatchObject({
        IssueTitle: 'filled',
        ContactEmail: 'read-only',
        ddlTimezones: 'filled',
      });

      const state = await form.evaluate(() => {
        const practice = window.__practiceForm;
        return { values: practice?.values(), submitted: practice?.submitted };
      });
      expect(state.values).toEqual(RELAY_FORM_VALUES);
      expect(state.submitted).toBe(false);
      await Promise.all([popup.close(), form.close()]);
    },
  );
});
