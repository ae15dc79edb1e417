import { routes } from "./routes";

/**
 * The kinds of thing search returns, in the order the search box and the results page group them, the label
 * of each group and where its results link. The content registry (`lib/content/registry.ts`) says how each kind
 * is loaded and turned into records; this part the browser needs too, so it depends on nothing but the routes.
 */
export const RECORD_KINDS = ["term", "card", "error", "doc", "list"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const KIND_LABELS: Readonly<Record<RecordKind, string>> = {
  term: "Terms",
  card: "Comparisons",
  error: "Errors and codes",
  doc: "Docs pages",
  list: "Reading lists",
};

/**
 * What every result of a kind links to starts with: a page family of this site, or istio.io's docs (a team's
 * overlay may add docs pages of its own, on its own hosts).
 */
export const KIND_URL_PREFIX: Readonly<Record<RecordKind, string>> = {
  term: routes.glossary,
  card: routes.compareIndex,
  error: routes.errors,
  doc: "https://istio.io/",
  list: routes.readingLists,
};

/**
 * The page a record of a kind is, built from its id (and a term's sense) by the routes: the search index ships
 * no URL for these and the engine puts it back when it loads. Docs pages carry their own (istio.io's, a team's).
 */
export const KIND_PAGE: Readonly<Record<RecordKind, ((id: string, sense: string | null) => string) | null>> = {
  term: (id, sense) => routes.term(id, sense),
  card: (id) => routes.compare(id),
  error: (id) => routes.error(id),
  doc: null,
  list: (id) => routes.readingList(id),
};
