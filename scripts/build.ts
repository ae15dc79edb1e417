import { execFileSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { replaceDirAtomically } from "../lib/build/atomic-dir";
import { precompressExport } from "../lib/build/precompress";
import { SCRIPT_DIR, secureExport } from "../lib/build/secure-export";

const USAGE = `usage: tsx scripts/build.ts [--out DIR] [--base-path /PATH] [--overlay DIR]
  Checks the content, builds the static site into a staging folder next to DIR (default out), moves inline
  scripts into files for the Content-Security-Policy, precompresses text files, then swaps the staging folder in. If any step fails, DIR is
  left exactly as it was. --overlay merges a team's content folder over content/ (MESH_ATLAS_OVERLAY).`;

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "out" },
    "base-path": { type: "string", default: process.env.NEXT_PUBLIC_BASE_PATH ?? "" },
    overlay: { type: "string", default: process.env.MESH_ATLAS_OVERLAY ?? "" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const basePath = values["base-path"].replace(/\/$/, "");
const target = path.relative(process.cwd(), path.resolve(values.out));

// Every step (the check, Next's build) reads the overlay from the environment.
if (values.overlay) process.env.MESH_ATLAS_OVERLAY = path.resolve(values.overlay);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, args, { stdio: "inherit", env });
}

try {
  replaceDirAtomically(target, (staging) => {
    run("npx", ["tsx", "scripts/check.ts"]);
    run("npx", ["next", "build"], {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_PUBLIC_BASE_PATH: basePath,
      MESH_ATLAS_EXPORT_DIR: staging,
    });
    const files = secureExport(staging, basePath);
    console.log(`moved inline scripts into ${files} files below ${basePath}/${SCRIPT_DIR}/`);
    console.log(`precompressed ${precompressExport(staging)} files (.br, .gz)`);
  });
} catch {
  console.error(`\nbuild failed: ${target}/ was left as it was.`);
  process.exit(1);
}
console.log(`built ${target}/${basePath ? ` for ${basePath}/` : ""}`);
