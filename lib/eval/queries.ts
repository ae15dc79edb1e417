import { readFileSync } from "node:fs";
import type { SearchResult } from "../search/types";

export type LabelledQuery = { query: string; expected: string; note: string; split: "tuning" | "held-out" };

/** A query-set TSV (query, expected, note); the first 40% of lines is the tuning split. */
export function readQuerySet(file: string): LabelledQuery[] {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const tuning = Math.floor(lines.length * 0.4);
  return lines.map((line, i) => {
    const [query = "", expected = "", note = ""] = line.split("\t");
    return { query, expected, note, split: i < tuning ? "tuning" : "held-out" };
  });
}

/** Whether a result answers an expectation: "slug", "slug#sense", or a docs path "/latest/docs/...". */
export function isHit(result: SearchResult, expected: string): boolean {
  if (expected.startsWith("/")) return result.kind === "doc" && result.id === expected;
  const [slug, sense] = expected.split("#", 2);
  return result.kind === "term" && result.id === slug && (sense === undefined || result.sense === sense);
}

export type Quality = { n: number; hit1: number; hit3: number; hit5: number; mrr: number };

/** hit@1/3/5 and MRR (over the first 10) of a ranking function on a query set. */
export function measure(
  queries: LabelledQuery[],
  rank: (q: string) => SearchResult[],
): Quality & { misses: LabelledQuery[] } {
  let hit1 = 0;
  let hit3 = 0;
  let hit5 = 0;
  let mrr = 0;
  const misses: LabelledQuery[] = [];
  for (const q of queries) {
    const pos = rank(q.query)
      .slice(0, 10)
      .findIndex((r) => isHit(r, q.expected));
    if (pos === 0) hit1++;
    if (pos >= 0 && pos < 3) hit3++;
    if (pos >= 0 && pos < 5) hit5++;
    else misses.push(q);
    if (pos >= 0) mrr += 1 / (pos + 1);
  }
  const n = Math.max(1, queries.length);
  const r = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { n: queries.length, hit1: r(hit1), hit3: r(hit3), hit5: r(hit5), mrr: r(mrr), misses };
}
