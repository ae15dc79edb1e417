import type { DocsFilterData } from "./filter-data";

/** The pages whose text holds every word of the filter, with the pages above them (so the tree still shows). */
export function filterDocs(data: DocsFilterData, filter: string): { matches: Set<string>; shown: Set<string> } {
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = new Set(data.pages.filter(([, text]) => words.every((w) => text.includes(w))).map(([p]) => p));
  const shown = new Set<string>();
  for (const path of matches) {
    const parts = path.split("/");
    for (let i = 1; i <= parts.length; i++) shown.add(parts.slice(0, i).join("/"));
  }
  return { matches, shown };
}
