import type { Context } from "../content/schema";

export type RecordKind = "term" | "doc" | "list";

/** The searchable fields of a record, in falling order of weight. */
export const FIELDS = ["name", "aliases", "label", "short", "cues", "body"] as const;
export type Field = (typeof FIELDS)[number];

export type Heading = { text: string; anchor: string };

/**
 * One search record as shipped to the browser: what a result shows, plus the few raw strings the ranker
 * needs beyond it. Everything else (normalised fields, exact names) is derived on load by fields.ts.
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
  /** One line shown under the title: a short definition or summary (may be empty for docs pages). */
  text: string;
  /** Position among the senses of its term (0 = the sense the author put first). */
  order: number;
  /** Other names: aliases and kinds for terms; link title, path words and old paths for docs pages. */
  aliases: string[];
  /** Words that signal the record: a sense's cues. */
  cues: string[];
  keywords?: string[];
  headings?: Heading[];
};

/** What the build writes and the browser and CLI load. */
export type SearchIndexData = {
  version: 2;
  records: SearchRecord[];
  /**
   * FlexSearch export (key -> data) of the body index only: the other fields are in the records already, so
   * the loader indexes them from there instead of downloading them twice.
   */
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

/** A record as handed to the index builder: the shipped record plus body text that is indexed, not shipped. */
export type IndexableRecord = SearchRecord & { body: string };
