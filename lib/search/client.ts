import { routes, withBase } from "../routes";
import { site } from "../site";
import type { Part, SearchAnswer, SearchRequest } from "./host";

/** The engine over one part of the index, as the page holds it: queries go to wherever the engine runs. */
export type Searcher = {
  /** Whether it searches the whole index, docs pages included, or the first part only. */
  readonly whole: boolean;
  search(query: string, opts: { limit: number; nearest?: number }): Promise<SearchAnswer>;
};

type Send = (request: SearchRequest) => Promise<SearchAnswer>;
type Pending = { resolve: (a: SearchAnswer) => void; reject: (e: Error) => void };

let send: Send | undefined;

/**
 * The engine runs in a Web Worker, so that building it and answering never hold up the page (every browser
 * the site supports has module workers). A worker that fails fails what was asked of it, and the next use
 * starts a new one and loads the index into it again.
 */
function channel(): Send {
  if (send) return send;
  const worker = new Worker(new URL("./search.worker.ts", import.meta.url), { type: "module" });
  const pending = new Map<number, Pending>();
  let next = 0;
  worker.addEventListener("message", (e: MessageEvent<{ id: number; answer?: SearchAnswer; error?: string }>) => {
    const p = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (e.data.answer) p?.resolve(e.data.answer);
    else p?.reject(new Error(e.data.error ?? "search failed"));
  });
  worker.addEventListener("error", () => {
    send = undefined;
    worker.terminate();
    // A new worker holds no part: the next use loads them again.
    delete loading.first;
    delete loading.whole;
    wholeReady = undefined;
    for (const p of pending.values()) p.reject(new Error("the search worker failed"));
    pending.clear();
  });
  send = (request) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  return send;
}

const loading: Partial<Record<Part, Promise<Searcher>>> = {};
let wholeReady: Searcher | undefined;

const fetchText = (path: string): Promise<string> =>
  fetch(withBase(path)).then((r) => {
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return r.text();
  });

/**
 * A sharded index (an organisation's large build, `site.searchShards`): the worker opens it and fetches what each
 * query needs; it answers for both parts at once.
 */
function loadShards(): Promise<Searcher> {
  let searcher = loading.whole;
  if (!searcher) {
    const handle: Searcher = {
      whole: true,
      search: (query, opts) => channel()({ op: "search", part: "whole", query, ...opts }),
    };
    searcher = channel()({ op: "shards", base: withBase(routes.searchShards) }).then(() => {
      wholeReady = handle;
      return handle;
    });
    loading.first = searcher;
    loading.whole = searcher;
    searcher.catch(() => {
      delete loading.first;
      delete loading.whole;
    });
  }
  return searcher;
}

/** Downloads a part here while the worker starts, then hands it over: the worker parses, checks and builds. */
function load(part: Part): Promise<Searcher> {
  if (site.searchShards) return loadShards();
  let searcher = loading[part];
  if (!searcher) {
    channel(); // the worker starts while the part downloads
    const handle: Searcher = {
      whole: part === "whole",
      search: (query, opts) => channel()({ op: "search", part, query, ...opts }),
    };
    const from = part === "first" ? routes.searchIndex : routes.searchIndexRest;
    // The docs pages' part is fetched once the first is in, so on a slow line it does not delay first results.
    const before = part === "first" ? Promise.resolve() : load("first");
    searcher = before
      .then(() => fetchText(from))
      .then((index) => channel()({ op: "load", part, index, from }))
      .then(() => {
        if (part === "whole") wholeReady = handle;
        return handle;
      });
    loading[part] = searcher;
    // A failed load is forgotten (the worker forgets it too), so the next use tries again.
    searcher.catch(() => delete loading[part]);
  }
  return searcher;
}

/**
 * The browser's engine, loaded on first use and shared by every search box on the page. The index comes in
 * two parts: this resolves as soon as the first (terms, errors, cards, lists) is in, and starts the second
 * (docs pages); once that is in, it resolves to the whole engine.
 */
export function loadSearchEngine(): Promise<Searcher> {
  if (wholeReady) return Promise.resolve(wholeReady);
  const first = load("first");
  load("whole").catch(() => undefined);
  return first;
}

/**
 * Gets the engine over the first part ready ahead of use (the code, the part and the build), without the
 * docs pages, which a first query does not wait for. A failure is left for the first real use to report.
 */
export function warmSearchEngine(): void {
  if (!wholeReady) load("first").catch(() => undefined);
}

/** The engine over the whole index, when it is in (loading both parts if need be). */
export function loadWholeSearchEngine(): Promise<Searcher> {
  return wholeReady ? Promise.resolve(wholeReady) : load("whole");
}
