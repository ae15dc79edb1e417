import { SearchEngine } from "./engine";
import { matchedWords } from "./highlight";
import { type MarkedResult, shownTexts } from "./marks";
import type { SearchIndexData, SearchResult } from "./types";
import { readSearchIndex } from "./wire";

/** Which engine answers: the index's first part (terms, errors, cards, lists) or the whole index. */
export type Part = "first" | "whole";

/** What the page asks the engine, which runs in a Web Worker. */
export type SearchRequest =
  /**
   * Build that part's engine from the part's file as the page downloaded it (`from` names it in errors): the
   * first part's file for "first", the docs pages' for "whole", sent once the first part is loaded. The page
   * downloads while the worker starts, so neither waits for the other.
   */
  | { op: "load"; part: Part; index: string; from: string }
  /**
   * The best `limit` results and the count of all; when nothing matches and `nearest` is set, that many names
   * close to the query instead.
   */
  | { op: "search"; part: Part; query: string; limit: number; nearest?: number };

export type SearchAnswer = { results: MarkedResult[]; total: number; nearest: MarkedResult[] };

const EMPTY: SearchAnswer = { results: [], total: 0, nearest: [] };

const marking =
  (query: string) =>
  (r: SearchResult): MarkedResult => ({ ...r, marked: matchedWords(Object.values(shownTexts(r)), query) });

/**
 * The engine's side of the page's search: builds an engine over the first part and then over both, and answers
 * queries. A failed load is forgotten, so the page can send the part again.
 */
export function createSearchHost(): (request: SearchRequest) => Promise<SearchAnswer> {
  let first: Promise<{ data: SearchIndexData; engine: SearchEngine }> | undefined;
  let whole: Promise<SearchEngine> | undefined;
  const engineFor = async (part: Part): Promise<SearchEngine> => {
    const engine = part === "first" ? first?.then((f) => f.engine) : whole;
    if (!engine) throw new Error(`search: the ${part === "first" ? "first part" : "whole index"} is not loaded`);
    return engine;
  };
  return async (request) => {
    if (request.op === "search") {
      const engine = await engineFor(request.part);
      const { results, total } = engine.searchWithTotal(request.query, { limit: request.limit });
      const nearest = total === 0 && request.nearest ? engine.nearestNames(request.query, request.nearest) : [];
      const mark = marking(request.query);
      return { results: results.map(mark), total, nearest: nearest.map(mark) };
    }
    const read = () => readSearchIndex(JSON.parse(request.index), request.from);
    if (request.part === "first") {
      first ??= Promise.resolve().then(() => {
        const data = read();
        return { data, engine: SearchEngine.fromData(data) };
      });
      first.catch(() => {
        first = undefined;
      });
      await first;
    } else {
      const loaded = first;
      if (!loaded) throw new Error("search: the docs pages' part came before the first part");
      whole ??= loaded.then(({ data }) => SearchEngine.fromData([data, read()]));
      whole.catch(() => {
        whole = undefined;
      });
      await whole;
    }
    return EMPTY;
  };
}
