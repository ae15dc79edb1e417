import * as z from "zod";
import { contextSchema } from "../contexts";
import { RECORD_KINDS } from "../kinds";

// zod compiles fast parsers with `new Function` and probes for it on first use; the site's CSP forbids eval (and
// reports the probe), so these schemas, which the browser runs, parse without it.
z.config({ jitless: true });

/** The searchable fields of a record, in falling order of weight. */
export const FIELDS = ["name", "aliases", "label", "short", "cues", "body"] as const;
export type Field = (typeof FIELDS)[number];

const recordKindSchema = z.enum(RECORD_KINDS);

export const headingSchema = z.object({ text: z.string(), anchor: z.string() });
export type Heading = z.infer<typeof headingSchema>;

/**
 * One search record as shipped to the browser: what a result shows, plus the few raw strings the ranker
 * needs beyond it. Everything else (normalised fields, exact names) is derived on load by fields.ts.
 */
export const searchRecordSchema = z.object({
  kind: recordKindSchema,
  /** Slug for terms and lists, istio.io path for docs pages. */
  id: z.string(),
  /** The sense of a term this record is (records of other kinds have none). */
  sense: z.string().nullable(),
  context: contextSchema.nullable(),
  title: z.string(),
  /** Sense label, or the section path of a docs page. */
  subtitle: z.string(),
  url: z.string(),
  /** One line shown under the title: a short definition or summary (may be empty for docs pages). */
  text: z.string(),
  /** Position among the senses of its term (0 = the sense the author put first). */
  order: z.number().int().nonnegative(),
  /** Other names: aliases and kinds for terms; link title, path words and old paths for docs pages. */
  aliases: z.array(z.string()),
  /**
   * For a code or message people paste (an error page): its other spellings, besides the title, exactly as
   * printed (`UpstreamConnectionFailure`, `upstream_reset_before_response_started`). Written inside a query,
   * a spelling names the record, whatever words surround it.
   */
  codes: z.array(z.string()).optional(),
  /**
   * Messages it prints with parts that vary, as Go format strings (`Referenced %s not found: %q`): a query
   * holding one, whatever fills the parts, names the record.
   */
  patterns: z.array(z.string()).optional(),
  /** Words that signal the record: a sense's cues. */
  cues: z.array(z.string()),
  keywords: z.array(z.string()).optional(),
  /** Glossary slugs a page, card, list or error page is about: a strong match on the term lifts it. */
  links: z.array(z.string()).optional(),
  headings: z.array(headingSchema).optional(),
});
export type SearchRecord = z.infer<typeof searchRecordSchema>;

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
};

/**
 * A reference fact as shipped: [index of its page's record, name, kind, anchor, of, path] ("" when absent; the
 * anchor "" when it is the usual one for its kind and "!" when there is none, see `shippedAnchor`), then
 * the index of its kind's sense in the index's `kindTerms` when it has one (one short table, not a slug per fact).
 */
const shippedFactSchema = z.tuple(
  [z.number().int().nonnegative(), z.string(), z.string(), z.string(), z.string(), z.string()],
  z.number().int().nonnegative(),
);
export type ShippedFact = z.infer<typeof shippedFactSchema>;

/** Bumped whenever the shape changes, so a browser holding an old file says so instead of misreading it. */
export const SEARCH_INDEX_VERSION = 7;

/** What the build writes to /search-index.json and the browser and CLI load. */
export const searchIndexSchema = z.object({
  version: z.literal(SEARCH_INDEX_VERSION, {
    error: (issue) =>
      `search index version ${JSON.stringify(issue.input)} is not ${SEARCH_INDEX_VERSION}: rebuild the site (npm run build)`,
  }),
  records: z.array(searchRecordSchema),
  /**
   * FlexSearch export (key -> data) of the body index only: the other fields are in the records already, so
   * the loader indexes them from there instead of downloading them twice.
   */
  flex: z.record(z.string(), z.string()),
  /** The facts reference pages define, each pointing at its page's record. */
  reference: z.array(shippedFactSchema),
  /** The glossary senses (`slug#sense`) of the config kinds the facts belong to, as the facts index them. */
  kindTerms: z.array(z.string()),
  /** Reference names that docs pages write (a how-to setting a field), each once. */
  useNames: z.array(z.string()),
  /**
   * For each of `useNames`, the pages that write it, flat: [record, weight, record, weight...], each record as
   * the difference from the one before (the first as is) and each weight in tenths (1..10). The weight grows
   * with how often the page writes the name and shrinks with how many pages do. Compact: a name's pages in order.
   */
  uses: z.array(z.array(z.number().int().nonnegative())),
});
export type SearchIndexData = z.infer<typeof searchIndexSchema>;

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
