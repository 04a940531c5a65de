import browser from 'webextension-polyfill';
import type messages from '../../_locales/en/messages.json';

/** A key of `_locales/en/messages.json`; a typo is a type error, not a blank label. */
export type MessageKey = keyof typeof messages;

/** The UI string for `key` in the browser's language, with `$1`… placeholders filled. */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const subs = typeof substitutions === 'string' ? substitutions : substitutions?.slice();
  return browser.i18n.getMessage(key, subs);
}
