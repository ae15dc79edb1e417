import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * First Load JS of an exported page: the gzip size of every `<script src>` it loads, leaving out the
 * `noModule` polyfill that modern browsers skip.
 */
export function firstLoadJs(outDir: string, page: string): { files: number; gzip: number } {
  const html = readFileSync(path.join(outDir, page), "utf8");
  const seen = new Set<string>();
  let gzip = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1] ?? "";
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (!src || /\bnoModule\b/i.test(attrs) || seen.has(src)) continue;
    seen.add(src);
    const file = path.join(outDir, src.replace(/^.*?\/_next\//, "_next/"));
    if (statSync(file, { throwIfNoEntry: false })) gzip += gzipSync(readFileSync(file)).length;
  }
  return { files: seen.size, gzip };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const page of process.argv.slice(2)) {
    const r = firstLoadJs("out", page);
    console.log(`${page}: ${r.files} scripts, ${(r.gzip / 1024).toFixed(1)} kB gzip`);
  }
}
