import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxSuite } from '../support/browser-suite';
import { waitUntil } from '../support/firefox';
import { profileStorage, RELAY_FORM_VALUES, RELAY_PROFILE } from '../support/sender-profiles';

/** Polls a condition in a page (extension pages in Firefox send no load events to wait on). */
const until = (page: Page, condition: string, timeoutMs = 20_000) =>
  waitUntil(() => page.evaluate(condition) as Promise<boolean>, condition, timeoutMs);

describe('Firefox: one-click fill from the popup page pointed at the form tab', () => {
  const suite = firefoxSuite({ seed: profileStorage(RELAY_PROFILE) });

  it.each(['plain', 'react'])(
    'fills the %s form as the page holds it, without submitting',
    async (variant) => {
      const form = await suite.firefox.open(
        suite.firefox.url(suite.server.formUrl(variant === 'plain' ? undefined : variant)),
      );
      const finder = await suite.firefox.openExtensionPage('src/popup/index.html', 'body *');
      const tabId = await finder.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const [tab] = await api.tabs.query({ url: 'https://olcsupport.office.com/*' });
        return tab?.id;
      });
      await finder.close();
      expect(tabId).toBeTypeOf('number');

      // The popup page in a tab, told which tab to act on; from here on, only the user's steps.
      const popup = await suite.firefox.openExtensionPage(
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
