import { readdirSync } from "node:fs";
import path from "node:path";

/** Every file below `dir`, relative to it, with forward slashes. */
export function listFiles(dir: string): Set<string> {
  const files = new Set<string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else files.add(child);
    }
  };
  walk("");
  return files;
}

/** The URL path an exported HTML file is served at: `a/index.html` → `/a/`, `404.html` → `/404`. */
export function urlForFile(file: string, basePath: string): string {
  const isIndex = file === "index.html" || file.endsWith("/index.html");
  const route = isIndex ? file.slice(0, -"index.html".length) : file.replace(/\.html$/, "");
  return `${basePath}/${route}`;
}

/**
 * The file a static server with clean URLs sends for a URL path below the base path (decoded, starting with "/"):
 * `/x/` → `x/index.html`; `/x` → the file `x`, else `x.html`, else `x/index.html`.
 */
export function fileForPath(files: ReadonlySet<string>, urlPath: string): string | undefined {
  const rel = urlPath.slice(1);
  const candidates = rel === "" || rel.endsWith("/") ? [`${rel}index.html`] : [rel, `${rel}.html`, `${rel}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}
