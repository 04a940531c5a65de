import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerFillMenus } from '../../../src/background/fill-menus';
import { HOST_MATCHES } from '../../../src/forms/supported-pages';
import { BROKEN_IP_PROFILE, profileStorage, RELAY_PROFILE } from '../../support/sender-profiles';
import { useEnglishMessages } from '../profiles/english-messages';

interface MenuItem {
  id: string;
  title: string;
  contexts: string[];
  documentUrlPatterns: string[];
}

/** The browser's context menu, as far as the extension can see and use it. */
function fakeMenus() {
  const items = new Map<string, MenuItem>();
  const clicked: ((info: { menuItemId: string }, tab: { id: number }) => void)[] = [];
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: (item: MenuItem) => {
        if (items.has(item.id)) throw new Error(`duplicate id ${item.id}`);
        items.set(item.id, item);
      },
      removeAll: async () => items.clear(),
      onClicked: { addListener: (listener: (typeof clicked)[number]) => clicked.push(listener) },
    },
  });
  return {
    items,
    click: (menuItemId: string, tabId: number) => {
      for (const listener of clicked) listener({ menuItemId }, { id: tabId });
    },
  };
}

describe('the "Fill with <profile>" context menu', () => {
  beforeEach(() => useEnglishMessages());

  it('has one entry per profile, on the supported pages only', async () => {
    const menus = fakeMenus();
    await fakeBrowser.storage.local.set(profileStorage(RELAY_PROFILE));
    registerFillMenus();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(menus.items.size).toBe(1));
    expect(menus.items.get(`fill-with:${RELAY_PROFILE.id}`)).toMatchObject({
      title: 'Fill with Relay Berlin',
      documentUrlPatterns: [...HOST_MATCHES],
    });
  });

  it('is rebuilt when the profiles change', async () => {
    const menus = fakeMenus();
    await fakeBrowser.storage.local.set(profileStorage(RELAY_PROFILE));
    registerFillMenus();
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.storage.local.set({
      [`profile:${BROKEN_IP_PROFILE.id}`]: { ...BROKEN_IP_PROFILE, name: 'Mail & more' },
    });
    await vi.waitFor(() => expect(menus.items.size).toBe(2));
    // Menus treat a single & as an access key.
    expect(menus.items.get(`fill-with:${BROKEN_IP_PROFILE.id}`)?.title).toBe(
      'Fill with Mail && more',
    );
  });

  it('fills the clicked tab with the chosen profile', async () => {
    const menus = fakeMenus();
    await fakeBrowser.storage.local.set(profileStorage(RELAY_PROFILE));
    const tab = await fakeBrowser.tabs.create({ url: 'https://olcsupport.office.com/' });
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_id: number, message: unknown) => {
      sent.push(message);
      return { ok: true, fields: [] };
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    registerFillMenus();
    menus.click(`fill-with:${RELAY_PROFILE.id}`, tab.id ?? -1);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'fill-form', plan: { form: 'outlook-sender-form' } });
  });
});
