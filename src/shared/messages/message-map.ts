import browser, { type Runtime } from 'webextension-polyfill';

/** A receiver's messages: for each `type`, the request's fields and the response. */
export type MessageMap = Record<string, { request: object; response: unknown }>;

export type Message<M extends MessageMap, K extends keyof M & string = keyof M & string> = {
  type: K;
} & M[K]['request'];

export type Handlers<M extends MessageMap> = {
  [K in keyof M & string]: (
    message: Message<M, K>,
    sender: Runtime.MessageSender,
  ) => Promise<M[K]['response']>;
};

/**
 * Answers the messages of one map. A message from a sender `accept` refuses, or that `parse` does
 * not recognize, gets no answer from this listener (the sender sees no receiver).
 */
export function listen<M extends MessageMap>(
  handlers: Handlers<M>,
  parse: (raw: unknown) => Message<M> | undefined,
  accept: (sender: Runtime.MessageSender) => boolean,
): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (!accept(sender)) return undefined;
    const message = parse(raw);
    if (!message) return undefined;
    const handler = handlers[message.type] as (
      message: Message<M>,
      sender: Runtime.MessageSender,
    ) => Promise<unknown>;
    return handler(message, sender);
  });
}

/** A page of this extension (popup, options, background), not a content script or a web page. */
export function isOwnPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  // Content scripts share the id but carry the web page's URL; extension pages opened in a tab
  // (the popup in Firefox's tests) carry a tab and their own extension URL.
  return sender.url ? sender.url.startsWith(browser.runtime.getURL('/')) : !sender.tab;
}

/** To the content script in a tab's top frame. The answer is unchecked: parse it. */
export function sendToTab<M extends MessageMap>(
  tabId: number,
  message: Message<M>,
): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}
