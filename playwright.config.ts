import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
// Debian's Chromium where Playwright cannot download its own browser; elsewhere Playwright's.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

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
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx serve out -l tcp://127.0.0.1:${PORT} -c ../serve.json --no-clipboard --no-port-switching`,
    url: `http://127.0.0.1:${PORT}${basePath}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
