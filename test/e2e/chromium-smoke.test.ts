import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from '../support/browser-suite';
import { openPopup } from '../support/chromium';
import { hasContentScript } from '../support/content-script';
import { DIST_CHROME } from '../support/paths';

describe('Chromium: the built extension', () => {
  const suite = chromiumSuite();

  it('asks for host access to Microsoft delisting pages only', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toEqual(['https://olcsupport.office.com/*']);
    expect(manifest.content_scripts.flatMap((s: { matches: string[] }) => s.matches)).toEqual([
      'https://olcsupport.office.com/*',
    ]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('starts its service worker without errors', async () => {
    expect(suite.chromium.extensionId).toMatch(/^[a-p]{32}$/);
    const state = await suite.chromium.serviceWorker.evaluate(() => typeof chrome.runtime.id);
    expect(state).toBe('string');
    expect(suite.chromium.workerErrors).toEqual([]);
  });

  it('opens the popup when the user clicks the toolbar button on the practice form', async () => {
    const form = await suite.chromium.open(suite.server.formUrl());
    const popup = await openPopup(suite.chromium, form);
    expect(popup.url()).toBe(
      `chrome-extension://${suite.chromium.extensionId}/src/popup/index.html`,
    );
    expect(await popup.$eval('body', (body) => body.textContent)).toContain('Delist Assistant');
    await popup.close();
    await form.close();
  });

  it('runs the content script on the Microsoft host and not on another https host', async () => {
    const form = await suite.chromium.open(suite.server.formUrl());
    const other = await suite.chromium.open(suite.server.otherUrl);
    expect(await other.title()).toBe('Not a Microsoft page');
    await expect.poll(() => hasContentScript(suite.chromium, form)).toBe(true);
    expect(await hasContentScript(suite.chromium, other)).toBe(false);
    await form.close();
    await other.close();
  });
});
