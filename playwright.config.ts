import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3917);
// E2E_BASE_URL runs the suite against an app that is already running (e.g. `npm run dev`).
const externalURL = process.env.E2E_BASE_URL;
const baseURL = externalURL ?? `http://127.0.0.1:${port}`;
// A fresh database per run; the config is also evaluated in workers, so keep the first value.
process.env.SKJOLD_E2E_DATABASE_URL ??= `sqlite:./data/e2e-${Date.now()}.db`;
const binDir = resolve('node_modules/.bin');

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    // Dialogs and menus appear at once, so the axe checks see their final colours, never a fade.
    reducedMotion: 'reduce',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: process.env.SKJOLD_CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: externalURL
    ? undefined
    : {
        // Builds web/dist only when it is missing or older than web/src, then starts the real app.
        command:
          'node_modules/.bin/node scripts/ensure-web-build.ts && node_modules/.bin/node server/main.ts',
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 180_000,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          // The project's Node 26 (node_modules/.bin/node) and vite first on PATH.
          PATH: `${binDir}:${process.env.PATH ?? ''}`,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: process.env.SKJOLD_E2E_DATABASE_URL,
          SKJOLD_DEMO: '1',
          SKJOLD_LOG_LEVEL: 'warn',
        },
      },
});
