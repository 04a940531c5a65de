import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  launchChromium,
  openPopup,
  type PopupPage,
} from '../support/chromium';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { localStorageOf, sampleProfile, seedProfiles } from './profiles-support';

/** The focused element's accessible label or text, to follow the keyboard. */
const focused = (popup: PopupPage) =>
  popup.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.id || element?.textContent?.trim() || '';
  });

const fieldValue = (popup: PopupPage, id: string) =>
  popup.$eval(`#${id}`, (element) => (element as HTMLInputElement).value);

/** Scrolls to a field and clicks into it, as a user does, selects what is there and types over it. */
async function typeInto(popup: PopupPage, label: string, text: string) {
  const field = await popup.waitForSelector(`aria/${label}[role="textbox"]`);
  if (!field) throw new Error(`no field labelled ${label}`);
  await field.scrollIntoView();
  await field.click({ count: 3 });
  await popup.keyboard.down('Control');
  await popup.keyboard.press('a');
  await popup.keyboard.up('Control');
  await popup.keyboard.type(text);
}

describe('Popup: sender profiles through the toolbar button', () => {
  let server: FixtureServer;
  let chromium: ChromiumSession;
  const userDataDir = mkdtempSync(join(tmpdir(), 'delist-profiles-'));

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium({ fixtureServer: server, userDataDir });
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('creates a profile with the keyboard, checking the IP list as it is typed, and finds it after a browser restart', async () => {
    const form = await chromium.open(server.formUrl());
    const popup = await openPopup(chromium, form);

    // First run: one sentence about the extension, and "New profile" ready for Enter.
    const empty = await popup.$eval('.empty-state', (element) => element.textContent ?? '');
    expect(empty).toContain("fills Microsoft's delisting form");
    expect(await focused(popup)).toBe('new-profile');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('aria/Profile name');
    expect(await focused(popup)).toBe('field-name');
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(400);

    // Timezone starts at the browser's own zone.
    const browserZone = await popup.evaluate(
      () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect(await fieldValue(popup, 'field-timezone')).toBe(browserZone);

    await popup.keyboard.type('Acme relays');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('Server IP listed / non-delivery to outlook.com');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('Jane Doe');
    await (await popup.waitForSelector('aria/What domain are you sending to?'))?.focus();
    await popup.keyboard.type('outlook');
    expect(await fieldValue(popup, 'field-recipientDomain')).toBe('outlook.com');
    await typeInto(popup, 'Contact e-mail address', 'postmaster@acme.example');
    await typeInto(popup, 'What domain are you sending from?', 'acme.example');
    await (
      await popup.waitForSelector('aria/How would you describe your company or yourself?')
    )?.focus();
    await popup.keyboard.type('Business');
    expect(await fieldValue(popup, 'field-companyKind')).toBe('Business (non-marketing)');

    // A private address is marked in place, with its message linked to the field.
    await typeInto(popup, 'Outgoing IP addresses or ranges', '8.8.8.8, 10.1.2.3');
    await popup.waitForSelector('mark.ip-mark.error');
    expect(await popup.$eval('mark.ip-mark.error', (mark) => mark.textContent)).toBe('10.1.2.3');
    const described = await popup.$eval(
      '#field-ipList',
      (area) => area.getAttribute('aria-describedby') ?? '',
    );
    const problems = await popup.$eval(
      `#${described.split(' ')[0]}`,
      (list) => list.textContent ?? '',
    );
    expect(problems).toContain('10.1.2.3');

    // Save refuses and says where.
    await popup.keyboard.down('Control');
    await popup.keyboard.press('Enter');
    await popup.keyboard.up('Control');
    const summary = await popup.waitForSelector('.error-summary');
    expect(await summary?.evaluate((element) => element.textContent)).toContain('10.1.2.3');
    expect(
      await popup.$$eval('.error-summary a', (links) =>
        links.map((link) => link.getAttribute('href')),
      ),
    ).toEqual(['#field-ipList']);
    expect(await focused(popup)).toBe('error-summary');

    // Fixed, then normalized with the button.
    await typeInto(popup, 'Outgoing IP addresses or ranges', '8.8.8.8, 1.1.1.1');
    await popup.waitForFunction(() => !document.querySelector('mark.ip-mark.error'));
    const normalize = await popup.waitForSelector('aria/Normalize[role="button"]');
    await normalize?.click();
    expect(await fieldValue(popup, 'field-ipList')).toBe('8.8.8.8; 1.1.1.1');

    // Enter in a text field saves.
    await typeInto(popup, 'Website', 'https://acme.example');
    await popup.keyboard.press('Enter');
    const radio = await popup.waitForSelector('aria/Acme relays[role="radio"]');
    expect(await radio?.evaluate((element) => (element as HTMLInputElement).checked)).toBe(true);
    expect(await popup.$eval('.profile-row', (row) => row.textContent)).toContain('Default');
    expect(await focused(popup)).toMatch(/^profile-/);
    await popup.close();
    await form.close();

    // The browser restarts; the profile is still there, field for field.
    await chromium.close();
    chromium = await launchChromium({ fixtureServer: server, userDataDir });
    const again = await chromium.open(server.formUrl());
    const reopened = await openPopup(chromium, again);
    const row = await reopened.waitForSelector('aria/Acme relays[role="radio"]');
    await row?.focus();
    await reopened.keyboard.press('Enter');
    await reopened.waitForSelector('aria/Profile name');
    expect(await fieldValue(reopened, 'field-name')).toBe('Acme relays');
    expect(await fieldValue(reopened, 'field-contactEmail')).toBe('postmaster@acme.example');
    expect(await fieldValue(reopened, 'field-ipList')).toBe('8.8.8.8; 1.1.1.1');
    expect(await fieldValue(reopened, 'field-companyKind')).toBe('Business (non-marketing)');
    // Escape closes an unchanged editor.
    await reopened.keyboard.press('Escape');
    await reopened.waitForSelector('aria/Acme relays[role="radio"]');
    await reopened.close();
    await again.close();
  });

  it('selects a profile with the arrow keys, then sets it as default, deletes it with undo and duplicates', async () => {
    const first = sampleProfile(1, { name: 'Alpha' });
    const second = sampleProfile(2, { name: 'Bravo' });
    await seedProfiles(chromium, [first, second], first.id);
    const form = await chromium.open(server.formUrl());
    const popup = await openPopup(chromium, form);
    const rowOf = (name: string) => `xpath///li[.//label[.//text()[.="${name}"]]]`;
    const press = async (name: string) =>
      (await popup.waitForSelector(`aria/${name}[role="button"]`))?.click();

    // The default profile starts selected; Down selects the next one.
    const alpha = await popup.waitForSelector('aria/Alpha[role="radio"]');
    expect(await alpha?.evaluate((radio) => (radio as HTMLInputElement).checked)).toBe(true);
    await alpha?.focus();
    await popup.keyboard.press('ArrowDown');
    await popup.waitForFunction(
      () =>
        document.activeElement?.matches('input[type=radio]:checked[aria-labelledby$="-name"]') &&
        document.getElementById(document.activeElement.getAttribute('aria-labelledby') ?? '')
          ?.textContent === 'Bravo',
    );

    await press('Set as default');
    await popup.waitForFunction(() =>
      document.querySelector('.status-bar')?.textContent?.includes('default'),
    );
    expect(await popup.$eval(rowOf('Bravo'), (row) => row.textContent)).toContain('Default');
    expect(await popup.$('aria/Set as default[role="button"]')).toBeNull();

    await press('Delete');
    await popup.waitForFunction(() => document.activeElement?.textContent === 'Undo');
    expect(await popup.$(rowOf('Bravo'))).toBeNull();
    await popup.keyboard.press('Enter');
    await popup.waitForSelector(rowOf('Bravo'));
    expect(await popup.$eval(rowOf('Bravo'), (row) => row.textContent)).toContain('Default');
    await popup.waitForFunction(() => document.activeElement?.id.startsWith('profile-'));

    await (await popup.waitForSelector('aria/Alpha[role="radio"]'))?.click();
    await press('Duplicate');
    await popup.waitForSelector(rowOf('Alpha (copy)'));
    await popup.close();
    await form.close();
  });

  it('with two windows editing one profile, neither edit is lost silently', async () => {
    // A real popup closes when another window takes focus, so the popup page is opened in a tab.
    const shared = sampleProfile(7, { name: 'Shared relay' });
    await seedProfiles(chromium, [shared]);
    const popup = await chromium.openExtensionPage('src/popup/index.html');
    const options = await chromium.openExtensionPage('src/options/index.html');
    const storedShared = async () =>
      (await localStorageOf(chromium))[`profile:${shared.id}`] as Record<string, string>;

    // The popup starts editing…
    await popup.bringToFront();
    await popup.getByRole('radio', { name: 'Shared relay' }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('textbox', { name: 'Contact name' }).fill('Edited in the popup');

    // …meanwhile the options page saves the same profile.
    await options.bringToFront();
    await options.getByRole('radio', { name: 'Shared relay' }).check();
    await options.getByRole('textbox', { name: 'Issue title' }).fill('Edited in the options page');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await storedShared()).issueTitle)
      .toBe('Edited in the options page');

    // The popup's save is stopped and asks; the user takes the other version and redoes the edit.
    await popup.bringToFront();
    await popup.keyboard.press('Control+Enter');
    await popup.getByRole('alertdialog').getByText('changed in another window').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Keep my version');
    await popup.getByRole('button', { name: 'Load the other version' }).click();
    expect(await popup.getByRole('textbox', { name: 'Issue title' }).inputValue()).toBe(
      'Edited in the options page',
    );
    await popup.getByRole('textbox', { name: 'Contact name' }).fill('Edited in the popup');
    await popup.keyboard.press('Control+Enter');
    await popup.getByRole('radio', { name: 'Shared relay' }).waitFor();
    expect(await storedShared()).toMatchObject({
      issueTitle: 'Edited in the options page',
      contactName: 'Edited in the popup',
    });
    // The options page's list follows the change made in the other window.
    await expect.poll(() => options.getByRole('radio', { name: 'Shared relay' }).count()).toBe(1);
    await popup.close();
    await options.close();
  });
});
