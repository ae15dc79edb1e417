import type { Context } from "../content/schema";

export type RecordKind = "term" | "doc" | "list";

/** The searchable fields of a record, in falling order of weight. */
export const FIELDS = ["name", "aliases", "label", "short", "cues", "body"] as const;
export type Field = (typeof FIELDS)[number];

export type Heading = { text: string; anchor: string };

/**
 * One search record as shipped to the browser: what a result shows, plus the normalised fields
 * the ranker needs. `body` is indexed but not shipped.
 */
export type SearchRecord = {
  kind: RecordKind;
  /** Slug for terms and lists, istio.io path for docs pages. */
  id: string;
  sense: string | null;
  context: Context | null;
  title: string;
  /** Sense label, or the section path of a docs page. */
  subtitle: string;
  url: string;
  /** One line shown under the title: a short definition or summary. */
  text: string;
  /** The record's own name (term and slug, or page title) folded for whole-query comparison. */
  primary: string[];
  /** Other exact names (aliases, sense label) folded the same way. */
  names: string[];
  /** Position among the senses of its term (0 = the sense the author put first). */
  order: number;
  headings?: Heading[];
  /** Normalised text per field (see normalize.ts). */
  fields: Record<Exclude<Field, "body">, string>;
};

/** What the build writes and the browser and CLI load. */
export type SearchIndexData = {
  version: 1;
  records: SearchRecord[];
  /** FlexSearch export: key -> data. */
  flex: Record<string, string>;
};

export type SearchResult = {
  kind: RecordKind;
  id: string;
  sense: string | null;
  context: Context | null;
  title: string;
  subtitle: string;
  url: string;
  text: string;
  score: number;
  /** For docs pages: the heading the query matched best, already part of `url`. */
  heading?: Heading;
};

/** A record as handed to the index builder: the shipped record plus its full body text. */
export type IndexableRecord = Omit<SearchRecord, "fields"> & { source: Record<Field, string> };
