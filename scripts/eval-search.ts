import { appendFileSync } from "node:fs";
import path from "node:path";
import { buildSiteSearchIndex } from "../lib/content/search-index";
import { measure, readQuerySet } from "../lib/eval/queries";
import { EXPECTATIONS, measureQueries, readQueryFile } from "../lib/eval/query-set";
import { SearchEngine } from "../lib/search/engine";
import { type RankingConfig, rankingWith } from "../lib/search/ranking";
import { parseSearchIndex } from "../lib/search/schema";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

const USAGE = `usage: npx tsx scripts/eval-search.ts [--queries FILE.json] [--misses] [--docs-only] [--content-dir DIR]

Without --queries: the regression sets bench/queries/glossary.tsv and docs.tsv.
With --queries: a JSON query set's tuning part (--misses lists its misses). Add --test to measure its test
part too, as aggregates only; every such measurement is appended to bench/queries/test-looks.log.`;

const { values } = readArgs(USAGE, {
  options: {
    "content-dir": { type: "string", default: "content" },
    queries: { type: "string" },
    misses: { type: "boolean", default: false },
    test: { type: "boolean", default: false },
    ranking: { type: "string" },
    "docs-only": { type: "boolean", default: false },
  },
});
const content = contentOrExit(values["content-dir"]);
// --ranking '{"linkLift": 10}' tries other ranking options (on the tuning part: that is what it is for).
const overrides = values.ranking ? (JSON.parse(values.ranking) as Partial<RankingConfig>) : {};
const engine = SearchEngine.fromData(
  parseSearchIndex(JSON.parse(JSON.stringify(buildSiteSearchIndex(content))), "index"),
  rankingWith(overrides),
);
const show = (id: string) => {
  const got = engine.search(id, { limit: 5 }).map((r) => `${r.kind}:${r.id}${r.sense ? `#${r.sense}` : ""}`);
  return got.join(", ");
};

if (values.queries) {
  const file = values.queries;
  const queries = readQueryFile(file);
  for (const split of ["tuning", "test"] as const) {
    const part = queries.filter((q) => (q.split ?? "test") === split);
    if (part.length === 0 || (split === "test" && !values.test)) continue;
    const scores = measureQueries(part, (q) => engine.search(q, { limit: 400 }));
    for (const what of EXPECTATIONS) {
      const { misses, ...q } = scores[what];
      if (q.n === 0) continue;
      console.log(`${split.padEnd(6)} ${what.padEnd(6)} ${JSON.stringify(q)}`);
      // The test part is measured, never read: its misses are not printed.
      if (values.misses && split === "tuning") {
        for (const m of misses) console.log(`   miss ${m.id}: ${m.query.slice(0, 90)}  ->  ${show(m.query)}`);
      }
    }
    if (split === "test")
      appendFileSync(
        path.join("bench", "queries", "test-looks.log"),
        `${new Date().toISOString()} ${file} eval-search\n`,
      );
  }
} else {
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
        for (const m of misses) console.log(`   miss: ${m.query}  ->  want ${m.expected}, got ${show(m.query)}`);
      }
    }
  }
}
