import type { RecordKind, SearchResult } from "@/lib/search/types";

const GROUP_LABEL: Record<RecordKind, string> = { term: "Terms", doc: "Docs pages", list: "Reading lists" };
const ORDER: RecordKind[] = ["term", "doc", "list"];
/** Scores from this up are the query naming a term itself (see the engine's exact-name bonus). */
const EXACT_NAME = 900;

export type ResultGroup = {
  key: string;
  label: string;
  /** Each result with its index in the ranked list, so keyboard order and ids stay in rank order. */
  items: { result: SearchResult; index: number }[];
};

/**
 * Ranked results grouped by kind (Terms, Docs pages, Reading lists), keeping rank order inside each. When the
 * query is an overloaded word, its senses come first under "Which did you mean?".
 */
export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  const indexed = results.map((result, index) => ({ result, index }));
  const first = results[0];
  const senses =
    first && first.kind === "term" && first.score >= EXACT_NAME
      ? indexed.filter(({ result }) => result.kind === "term" && result.id === first.id && result.score >= EXACT_NAME)
      : [];
  const chosen = new Set(senses.length > 1 ? senses.map((s) => s.index) : []);
  const groups: ResultGroup[] = [];
  if (chosen.size > 0)
    groups.push({ key: "meanings", label: `Which did you mean? ${first?.title ?? ""}`, items: senses });
  for (const kind of ORDER) {
    const items = indexed.filter(({ result, index }) => result.kind === kind && !chosen.has(index));
    if (items.length > 0)
      groups.push({ key: kind, label: chosen.size > 0 && kind === "term" ? "Other terms" : GROUP_LABEL[kind], items });
  }
  return groups;
}
