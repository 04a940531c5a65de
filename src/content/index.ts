import browser, { type Runtime } from 'webextension-polyfill';

// Answers the extension's own pages and background only (a popup page shown in a tab has
// `sender.tab` set, so the test is the sender's URL); pages cannot reach this listener.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const fromExtension =
    sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/'));
  if (!fromExtension) return undefined;
  if (typeof message === 'object' && message !== null && 'type' in message) {
    if (message.type === 'form-status') return Promise.resolve({ present: true });
  }
  return undefined;
});
