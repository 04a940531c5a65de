import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';

/**
 * Whether the extension's content script runs in `page` (Chromium): its isolated world shows up
 * as an execution context of the extension's origin. Reads DevTools state only; the page and the
 * extension are not touched.
 */
export async function hasContentScript(session: ChromiumSession, page: Page): Promise<boolean> {
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => {
    const { context } = event as { context: { origin: string; auxData?: { type?: string } } };
    if (context.auxData?.type === 'isolated') origins.push(context.origin);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  await cdp.detach();
  return origins.includes(`chrome-extension://${session.extensionId}`);
}
