import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { printedFileSchema } from "../lib/content/printed";
import { printedForReaders } from "../lib/text/printed";

const USAGE = `usage: tsx scripts/import-printed.ts <checkout of a Rust program> --name ztunnel --sense ztunnel#istio
       --source "istio/ztunnel <tag> (<commit>)" [--out content/printed/<name>.json]

Copies the error messages a Rust program declares (#[error("...")] in its src/) into a catalog search reads:
a query holding one names the program's glossary sense. Messages with fewer than four words of their own, and
internal ones ("BUG: ..."), are left out: they would be found in too much ordinary text.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    sense: { type: "string" },
    source: { type: "string" },
    out: { type: "string" },
  },
});
const checkout = positionals[0];
if (!checkout || !values.name || !values.sense || !values.source) {
  console.error(USAGE);
  process.exit(2);
}

/** `#[error("...")]` attributes, escaped quotes included. */
const ERROR_ATTRIBUTE = /#\[error\(\s*"((?:[^"\\]|\\.)*)"/g;
const MIN_WORDS = 4;

function* rustFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* rustFiles(full);
    else if (entry.name.endsWith(".rs")) yield full;
  }
}

const messages = new Set<string>();
let seen = 0;
for (const file of rustFiles(path.join(checkout, "src"))) {
  for (const m of readFileSync(file, "utf8").matchAll(ERROR_ATTRIBUTE)) {
    seen++;
    const message = (m[1] ?? "").replace(/\\(.)/g, "$1");
    const words = printedForReaders(message).match(/\p{L}{2,}/gu) ?? [];
    if (words.length >= MIN_WORDS && !/^BUG\b/.test(message)) messages.add(message);
  }
}
const out = values.out ?? path.join("content", "printed", `${values.name}.json`);
const file = printedFileSchema.parse({
  source: values.source,
  generated_by: "scripts/import-printed.ts",
  sense: values.sense,
  messages: [...messages].sort(),
});
writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${out}: ${messages.size} of ${seen} declared messages`);
