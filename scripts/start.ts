// `npm start`: build, then open the practice Outlook.com form at its real address in Chromium
// with the extension loaded. Options: --headless, --screenshot FILE, --variant NAME (react,
// aria, late), --fresh (a new browser profile instead of the one kept in .cache/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFixtures } from '../test/fixtures/build-fixtures';
import { CHROMIUM_PATH, launchChromium } from '../test/support/chromium';
import { startFixtureServer } from '../test/support/fixture-server';
import { ROOT } from '../test/support/paths';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    variant: { type: 'string', default: '' },
    fresh: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = values.headless || !hasDisplay;
const screenshot =
  values.screenshot ?? (headless ? resolve(ROOT, 'dist/practice-form.png') : undefined);
if (!values.headless && !hasDisplay) {
  console.log('No display found: running headless and saving a screenshot instead of a window.');
}

if (!values['no-build']) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

await buildFixtures();
const server = await startFixtureServer();
const userDataDir = resolve(ROOT, '.cache/chromium-profile');
if (values.fresh) rmSync(userDataDir, { recursive: true, force: true });
mkdirSync(userDataDir, { recursive: true });
const session = await launchChromium({ fixtureServer: server, userDataDir, headless });
const page = await session.open(server.formUrl(values.variant));
console.log(`Chromium (${CHROMIUM_PATH}) is showing ${page.url()} with Delist Assistant loaded.`);

if (screenshot) {
  await page.waitForLoadState('networkidle');
  mkdirSync(dirname(resolve(screenshot)), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`Screenshot written to ${resolve(screenshot)}`);
}

if (headless) {
  await session.close();
  await server.close();
} else {
  console.log('Click the Delist Assistant button in the toolbar. Close the browser to stop.');
  session.context.on('close', () => void server.close());
  const stop = async () => {
    await session.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
