import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

// Draws a fixed random sample of reference facts for the pinned test that each one's exact name finds its page
// first. The draw is by a seeded hash, so re-running it gives the same sample until the reference index changes.
const USAGE = `usage: npm run -s sample-reference -- [--seed TEXT] [--size N] [--out FILE]
  Draws a seeded sample of the reference index's facts for the exact-name regression test.`;

const { values } = readArgs(USAGE, {
  options: {
    seed: { type: "string", default: "mesh-atlas-reference-2026-12" },
    size: { type: "string", default: "50" },
    out: { type: "string", default: path.join("lib", "regression", "__fixtures__", "reference-sample.json") },
  },
});

const content = contentOrExit();
const facts = (content.docsMap?.pages ?? []).flatMap((p) =>
  p.reference.map((f) => ({ name: f.name, kind: f.kind, page: p.id, anchor: f.anchor ?? null })),
);
const rank = (f: (typeof facts)[number]) =>
  createHash("sha256").update(`${values.seed}\u0000${f.page}\u0000${f.kind}\u0000${f.name}`).digest("hex");
const seen = new Set<string>();
const sample = [...facts]
  .sort((a, b) => rank(a).localeCompare(rank(b)))
  .filter((f) => !seen.has(f.name) && seen.add(f.name))
  .slice(0, Number(values.size));
writeFileSync(values.out, `${JSON.stringify({ seed: values.seed, from: facts.length, sample }, null, 1)}\n`);
console.log(`wrote ${sample.length} of ${facts.length} facts to ${values.out}`);
