import { site } from "./site";

/**
 * Every URL the site builds, in one place. Paths are site paths without the base path: `next/link` adds the
 * base path itself; anything else (fetch, form actions, meta refresh, copied links) goes through `withBase`
 * or `absoluteUrl`.
 */
export const routes = {
  home: "/",
  glossary: "/glossary/",
  /** A term's page, or one sense of it: `/glossary/cluster/#envoy`. */
  term: (slug: string, sense?: string | null) => `/glossary/${slug}/${sense ? `#${sense}` : ""}`,
  compareIndex: "/compare/",
  compare: (id: string) => `/compare/${id}/`,
  crosswalk: "/crosswalk/",
  docsMap: "/docs-map/",
  /** One top-level section of the docs map with every page's summary: `/docs-map/tasks/`. */
  docsMapSection: (section: string) => `/docs-map/${section}/`,
  /**
   * A node of the docs map, by its docs path: on its section's page (`/docs-map/tasks/#tasks/security/authn`);
   * a section itself is its page. The overview `/docs-map/` forwards the older `/docs-map/#<path>` links here.
   */
  docsMapNode: (docsPath: string) => {
    const section = docsPath.split("/", 1)[0] ?? "";
    if (!section) return "/docs-map/";
    return docsPath.includes("/") ? `/docs-map/${section}/#${docsPath}` : `/docs-map/${section}/`;
  },
  /** What the docs map's filter matches on, fetched when it is first used. */
  docsMapFilter: "/docs-map/filter.json",
  /** Every term's names (aliases too) for the glossary list's filter, fetched when it is first typed in. */
  glossaryNames: "/glossary/names.json",
  readingLists: "/reading-lists/",
  readingList: (slug: string) => `/reading-lists/${slug}/`,
  decode: "/decode/",
  errors: "/errors/",
  /** An error code or message page: `/errors/uf/`. */
  error: (id: string) => `/errors/${id}/`,
  search: "/search/",
  /** The results page for a query; `toWellFormed` because a lone surrogate makes `encodeURIComponent` throw. */
  searchFor: (query: string) => `/search/?q=${encodeURIComponent(query.trim().toWellFormed())}`,
  shortLink: (word: string) => `/go/${word}/`,
  /** The search index's first part (terms, errors, cards, lists); the rest (docs pages) follows. */
  searchIndex: "/search-index.json",
  searchIndexRest: "/search-index-rest.json",
  /** The folder of the sharded search index an organisation's large build writes instead (lib/search/shards.ts). */
  searchShards: "/search-shards/",
  decoderData: "/decoder.json",
  opensearch: "/opensearch.xml",
  redirectScript: "/redirect.js",
  themeScript: "/theme.js",
  api: {
    terms: "/api/terms.json",
    term: (slug: string) => `/api/terms/${slug}.json`,
    docsMap: "/api/docs-map.json",
    readingLists: "/api/reading-lists.json",
    errors: "/api/errors.json",
    schema: (name: string) => `/api/schema/${name}.json`,
  },
} as const;

/**
 * The first path segment of every page family the site serves ("" is the home page). Links in content are
 * checked against it, the 404 page strips these words from a mistyped path, and the crawler starts from them.
 */
export const PAGE_SEGMENTS = [
  "",
  "glossary",
  "compare",
  "crosswalk",
  "docs-map",
  "reading-lists",
  "decode",
  "errors",
  "search",
  "go",
] as const;
export type PageSegment = (typeof PAGE_SEGMENTS)[number];

/** A site path with the base path in front, for places that do not go through next/link. */
export function withBase(path: string): string {
  return `${site.basePath}${path}`;
}

/**
 * A site path as an absolute URL, for links that leave the site: on the configured site address, else (in the
 * browser) on the address the page was served from. At build time with no address configured it stays a
 * path, which `npm run serve` completes where it matters (OpenSearch).
 */
export function absoluteUrl(path: string): string {
  if (/^https?:/.test(path)) return path;
  const origin = site.url ?? (typeof window === "undefined" ? "" : window.location.origin);
  return `${origin}${site.basePath}${path}`;
}
