import { execFileSync } from "node:child_process";
import { mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Builds the site as a team would host it below a path (`/mesh-atlas/`) into `out-base/mesh-atlas/`, so the
 * end-to-end tests can check every link form with a base path. Run before the normal build, which owns `out/`.
 */
const BASE = process.env.E2E_BASE_PATH ?? "/mesh-atlas";
const target = path.join("out-base", BASE);
execFileSync("npx", ["next", "build"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, NEXT_PUBLIC_BASE_PATH: BASE, NEXT_TELEMETRY_DISABLED: "1" },
});
rmSync("out-base", { recursive: true, force: true });
mkdirSync(path.dirname(target), { recursive: true });
renameSync("out", target);
console.log(`built ${target}`);
