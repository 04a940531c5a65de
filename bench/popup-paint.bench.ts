import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sampleProfile, seedProfiles } from '../test/e2e/profiles-support';
import { launchChromium, openPopup } from '../test/support/chromium';
import { startFixtureServer } from '../test/support/fixture-server';
import { DIST_CHROME } from '../test/support/paths';
import type { Bench } from './bench-kit';

const PROFILES = 50;
const RUNS = 9;
const WARMUP = 2;

// Runs in the popup. A string, so that tsx's function-name helpers do not leak into the page.
const IN_PAGE = `(async () => {
  const mark = () => performance.getEntriesByName('popup-profiles-rendered')[0];
  while (!mark()) await new Promise((resolve) => setTimeout(resolve, 5));
  // Element Timing: when the list's heading, painted in the same frame as the rows, was shown.
  const painted = await new Promise((resolve) => {
    new PerformanceObserver((entries) => {
      const entry = entries.getEntries()[0];
      if (entry) resolve(entry.renderTime || entry.startTime);
    }).observe({ type: 'element', buffered: true });
  });
  const shell = performance.getEntriesByType('navigation')[0].domInteractive;
  return [mark().startTime, painted, document.querySelectorAll('.profile-row').length, shell];
})()`;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * The real toolbar popup, seeded with 50 profiles: time from the popup page's navigation start to
 * the profile list being in the document (the page's `popup-profiles-rendered` mark) and to it
 * being painted (Element Timing on the list's heading).
 */
const bench: Bench = async () => {
  if (!existsSync(join(DIST_CHROME, 'manifest.json'))) throw new Error('run `npm run build` first');
  const server = await startFixtureServer();
  const chromium = await launchChromium({ fixtureServer: server });
  try {
    await seedProfiles(
      chromium,
      Array.from({ length: PROFILES }, (_, i) => sampleProfile(i + 1)),
    );
    const form = await chromium.open(server.formUrl());
    const listed: number[] = [];
    const painted: number[] = [];
    const shells: number[] = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const popup = await openPopup(chromium, form);
      const [list, paint, rows, shell] = (await popup.evaluate(IN_PAGE)) as number[];
      if (rows !== PROFILES) throw new Error(`the popup listed ${rows} profiles, not ${PROFILES}`);
      if (run >= WARMUP) {
        listed.push(list ?? Number.NaN);
        painted.push(paint ?? Number.NaN);
        shells.push(shell ?? Number.NaN);
      }
      await popup.close();
    }
    const listMs = median(listed);
    const paintMs = median(painted);
    return [
      {
        name: `popup: navigation to list rendered (${PROFILES} profiles)`,
        value: listMs,
        unit: 'ms',
        goal: '< 100 ms',
        met: listMs < 100,
      },
      {
        name: `popup: navigation to list painted (${PROFILES} profiles)`,
        value: paintMs,
        unit: 'ms',
        goal: '< 100 ms',
        met: paintMs < 100,
      },
      // The browser's share before any extension code runs: shows how loaded the machine is.
      {
        name: 'popup: navigation to HTML parsed (no extension code yet)',
        value: median(shells),
        unit: 'ms',
      },
    ];
  } finally {
    await chromium.close();
    await server.close();
  }
};

export default bench;
