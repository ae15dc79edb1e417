/**
 * The kinds of thing search returns, in the order the search box and the results page group them, and the
 * label of each group. The content registry (`lib/content/registry.ts`) says how each kind is loaded and turned
 * into records; this part the browser needs too, so it has no dependencies.
 */
export const RECORD_KINDS = ["term", "doc", "list"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const KIND_LABELS: Readonly<Record<RecordKind, string>> = {
  term: "Terms",
  doc: "Docs pages",
  list: "Reading lists",
};
