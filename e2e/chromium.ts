import { existsSync } from "node:fs";

/**
 * How Chromium is launched for tests and the benchmark: Debian's build where Playwright cannot download its
 * own (CHROMIUM_PATH overrides), and no background traffic, since these machines have no network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
