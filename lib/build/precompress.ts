import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".txt", ".xml", ".svg"]);
/** Below this size the headers of a compressed answer cost more than they save. */
const MIN_BYTES = 1024;
/**
 * Brotli's best quality takes ~0.7 s per large file on these machines: spent only on the few big assets (search
 * index, decoder data, the docs map), where it saves ~20% over gzip; quality 5 is as fast as gzip for the rest.
 */
const BIG_BYTES = 64 * 1024;

/**
 * Writes `file.br` and `file.gz` next to every text file of an export, once at build time, so the server sends
 * compressed bytes without compressing per request (on-the-fly gzip of the search index dominated load-test
 * latency). Returns how many files got compressed twins.
 */
export function precompressExport(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!COMPRESSIBLE.has(path.extname(name))) continue;
    const file = path.join(dir, name);
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: data.length >= BIG_BYTES ? constants.BROTLI_MAX_QUALITY : 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    );
    count++;
  }
  return count;
}
