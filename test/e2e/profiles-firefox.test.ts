import { describe, expect, it } from 'vitest';
import { firefoxSuite } from '../support/browser-suite';

// Firefox cannot click the toolbar from a test: the popup page is opened in a tab instead, and
// everything after that is what a user does.
describe('Firefox: sender profiles', () => {
  const suite = firefoxSuite();

  it('creates a profile in the popup page and shows it on the options page', async () => {
    const popup = await suite.firefox.openExtensionPage('src/popup/index.html', '#new-profile');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('#field-name');
    const type = async (id: string, text: string) => {
      await popup.focus(`#${id}`);
      await popup.keyboard.type(text);
    };
    await type('field-name', 'Firefox relays');
    await type('field-issueTitle', 'Server IP listed');
    await type('field-contactName', 'Jane Doe');
    await popup.select('#field-recipientDomain', 'hotmail.com');
    await type('field-contactEmail', 'postmaster@acme.example');
    await type('field-senderDomain', 'acme.example');
    await popup.select('#field-companyKind', 'Internet Service Provider (ISP)');
    await type('field-ipList', '8.8.8.8, 10.0.0.1');
    await popup.waitForSelector('mark.ip-mark.error');
    await popup.$eval('#field-ipList', (area) => {
      (area as HTMLTextAreaElement).select();
    });
    await popup.keyboard.type('8.8.8.8');
    await popup.focus('#field-website');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('input[type=radio][aria-labelledby$="-name"]');
    expect(await popup.$eval('.profile-row', (row) => row.textContent)).toContain('Firefox relays');
    await popup.close();

    const options = await suite.firefox.openExtensionPage('src/options/index.html', '.profile-row');
    expect(await options.$eval('.profile-row', (row) => row.textContent)).toContain('Default');
    await options.close();
  });
});
