// `npm run package`: store-ready zips of the builds (run after `npm run build`).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/support/paths';

const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  version: string;
};
for (const target of ['chrome', 'firefox']) {
  const filename = `delist-assistant-${target}-${version}.zip`;
  rmSync(join(ROOT, 'dist', filename), { force: true });
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      join(ROOT, 'dist', target),
      '--artifacts-dir',
      join(ROOT, 'dist'),
      '--filename',
      filename,
      '--overwrite-dest',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`dist/${filename}`);
}
