import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../support/chromium';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { localStorageOf, sampleProfile, seedProfiles } from './profiles-support';

const OPTIONS = 'src/options/index.html';
const profileEntries = (storage: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(storage).filter(([key]) => key.startsWith('profile:')));

describe('Options: export, then import into a fresh browser profile', () => {
  let server: FixtureServer;
  const sessions: ChromiumSession[] = [];
  const files = mkdtempSync(join(tmpdir(), 'delist-backup-'));

  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    for (const session of sessions) await session.close();
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('moves every profile across, exactly, and a corrupt file changes nothing', async () => {
    // Browser A has three profiles; the user exports them.
    const a = await launchChromium({ fixtureServer: server });
    sessions.push(a);
    const originals = [
      sampleProfile(1),
      sampleProfile(2, { notes: 'Ticket SRX123 escalated' }),
      sampleProfile(3),
    ];
    await seedProfiles(a, originals, originals[1]?.id);
    const optionsA = await a.openExtensionPage(OPTIONS);
    await optionsA.getByRole('radio', { name: 'Customer 3 outbound' }).waitFor();
    const downloading = optionsA.waitForEvent('download');
    await optionsA.getByRole('button', { name: 'Export all profiles' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^delist-assistant-profiles-\d{4}-\d\d-\d\d\.json$/,
    );
    const exported = join(files, download.suggestedFilename());
    await download.saveAs(exported);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({
      format: 'delist-assistant-profiles',
      version: 1,
    });
    const storedInA = profileEntries(await localStorageOf(a));

    // Browser B starts from nothing.
    const b = await launchChromium({ fixtureServer: server });
    sessions.push(b);
    const optionsB = await b.openExtensionPage(OPTIONS);
    await optionsB.getByText('No profiles yet').waitFor();

    // A corrupt file: refused with the reason, storage untouched.
    const corrupt = join(files, 'corrupt.json');
    writeFileSync(corrupt, readFileSync(exported, 'utf8').slice(0, 400));
    const beforeCorrupt = await localStorageOf(b);
    await optionsB.getByLabel('Import profiles from a file').setInputFiles(corrupt);
    const alert = optionsB.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /Nothing was imported from corrupt\.json: The file is not valid JSON/,
    );
    expect(await localStorageOf(b)).toEqual(beforeCorrupt);

    // The real backup: reviewed, then imported in one go.
    await optionsB.getByLabel('Import profiles from a file').setInputFiles(exported);
    for (const profile of originals)
      await optionsB.getByText(`“${profile.name}”: will be added`).waitFor();
    await optionsB.getByRole('button', { name: 'Import', exact: true }).click();
    await optionsB.getByText('Import done: 3 added, 0 replaced, 0 skipped.').waitFor();
    expect(profileEntries(await localStorageOf(b))).toEqual(storedInA);
    for (const profile of originals)
      await optionsB.getByRole('radio', { name: profile.name }).waitFor();
  });

  it('asks about a name clash and reports a bad profile, keeping the rest of the file', async () => {
    const b = sessions[1];
    if (!b) throw new Error('the previous test did not run');
    const options = await b.openExtensionPage(OPTIONS);
    await options.getByRole('radio', { name: 'Customer 1 outbound' }).waitFor();
    const before = profileEntries(await localStorageOf(b));
    const mixed = join(files, 'mixed.json');
    writeFileSync(
      mixed,
      JSON.stringify({
        format: 'delist-assistant-profiles',
        version: 1,
        profiles: [
          sampleProfile(9, { name: 'Customer 1 outbound', contactName: 'Someone else' }),
          { ...sampleProfile(10), serverType: 'virtual' },
        ],
      }),
    );
    await options.getByLabel('Import profiles from a file').setInputFiles(mixed);
    await options
      .getByText(/Profile 2 “Customer 10 outbound” cannot be imported:.*serverType/)
      .waitFor();
    const clash = options.getByRole('group', {
      name: /clashes with your profile “Customer 1 outbound”/,
    });
    // Importing without deciding asks again, and writes nothing.
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Choose what to do with each profile').waitFor();
    expect(profileEntries(await localStorageOf(b))).toEqual(before);

    await clash.getByLabel('Keep both').check();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Import done: 1 added, 0 replaced, 0 skipped.').waitFor();
    await options.getByRole('radio', { name: 'Customer 1 outbound (2)' }).waitFor();
    const after = profileEntries(await localStorageOf(b));
    expect(Object.keys(after)).toHaveLength(Object.keys(before).length + 1);
    for (const [key, value] of Object.entries(before)) expect(after[key]).toEqual(value);
  });
});
