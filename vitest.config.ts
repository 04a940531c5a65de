import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Two layers, run separately: `unit` (pure code and DOM pieces in happy-dom) and `e2e` (the built
// extension in real Chromium and Firefox). npm test builds before the e2e layer.
export default defineConfig({
  plugins: [preact()],
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Browsers are heavy on a 2-core machine: one test file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
