import { describe, expect, it } from 'vitest';
import { chromiumSuite } from '../support/browser-suite';
import { openPopup, type PopupPage } from '../support/chromium';
import { axeViolations, sampleProfile, seedProfiles } from './profiles-support';

const SCHEMES = ['light', 'dark'] as const;

describe.each(SCHEMES)('axe-core finds no violations (%s color scheme)', (scheme) => {
  const suite = chromiumSuite({ colorScheme: scheme });

  const popupIn = async (): Promise<PopupPage> => {
    const form = await suite.chromium.open(suite.server.formUrl());
    const popup = await openPopup(suite.chromium, form);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const dark = await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(scheme === 'dark');
    return popup;
  };

  it('on the popup: first run, the list, and the editor showing errors', async () => {
    const popup = await popupIn();
    await popup.waitForSelector('.empty-state');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    await seedProfiles(
      suite.chromium,
      Array.from({ length: 8 }, (_, i) => sampleProfile(i + 1)),
    );
    const list = await popupIn();
    await list.waitForSelector('aria/Customer 8 outbound[role="radio"]');
    expect(await axeViolations(list)).toEqual([]);

    await (await list.waitForSelector('#new-profile'))?.click();
    await list.waitForSelector('aria/Profile name');
    await list.type('#field-ipList', '8.8.8.8, 10.0.0.1, 8.8.8.77/24');
    await list.click('aria/Save[role="button"]');
    await list.waitForSelector('.error-summary');
    await list.waitForSelector('mark.ip-mark.warning');
    expect(await axeViolations(list)).toEqual([]);
    await list.close();
  });

  it('on the options page: profiles with the editor open, and an import review', async () => {
    const options = await suite.chromium.openExtensionPage('src/options/index.html');
    await options.emulateMedia({ colorScheme: scheme });
    await options.getByRole('radio', { name: 'Customer 1 outbound' }).check();
    await options.getByLabel('Profile name').waitFor();
    expect(await axeViolations(options)).toEqual([]);

    await options.getByLabel('Import profiles from a file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'delist-assistant-profiles',
          version: 1,
          profiles: [sampleProfile(1, { notes: 'changed' }), { name: 'Broken' }, sampleProfile(40)],
        }),
      ),
    });
    await options.getByRole('group').first().waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
