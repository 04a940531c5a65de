import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtures } from '../fixtures/build-fixtures';
import { DIST_CHROME, DIST_FIREFOX } from '../support/paths';

// The e2e layer tests the built extension, exactly as a user installs it, against practice
// pages whose scripts are bundled here.
export default async function setup() {
  for (const dist of [DIST_CHROME, DIST_FIREFOX]) {
    if (!existsSync(join(dist, 'manifest.json'))) {
      throw new Error(
        `${dist} is missing: run \`npm run build\` first (npm test does it for you).`,
      );
    }
  }
  await buildFixtures();
}
