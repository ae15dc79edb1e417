import path from "node:path";
import { parseArgs } from "node:util";
import { buildSiteSearchIndex } from "../lib/content/search-index";
import { measure, readQuerySet } from "../lib/eval/queries";
import { SearchEngine } from "../lib/search/engine";
import { contentOrExit } from "./content-or-exit";

const { values } = parseArgs({
  options: {
    "content-dir": { type: "string", default: "content" },
    misses: { type: "boolean", default: false },
    "docs-only": { type: "boolean", default: false },
  },
});
const content = contentOrExit(values["content-dir"]);
const engine = SearchEngine.fromData(JSON.parse(JSON.stringify(buildSiteSearchIndex(content))));
for (const set of ["glossary", "docs"]) {
  const queries = readQuerySet(path.join("bench", "queries", `${set}.tsv`));
  for (const split of ["tuning", "held-out"] as const) {
    const { misses, ...q } = measure(
      queries.filter((x) => x.split === split),
      (text) =>
        set === "docs" && values["docs-only"]
          ? engine.search(text, { limit: 200 }).filter((r) => r.kind === "doc")
          : engine.search(text, { limit: 10 }),
    );
    console.log(`${set.padEnd(8)} ${split.padEnd(8)} ${JSON.stringify(q)}`);
    // Only the tuning split's failures are ever shown: the held-out split stays unseen.
    if (values.misses && split === "tuning") {
      for (const m of misses) {
        const got = engine.search(m.query, { limit: 3 }).map((r) => `${r.id}${r.sense ? `#${r.sense}` : ""}`);
        console.log(`   miss: ${m.query}  ->  want ${m.expected}, got ${got.join(", ")}`);
      }
    }
  }
}
