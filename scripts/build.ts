import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { replaceDirAtomically } from "../lib/build/atomic-dir";
import { precompressExport } from "../lib/build/precompress";
import { SCRIPT_DIR, secureExport } from "../lib/build/secure-export";
import { getContent } from "../lib/content/load";
import { buildSiteShards, SHARD_ABOVE, searchesShards } from "../lib/content/search-index";
import { routes } from "../lib/routes";
import { readArgs } from "./args";

const USAGE = `usage: tsx scripts/build.ts [--out DIR] [--base-path /PATH] [--overlay DIR] [--search-shards auto|on|off]
  Checks the content, builds the static site into a staging folder next to DIR (default out), moves inline
  scripts into files for the Content-Security-Policy, precompresses text files, then swaps the staging folder in. If any step fails, DIR is
  left exactly as it was. --overlay merges a team's content folder over content/ (MESH_ATLAS_OVERLAY).
  --search-shards (MESH_ATLAS_SEARCH_SHARDS): write the sharded search index to search-shards/ and search it in
  the browser; auto (the default) does so past ${SHARD_ABOVE} records.`;

const { values } = readArgs(USAGE, {
  options: {
    out: { type: "string", default: "out" },
    "base-path": { type: "string", default: process.env.NEXT_PUBLIC_BASE_PATH ?? "" },
    overlay: { type: "string", default: process.env.MESH_ATLAS_OVERLAY ?? "" },
    "search-shards": { type: "string", default: process.env.MESH_ATLAS_SEARCH_SHARDS ?? "auto" },
  },
});
const shardMode = values["search-shards"];
if (shardMode !== "auto" && shardMode !== "on" && shardMode !== "off") {
  console.error(`--search-shards: "${shardMode}" is none of auto, on, off\n${USAGE}`);
  process.exit(2);
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
    // The check passed, so the content loads.
    const content = getContent();
    const shards = searchesShards(content, shardMode);
    run("npx", ["next", "build"], {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_PUBLIC_BASE_PATH: basePath,
      NEXT_PUBLIC_SEARCH_SHARDS: shards ? "1" : "",
      MESH_ATLAS_EXPORT_DIR: staging,
    });
    if (shards) {
      const files = buildSiteShards(content);
      for (const [file, text] of files) {
        const to = path.join(staging, routes.searchShards, file);
        mkdirSync(path.dirname(to), { recursive: true });
        writeFileSync(to, text);
      }
      console.log(`wrote the sharded search index: ${files.size} files below ${basePath}${routes.searchShards}`);
    }
    const files = secureExport(staging, basePath);
    console.log(`moved inline scripts into ${files} files below ${basePath}/${SCRIPT_DIR}/`);
    console.log(`precompressed ${precompressExport(staging)} files (.br, .gz)`);
  });
} catch {
  console.error(`\nbuild failed: ${target}/ was left as it was.`);
  process.exit(1);
}
console.log(`built ${target}/${basePath ? ` for ${basePath}/` : ""}`);
