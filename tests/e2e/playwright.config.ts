import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// E2E_PORT lets a second checkout run its suite beside this one.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: './artifacts/results',
  // Two cores and software WebGL: one browser at a time.
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/atlas/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    screenshot: 'only-on-failure',
    // Routed and failed requests must reach the page, not the app's offline copy; offline.spec.ts
    // allows the service worker.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node tests/e2e/serveDist.mjs`,
    cwd: repoRoot,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/atlas/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
