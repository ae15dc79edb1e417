import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import * as z from "zod";
import { fromHugoCheckout, fromTreeJson, mergeImport, orderPages } from "../lib/docs-map/import";
import {
  type DocsMapFile,
  docsAnnotationsSchema,
  docsMapConfigSchema,
  docsMapFileSchema,
} from "../lib/docs-map/schema";
import { readArgs } from "./args";

const USAGE = `usage: npm run import-docs -- <docs-tree.json | istio.io checkout> [--out content/docs-map]
       npm run import-docs -- <tree | checkout> --release 1.26 [--as-of 2025-05-08] [--source "..."]
  The first form re-imports the map's own release and keeps the annotations; the second adds (or replaces) another
  release's page list under <out>/releases/<release>/, which the map compares with its own.`;

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: {
    out: { type: "string", default: path.join("content", "docs-map") },
    release: { type: "string" },
    "as-of": { type: "string" },
    source: { type: "string" },
  },
});
const source = positionals[0];
if (!source) {
  console.error(USAGE);
  process.exit(2);
}

const imported = statSync(source).isDirectory()
  ? fromHugoCheckout(source)
  : fromTreeJson(JSON.parse(readFileSync(source, "utf8")));
const pages = orderPages(imported.pages);

if (values.release) {
  // Another release: its pages only. Our notes stay keyed by path in the map's own annotations.
  const checked = docsMapConfigSchema.safeParse({
    release: values.release,
    link_version: `v${values.release}`,
    ...(values["as-of"] ? { as_of: values["as-of"] } : {}),
  });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const option = issue?.path[0] === "as_of" ? "--as-of" : "--release";
    console.error(`${option}: ${issue?.message ?? "invalid"}\n${USAGE}`);
    process.exit(2);
  }
  const config = checked.data;
  const dir = path.join(values.out, "releases", config.release);
  mkdirSync(dir, { recursive: true });
  const file = docsMapFileSchema.parse({ source: values.source ?? imported.source, pages });
  writeFileSync(path.join(dir, "pages.json"), `${JSON.stringify(file, null, 1)}\n`);
  writeFileSync(
    path.join(dir, "config.yaml"),
    `# Another release's docs, compared with the map's own (written by npm run import-docs -- --release).\n${stringify(config)}`,
  );
  console.log(`imported ${pages.length} pages of ${config.release} from ${file.source} into ${dir}`);
  process.exit(0);
}

const pagesFile = path.join(values.out, "pages.json");
const annotationsFile = path.join(values.out, "annotations.yaml");
const previous: DocsMapFile | null = existsSync(pagesFile)
  ? docsMapFileSchema.parse(JSON.parse(readFileSync(pagesFile, "utf8")))
  : null;
const annotationsText = existsSync(annotationsFile) ? readFileSync(annotationsFile, "utf8") : "";
// Checked with the schema, but written back as they were (no defaults filled in), under the same header comment.
const raw: Record<string, unknown> = z.record(z.string(), z.unknown()).parse(parse(annotationsText) ?? {});
docsAnnotationsSchema.parse(raw);
const header = /^(?:#.*\n)*/.exec(annotationsText)?.[0] ?? "";

const merged = mergeImport(previous?.pages ?? [], pages, raw);
const file: DocsMapFile = docsMapFileSchema.parse({ source: imported.source, pages });
writeFileSync(pagesFile, `${JSON.stringify(file, null, 1)}\n`);
if (existsSync(annotationsFile) || Object.keys(merged.annotations).length > 0) {
  writeFileSync(annotationsFile, header + stringify(merged.annotations, { lineWidth: 0 }));
}

const { added, removed, renamed } = merged.report;
console.log(`imported ${pages.length} pages from ${imported.source}`);
console.log(`added ${added.length}, removed ${removed.length}, renamed ${renamed.length}`);
const SHOW = 40;
const list = (items: string[], mark: string) => {
  for (const item of items.slice(0, SHOW)) console.log(`  ${mark} ${item || "(docs root)"}`);
  if (items.length > SHOW) console.log(`  ${mark} … and ${items.length - SHOW} more`);
};
list(added, "+");
list(removed, "-");
list(
  renamed.map((r) => `${r.from} -> ${r.to}`),
  "~",
);
for (const o of merged.orphaned) console.log(`  ! annotation for ${o} dropped: the page is gone`);
const unwritten = pages.filter((p) => merged.annotations[p.path] === undefined).map((p) => p.path);
if (unwritten.length > 0) {
  console.log(`${unwritten.length} pages have no summary, questions or terms yet (npm run check lists each):`);
  list(unwritten, "?");
}
