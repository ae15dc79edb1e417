import { KIND_LABELS, RECORD_KINDS } from "@/lib/kinds";
import type { MatchKind, SearchResult } from "@/lib/search/types";

export type ResultGroup<R extends SearchResult = SearchResult> = {
  key: string;
  label: string;
  /** Each result with its index in the ranked list, so keyboard order and ids stay in rank order. */
  items: { result: R; index: number }[];
};

/** The query named a term (its name, a sense label or an alias), not just words found in it. */
const NAMED: ReadonlySet<MatchKind> = new Set(["exact-name", "label", "alias"]);

/**
 * Ranked results grouped by kind (Terms, Docs pages, Reading lists...), keeping rank order inside each, and the
 * groups in the order of their best result, so the best answer heads the list whatever its kind (a pasted field
 * name leads with its docs page). When the query is an overloaded word, its senses come first under "Which did
 * you mean?".
 */
export function groupResults<R extends SearchResult>(results: readonly R[]): ResultGroup<R>[] {
  const indexed = results.map((result, index) => ({ result, index }));
  const first = results[0];
  const senses =
    first && first.sense !== null && NAMED.has(first.match)
      ? indexed.filter(({ result }) => result.sense !== null && result.id === first.id && NAMED.has(result.match))
      : [];
  const chosen = new Set(senses.length > 1 ? senses.map((s) => s.index) : []);
  const groups: ResultGroup<R>[] = [];
  if (chosen.size > 0)
    groups.push({ key: "meanings", label: `Which did you mean? ${first?.title ?? ""}`, items: senses });
  const byKind: ResultGroup<R>[] = [];
  for (const kind of RECORD_KINDS) {
    const items = indexed.filter(({ result, index }) => result.kind === kind && !chosen.has(index));
    if (items.length > 0)
      byKind.push({ key: kind, label: chosen.size > 0 && kind === "term" ? "Other terms" : KIND_LABELS[kind], items });
  }
  byKind.sort((a, b) => (a.items[0]?.index ?? 0) - (b.items[0]?.index ?? 0));
  return [...groups, ...byKind];
}
