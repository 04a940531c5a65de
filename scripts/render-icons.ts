// Renders icons/*.svg to the PNG sizes the manifest lists, with headless Chromium:
// `npx tsx scripts/render-icons.ts`. The 16 px icon has its own simpler drawing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../test/support/chromium';

const icons = resolve(import.meta.dirname, '../icons');
const SOURCES: Record<number, string> = {
  16: 'icon-16.svg',
  32: 'icon.svg',
  48: 'icon.svg',
  128: 'icon.svg',
};

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', ...QUIET_FLAGS],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [size, source] of Object.entries(SOURCES)) {
    const pixels = Number(size);
    const svg = readFileSync(resolve(icons, source)).toString('base64');
    await page.setViewportSize({ width: pixels, height: pixels });
    await page.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${svg}" width="${pixels}" height="${pixels}"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({
      path: resolve(icons, `icon-${size}.png`),
      omitBackground: true,
      clip: { x: 0, y: 0, width: pixels, height: pixels },
    });
    console.log(`icons/icon-${size}.png from ${source}`);
  }
} finally {
  await browser.close();
}
