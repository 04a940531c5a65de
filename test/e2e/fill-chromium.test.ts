import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumSuite } from '../support/browser-suite';
import { openPopup, type PopupPage } from '../support/chromium';
import {
  BROKEN_IP_PROFILE,
  profileStorage,
  RELAY_FORM_VALUES,
  RELAY_PROFILE,
} from '../support/sender-profiles';

interface PracticeState {
  values: Record<string, string>;
  submitted: boolean;
  events: { field: string; type: string }[];
}

const practice = (form: Page): Promise<PracticeState> =>
  form.evaluate(() => {
    const state = window.__practiceForm;
    if (!state) throw new Error('not a practice page');
    return { values: state.values(), submitted: state.submitted, events: state.events };
  });

/** Every field filled, the signed-in contact e-mail left alone. */
const RELAY_REPORT = Object.fromEntries(
  Object.keys(RELAY_FORM_VALUES).map((key) => [
    key,
    key === 'ContactEmail' ? 'read-only' : 'filled',
  ]),
);

/** The per-field report the popup shows, as field key to status. */
async function popupReport(popup: PopupPage): Promise<Record<string, string>> {
  await popup.waitForSelector('.fill-report');
  const rows = await popup.$$eval('.fill-report li', (items) =>
    items.map((item) => [item.dataset.key, item.dataset.status]),
  );
  return Object.fromEntries(rows);
}

describe('Chromium: one-click fill of the Outlook.com sender form', () => {
  const open: { close(): Promise<unknown> }[] = [];

  const suite = chromiumSuite({ seed: profileStorage(RELAY_PROFILE, BROKEN_IP_PROFILE) });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.close().catch(() => {})));
  });

  /** The user's steps: open the form, click the toolbar button, click "Fill form". */
  async function fillThroughToolbar(variant?: string, beforeClick?: (form: Page) => Promise<void>) {
    const form = await suite.chromium.open(suite.server.formUrl(variant));
    const popup = await openPopup(suite.chromium, form);
    open.push(form, popup);
    await beforeClick?.(form);
    await popup.locator('button::-p-text(Fill form)').click();
    const report = await popupReport(popup);
    return { form, popup, report };
  }

  it('fills the plain form as typing would, reports each field and never submits', async () => {
    const { form, popup, report } = await fillThroughToolbar();
    expect(report).toEqual(RELAY_REPORT);
    const state = await practice(form);
    expect(state.values).toEqual(RELAY_FORM_VALUES);
    expect(state.submitted).toBe(false);
    const titleEvents = state.events.filter((e) => e.field === 'IssueTitle').map((e) => e.type);
    expect(titleEvents).toEqual(['input', 'change', 'blur']);
    expect(state.events.some((e) => e.field === 'ContactEmail')).toBe(false);
    expect(await popup.$eval('[role=status]', (el) => el.textContent)).toContain(
      'submit it yourself',
    );
    // The highlight is brief and gives the page its own style back.
    expect(await form.getAttribute('#IssueTitle', 'style')).toContain('outline');
    await expect
      .poll(() => form.getAttribute('#IssueTitle', 'style'), { timeout: 3000 })
      .not.toContain('outline');
  });

  it('fills the React form: React state holds every value', async () => {
    const { form, report } = await fillThroughToolbar('react');
    expect(report).toEqual(RELAY_REPORT);
    const state = await practice(form);
    expect(state.values).toEqual(RELAY_FORM_VALUES);
    expect(state.submitted).toBe(false);
  });

  it('fills the ARIA form (generated ids, labels only, dropdowns in a portal)', async () => {
    const { form, report } = await fillThroughToolbar('aria');
    expect(report).toEqual(RELAY_REPORT);
    const state = await practice(form);
    expect(state.values).toEqual(RELAY_FORM_VALUES);
    expect(state.submitted).toBe(false);
    expect(await form.locator('.fui-portal').count()).toBe(0);
  });

  it('waits for a form that appears 1.5 s after load, then fills it', async () => {
    const { form, report } = await fillThroughToolbar('late', async (page) => {
      // Opening the popup may take longer than the delay: start the page afresh under it.
      await page.reload();
      expect(await page.locator('form').count()).toBe(0);
    });
    expect(report).toEqual(RELAY_REPORT);
    const state = await practice(form);
    expect(state.values).toEqual(RELAY_FORM_VALUES);
    expect(state.submitted).toBe(false);
  });

  it('refuses a profile whose IP list has errors and says which entries', async () => {
    const form = await suite.chromium.open(suite.server.formUrl());
    const popup = await openPopup(suite.chromium, form);
    open.push(form, popup);
    await popup.locator(`#profile-${BROKEN_IP_PROFILE.id}`).click();
    const warning = await popup.waitForSelector('.fill-panel [role=alert]');
    const text = await warning?.evaluate((el) => el.textContent);
    expect(text).toContain('10.0.0.7');
    expect(text).toContain('300.1.1.1');
    expect(
      await popup.$eval('button.primary::-p-text(Fill form)', (b) => b.hasAttribute('disabled')),
    ).toBe(true);
    expect((await practice(form)).values.IssueTitle).toBe('');
  });

  it('offers no fill on another https host, only links to the forms it fills', async () => {
    const other = await suite.chromium.open(suite.server.otherUrl);
    const popup = await openPopup(suite.chromium, other);
    open.push(other, popup);
    await popup.waitForSelector('.fill-elsewhere a');
    const links = await popup.$$eval('.fill-elsewhere a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual(['https://olcsupport.office.com/']);
    expect(await popup.$('button::-p-text(Fill form)')).toBeNull();
    expect(await other.inputValue('#IssueTitle')).toBe('');
  });

  /** The form's tab, as the service worker sees it. */
  const formTab = () =>
    suite.chromium.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://olcsupport.office.com/*' });
      if (!tab?.id) throw new Error('no form tab');
      return tab;
    });

  it('fills with the default profile on the keyboard shortcut (Alt+Shift+F), outcome on the badge', async () => {
    const form = await suite.chromium.open(suite.server.formUrl());
    open.push(form);
    const command = await suite.chromium.serviceWorker.evaluate(async () => {
      const commands = await chrome.commands.getAll();
      return commands.find((c) => c.name === 'fill-form')?.shortcut;
    });
    expect(command).toBe('Alt+Shift+F');
    const tab = await formTab();
    // The browser's own event, as pressing the shortcut fires it (no test API presses it).
    await suite.chromium.serviceWorker.evaluate((target) => {
      (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch(
        'fill-form',
        target,
      );
    }, tab);
    await expect
      .poll(() => practice(form).then((state) => state.values))
      .toEqual(RELAY_FORM_VALUES);
    const badge = () =>
      suite.chromium.serviceWorker.evaluate(
        (tabId) => chrome.action.getBadgeText({ tabId }),
        tab.id,
      );
    await expect.poll(badge).toBe('✓');
    expect((await practice(form)).submitted).toBe(false);
  });

  it('fills with the chosen profile from the context menu, and refuses a broken one', async () => {
    const form = await suite.chromium.open(suite.server.formUrl());
    open.push(form);
    const tab = await formTab();
    const click = (profileId: string) =>
      suite.chromium.serviceWorker.evaluate(
        ([menuItemId, target]) => {
          const onClicked = chrome.contextMenus.onClicked as unknown as {
            dispatch(...args: unknown[]): void;
          };
          onClicked.dispatch({ menuItemId, editable: false, pageUrl: target.url }, target);
        },
        [`fill-with:${profileId}`, tab] as const,
      );
    const badge = () =>
      suite.chromium.serviceWorker.evaluate(
        (tabId) => chrome.action.getBadgeText({ tabId }),
        tab.id,
      );
    await click(BROKEN_IP_PROFILE.id);
    await expect.poll(badge).toBe('!');
    expect((await practice(form)).values.IssueTitle).toBe('');
    await click(RELAY_PROFILE.id);
    await expect
      .poll(() => practice(form).then((state) => state.values))
      .toEqual(RELAY_FORM_VALUES);
    await expect.poll(badge).toBe('✓');
  });
});
