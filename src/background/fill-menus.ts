import browser from 'webextension-polyfill';
import type { StoredProfile } from '../core/profile';
import { HOST_MATCHES } from '../forms/supported-pages';
import { t } from '../shared/i18n';
import { loadProfileState, subscribeToProfileState } from '../shared/storage/profile-store';
import { fillTab } from './fill-tab';

const PREFIX = 'fill-with:';

/** Menu titles treat `&` as an access-key marker. */
const menuText = (text: string) => text.replaceAll('&', '&&');

let rebuilding = Promise.resolve();

/** One "Fill with <profile>" entry per profile, shown on supported pages only. */
function rebuild(profiles: readonly StoredProfile[]): Promise<void> {
  // Serialized: two rebuilds interleaving would create the same menu id twice.
  rebuilding = rebuilding.then(async () => {
    await browser.contextMenus.removeAll();
    for (const profile of profiles) {
      browser.contextMenus.create({
        id: `${PREFIX}${profile.id}`,
        title: t('fillContextMenu', menuText(profile.name)),
        contexts: ['page', 'editable'],
        documentUrlPatterns: [...HOST_MATCHES],
      });
    }
  });
  return rebuilding;
}

/** The context menu: built at install and start-up, rebuilt whenever the profiles change. */
export function registerFillMenus(): void {
  const fromStore = async () => rebuild((await loadProfileState()).profiles);
  browser.runtime.onInstalled.addListener(fromStore);
  browser.runtime.onStartup.addListener(fromStore);
  subscribeToProfileState((state) => void rebuild(state.profiles));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const id = String(info.menuItemId);
    if (id.startsWith(PREFIX) && tab?.id !== undefined) {
      void fillTab(tab.id, id.slice(PREFIX.length));
    }
  });
}
