import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The journeys test a fresh production build of the working tree, built into
// their own folder so a concurrent `vite build` (dist/) cannot swap files
// under the preview server. Set E2E_REUSE_SERVER=1 to test an already running
// preview on the port instead (faster while iterating; may be stale). Its
// manifest lets e2e/bundle-size.spec.ts check the first-load budget on it.
export const OUT_DIR = 'test-results/e2e-dist';
// E2E_PORT lets two runs (e.g. a CI rehearsal and a developer) share a machine.
const PORT = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'desktop-1440' },
    {
      // The UI must still work on a small laptop screen: the quick journeys again.
      name: 'laptop-1280',
      use: { viewport: { width: 1280, height: 720 } },
      testMatch:
        /(cycle-refused|fix-problem|bad-files|examples-layout|forecast|panels-resize)\.spec\.ts$/,
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir --manifest && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: process.env['E2E_REUSE_SERVER'] === '1',
    timeout: 180_000,
  },
});
