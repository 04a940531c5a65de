import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST_CHROME, DIST_FIREFOX } from '../support/paths';

// The content script loads on every visit to Microsoft's form: it stays small and carries no
// schema library (it checks messages with plain guards).
describe('the built content script', () => {
  it.each([DIST_CHROME, DIST_FIREFOX])('is under 10 KB gzipped, without zod, in %s', (dist) => {
    const code = readFileSync(join(dist, 'src/content/index.js'));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(10 * 1024);
    expect(code.toString()).not.toMatch(/\$ZodType|ZodError/);
  });
});
