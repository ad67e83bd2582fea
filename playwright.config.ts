// End-to-end tests run on one host chosen once in globalSetup: real Electron when its binary is installed,
// otherwise Debian's Chromium showing the built renderer with window.api bridged to the real handlers.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/globalSetup.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  // Two cores here and in CI: more workers only queue for the CPU.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  projects: [
    { name: 'e2e', testIgnore: /screenshots\.spec\.ts$/ },
    // Not part of `npm test`: `npm run screenshots` writes pictures of each screen to .tmp/screenshots.
    { name: 'screenshots', testMatch: /screenshots\.spec\.ts$/ },
  ],
})
