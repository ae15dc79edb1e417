import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { printedFileSchema } from "../lib/content/printed";
import { printedForReaders } from "../lib/text/printed";
import { readArgs } from "./args";

const USAGE = `usage: tsx scripts/import-printed.ts <checkout> --name <program> (--sense <slug#sense> | --error <id>)
       --source "<owner/repo> <tag> (<commit>)" [--dir <path in checkout>]... [--out content/printed/<name>.json]

Copies the error messages a program declares in its sources into a catalog search reads: a query holding one
names the program's glossary sense, or with --error the error page that explains them all (istiod's
validation rules, each reported inside "admission webhook ... denied the request"). Rust: every #[error("...")] under src/ (ztunnel). Go: the first string of
fmt.Errorf, errors.New and a logger's Error/Warn/Fatal calls in the --dir folders (istio-cni's cni/), tests and
testdata left out. Messages with fewer than four words of their own, and internal ones ("BUG: ..."), are left
out: they would be found in too much ordinary text.`;

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: {
    name: { type: "string" },
    sense: { type: "string" },
    error: { type: "string" },
    source: { type: "string" },
    dir: { type: "string", multiple: true },
    out: { type: "string" },
  },
});
const checkout = positionals[0];
if (!checkout || !values.name || !values.source || (values.sense === undefined) === (values.error === undefined)) {
  console.error(USAGE);
  process.exit(2);
}

/** Rust: `#[error("...")]` attributes, escaped quotes included. */
const RUST_ERROR = /#\[error\(\s*"((?:[^"\\]|\\.)*)"/g;
/**
 * Go: an error made (`fmt.Errorf`, `errors.New`) or logged at error or warning level by a logger (`log`,
 * `installLog`...), its format string as the first argument. Test helpers (`t.Fatalf`) are not loggers.
 */
const GO_ERROR =
  /\b(?:fmt\.Errorf|errors\.New|(?:log|[a-z]\w*Log)\.(?:Errorf|Error|Warnf|Warn|Fatalf|Fatal))\(\s*"((?:[^"\\]|\\.)*)"/g;
const MIN_WORDS = 4;

function* sourceFiles(dir: string, ext: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "testdata") yield* sourceFiles(full, ext);
    } else if (entry.name.endsWith(ext) && !entry.name.endsWith(`_test${ext}`)) yield full;
  }
}

const rust = existsSync(path.join(checkout, "Cargo.toml"));
const dirs = values.dir ?? (rust ? ["src"] : []);
if (dirs.length === 0) {
  console.error("a Go checkout needs --dir: the folders that only the program builds from");
  process.exit(2);
}
const messages = new Set<string>();
let seen = 0;
for (const dir of dirs) {
  for (const file of sourceFiles(path.join(checkout, dir), rust ? ".rs" : ".go")) {
    for (const m of readFileSync(file, "utf8").matchAll(rust ? RUST_ERROR : GO_ERROR)) {
      seen++;
      const message = (m[1] ?? "").replace(/\\(.)/g, "$1").trim();
      const words = printedForReaders(message).match(/\p{L}{2,}/gu) ?? [];
      if (words.length >= MIN_WORDS && !/^BUG\b/.test(message)) messages.add(message);
    }
  }
}
const out = values.out ?? path.join("content", "printed", `${values.name}.json`);
const file = printedFileSchema.parse({
  source: values.source,
  generated_by: "scripts/import-printed.ts",
  ...(values.sense ? { sense: values.sense } : { error: values.error }),
  messages: [...messages].sort(),
});
writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${out}: ${messages.size} of ${seen} declared messages`);
