import * as z from "zod";
import { contextSchema } from "../context-schema";
import { RECORD_KINDS } from "../kinds";
import { SEARCH_INDEX_VERSION } from "./types";
import { indexProblem, staleVersion } from "./wire";

// zod compiles fast parsers with `new Function` and probes for it on first use; the site's CSP forbids eval (and
// reports the probe), so these schemas parse without it where a page uses them.
z.config({ jitless: true });

/*
 * The search index's wire format: the types the build writes and every reader reads are derived from these
 * schemas. Node (the CLI, the bench, the tests) checks a whole index against them with `parseSearchIndex`; the
 * browser runs the lighter `readSearchIndex` (./wire.ts), so that zod's code is not part of what a search box
 * fetches.
 */

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
  /** Absent where the record's kind builds it from the id (`KIND_PAGE`, lib/kinds.ts); docs pages carry it. */
  url: z.string().optional(),
  /** One line shown under the title: a short definition or summary (may be empty for docs pages). */
  text: z.string(),
  /** Position among the senses of its term (0 = the sense the author put first). */
  order: z.number().int().nonnegative(),
  /**
   * Other names: aliases and kinds for terms; link title, path words and old paths for docs pages. Absent on a
   * term's sense whose aliases are those of the sense before it (the term's), see `shipRecords`.
   */
  aliases: z.array(z.string()).optional(),
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
  /**
   * The terms a page, card, list or error page is about, as `slug` or, where the content names one sense, as
   * `slug#sense`: a strong match on the term (on that sense) lifts it.
   */
  links: z.array(z.string()).optional(),
  /**
   * For a docs page, the error pages that name it as the page explaining them (their `docs_page`): when one of
   * them is the best page a query finds, this page is the docs page to read next.
   */
  explains: z.array(z.string()).optional(),
  headings: z.array(headingSchema).optional(),
});
export type ShippedRecord = z.infer<typeof searchRecordSchema>;

type RecordShape = typeof searchRecordSchema.shape;
/** Each record field as a column: a list of its values, null where a record leaves an optional field out. */
type ColumnsShape = {
  [K in keyof RecordShape]: z.ZodArray<
    RecordShape[K] extends z.ZodOptional<infer Inner> ? z.ZodNullable<Inner> : RecordShape[K]
  >;
};
const columnsShape = Object.fromEntries(
  Object.entries(searchRecordSchema.shape).map(([key, field]) => [
    key,
    z.array(field instanceof z.ZodOptional ? field.unwrap().nullable() : field),
  ]),
) as unknown as ColumnsShape;

/**
 * The records of an index part as shipped: field by field, each field a list with one value per record (null
 * where the record leaves an optional field out). The values of one field side by side compress better than
 * whole records one after another, and no field's name is written once per record: about 4 kB gzip less on the
 * part first results wait for. `shipRecords` and `unshipRecords` (./engine.ts) turn records into columns and back.
 */
export const shippedColumnsSchema = z.object(columnsShape).superRefine((columns, ctx) => {
  const count = columns.kind.length;
  for (const [key, values] of Object.entries(columns))
    if (values.length !== count)
      ctx.addIssue({ code: "custom", path: [key], message: `${values.length} values for ${count} records` });
});
export type ShippedColumns = z.infer<typeof shippedColumnsSchema>;

/** The record fields whose schema takes null as a value (a term's sense, a world), not as a field left out. */
export function nullableRecordFields(): string[] {
  return Object.entries(searchRecordSchema.shape)
    .filter(([, field]) => !(field instanceof z.ZodOptional) && field.safeParse(null).success)
    .map(([key]) => key);
}
/** A record as the engine holds it, its page's URL and aliases filled in. */
export type SearchRecord = ShippedRecord & { url: string; aliases: string[] };

/**
 * A reference fact as shipped: [index of its page's record, name, kind, anchor, of, path] ("" when absent; the
 * anchor "" when it is the usual one for its kind and "!" when there is none, see `shippedAnchor`), then
 * the index of its kind's sense in the index's `kindTerms` when it has one (one short table, not a slug per fact),
 * then 1 when the page is the variable's home (`ReferenceFact.home`), with -1 for a kind's sense it lacks.
 */
const shippedFactSchema = z.tuple(
  [z.number().int().nonnegative(), z.string(), z.string(), z.string(), z.string(), z.string()],
  z.number().int().min(-1),
);
export type ShippedFact = z.infer<typeof shippedFactSchema>;

/**
 * One chunk of the body index's FlexSearch export as shipped. A map chunk: its words, and for each word the records
 * holding it, ascending, each as the difference from the one before (the first as is): small numbers that
 * compress to about three quarters of FlexSearch's own JSON. A registry chunk: the records indexed, coded alike.
 */
const bodyChunkSchema = z.union([
  z.object({ words: z.array(z.string()), ids: z.array(z.array(z.number().int())) }),
  z.object({ ids: z.array(z.number().int()) }),
]);
export type BodyChunk = z.infer<typeof bodyChunkSchema>;

/** What the build writes to /search-index.json and the browser and CLI load. */
export const searchIndexSchema = z.object({
  version: z.literal(SEARCH_INDEX_VERSION, { error: (issue) => staleVersion(issue.input) }),
  records: shippedColumnsSchema,
  /**
   * FlexSearch's export of the body index only (the other fields are in the records already, so the loader
   * indexes them from there instead of downloading them twice), key by key, each chunk in a compact form of
   * FlexSearch's own (see `packBodyChunk`, ./engine.ts).
   */
  flex: z.record(z.string(), bodyChunkSchema),
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

/**
 * A read index, checked against its schema in full: an old or tampered file fails here with what is wrong and
 * where, instead of misranking later.
 */
export function parseSearchIndex(json: unknown, from: string): SearchIndexData {
  const parsed = searchIndexSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw indexProblem(from, issue?.path.join("."), issue?.message ?? "invalid");
}
