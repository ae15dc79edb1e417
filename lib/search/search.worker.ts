/// <reference lib="webworker" />
import { createSearchHost, type SearchRequest } from "./host";

/**
 * The search engine in a Web Worker: building it (a few hundred milliseconds on a slow phone) and answering
 * never hold up the page. Each message is `{ id, request }`; each answer `{ id, answer }` or `{ id, error }`.
 */
const handle = createSearchHost();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<{ id: number; request: SearchRequest }>) => {
  const { id, request } = event.data;
  handle(request).then(
    (answer) => scope.postMessage({ id, answer }),
    (e: unknown) => scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) }),
  );
});
