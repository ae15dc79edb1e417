import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { externalizeScripts } from "./externalize-scripts";

/** Where exported pages load their former inline scripts from; below `_next/static/`, so cached as immutable. */
export const SCRIPT_DIR = "_next/static/csp";

/** Rewrites every page of a static export so it runs no inline script; returns how many script files it wrote. */
export function secureExport(dir: string, basePath: string): number {
  const scriptDir = path.join(dir, SCRIPT_DIR);
  mkdirSync(scriptDir, { recursive: true });
  const written = new Set<string>();
  const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    const file = path.join(dir, page);
    const result = externalizeScripts(readFileSync(file, "utf8"), `${basePath}/${SCRIPT_DIR}/`);
    for (const s of result.scripts) {
      if (written.has(s.name)) continue;
      writeFileSync(path.join(scriptDir, s.name), s.code);
      written.add(s.name);
    }
    writeFileSync(file, result.html);
  }
  return written.size;
}
