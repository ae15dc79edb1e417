import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { SCRIPT_DIR } from "../lib/build/secure-export";

/**
 * First Load JS of an exported page: the gzip size of every `<script src>` it loads, leaving out the
 * `noModule` polyfill that modern browsers skip. The page's own React Server Components data, which Next.js
 * inlines and the build moves into script files for the CSP (below `SCRIPT_DIR`), is counted apart as `data`:
 * it is the page's content, which other sites ship inside the HTML.
 */
export function firstLoadJs(outDir: string, page: string): { files: number; gzip: number; data: number } {
  const html = readFileSync(path.join(outDir, page), "utf8");
  const seen = new Set<string>();
  let gzip = 0;
  let data = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1] ?? "";
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (!src || /\bnoModule\b/i.test(attrs) || seen.has(src)) continue;
    seen.add(src);
    const file = path.join(outDir, src.replace(/^.*?\/_next\//, "_next/"));
    if (!statSync(file, { throwIfNoEntry: false })) continue;
    const size = gzipSync(readFileSync(file)).length;
    if (src.includes(`/${SCRIPT_DIR}/`)) data += size;
    else gzip += size;
  }
  return { files: seen.size, gzip, data };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const page of process.argv.slice(2)) {
    const r = firstLoadJs("out", page);
    console.log(
      `${page}: ${r.files} scripts, ${(r.gzip / 1024).toFixed(1)} kB gzip code, ${(r.data / 1024).toFixed(1)} kB data`,
    );
  }
}
