import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Accessibility scans of the largest pages (the docs map) take seconds on a 2-core machine.
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${basePath}/`,
    trace: "off",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx serve out -l tcp://127.0.0.1:${PORT} -c ../serve.json --no-clipboard --no-port-switching`,
    url: `http://127.0.0.1:${PORT}${basePath}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
