import { routes, withBase } from "../routes";
import type { SearchEngine } from "./engine";

let pending: Promise<SearchEngine> | undefined;

/**
 * The browser's engine, loaded on first use: the index file and the engine code are fetched in
 * parallel and the promise is kept, so every search box on the page shares one load.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  if (!pending) {
    const data = fetch(withBase(routes.searchIndex)).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    // The schema comes with the engine's code, so the first page load carries neither.
    pending = Promise.all([data, import("./engine")]).then(([d, mod]) =>
      mod.SearchEngine.fromData(mod.parseSearchIndex(d, routes.searchIndex)),
    );
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}
