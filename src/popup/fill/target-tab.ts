import browser from 'webextension-polyfill';
import { type SupportedPage, supportedPageFor } from '../../forms/supported-pages';

export interface TargetTab {
  readonly tabId: number;
  /** The supported page the tab shows, if any. */
  readonly page: SupportedPage | undefined;
}

/**
 * The tab the popup acts on: the active tab, or the one named by `?tab=<id>` when the popup page
 * is opened in a tab of its own (Firefox cannot open the real popup from a test). Null when there
 * is none. The popup closes when the user switches tabs, so this is looked up once, before the
 * first render: the fill section is drawn in its final shape and nothing moves under the list.
 */
export async function findTargetTab(): Promise<TargetTab | null> {
  try {
    const named = new URLSearchParams(location.search).get('tab');
    const tab =
      named && /^\d+$/.test(named)
        ? await browser.tabs.get(Number(named))
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return null;
    return { tabId: tab.id, page: supportedPageFor(tab.url) };
  } catch {
    return null;
  }
}
