import { routes, withBase } from "../routes";
import type { SearchEngine } from "./engine";

const fetchJson = (path: string): Promise<unknown> =>
  fetch(withBase(path)).then((r) => {
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return r.json() as Promise<unknown>;
  });

let first: Promise<SearchEngine> | undefined;
let whole: Promise<SearchEngine> | undefined;
let wholeReady: SearchEngine | undefined;

/**
 * The browser's engine, loaded on first use and shared by every search box on the page. The index comes in
 * two parts: this resolves as soon as the first (terms, errors, cards, lists) is in, and starts the second
 * (docs pages); once that is in, this resolves to the whole engine (see `loadWholeSearchEngine`).
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  if (wholeReady) return Promise.resolve(wholeReady);
  if (!first) {
    // The schema comes with the engine's code, so the first page load carries neither.
    const code = import("./engine");
    const part = Promise.all([fetchJson(routes.searchIndex), code]).then(([json, mod]) => ({
      mod,
      data: mod.parseSearchIndex(json, routes.searchIndex),
    }));
    first = part.then(({ mod, data }) => mod.SearchEngine.fromData(data));
    whole = part.then(async ({ mod, data }) => {
      const rest = mod.parseSearchIndex(await fetchJson(routes.searchIndexRest), routes.searchIndexRest);
      wholeReady = mod.SearchEngine.fromData([data, rest]);
      return wholeReady;
    });
    const reset = () => {
      first = undefined;
      whole = undefined;
    };
    first.catch(reset);
    whole.catch(reset);
  }
  return first;
}

/** The engine over the whole index, when it is in (loading it if nothing has yet). */
export function loadWholeSearchEngine(): Promise<SearchEngine> {
  if (wholeReady) return Promise.resolve(wholeReady);
  loadSearchEngine();
  return whole ?? loadSearchEngine();
}
