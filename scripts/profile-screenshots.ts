// Screenshots of the popup (the real toolbar popup) and the options page for the README:
// docs/popup.png and docs/options.png. Run after `npm run build`: tsx scripts/profile-screenshots.ts
import { resolve } from 'node:path';
import { sampleProfile, seedProfiles } from '../test/e2e/profiles-support';
import { launchChromium, openPopup } from '../test/support/chromium';
import { startFixtureServer } from '../test/support/fixture-server';
import { ROOT } from '../test/support/paths';

const profiles = [
  sampleProfile(1, {
    name: 'Acme outbound relays',
    senderDomain: 'acme.example',
    contactEmail: 'postmaster@acme.example',
  }),
  sampleProfile(2, {
    name: 'Brightmail customers (shared)',
    senderDomain: 'brightmail.example',
    contactEmail: 'abuse@brightmail.example',
  }),
  sampleProfile(3, {
    name: 'Campus mail gateway',
    senderDomain: 'uni.example',
    contactEmail: 'it-mail@uni.example',
  }),
  sampleProfile(4, {
    name: 'Newsletter IP pool',
    senderDomain: 'news.example',
    contactEmail: 'deliverability@news.example',
  }),
];

const server = await startFixtureServer();
const session = await launchChromium({ fixtureServer: server });
try {
  await seedProfiles(session, profiles, profiles[0]?.id);
  const form = await session.open(server.formUrl());
  const popup = await openPopup(session, form);
  await popup.waitForSelector('.profile-row');
  await popup.screenshot({ path: resolve(ROOT, 'docs/popup.png') });

  const options = await session.openExtensionPage('src/options/index.html');
  await options.setViewportSize({ width: 1200, height: 900 });
  await options.getByRole('radio', { name: 'Acme outbound relays' }).check();
  await options.getByLabel('Profile name').waitFor();
  await options.screenshot({ path: resolve(ROOT, 'docs/options.png'), fullPage: true });
  console.log('Wrote docs/popup.png and docs/options.png');
} finally {
  await session.close();
  await server.close();
}
