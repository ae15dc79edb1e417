import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_PORT = PORT + 1;
const BASE_PATH = "/mesh-atlas";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Accessibility scans of the largest pages (the docs map) take seconds on a 2-core machine.
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? "list" : [["list"]],
  use: { trace: "off", launchOptions: chromiumLaunchOptions },
  projects: [
    {
      name: "chromium",
      testIgnore: /base-path\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${PORT}/` },
    },
    {
      // The same site built with NEXT_PUBLIC_BASE_PATH (npm run build:base-path), hosted below a path.
      name: "base-path",
      testMatch: /base-path\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}/` },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/serve.ts --dir out --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx tsx scripts/serve.ts --dir out-base${BASE_PATH} --base-path ${BASE_PATH} --port ${BASE_PORT}`,
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
