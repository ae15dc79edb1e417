import type { Heading, SearchRecord, ShippedRecord } from "./schema";

export type {
  BodyChunk,
  Heading,
  SearchIndexData,
  SearchRecord,
  ShippedColumns,
  ShippedFact,
  ShippedRecord,
} from "./schema";

/** The searchable fields of a record, in falling order of weight. */
export const FIELDS = ["name", "aliases", "label", "short", "cues", "body"] as const;
export type Field = (typeof FIELDS)[number];

/**
 * A fact a docs page defines (a config field, an enum value, an annotation, a flag, an environment variable, a
 * metric): found by its exact name, it answers with the page and the anchor where the page defines it.
 */
export type ReferenceFact = {
  name: string;
  /** What it is: field, enum, annotation, label, command, flag, env, metric, metric-label. */
  kind: string;
  anchor?: string;
  /** The message, enum, command or binary it belongs to (`LoadBalancerSettings`, `pilot-agent`). */
  of?: string;
  /** Field path from the config kind's root (`trafficPolicy.loadBalancer.simple`), or the kind for a top-level field. */
  path?: string;
  /** The glossary sense of the config kind it belongs to, as `slug#sense` (`envoy-filter#istio`). */
  term?: string;
  /** A variable that other command pages list too, on the page of the command whose sources define it. */
  home?: boolean;
};

/**
 * The fields of a shipped record, each one column of an index part's `records`. Listed here, not read off the
 * schema, so that the search worker loads no zod; a test keeps the list equal to the schema's keys.
 */
export const RECORD_FIELDS = [
  "kind",
  "id",
  "sense",
  "context",
  "title",
  "subtitle",
  "url",
  "text",
  "order",
  "aliases",
  "codes",
  "patterns",
  "cues",
  "keywords",
  "links",
  "explains",
  "headings",
] as const satisfies readonly (keyof ShippedRecord)[];

/**
 * The record fields whose null is a value (a term's sense, a world): a null in any other column is a field the
 * record leaves out. A test keeps it equal to the schema's nullable fields (`nullableRecordFields`).
 */
export const NULLABLE_RECORD_FIELDS: ReadonlySet<string> = new Set(["sense", "context"]);

/** Bumped whenever the shape changes, so a browser holding an old file says so instead of misreading it. */
export const SEARCH_INDEX_VERSION = 14;

/** Why a result matched, strongest first: the UI groups and explains results by this, never by score. */
export type MatchKind =
  /** The query is the record's own name (term, slug, page title). */
  | "exact-name"
  /** The query is the sense's own label. */
  | "label"
  /** The query is one of the record's other names: an alias, a kind, an abbreviation. */
  | "alias"
  /** Query words found in the record's fields. */
  | "words"
  /** As "words", but the last word only as the start of a longer word (still being typed). */
  | "prefix"
  /** As "words", but some word only after a spelling correction. */
  | "typo"
  /** The query names a fact the page defines: a field, an enum value, an annotation, a flag, a metric. */
  | "reference"
  /** The query asks how two terms differ ("X vs Y") and this card compares them. */
  | "comparison"
  /** Found through a glossary term the query names and this page is about. */
  | "linked"
  /** The query names this term inside longer text ("TLS origination with an egress gateway"). */
  | "mention";

export type SearchResult = {
  kind: SearchRecord["kind"];
  id: string;
  sense: string | null;
  context: SearchRecord["context"];
  title: string;
  subtitle: string;
  url: string;
  text: string;
  score: number;
  match: MatchKind;
  /** For docs pages: the heading the query matched best, already part of `url`. */
  heading?: Heading;
  /** For a reference match: the fact named, already part of `url` when it has an anchor. */
  reference?: ReferenceFact;
  /** Why it matched, in words a reader can check ("also written “VS”", "defines `trafficPolicy.tls`"). */
  why?: string;
};

/**
 * A record as handed to the index builder: the shipped record plus body text that is indexed, not shipped, and
 * the reference facts of a docs page (shipped in the index's compact fact table).
 */
export type IndexableRecord = SearchRecord & {
  body: string;
  reference?: ReferenceFact[];
  /** Reference names a docs page writes, each weighted 0..1 (see `SearchIndexData.uses`). */
  uses?: { name: string; weight: number }[];
};
