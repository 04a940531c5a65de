import { describe, expect, it } from 'vitest';
import { firefoxSuite } from '../support/browser-suite';

describe('Firefox: the built extension', () => {
  const suite = firefoxSuite();

  it('installs the add-on and renders its popup page', async () => {
    const popup = await suite.firefox.openExtensionPage('src/popup/index.html', 'body *');
    expect(await popup.$eval('body', (body) => body.textContent)).toContain('Delist Assistant');
    await popup.close();
  });

  it('runs the content script on the Microsoft host and not on another https host', async () => {
    const form = await suite.firefox.open(suite.firefox.url(suite.server.formUrl()));
    const other = await suite.firefox.open(suite.firefox.url(suite.server.otherUrl));
    const extensionPage = await suite.firefox.openExtensionPage('src/popup/index.html', 'body *');
    // Ask each tab's content script from the extension's own page, as the popup does.
    const answers = await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const ask = async (tabId: number | undefined) => {
        try {
          return JSON.stringify(await api.tabs.sendMessage(tabId ?? -1, { type: 'form-status' }));
        } catch {
          return 'no content script';
        }
      };
      const tabs = await api.tabs.query({});
      const formTab = tabs.find((tab) => tab.url?.startsWith('https://olcsupport.office.com'));
      // Without host access the extension cannot even read the other tab's URL.
      const hidden = tabs.filter((tab) => tab.url === undefined);
      return {
        form: await ask(formTab?.id),
        hiddenTabs: hidden.length,
        others: await Promise.all(hidden.map((tab) => ask(tab.id))),
      };
    });
    expect(answers.form).toContain('"present":true');
    expect(answers.hiddenTabs).toBeGreaterThan(0);
    expect(answers.others.every((answer) => answer === 'no content script')).toBe(true);
    await Promise.all([form.close(), other.close(), extensionPage.close()]);
  });
});
