import { fakeBrowser } from '@webext-core/fake-browser';
import messages from '../../../_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** browser.i18n as the browser does it with _locales/en: named placeholders, then $1…$9. */
export function getEnglishMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const named = entry.message.replace(/\$([a-z0-9_]+)\$/gi, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : '';
  });
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The fake browser has no i18n: give it the real English messages. */
export function useEnglishMessages(): void {
  fakeBrowser.i18n.getMessage = getEnglishMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}
