import { writeFileSync } from "node:fs";
import path from "node:path";
import { countKinds, formatReferenceFile, importReference } from "../lib/docs-map/reference-import";
import { readArgs } from "./args";

const USAGE =
  'usage: tsx scripts/import-reference.ts <istio.io checkout> [--out content/docs-map/reference.json] [--source "<text naming the commit>"]';

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: {
    out: { type: "string", default: path.join("content", "docs-map", "reference.json") },
    source: { type: "string" },
  },
});
const checkout = positionals[0];
if (!checkout) {
  console.error(USAGE);
  process.exit(2);
}

const { entries, apis, uses, problems } = importReference(checkout);
if (entries.length === 0) {
  console.error(`${checkout}: no reference entries found`);
  process.exit(1);
}
const counts = countKinds(entries);
writeFileSync(
  values.out,
  formatReferenceFile({
    source: values.source ?? `istio.io checkout at ${checkout}`,
    generated_by: "scripts/import-reference.ts",
    counts,
    apis,
    entries,
    uses,
  }),
);

console.log(`wrote ${entries.length} entries and their uses on ${Object.keys(uses).length} pages to ${values.out}`);
for (const [kind, n] of Object.entries(counts)) console.log(`  ${kind}: ${n}`);
const SHOW = 40;
for (const p of problems.slice(0, SHOW)) console.log(`  ! ${p}`);
if (problems.length > SHOW) console.log(`  ! … and ${problems.length - SHOW} more`);
