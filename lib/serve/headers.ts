import { CONTENT_SECURITY_POLICY } from "../build/csp";

/** Headers every response carries. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/**
 * Files below `_next/static/` have content hashes in their names, so a browser may keep them for a year;
 * everything else (pages, the search index, the JSON API) keeps its URL across builds and is revalidated.
 */
export function cacheControl(pathname: string): string {
  return pathname.includes("/_next/static/") ? "public, max-age=31536000, immutable" : "no-cache";
}

/** Types the static server's MIME table does not know or gets too generic. */
export function contentTypeOverride(pathname: string): string | undefined {
  return pathname.endsWith("/opensearch.xml") ? "application/opensearchdescription+xml" : undefined;
}
