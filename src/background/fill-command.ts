import browser from 'webextension-polyfill';
import { fillTab } from './fill-tab';

/** The manifest's `commands` entry: fill the active tab with the default profile. */
export const FILL_COMMAND = 'fill-form';

export function registerFillCommand(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== FILL_COMMAND) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id !== undefined) await fillTab(target.id);
  });
}
