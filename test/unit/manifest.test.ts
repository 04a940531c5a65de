import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { GECKO_ID, manifestFor } from '../../vite.config';

describe('manifests', () => {
  it('share one version with package.json', () => {
    expect(manifestFor('chrome').version).toBe(packageJson.version);
  });

  it('give Chrome a service worker and Firefox background scripts with gecko settings', () => {
    const chrome = manifestFor('chrome');
    const firefox = manifestFor('firefox');
    expect(chrome.background).toMatchObject({ service_worker: expect.any(String) });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toMatchObject({ scripts: [expect.any(String)] });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    });
  });

  it('ask for no permission beyond what the features use', () => {
    const manifest = manifestFor('chrome');
    expect(manifest.host_permissions.every((host) => host.startsWith('https://'))).toBe(true);
    expect(manifest.permissions).not.toContain('<all_urls>');
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('scripting');
  });
});
