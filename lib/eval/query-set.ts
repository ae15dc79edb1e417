import { readFileSync } from "node:fs";
import * as z from "zod";
import { contextSchema } from "../context-schema";
import type { SearchResult } from "../search/types";

/**
 * One labelled query of a JSON query set (`bench/queries/real.json`, or any file given to the bench with
 * `--queries`): what a person typed or pasted, and what should answer it.
 */
export const labelledQuerySchema = z.object({
  id: z.string(),
  query: z.string(),
  source: z.string().optional(),
  /** Glossary entries that answer it: `slug` or `slug#sense`. */
  expect_terms: z.array(z.string()).optional(),
  /** istio.io docs pages that answer it, as `/latest/docs/<path>/`. */
  expect_docs: z.array(z.string()).optional(),
  /** Comparison cards that settle it. */
  expect_cards: z.array(z.string()).optional(),
  /** Error pages that explain it. */
  expect_errors: z.array(z.string()).optional(),
  /** The context the query's words pick, when it names an overloaded word. */
  expect_context: contextSchema.optional(),
  /** Fixed once by a seeded hash: tune on "tuning", only measure "test". Absent: the whole file is test. */
  split: z.enum(["tuning", "test"]).optional(),
});
export type LabelledQuery = z.infer<typeof labelledQuerySchema>;

export function readQueryFile(file: string): LabelledQuery[] {
  const parsed = z.array(labelledQuerySchema).safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: not a query set: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`);
  }
  return parsed.data;
}

export type Quality = { n: number; hit1: number; hit3: number; hit5: number; mrr: number };
export type Expectation = "terms" | "docs" | "cards" | "errors";
export const EXPECTATIONS: readonly Expectation[] = ["terms", "docs", "cards", "errors"];

/** Whether a result is one of the expected answers of its kind. */
function answers(r: SearchResult, what: Expectation, expected: readonly string[]): boolean {
  switch (what) {
    case "terms":
      return (
        r.kind === "term" &&
        expected.some((e) => {
          const [slug, sense] = e.split("#", 2);
          return r.id === slug && (sense === undefined || r.sense === sense);
        })
      );
    case "docs":
      return r.kind === "doc" && expected.includes(r.id);
    case "cards":
      return r.kind === "card" && expected.includes(r.id);
    case "errors":
      return r.kind === "error" && expected.includes(r.id);
  }
}

function expectedOf(q: LabelledQuery, what: Expectation): string[] {
  return q[`expect_${what}`] ?? [];
}

/**
 * hit@1/3/5 and MRR (over the first 10) for each kind of expectation, each over the queries that have it.
 * Terms, cards and errors are read off the ranked list as the search box shows it; docs pages off the docs
 * results alone, as the "Docs pages" group shows them (a docs question should not lose to a glossary term).
 */
export function measureQueries(
  queries: readonly LabelledQuery[],
  rank: (q: string) => SearchResult[],
): Record<Expectation, Quality & { misses: LabelledQuery[] }> {
  const out = {} as Record<Expectation, Quality & { misses: LabelledQuery[] }>;
  const ranked = new Map(queries.map((q) => [q.id, rank(q.query)]));
  for (const what of EXPECTATIONS) {
    const chosen = queries.filter((q) => expectedOf(q, what).length > 0);
    let hit1 = 0;
    let hit3 = 0;
    let hit5 = 0;
    let mrr = 0;
    const misses: LabelledQuery[] = [];
    for (const q of chosen) {
      const results = ranked.get(q.id) ?? [];
      const list = what === "docs" ? results.filter((r) => r.kind === "doc") : results;
      const pos = list.slice(0, 10).findIndex((r) => answers(r, what, expectedOf(q, what)));
      if (pos === 0) hit1++;
      if (pos >= 0 && pos < 3) hit3++;
      if (pos >= 0 && pos < 5) hit5++;
      else misses.push(q);
      if (pos >= 0) mrr += 1 / (pos + 1);
    }
    const n = Math.max(1, chosen.length);
    const r = (x: number) => Math.round((x / n) * 1000) / 1000;
    out[what] = { n: chosen.length, hit1: r(hit1), hit3: r(hit3), hit5: r(hit5), mrr: r(mrr), misses };
  }
  return out;
}
