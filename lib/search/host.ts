import { SearchEngine } from "./engine";
import { matchedWords } from "./highlight";
import { type MarkedResult, shownTexts } from "./marks";
import type { ReadShard, ShardedSearch } from "./shards";
import type { SearchIndexData, SearchResult } from "./types";
import { readSearchIndex } from "./wire";

/** Reads a sharded index's files below `base`; a file that is not there (a bucket no key fell in) reads as none. */
function readFrom(base: string): ReadShard {
  return async (path) => {
    const r = await fetch(`${base}${path}`);
    if (r.status === 404) return undefined;
    if (!r.ok) throw new Error(`${base}${path}: HTTP ${r.status}`);
    return r.text();
  };
}

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
   * Open the sharded index below `base` (a URL ending in "/"): an organisation's large build writes it instead
   * of parts to load whole, and each query then fetches what it needs. It answers for both parts.
   */
  | { op: "shards"; base: string }
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
  let sharded: Promise<ShardedSearch> | undefined;
  const engineFor = async (part: Part): Promise<SearchEngine> => {
    const engine = part === "first" ? first?.then((f) => f.engine) : whole;
    if (!engine) throw new Error(`search: the ${part === "first" ? "first part" : "whole index"} is not loaded`);
    return engine;
  };
  return async (request) => {
    if (request.op === "shards") {
      sharded ??= import("./shards").then(({ ShardedSearch }) => ShardedSearch.open(readFrom(request.base)));
      sharded.catch(() => {
        sharded = undefined;
      });
      await sharded;
      return EMPTY;
    }
    if (request.op === "search" && sharded) {
      const index = await sharded;
      const { results, total } = await index.searchWithTotal(request.query, { limit: request.limit });
      const nearest = total === 0 && request.nearest ? await index.nearestNames(request.query, request.nearest) : [];
      const mark = marking(request.query);
      return { results: results.map(mark), total, nearest: nearest.map(mark) };
    }
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
