import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { popupStartupChunks } from './scripts/popup-startup-chunks';
import { HOST_MATCHES } from './src/forms/supported-pages';

export const GECKO_ID = 'delist-assistant@delist-assistant.dev';
const CONTENT_SCRIPT = 'src/content/index.ts';

type Target = 'chrome' | 'firefox';
type Manifest = Omit<typeof baseManifest, 'background'> & {
  background: Record<string, unknown>;
  host_permissions: string[];
  [key: string]: unknown;
};

/** The manifest for one browser: host access comes from the supported-pages list only. */
export function manifestFor(target: 'chrome' | 'firefox'): Manifest {
  const matches = [...HOST_MATCHES];
  const manifest = {
    ...baseManifest,
    host_permissions: matches,
    content_scripts: baseManifest.content_scripts.map((script) => ({ ...script, matches })),
  };
  if (target === 'chrome') return manifest;
  return {
    ...manifest,
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target) as unknown as ManifestV3Export,
        browser: target,
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
    ],
    publicDir: false,
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'chrome' ? 'chrome120' : 'firefox128',
      sourcemap: false,
      minify: true,
      rolldownOptions: { output: { codeSplitting: popupStartupChunks(import.meta.dirname) } },
    },
  };
});
