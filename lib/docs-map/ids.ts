/** The istio.io path every docs page id starts with; ids are release-independent, links are not. */
export const DOCS_PREFIX = "/latest/docs/";

/** A docs path ("tasks/security", "" for the root) as its id: "/latest/docs/tasks/security/". */
export function docsId(docsPath: string): string {
  return `${DOCS_PREFIX}${docsPath ? `${docsPath}/` : ""}`;
}

/** "/latest/docs/tasks/security/" -> "tasks/security" */
export function pathFromUrl(url: string): string {
  const trimmed = url.startsWith(DOCS_PREFIX) ? url.slice(DOCS_PREFIX.length) : url.replace(/^\/+/, "");
  return trimmed.replace(/\/+$/, "");
}
