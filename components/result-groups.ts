import type { RecordKind, SearchResult } from "@/lib/search/types";

const GROUP_LABEL: Record<RecordKind, string> = { term: "Terms", doc: "Docs pages", list: "Reading lists" };
const ORDER: RecordKind[] = ["term", "doc", "list"];

export type ResultGroup = {
  kind: RecordKind;
  label: string;
  /** Each result with its index in the ranked list, so keyboard order and ids stay in rank order. */
  items: { result: SearchResult; index: number }[];
};

/** Ranked results grouped by kind (Terms, Docs pages, Reading lists), keeping rank order inside each. */
export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  return ORDER.map((kind) => ({
    kind,
    label: GROUP_LABEL[kind],
    items: results.flatMap((result, index) => (result.kind === kind ? [{ result, index }] : [])),
  })).filter((g) => g.items.length > 0);
}
