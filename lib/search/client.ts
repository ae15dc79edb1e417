import { routes, withBase } from "../routes";
import type { SearchEngine } from "./engine";
import type { SearchIndexData } from "./types";

const fetchJson = (path: string): Promise<unknown> =>
  fetch(withBase(path)).then((r) => {
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return r.json() as Promise<unknown>;
  });

let firstPart: Promise<{ mod: typeof import("./engine"); data: SearchIndexData }> | undefined;
let first: Promise<SearchEngine> | undefined;
let whole: Promise<SearchEngine> | undefined;
let wholeReady: SearchEngine | undefined;

const reset = () => {
  firstPart = undefined;
  first = undefined;
  whole = undefined;
};

/** The index's first part and the engine's code, fetched in parallel. */
function loadFirstPart() {
  firstPart ??= Promise.all([fetchJson(routes.searchIndex), import("./engine")]).then(([json, mod]) => ({
    mod,
    data: mod.readSearchIndex(json, routes.searchIndex),
  }));
  return firstPart;
}

/** The engine over the first part (terms, errors, cards, lists): what first results come from. */
function loadFirst(): Promise<SearchEngine> {
  if (!first) {
    first = loadFirstPart().then(({ mod, data }) => mod.SearchEngine.fromData(data));
    first.catch(reset);
  }
  return first;
}

/**
 * The browser's engine, loaded on first use and shared by every search box on the page. The index comes in
 * two parts: this resolves as soon as the first is in, and starts the second (docs pages); once that is in,
 * it resolves to the whole engine.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  if (wholeReady) return Promise.resolve(wholeReady);
  const firstEngine = loadFirst();
  if (!whole) {
    whole = loadFirstPart().then(async ({ mod, data }) => {
      const more = mod.readSearchIndex(await fetchJson(routes.searchIndexRest), routes.searchIndexRest);
      wholeReady = mod.SearchEngine.fromData([data, more]);
      return wholeReady;
    });
    whole.catch(reset);
  }
  return firstEngine;
}

/**
 * Gets the engine over the first part ready ahead of use (the code, the part and the build), without the
 * docs pages, which a first query does not wait for. A failure is left for the first real use to report.
 */
export function warmSearchEngine(): void {
  if (!wholeReady) loadFirst().catch(() => undefined);
}

/** The engine over the whole index, when it is in (loading both parts if need be). */
export function loadWholeSearchEngine(): Promise<SearchEngine> {
  if (wholeReady) return Promise.resolve(wholeReady);
  loadSearchEngine();
  return whole ?? loadSearchEngine();
}
