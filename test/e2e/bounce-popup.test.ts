import { describe, expect, it } from 'vitest';
import { chromiumSuite } from '../support/browser-suite';
import { openPopup } from '../support/chromium';
import { profileStorage, RELAY_PROFILE } from '../support/sender-profiles';

const OUTLOOK_BOUNCE = `Delivery has failed to these recipients or groups:
jane@outlook.com
Diagnostic information for administrators:
Remote Server returned '550 5.7.1 Unfortunately, messages from [93.184.216.34] weren't sent.
Please contact your Internet service provider since part of their network is on our block list
(S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.
[Name=Protocol Filter Agent][AGT=PFA][MxId=11BA1D2BEC3B2D33] [MW2NAM12FT077.eop-nam12.prod.protection.outlook.com]'`;

const STORED = `profile:${RELAY_PROFILE.id}`;

describe('Chromium: analyzing a bounce in the popup', () => {
  const suite = chromiumSuite({ seed: profileStorage(RELAY_PROFILE) });

  const storedProfile = () =>
    suite.chromium.serviceWorker.evaluate(
      async (key) => (await chrome.storage.local.get(key))[key] as typeof RELAY_PROFILE,
      STORED,
    );

  it('names the list and the remedy, and feeds the IP and the bounce into the profile', async () => {
    const page = await suite.chromium.open(suite.server.otherUrl);
    const popup = await openPopup(suite.chromium, page);
    await popup.locator('::-p-aria(Bounce or error message)').fill(OUTLOOK_BOUNCE);
    await popup.keyboard.down('Control');
    await popup.keyboard.press('Enter');
    await popup.keyboard.up('Control');

    const card = await popup.waitForSelector('.bounce-card');
    const cardText = await card?.evaluate((element) => element.textContent ?? '');
    expect(cardText).toContain('93.184.216.34');
    expect(cardText).toContain('S3140');
    expect(cardText).not.toContain('104.47');
    expect(await card?.evaluate((element) => element.className)).toContain(
      'remedy-outlook-sender-form',
    );

    // The remedy button opens Microsoft's form in a new tab.
    const opened = suite.chromium.context.waitForEvent('page');
    await popup.locator('::-p-text(Open the Outlook.com sender form)').click();
    expect((await opened).url()).toBe('https://olcsupport.office.com/');

    const reopened = await openPopup(suite.chromium, page);
    await reopened.locator('::-p-aria(Bounce or error message)').fill(OUTLOOK_BOUNCE);
    await reopened.locator('::-p-aria([name="Analyze"][role="button"])').click();
    await reopened.locator('::-p-aria([name="Add IPs to profile"][role="button"])').click();
    await reopened.waitForSelector('.bounce-outcome:not(:empty)');
    expect(await reopened.$eval('.bounce-outcome', (element) => element.textContent)).toContain(
      '93.184.216.34',
    );
    await expect
      .poll(async () => (await storedProfile()).ipList)
      .toBe(`${RELAY_PROFILE.ipList}; 93.184.216.34`);

    await reopened.locator('::-p-aria([name="Use as error messages"][role="button"])').click();
    await expect
      .poll(async () => (await storedProfile()).errorMessages)
      .toContain("messages from [93.184.216.34] weren't sent.");
    // What the profile had before is kept.
    expect((await storedProfile()).errorMessages).toContain(RELAY_PROFILE.errorMessages);
  });
});
