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

/** The engine's answer to a search request: the results marked for display, or the nearest names for none. */
function answer(engine: SearchEngine, query: string, limit: number, nearest = 0): SearchAnswer {
  const { results, total } = engine.searchWithTotal(query, { limit });
  const near = total === 0 && nearest ? engine.nearestNames(query, nearest) : [];
  const mark = marking(query);
  return { results: results.map(mark), total, nearest: near.map(mark) };
}

/**
 * Queries of each shape a reader types (a name, a slip, a prefix, a question, two names compared, a kind typed as
 * one lower-case word, an acronym, a key=value setting, a pasted Envoy cluster, a command, a field or variable
 * name with and without a slip, nothing that matches), made from the index's own names: `rest`, the docs pages'
 * part, gives the reference facts. A fresh engine answers its first query of each shape several times slower
 * than later ones (the code is not yet compiled, each record's folded names are made on first use: about 19 ms
 * against 2 for a first query in Node), so these run once it is built.
 */
export function warmUpQueries(data: SearchIndexData, rest?: SearchIndexData): string[] {
  // Read off the shipped columns: the engine builds its own records from them.
  const { kind, id, title, aliases } = data.records;
  const a = kind.indexOf("term");
  const b = kind.findIndex((k, i) => k === "term" && id[i] !== id[a]);
  const code = kind.indexOf("error");
  if (a < 0 || b < 0) return [];
  const name = title[a] ?? "";
  // A letter left out, as a slip: the typo path.
  const slip = (word: string) => `${word.slice(0, 1)}${word.slice(2)}`;
  const acronym = aliases
    .flatMap((list, i) => (kind[i] === "term" ? (list ?? []) : []))
    .find((alias) => /^[A-Z]{2,5}$/.test(alias));
  const facts = rest?.reference ?? [];
  const field = facts.find((f) => /[a-z][A-Z]/.test(f[1]))?.[1];
  const variable = facts.find((f) => f[2] === "env")?.[1];
  return [
    name,
    slip(name),
    name.slice(0, 3),
    `how do I configure the ${name.toLowerCase()} for one service`,
    `${name} vs ${title[b]}`,
    name.toLowerCase().replace(/[^a-z0-9]/g, ""),
    ...(acronym ? [acronym] : []),
    `${id[b]}=enabled`,
    `outbound|80||${id[a]}.default.svc.cluster.local`,
    `kubectl get ${id[b]} -n istio-system`,
    ...(field ? [field, slip(field), `${field} not working`] : []),
    ...(variable ? [variable] : []),
    ...(code >= 0 ? [`${title[code]} error`] : []),
    "qqzx",
  ];
}

/** Runs the warm-up queries one per task, so a reader's query waits for one of them at most. */
function warmUp(engine: SearchEngine, queries: readonly string[], later: (task: () => void) => void): void {
  const [query, ...rest] = queries;
  if (query === undefined) return;
  later(() => {
    answer(engine, query, 8, 5);
    warmUp(engine, rest, later);
  });
}

/**
 * The engine's side of the page's search: builds an engine over the first part and then over both, and answers
 * queries. A failed load is forgotten, so the page can send the part again. Each engine built is warmed up with
 * `warmUpQueries` in tasks of their own (`later`: a timer in the worker), after the load has been answered.
 */
export function createSearchHost(
  later: (task: () => void) => void = (task) => setTimeout(task, 0),
): (request: SearchRequest) => Promise<SearchAnswer> {
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
    if (request.op === "search")
      return answer(await engineFor(request.part), request.query, request.limit, request.nearest);
    const read = () => readSearchIndex(JSON.parse(request.index), request.from);
    if (request.part === "first") {
      first ??= Promise.resolve().then(() => {
        const data = read();
        const engine = SearchEngine.fromData(data);
        warmUp(engine, warmUpQueries(data), later);
        return { data, engine };
      });
      first.catch(() => {
        first = undefined;
      });
      await first;
    } else {
      const loaded = first;
      if (!loaded) throw new Error("search: the docs pages' part came before the first part");
      whole ??= loaded.then(({ data }) => {
        const rest = read();
        const engine = SearchEngine.fromData([data, rest]);
        warmUp(engine, warmUpQueries(data, rest), later);
        return engine;
      });
      whole.catch(() => {
        whole = undefined;
      });
      await whole;
    }
    return EMPTY;
  };
}
