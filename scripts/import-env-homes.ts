import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { envHomesFileSchema, findEnvHomes } from "../lib/docs-map/env-homes";
import { referenceFileSchema } from "../lib/docs-map/reference";
import { readArgs } from "./args";

const USAGE = `usage: tsx scripts/import-env-homes.ts <istio/istio checkout> --source "istio/istio <tag> (<commit>)"
       [--reference content/docs-map/reference.json] [--out content/docs-map/env-homes.json]

For each environment variable that several command pages of the reference index list, finds the command whose
own sources define it, and writes the table the search uses to put that command's page first.`;

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: {
    reference: { type: "string", default: path.join("content", "docs-map", "reference.json") },
    out: { type: "string", default: path.join("content", "docs-map", "env-homes.json") },
    source: { type: "string" },
  },
});
const checkout = positionals[0];
if (!checkout || !values.source) {
  console.error(USAGE);
  process.exit(2);
}

const reference = referenceFileSchema.parse(JSON.parse(readFileSync(values.reference, "utf8")));
const listedOn = new Map<string, string[]>();
for (const e of reference.entries)
  if (e.kind === "env" && e.of) listedOn.set(e.name, [...(listedOn.get(e.name) ?? []), e.of]);

function* goFiles(dir: string): Generator<{ file: string; text: string }> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "vendor" && !entry.name.startsWith(".")) yield* goFiles(full);
    else if (entry.isFile() && entry.name.endsWith(".go"))
      yield { file: path.relative(checkout as string, full), text: readFileSync(full, "utf8") };
  }
}

const homes = findEnvHomes(goFiles(checkout), listedOn);
const file = envHomesFileSchema.parse({ source: values.source, generated_by: "scripts/import-env-homes.ts", homes });
writeFileSync(values.out, `${JSON.stringify(file, null, 1)}\n`);
const several = [...listedOn.values()].filter((pages) => new Set(pages).size > 1).length;
const byCommand = new Map<string, number>();
for (const command of Object.values(homes)) byCommand.set(command, (byCommand.get(command) ?? 0) + 1);
console.log(`wrote ${values.out}: homes for ${Object.keys(homes).length} of the ${several} variables on several pages`);
for (const [command, n] of byCommand) console.log(`  ${command}: ${n}`);
