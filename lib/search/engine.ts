import { Document, Encoder } from "flexsearch";
import { CONTEXT_NAMES, CONTEXT_WORDS, CONTEXTS, type Context, groupContext, WORLDS } from "../contexts";
import { KIND_PAGE } from "../kinds";
import { splitTermRef } from "../source/term-ref";
import { lowerBoundString } from "../text/bisect";
import {
  foldName,
  foldQuery,
  HAS_DIGIT,
  IDENTIFIER,
  isStopword,
  MAX_QUERY_CHARS,
  normalizeText,
  senseWrites,
  spacedCamel,
  spacedWords,
  spellIstioctl,
  stem,
  tokenize,
  VERSUS,
  type Word,
  words,
} from "../text/normalize";
import { type PhraseHit, phraseFinder } from "../text/phrases";
import { printedMatcher } from "../text/printed";
import { apiStatusReasons, blankSpans, CRD_NAME, docsPathsIn, structureNames, writtenFlags } from "../text/structures";
import {
  codeSpellings,
  factAnchor,
  fieldText,
  otherNames,
  primaryNames,
  type ShippedField,
  shippedAnchor,
} from "./fields";
import { DEFAULT_RANKING, fieldWeights, type RankingConfig, tierShare } from "./ranking";
import {
  type BodyChunk,
  FIELDS,
  type Field,
  type Heading,
  type IndexableRecord,
  type MatchKind,
  NULLABLE_RECORD_FIELDS,
  RECORD_FIELDS,
  type ReferenceFact,
  SEARCH_INDEX_VERSION,
  type SearchIndexData,
  type SearchRecord,
  type SearchResult,
  type ShippedColumns,
  type ShippedFact,
  type ShippedRecord,
} from "./types";
import { closeWords, editDistance } from "./typo";

type Flex = Document<{ id: number; body: string }>;

const SHIPPED_FIELDS = FIELDS.filter((f): f is ShippedField => f !== "body");

/** How the body index splits its text into terms (FlexSearch cuts numbers apart: `503s` is `503` and `s`). */
const BODY_ENCODER = { split: " ", normalize: false, dedupe: false };

/** The body index's encoder on its own, for a sharded index's body terms (./shards.ts). */
export function bodyEncoder(): Encoder {
  return new Encoder(BODY_ENCODER);
}

/**
 * The one place that sets FlexSearch's options for the body index: the build exports it, the loader imports it.
 * Whole words only, one resolution slot: the ranking is ours (below), so FlexSearch only has to answer "which
 * records hold this word".
 */
function createBodyIndex(): Flex {
  return new Document({
    encoder: BODY_ENCODER,
    tokenize: "strict",
    resolution: 1,
    document: { id: "id", index: [{ field: "body", tokenize: "strict", resolution: 1 }] },
  });
}

/**
 * Body words worth indexing: each once, and only those the other fields of the record do not hold. Stop words
 * are left out: a query never looks them up, and "the" in every body is a posting per record.
 */
export function bodyTokens(body: string, shipped: Record<ShippedField, string>): string {
  const seen = new Set(Object.values(shipped).join(" ").split(" "));
  const out: string[] = [];
  for (const t of tokenize(body)) {
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out.join(" ");
}

/**
 * Build time: the index in two parts, the records `first` keeps (in their order) and then the rest, so a
 * browser can answer from the first, smaller part while the second downloads. `fromData([a, b])` ranks
 * exactly as `fromData(buildSearchIndex(records in that order))`.
 */
export function splitSearchIndex(
  input: IndexableRecord[],
  first: (r: IndexableRecord) => boolean,
): [SearchIndexData, SearchIndexData] {
  return [buildSearchIndex(input.filter(first)), buildSearchIndex(input.filter((r) => !first(r)))];
}

/** Ids as differences from the one before (the first as is): ascending ids become small numbers. */
const deltas = (ids: readonly number[]): number[] => ids.map((id, i) => id - (i === 0 ? 0 : (ids[i - 1] ?? 0)));
const sums = (coded: readonly number[]): number[] => {
  let id = 0;
  return coded.map((d) => {
    id += d;
    return id;
  });
};

/**
 * A chunk of FlexSearch's export of the body index (`<field>.<n>.map`: [word, [ids]] per word, one id list as the
 * index has one resolution slot; `<n>.reg`: the ids indexed) in the shipped form, `BodyChunk`.
 */
export function packBodyChunk(key: string, data: string): BodyChunk {
  const parsed: unknown = JSON.parse(data);
  if (key.endsWith(".reg")) return { ids: deltas(parsed as number[]) };
  if (!key.endsWith(".map")) throw new Error(`body index export: no shipped form for ${key}`);
  const entries = parsed as [string, number[][]][];
  return {
    words: entries.map(([word]) => word),
    ids: entries.map(([word, slots]) => {
      if (slots.length !== 1) throw new Error(`body index export: ${slots.length} resolution slots for "${word}"`);
      return deltas(slots[0] ?? []);
    }),
  };
}

/** A shipped chunk as FlexSearch exported it, the JSON text its `import` takes. */
export function unpackBodyChunk(chunk: BodyChunk): string {
  if (!("words" in chunk)) return JSON.stringify(sums(chunk.ids));
  return JSON.stringify(chunk.words.map((word, i) => [word, [sums(chunk.ids[i] ?? [])]]));
}

/** Build time: index the records and return what the browser downloads. */
export function buildSearchIndex(input: IndexableRecord[]): SearchIndexData {
  const body = createBodyIndex();
  const reference: ShippedFact[] = [];
  const kindTerms: string[] = [];
  const kindIndex = new Map<string, number>();
  const usedBy = new Map<string, number[]>();
  const lastUser = new Map<string, number>();
  const records = input.map(({ body: text, reference: facts, uses: used, ...record }, id) => {
    for (const u of used ?? []) {
      const list = usedBy.get(u.name) ?? [];
      list.push(id - (lastUser.get(u.name) ?? 0), tenthsOfUse(u.weight));
      usedBy.set(u.name, list);
      lastUser.set(u.name, id);
    }
    body.add({ id, body: bodyTokens(text, normalisedFields(record)) });
    for (const f of facts ?? []) {
      const shipped: ShippedFact = [
        id,
        f.name,
        f.kind,
        shippedAnchor(f.anchor ?? "", f.name, f.kind, f.of ?? ""),
        f.of ?? "",
        f.path ?? "",
      ];
      if (f.term) {
        if (!kindIndex.has(f.term)) kindIndex.set(f.term, kindTerms.push(f.term) - 1);
        shipped.push(kindIndex.get(f.term) ?? 0);
      }
      if (f.home) shipped.push(...(f.term ? [1] : [-1, 1]));
      reference.push(shipped);
    }
    return record;
  });
  const exported: Record<string, BodyChunk> = {};
  body.export((key, data) => {
    exported[key] = packBodyChunk(key, data);
  });
  return {
    version: SEARCH_INDEX_VERSION,
    records: shipRecords(records),
    flex: exported,
    reference,
    kindTerms,
    useNames: [...usedBy.keys()],
    uses: [...usedBy.values()],
  };
}

/** A page's weight for a reference name it uses (0..1), as shipped: in tenths, 1..10. */
export function tenthsOfUse(weight: number): number {
  return Math.min(10, Math.max(1, Math.round(weight * 10)));
}

/**
 * Error page -> the docs pages that explain it, by record id, from the pages' `explains`. The link ships on the
 * docs page, not on the error page: error pages sit in the index's first part, which is at its size limit.
 */
export function explainingPages(records: Iterable<readonly [number, SearchRecord]>): Map<number, number[]> {
  const list = [...records];
  const errorIds = new Map<string, number>();
  for (const [id, r] of list) if (r.kind === "error") errorIds.set(r.id, id);
  const out = new Map<number, number[]>();
  for (const [id, r] of list)
    for (const e of r.explains ?? []) {
      const error = errorIds.get(e);
      if (error !== undefined) file(out, error, id);
    }
  return out;
}

/**
 * Docs page -> the error page it is the istio.io page of: a page explaining that one error whose path ends in the
 * error's id (`/reference/config/analysis/ist0101/` for IST0101).
 */
function errorTwins(
  explainedBy: ReadonlyMap<number, readonly number[]>,
  recordOf: (id: number) => SearchRecord | undefined,
): Map<number, number> {
  const out = new Map<number, number>();
  for (const [error, pages] of explainedBy) {
    const code = recordOf(error)?.id;
    for (const page of pages) {
      const r = recordOf(page);
      if (code && r?.explains?.length === 1 && r.id.endsWith(`/${code}/`)) out.set(page, error);
    }
  }
  return out;
}

/** Terms' names and aliases, lower-cased: a code spelled so is no proof the code is meant ("DR", DestinationRule). */
export function termSpellings(records: readonly SearchRecord[]): Set<string> {
  return new Set(records.flatMap((r) => (r.sense === null ? [] : [r.title, ...r.aliases].map((n) => n.toLowerCase()))));
}

/** A record's code spellings that name it alone (not also a term). */
export function ownCodes(r: SearchRecord, spelledByTerms: ReadonlySet<string>): string[] {
  return codeSpellings(r).filter((n) => !spelledByTerms.has(n.toLowerCase()));
}

/** A term's names of several words (its title and aliases, one per line), each folded into one word. */
export function compoundNames(names: string): Set<string> {
  return new Set(
    names
      .split("\n")
      .filter((n) => words(n, { keepStopwords: true, query: true }).length > 1)
      .map(foldQuery),
  );
}

/** What the engine reads from a record's own text, whatever the index around it. */
type RecordText = {
  fields: [ShippedField, Word[]][];
  lengths: Record<ShippedField, number>;
  derived: Omit<Derived, "relLength">;
  /** A docs page's title tokens side by side, as "a b" (none for other records), for the engine's pair index. */
  titlePairs: ReadonlySet<string>;
  /** The same within each of its headings. */
  headingPairs: ReadonlySet<string>;
};

/** Kept with each record: a sharded index builds an engine per query, mostly over records it has read before. */
const recordTexts = new WeakMap<SearchRecord, RecordText>();

/** A record's stems, each with the shipped fields holding it (bit i: `SHIPPED_FIELDS[i]`). */
const stemFieldsOf = new WeakMap<RecordText, Map<string, number>>();

function stemFields(t: RecordText): Map<string, number> {
  let m = stemFieldsOf.get(t);
  if (!m) {
    m = new Map();
    for (const [f, ws] of t.fields) {
      const bit = 1 << SHIPPED_FIELDS.indexOf(f);
      for (const w of ws) m.set(w.stem, (m.get(w.stem) ?? 0) | bit);
    }
    stemFieldsOf.set(t, m);
  }
  return m;
}

/**
 * A record's words per shipped field, each field's length in words (at least one) and what ranking derives from
 * its title, headings and names: the engine and a sharded index's build count the same words.
 */
export function recordText(r: SearchRecord, wordsOf: (text: string) => Word[]): RecordText {
  let t = recordTexts.get(r);
  if (!t) {
    const fields: [ShippedField, Word[]][] = [];
    const lengths = {} as Record<ShippedField, number>;
    for (const [f, text] of Object.entries(fieldText(r)) as [ShippedField, string][]) {
      const ws = wordsOf(text);
      fields.push([f, ws]);
      lengths[f] = Math.max(1, ws.length);
    }
    const titleWords = tokenize(r.title, { query: true });
    const headingWords = (r.headings ?? []).map((h) => tokenize(h.text, { query: true }));
    t = {
      fields,
      lengths,
      derived: {
        titlePhrase: titleWords.join(" "),
        titleTokens: new Set(titleWords),
        headingTokens: headingWords.map((ws) => new Set(ws)),
        subtitleFold: foldQuery(r.subtitle),
        primary: primaryNames(r),
        names: otherNames(r),
      },
      titlePairs: r.kind === "doc" ? neighbourPairs([titleWords]) : NO_PAIRS,
      headingPairs: r.kind === "doc" ? neighbourPairs(headingWords) : NO_PAIRS,
    };
    recordTexts.set(r, t);
  }
  return t;
}

/** An index's parts joined in record order: ids run on from part to part. */
function joinParts(parts: readonly SearchIndexData[]): Source {
  const offsets = parts.map((_, i) => parts.slice(0, i).reduce((n, p) => n + p.records.kind.length, 0));
  const usedBy = new Map<string, { id: number; weight: number }[]>();
  parts.forEach((p, i) => {
    p.useNames.forEach((name, n) => {
      const key = foldName(name);
      const list = usedBy.get(key) ?? [];
      const flat = p.uses[n] ?? [];
      let id = offsets[i] ?? 0;
      for (let k = 0; k + 1 < flat.length; k += 2) {
        id += flat[k] ?? 0;
        list.push({ id, weight: (flat[k + 1] ?? 0) / 10 });
      }
      usedBy.set(key, list);
    });
  });
  const bodies = parts.map((p, i) => {
    const flex = createBodyIndex();
    for (const [key, chunk] of Object.entries(p.flex)) flex.import(key, unpackBodyChunk(chunk));
    return { flex, offset: offsets[i] ?? 0 };
  });
  return {
    records: parts.flatMap((p) => unshipRecords(p.records)),
    facts: parts.flatMap((p, i) => p.reference.map((shipped) => unshipFact(shipped, p.kindTerms, offsets[i] ?? 0))),
    usedBy,
    // No `flatMap`: over a few hundred ids it cost more than FlexSearch's own lookup.
    body: (word, cap) => {
      const found: number[][] = [];
      for (const { flex, offset } of bodies)
        for (const { result } of flex.search(word, { limit: cap })) {
          const ids = result as number[];
          found.push(offset === 0 ? ids : ids.map((id) => id + offset));
        }
      return found.length === 1 ? (found[0] as number[]) : ([] as number[]).concat(...found);
    },
  };
}

/**
 * Records as the index ships them: column by column (`ShippedColumns`), without what the reader can rebuild: the
 * URL where the record's kind builds it from the id (`KIND_PAGE`), and a term's aliases on every sense after the
 * first that has the same ones.
 */
export function shipRecords(records: readonly SearchRecord[]): ShippedColumns {
  const columns = Object.fromEntries(RECORD_FIELDS.map((field) => [field, [] as unknown[]]));
  records.forEach((r, i) => {
    const before = records[i - 1];
    const sameAliases =
      r.sense !== null &&
      before?.sense != null &&
      before.id === r.id &&
      before.aliases.length === r.aliases.length &&
      before.aliases.every((a, k) => a === r.aliases[k]);
    const shipped: Partial<Record<string, unknown>> = {
      ...r,
      url: KIND_PAGE[r.kind]?.(r.id, r.sense) === r.url ? null : r.url,
      aliases: sameAliases ? null : r.aliases,
    };
    for (const field of RECORD_FIELDS) columns[field]?.push(shipped[field] ?? null);
  });
  // Each column holds its field's values, as the loop above took them from records of that type.
  return columns as ShippedColumns;
}

/** The records of one shipped part as the engine holds them: what `shipRecords` left out, rebuilt. */
export function unshipRecords(columns: ShippedColumns): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (let i = 0; i < columns.kind.length; i++) {
    const r: Partial<Record<string, unknown>> = {};
    for (const field of RECORD_FIELDS) {
      const value = columns[field][i] ?? null;
      if (value !== null || NULLABLE_RECORD_FIELDS.has(field)) r[field] = value;
    }
    // Every field the schema requires was in its column: the index was read as `ShippedColumns`.
    const shipped = r as ShippedRecord;
    const before = out[out.length - 1];
    const aliases =
      shipped.aliases ?? (before && before.id === shipped.id && before.sense !== null ? before.aliases : []);
    // Every field is written, in one order, even when absent: records of one shape keep the engine's hot loops
    // monomorphic (records shaped by their optional fields made its per-hit reads about a tenth slower).
    const record: { [K in keyof Required<SearchRecord>]: SearchRecord[K] } = {
      kind: shipped.kind,
      id: shipped.id,
      sense: shipped.sense,
      context: shipped.context,
      title: shipped.title,
      subtitle: shipped.subtitle,
      url: shipped.url ?? KIND_PAGE[shipped.kind]?.(shipped.id, shipped.sense) ?? "",
      text: shipped.text,
      order: shipped.order,
      aliases,
      codes: shipped.codes,
      patterns: shipped.patterns,
      cues: shipped.cues,
      keywords: shipped.keywords,
      links: shipped.links,
      explains: shipped.explains,
      headings: shipped.headings,
    };
    out.push(record);
  }
  return out;
}

/** A shipped fact as the engine holds it: its record id `offset` on, its anchor and kind's sense spelled out. */
export function unshipFact(
  [id, name, kind, anchor, of, path, term, home]: ShippedFact,
  kindTerms: readonly string[],
  offset: number,
): Fact {
  return [
    id + offset,
    name,
    kind,
    factAnchor(anchor, name, kind, of),
    of,
    path,
    term === undefined || term < 0 ? "" : (kindTerms[term] ?? ""),
    home === 1,
  ];
}

/** Each shipped field's average length over the records (the length discount's yardstick). */
export function fieldAverages(lengths: readonly Record<ShippedField, number>[]): Record<ShippedField, number> {
  const average = (f: ShippedField) => lengths.reduce((n, l) => n + l[f], 0) / Math.max(1, lengths.length);
  return {
    name: average("name"),
    aliases: average("aliases"),
    label: average("label"),
    short: average("short"),
    cues: average("cues"),
  };
}

/** The letter a vocabulary word is filed under. */
export function firstLetter(word: string): string {
  return String.fromCodePoint(word.codePointAt(0) ?? 0);
}

/** Vocabulary words by first letter, each list sorted. */
function vocabularyByLetter(vocabulary: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of [...vocabulary].sort()) {
    const letter = firstLetter(w);
    const list = out.get(letter);
    if (list) list.push(w);
    else out.set(letter, [w]);
  }
  return out;
}

export function normalisedFields(r: SearchRecord): Record<ShippedField, string> {
  const text = fieldText(r);
  return Object.fromEntries(SHIPPED_FIELDS.map((f) => [f, normalizeText(text[f])])) as Record<ShippedField, string>;
}

const NO_PAIRS: ReadonlySet<string> = new Set();
const IN_TITLE = 2;
const IN_HEADING = 1;

/** Every two tokens side by side in each list, as "a b". */
function neighbourPairs(lists: string[][]): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const ws of lists) for (let i = 1; i < ws.length; i++) pairs.add(`${ws[i - 1]} ${ws[i]}`);
  return pairs;
}

type Derived = {
  /** The title's query tokens, joined, for the whole-phrase test. */
  titlePhrase: string;
  titleTokens: Set<string>;
  /** Each heading's query tokens, for picking the heading a docs result links to. */
  headingTokens: Set<string>[];
  subtitleFold: string;
  primary: string[];
  names: string[];
  /** Each alias folded as a query is, in the record's order: worked out the first time a query needs it. */
  aliasFolds?: string[];
  /** Each shipped field's length relative to the field's average, for the length discount. */
  relLength: Record<ShippedField, number>;
};
/** Working arrays of one query, one slot per record, left zeroed after each use. */
type Scratch = {
  best: Float64Array;
  sum: Float64Array;
  word: Float64Array;
  perWord: Float64Array;
  total: Float64Array;
  /** Bit i: query word i found in the record. */
  matched: Uint32Array;
  /** Bit i: query word i found as written (not only through a completion or a correction). */
  exact: Uint32Array;
  /** Per docs page, where it holds a pair of the query's neighbouring words: `IN_TITLE`, `IN_HEADING` or 0. */
  pairedIn: Uint8Array;
};

function newScratch(n: number): Scratch {
  return {
    best: new Float64Array(n),
    sum: new Float64Array(n),
    word: new Float64Array(n),
    perWord: new Float64Array(n),
    total: new Float64Array(n),
    matched: new Uint32Array(n),
    exact: new Uint32Array(n),
    pairedIn: new Uint8Array(n),
  };
}

let shared: Scratch | undefined;

/** Per term, per record and per linking record, what `liftLinked` works out for one query. */
type LinkScratch = {
  strength: Float64Array;
  senseStrength: Float64Array;
  said: Uint8Array;
  at: Int32Array;
  touched: Uint8Array;
};

type Factors = Record<Field, { weight: Float64Array; length: Float64Array }>;

function newFactors(n: number): Factors {
  const out = {} as Factors;
  for (const field of FIELDS) out[field] = { weight: new Float64Array(n), length: new Float64Array(n) };
  return out;
}

/** The field factors engines over a sharded index share (see `pooledFactors`). */
let factorPool:
  | {
      n: number;
      ids: readonly number[];
      factors: Factors;
      owner?: SearchEngine;
      fields?: RankingConfig["fields"];
      lengths?: RankingConfig["lengthDiscount"];
    }
  | undefined;

function sharedScratch(n: number): Scratch {
  if (shared?.best.length !== n) shared = newScratch(n);
  return shared;
}

export function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

/** A function that computes once per distinct argument. */
function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}
type Variant = { word: string; quality: number };

/** A map the engine reads by key: a Map over a whole index, or what a sharded index has loaded (./shards.ts). */
export type KeyLookup<T> = { get(key: string): T | undefined; has(key: string): boolean };

/**
 * What an engine over some of an index's records reads from the whole index (sharded loading, ./shards.ts): the
 * statistics the ranking needs, so a record scores as it would in the whole index, and the lookups by key. Record
 * and fact ids are the whole index's; `records` and `facts` hold the loaded ones at their ids, with holes between.
 */
export type WholeIndex = {
  /** Records in the whole index. */
  total: number;
  /** Each shipped field's average length in words over the whole index (the length discount's yardstick). */
  averages: Record<ShippedField, number>;
  records: SearchRecord[];
  /** Ids of the loaded records, ascending. */
  present: readonly number[];
  facts: Fact[];
  /** Records holding a stem in any field (0: none). */
  df(stem: string): number;
  /** Records holding a stem in their body only, as the body index answers. */
  body(stem: string): number[];
  /** Vocabulary words, sorted, among them all that start with `prefix` (two letters at least). */
  completions(prefix: string): readonly string[];
  /** Vocabulary words, among them all that start with the letter `word` starts with and are within two letters of its length. */
  near(word: string): readonly string[];
  stemOf: KeyLookup<string>;
  /** Whether `stemOf` can tell yet if `word` is in the vocabulary (a sharded index may not have read its list). */
  knows(word: string): boolean;
  names: KeyLookup<number[]>;
  compounds: KeyLookup<number[]>;
  factKeys: KeyLookup<number[]>;
  usedBy: KeyLookup<{ id: number; weight: number }[]>;
  /** The records about a term (pages, cards, lists, error pages) are wanted: its match may lift them. */
  wantLinks(slug: string): void;
  /** The docs pages that explain an error page are wanted: it is the best page found, and may lift them. */
  wantExplaining(error: number): void;
};

/** What the constructor reads: an index's parts joined, or a whole index's loaded records. */
type Source = {
  records: SearchRecord[];
  facts: Fact[];
  usedBy: KeyLookup<{ id: number; weight: number }[]>;
  body(word: string, cap: number): number[];
  whole?: WholeIndex;
};

export type SearchOptions = {
  /** Most results returned. Default 20. */
  limit?: number;
  /** Ranking options for this query only, over the engine's own. */
  ranking?: Partial<RankingConfig>;
};

/** More words than any glossary name or sense label has (the longest, a label, has 8). */
const LONGEST_NAME_WORDS = 12;

/** Codes shorter than this (UF, NR, DR) are letters in prose: they name a record only as the whole query. */
const SHORT_CODE = 6;

/** The search engine shared by the browser and the CLI. */
export class SearchEngine {
  /**
   * The shipped fields' postings (stem -> record ids, ascending), built on load from the words the loader
   * normalises anyway; the body, a FlexSearch index imported from the build. An engine over a sharded index's
   * few records, built per query and round, reads its records' stems at lookup instead (`stems`): it looks up a
   * handful of words, and would index them all.
   */
  private readonly postings: Record<ShippedField, Map<string, number[]>>;
  private readonly stems?: [id: number, stems: Map<string, number>][];
  /** Record ids holding a word in their body (FlexSearch over a whole index, the loaded shards over a sharded one). */
  private readonly body: Source["body"];
  /** Set when this engine holds some records of a sharded index: the whole index's statistics and lookups. */
  private readonly whole: WholeIndex | undefined;
  private readonly records: SearchRecord[];
  /** Ids of the records this engine holds, ascending (all of them, unless it is over a sharded index). */
  private readonly present: readonly number[];
  private readonly derived: Derived[];
  /**
   * Sorted surface words of the shipped fields: among them those a prefix may complete to, and those a word may
   * be a slip for (same first letter: a sharded index files its vocabulary by it, and slips there are rare).
   */
  private readonly vocabulary: Pick<WholeIndex, "completions" | "near">;
  /** Surface word -> stem, to look a completed or corrected word up in the index. */
  private readonly stemOf: KeyLookup<string>;
  private readonly scratch: Scratch;
  /** The docs pages whose title holds each pair of neighbouring tokens ("canari upgrad"), and whose headings do. */
  private readonly titlePairs = new Map<string, number[]>();
  private readonly headingPairs = new Map<string, number[]>();
  private readonly config: RankingConfig;
  private linkScratch: LinkScratch | undefined;
  /** Error pages' scores by record id while docs twins are capped: all 0 between queries. */
  private errorScratch: Float64Array | undefined;
  /** Per sense, its subtitle, text and cues folded, as reference facts ask which senses speak of a kind. */
  private readonly foldedLines = new Map<number, string[]>();
  /** `fieldFactors` per field weights and length discounts (the engine's own, or those a query passed). */
  private readonly factorCache = new WeakMap<
    RankingConfig["fields"],
    WeakMap<RankingConfig["lengthDiscount"], Record<Field, { weight: Float64Array; length: Float64Array }>>
  >();
  /** The facts reference pages define, and where their names and paths lead (see `referenceKeys`). */
  private readonly facts: Fact[];
  /** See `factSpread`: made on the first query that names a fact. */
  private spread: Map<number, number> | undefined;
  private readonly factKeys: KeyLookup<number[]>;
  /** `slug#sense` -> record, for the sense of the kind a fact belongs to. */
  private readonly senseIds: Map<string, number>;
  /** Folded name (own or other) -> records, for names a query carries without sharing a word with them. */
  private readonly nameIndex: KeyLookup<number[]>;
  /** A term's several-word name or alias folded into one word (AuthorizationPolicy) -> the senses with that name. */
  private readonly compoundIndex: KeyLookup<number[]>;
  /** Record -> index of its term plus one (shared by the term's senses; 0: another kind), see `termOf`. */
  private readonly termIndex: Int32Array;
  private readonly termCount: number;
  /** Term index -> its slug. */
  private readonly termSlugs: string[];
  /** The contexts of each term's senses, by term index. */
  private readonly termContexts: Set<string>[];
  /** The pages, cards, lists and error pages about some term, in record order, and the indexes of those terms. */
  private readonly linking: number[];
  private readonly linkTerms: number[][];
  /**
   * Beside each of `linkTerms`, the records of the senses the link names (`cluster#envoy`), or none when it names
   * the term as a whole: a page about one sense gains nothing from a query about another.
   */
  private readonly linkSenses: number[][][];
  /** Term index -> positions in `linking` of the records about it. */
  private readonly linkedBy: number[][];
  /** A reference name, folded -> the pages that write it, with their weights (0..1). */
  private readonly usedBy: KeyLookup<{ id: number; weight: number }[]>;
  /** Codes and messages of the code kinds written inside a query (case-insensitive, whole words). */
  private readonly findCodes: (text: string) => PhraseHit<number>[];
  /** Short codes (UF, NR) name their record only as the whole query, spelled exactly so. */
  private readonly shortCodes: Map<string, number>;
  /**
   * Senses by the identifiers their cues write, folded (`/config_dump` -> configdump). Words in capitals alone
   * (EDS, DENY) are left out: they are acronyms and values many senses list. A sharded index knows only the cues
   * of the records a query's other lookups load.
   */
  private readonly cueNames: Map<string, number[]>;
  /** Each sense's cues of several words, as `spacedWords` writes them (worked out once, read per query). */
  private readonly cuePhrases: Map<number, string[]>;
  /** Error pages by the HTTP status they are seen with ("403": RBAC: access denied, ext authz denials). */
  private readonly statusPages: Map<string, number[]>;
  /** Error page -> the docs pages that explain it (their `explains`). */
  private readonly explainedBy: Map<number, number[]>;
  /** Docs page -> the error page it is the istio.io page of (`errorTwins`). */
  private readonly twinOf: Map<number, number>;
  /**
   * Printed messages with varying parts (`Referenced %s not found`), as patterns with their records, by needle (a
   * word every match holds), each needle with its place in the order the records gave them.
   */
  private readonly printed: Map<string, { order: number; patterns: { id: number; pattern: RegExp }[] }>;

  private constructor(source: Source, config: RankingConfig) {
    this.config = config;
    this.whole = source.whole;
    this.usedBy = source.usedBy;
    this.body = source.body;
    this.records = source.records;
    // A sharded engine's records sit at their ids in the whole index (`records` has holes): arrays span it all,
    // and loops run over the records present.
    const n = source.records.length;
    this.present = source.whole ? source.whole.present : source.records.map((_, id) => id);
    const present = this.present.flatMap((id) => {
      const r = source.records[id];
      return r ? [[id, r] as const] : [];
    });
    // Engines over a sharded index are built per query: they share one set of working arrays (each search leaves
    // them zeroed, and searches do not interleave).
    this.scratch = source.whole ? sharedScratch(n) : newScratch(n);
    const postings = Object.fromEntries(SHIPPED_FIELDS.map((f) => [f, new Map<string, number[]>()]));
    this.postings = postings as Record<ShippedField, Map<string, number[]>>;
    const stemOf = new Map<string, string>();
    // The senses of one term share its name and aliases: normalise each distinct text once (halves load time).
    const wordsOf = memo((text: string) => words(text, { keepStopwords: true }));
    const texts: RecordText[] = [];
    if (source.whole) this.stems = [];
    for (const [id, r] of present) {
      const t = recordText(r, wordsOf);
      texts[id] = t;
      if (this.stems) {
        this.stems.push([id, stemFields(t)]);
        continue;
      }
      for (const [f, ws] of t.fields) {
        const field = this.postings[f];
        for (const w of ws) {
          // The same words normalizeText gives the build, so a field holds exactly the stems the body index would.
          if (!source.whole) stemOf.set(w.raw, w.stem);
          const list = field.get(w.stem);
          if (!list) field.set(w.stem, [id]);
          else if (list[list.length - 1] !== id) list.push(id);
        }
      }
    }
    const avg = source.whole?.averages ?? fieldAverages(texts.map((t) => t.lengths));
    this.derived = [];
    for (const [id] of present) {
      const t = texts[id] as RecordText;
      const relLength = {} as Record<ShippedField, number>;
      for (const f of SHIPPED_FIELDS) relLength[f] = t.lengths[f] / avg[f];
      this.derived[id] = { ...t.derived, relLength };
      for (const pair of t.titlePairs) file(this.titlePairs, pair, id);
      for (const pair of t.headingPairs) if (!t.titlePairs.has(pair)) file(this.headingPairs, pair, id);
    }
    if (source.whole) {
      this.stemOf = source.whole.stemOf;
      this.vocabulary = source.whole;
      this.nameIndex = source.whole.names;
      this.compoundIndex = source.whole.compounds;
      this.factKeys = source.whole.factKeys;
    } else {
      this.stemOf = stemOf;
      const byLetter = vocabularyByLetter([...stemOf.keys()]);
      const ofLetter = (word: string) => byLetter.get(firstLetter(word)) ?? [];
      this.vocabulary = { completions: ofLetter, near: ofLetter };
      const nameIndex = new Map<string, number[]>();
      const compoundIndex = new Map<string, number[]>();
      const compoundsOf = memo(compoundNames);
      // Names made of several words (kinds such as AuthorizationPolicy), folded: found whole inside pasted text.
      for (const [id, r] of present) {
        if (r.sense === null) continue;
        for (const name of compoundsOf([r.title, ...r.aliases].join("\n"))) file(compoundIndex, name, id);
      }
      for (const [id] of present) {
        const d = this.derived[id] as Derived;
        for (const name of new Set([...d.primary, ...d.names])) file(nameIndex, name, id);
      }
      const factKeys = new Map<string, number[]>();
      source.facts.forEach((fact, i) => {
        for (const key of referenceKeys(fact)) file(factKeys, key, i);
      });
      this.nameIndex = nameIndex;
      this.compoundIndex = compoundIndex;
      this.factKeys = factKeys;
    }
    const spelledByTerms = termSpellings(present.map(([, r]) => r));
    const spellings = present.flatMap(([id, r]) => ownCodes(r, spelledByTerms).map((n) => [n, id] as const));
    this.findCodes = phraseFinder(spellings, SHORT_CODE);
    this.shortCodes = new Map(spellings.filter(([n]) => n.length < SHORT_CODE));
    this.cuePhrases = new Map();
    for (const [id, r] of present) {
      // A phrase is two words or more once punctuation is gone: the YAML list item "- mesh" is the one word mesh.
      const phrases = r.sense === null ? [] : r.cues.map(spacedWords).filter((cue) => cue.trim().includes(" "));
      if (phrases.length > 0) this.cuePhrases.set(id, phrases);
    }
    this.cueNames = new Map();
    for (const [id, r] of present) {
      if (r.sense === null) continue;
      for (const cue of r.cues) {
        const bare = cue.trim().replace(/^\W+|\W+$/gu, "");
        if (bare.includes(" ") || !IDENTIFIER.test(bare) || /^\p{Lu}+s?$/u.test(bare)) continue;
        file(this.cueNames, foldName(bare), id);
      }
    }
    this.statusPages = new Map();
    for (const [id, r] of present) {
      if (r.kind !== "error") continue;
      for (const k of r.keywords ?? []) {
        if (HTTP_STATUS.test(k)) file(this.statusPages, k, id);
      }
    }
    this.explainedBy = explainingPages(present);
    this.twinOf = errorTwins(this.explainedBy, (id) => this.records[id]);
    // Grouped by needle: a query is searched once per distinct needle (about half as many as patterns).
    const byNeedle = new Map<string, { id: number; pattern: RegExp }[]>();
    for (const [id, r] of present)
      for (const p of r.patterns ?? []) {
        const matcher = printedMatcher(p);
        if (matcher) file(byNeedle, matcher.needle, { id, pattern: matcher.pattern });
      }
    this.printed = new Map([...byNeedle].map(([needle, patterns], order) => [needle, { order, patterns }]));
    this.facts = source.facts;
    this.senseIds = new Map();
    const terms = new Map<string, number>();
    this.termIndex = new Int32Array(n);
    for (const [id, r] of present) {
      if (r.sense === null) continue;
      this.senseIds.set(`${r.id}#${r.sense}`, id);
      if (!terms.has(r.id)) terms.set(r.id, terms.size);
      this.termIndex[id] = (terms.get(r.id) ?? -1) + 1;
    }
    this.termCount = terms.size;
    this.termSlugs = [...terms.keys()];
    this.termContexts = this.termSlugs.map(() => new Set());
    for (const [id, r] of present) if (r.context !== null) this.termContexts[this.termOf(id)]?.add(r.context);
    this.linking = [];
    this.linkTerms = [];
    this.linkSenses = [];
    this.linkedBy = Array.from({ length: terms.size }, () => []);
    for (const [id, r] of present) {
      if (r.sense !== null) continue;
      // Per term linked, its senses named; a link to the term as a whole (no sense) covers them all.
      const senses = new Map<number, number[] | undefined>();
      for (const link of r.links ?? []) {
        const t = terms.get(splitTermRef(link)[0]);
        if (t === undefined) continue;
        // A sense this engine does not hold (a sharded index's, not loaded for this query) has no match either.
        const sense = link.includes("#") ? (this.senseIds.get(link) ?? -1) : undefined;
        const named = senses.has(t) ? senses.get(t) : [];
        senses.set(t, sense === undefined || named === undefined ? undefined : [...named, sense]);
      }
      if (senses.size === 0) continue;
      for (const t of senses.keys()) this.linkedBy[t]?.push(this.linking.length);
      this.linking.push(id);
      this.linkTerms.push([...senses.keys()]);
      this.linkSenses.push([...senses.values()].map((named) => named ?? []));
    }
  }

  /**
   * An engine over a loaded index, ranking with `config` (the documented defaults unless given). An index cut
   * into parts (`splitSearchIndex`) loads from its parts in order; the first part alone answers from the records
   * it holds.
   */
  static fromData(
    data: SearchIndexData | readonly SearchIndexData[],
    config: RankingConfig = DEFAULT_RANKING,
  ): SearchEngine {
    return new SearchEngine(joinParts(Array.isArray(data) ? data : [data as SearchIndexData]), config);
  }

  /**
   * An engine over the records a sharded index has loaded for one query (./shards.ts): they rank as they would
   * in the whole index, whose statistics and lookups `whole` gives.
   */
  static fromWhole(whole: WholeIndex, config: RankingConfig = DEFAULT_RANKING): SearchEngine {
    return new SearchEngine(
      { records: whole.records, facts: whole.facts, usedBy: whole.usedBy, body: (word) => whole.body(word), whole },
      config,
    );
  }

  get size(): number {
    return this.records.length;
  }

  /** Record ids holding one word, per field: the shipped fields' postings, then FlexSearch for the body. */
  private lookup(word: string, cap: number): [Field, number[]][] {
    const out: [Field, number[]][] = [];
    if (this.stems) {
      const lists = SHIPPED_FIELDS.map((): number[] => []);
      for (const [id, stems] of this.stems) {
        const mask = stems.get(word) ?? 0;
        for (let f = 0; mask >> f; f++) if (mask & (1 << f)) lists[f]?.push(id);
      }
      SHIPPED_FIELDS.forEach((field, f) => {
        const ids = lists[f] ?? [];
        if (ids.length > 0) out.push([field, ids.length > cap ? ids.slice(0, cap) : ids]);
      });
    } else
      for (const field of SHIPPED_FIELDS) {
        const ids = this.postings[field].get(word);
        if (ids) out.push([field, ids.length > cap ? ids.slice(0, cap) : ids]);
      }
    const body = this.body(word, cap);
    if (body.length > 0) out.push(["body", body]);
    return out;
  }

  /** The query words (by index into `tokens`) that a phrase of the query is made of, remembered per phrase. */
  private phraseBits(phrase: string, tokens: readonly string[], seen: Map<string, number>): number {
    let bits = seen.get(phrase);
    if (bits === undefined) {
      const stems = new Set(words(phrase, { query: true }).map((w) => w.stem));
      bits = 0;
      tokens.forEach((t, ti) => {
        if (stems.has(t)) bits = (bits ?? 0) | (1 << ti);
      });
      seen.set(phrase, bits);
    }
    return bits;
  }

  /**
   * Senses that an alias of their whole term does not name: when the query writes a term-wide alias that is one
   * sense's label ("DestinationRule subset") or that its cues write ("istio-injection" in the sidecar sense's
   * `istio-injection=enabled`), it means that sense, and the term's others are found by their words only. A term
   * none of whose senses write it keeps it.
   */
  private aliasesWrittenByOneSense(candidates: ReadonlySet<number>, names: readonly string[]): Set<number> {
    const writes = new Map<number, boolean>();
    const claimed = new Set<number>();
    for (const id of candidates) {
      const r = this.records[id];
      if (!r || r.sense === null) continue;
      // The term's own name, however written ("listeners"), names every sense.
      const d = this.derived[id];
      const own = d?.primary ?? [];
      if (d) d.aliasFolds ??= r.aliases.map(foldQuery);
      const at = (d?.aliasFolds ?? []).findIndex((f) => names.includes(f) && !own.includes(f));
      const alias = r.aliases[at];
      if (alias === undefined) continue;
      const written = senseWrites(alias, r.subtitle ?? "", r.cues);
      writes.set(id, written);
      if (written) claimed.add(this.termOf(id));
    }
    const out = new Set<number>();
    for (const [id, written] of writes) if (!written && claimed.has(this.termOf(id))) out.add(id);
    return out;
  }

  /**
   * Mentioned senses whose term the query names through another sense's cue phrase: "private registry" is a cue
   * of the container registry, so in "configure istio for a private registry" the service registry is found by
   * its words only. A cue counts when it has several words, holds the mention and the query writes it whole, or
   * when it is another term the query names and the term is written by its bare name ("host" beside a
   * VirtualService).
   */
  private sensesNamedByCue(mentioned: ReadonlyMap<number, string>, text: string): Set<number> {
    const out = new Set<number>();
    if (mentioned.size === 0) return out;
    const query = spacedWords(text);
    // Per term, the senses whose cue the query writes: one of them alone picks it ("envoy cluster vs kubernetes
    // cluster" writes two, and picks neither).
    const claimed = new Map<number, Set<number>>();
    // Where the query writes each other term's mention, as spans of the spaced query.
    const spans = [...mentioned].flatMap(([id, phrase]) => {
      const spaced = spacedWords(phrase);
      return indexesOf(query, spaced).map((at) => ({ term: this.termOf(id), at, end: at + spaced.length }));
    });
    // A cue written across another term's name counts not: in "Gateway API Gateway", "API gateway" is the end of
    // one name and the start of the next, not the general API gateway.
    const writes = (cue: string, term: number) =>
      indexesOf(query, cue).some((at) => {
        const end = at + cue.length;
        return !spans.some(
          (sp) => sp.term !== term && sp.at < end - 1 && at < sp.end - 1 && (sp.at < at || sp.end > end),
        );
      });
    for (const [id, phrase] of mentioned) {
      const inside = spacedWords(phrase);
      if ((this.cuePhrases.get(id) ?? []).some((cue) => cue.includes(inside) && writes(cue, this.termOf(id)))) {
        const term = this.termOf(id);
        claimed.set(term, (claimed.get(term) ?? new Set()).add(id));
      }
    }
    // The term written by its bare name, shared by all its senses ("host"), and another term the query names is a
    // cue of one sense ("host" beside "Virtual service": the host field's cue is VirtualService, not the Envoy
    // virtual host's). A sense's own alias ("Host header") has picked its sense already.
    for (const [other, phrase] of mentioned)
      for (const id of this.cueNames.get(foldName(phrase)) ?? []) {
        const term = this.termOf(id);
        const written = mentioned.get(id);
        const title = foldQuery(this.records[id]?.title ?? "");
        if (written === undefined || term === this.termOf(other)) continue;
        if (![title, `${title}s`].includes(foldQuery(written))) continue;
        claimed.set(term, (claimed.get(term) ?? new Set()).add(id));
      }
    for (const id of mentioned.keys()) {
      const by = claimed.get(this.termOf(id));
      if (by?.size === 1 && !by.has(id)) out.add(id);
    }
    return out;
  }

  /** Whether a kind's sense is the one a chunk names: by its title as an identifier, or by any of its names. */
  private isKindNamed(term: number, by: NonNullable<FactChunk["inKind"]>): boolean {
    if ("kind" in by) return foldName(this.records[term]?.title ?? "") === by.kind;
    const d = this.derived[term];
    return d !== undefined && (d.primary.includes(by.name) || d.names.includes(by.name));
  }

  /** The index of a record's term (shared by the term's senses), or -1 for records of other kinds. */
  private termOf(id: number): number {
    return (this.termIndex[id] ?? 0) - 1;
  }

  /**
   * The text with each long lower-case word the index knows by no name or word written as the fewest words it
   * does know, run together ("httppathmodifier": "http path modifier"), as people type a CamelCase name.
   */
  private segmented(text: string, c: RankingConfig): string {
    // A long paste gets a few readings at most: each tries every known word inside the word.
    let tries = 0;
    return text.replace(/(?<![\p{L}\p{N}])\p{Ll}{10,40}(?![\p{L}\p{N}])/gu, (word) => {
      if (this.stemOf.has(word) || this.nameIndex.has(word) || this.compoundIndex.has(word)) return word;
      if (++tries > c.maxQueryWords) return word;
      // A sharded index reads the word's own list first, and the lists of its parts only for a word it lacks.
      if (this.whole && !this.whole.knows(word)) return word;
      // parts[i]: the fewest known words of at least three letters that make up word.slice(0, i), at most four.
      const parts: (string[] | undefined)[] = [[]];
      for (let end = 3; end <= word.length; end++)
        for (let start = 0; start <= end - 3; start++) {
          const before = parts[start];
          const part = word.slice(start, end);
          if (!before || before.length >= MAX_SEGMENTS || !this.stemOf.has(part)) continue;
          if (!parts[end] || (parts[end]?.length ?? 0) > before.length + 1) parts[end] = [...before, part];
        }
      return parts[word.length]?.join(" ") ?? word;
    });
  }

  /** Whether any record holds the stem, in any field. */
  private holds(stem: string): boolean {
    return this.whole ? this.whole.df(stem) > 0 : this.lookup(stem, 1).length > 0;
  }

  /** Stems of the vocabulary words that start with `prefix` (shortest words first), for the word being typed. */
  private completions(prefix: string, max: number): string[] {
    const found: string[] = [];
    const vocabulary = this.vocabulary.completions(prefix);
    for (let i = lowerBoundString(vocabulary, prefix); i < vocabulary.length; i++) {
      const w = vocabulary[i] ?? "";
      if (!w.startsWith(prefix)) break;
      found.push(w);
    }
    found.sort((a, b) => a.length - b.length);
    return [...new Set(found.map((w) => this.stemOf.get(w) ?? w))].slice(0, max);
  }

  /** The stems one query word is looked up under: its own, its completions, or those of close spellings. */
  private variants(word: Word, isLast: boolean, c: RankingConfig): Variant[] {
    const out: Variant[] = [{ word: word.stem, quality: 1 }];
    if (isLast && word.raw.length >= c.minPrefixLength) {
      for (const stem of this.completions(word.raw, c.maxPrefixExpansions)) {
        if (stem !== word.stem) out.push({ word: stem, quality: c.prefixQuality });
      }
    }
    // A word with a digit is an identifier (a code, a port, a function name): one slip in it spells another.
    if (out.length === 1 && word.raw.length >= c.minTypoLength && !this.holds(word.stem) && !HAS_DIGIT.test(word.raw)) {
      const close = closeWords(word.raw, this.vocabulary.near(word.raw)).map((w) => this.stemOf.get(w) ?? w);
      return [...new Set(close)].map((stem) => ({ word: stem, quality: c.typoQuality }));
    }
    return out;
  }

  /**
   * What one word earns in each record holding it: its best field counts in full, every other field it also
   * appears in adds `secondaryFieldShare` of its weight, so a sense whose own label or cues repeat the word
   * beats its siblings. Returns the records touched; their scores are in `scratch.word` (the caller reads and
   * clears them).
   */
  private scoreWord(fields: [Field, number[]][], quality: number, c: RankingConfig): number[] {
    const { best, sum } = this.scratch;
    const touched: number[] = [];
    const perField = this.fieldFactors(c);
    for (const [field, ids] of fields) {
      const { weight, length } = perField[field];
      for (const id of ids) {
        // A record an engine over a sharded index does not hold has weight 0 (and length 0: read as 1).
        const w = ((weight[id] ?? 0) * quality) / (length[id] || 1);
        if ((sum[id] ?? 0) === 0) touched.push(id);
        sum[id] = (sum[id] ?? 0) + w;
        if (w > (best[id] ?? 0)) best[id] = w;
      }
    }
    for (const id of touched) {
      const b = best[id] ?? 0;
      this.scratch.word[id] = b + ((sum[id] ?? 0) - b) * c.secondaryFieldShare;
      best[id] = 0;
      sum[id] = 0;
    }
    return touched;
  }

  /**
   * Per field and record, the field's weight for the record's kind and its length divisor (`1 - b + b * rel`),
   * made once per ranking config: the word loop then reads two arrays instead of the record and its derived data.
   */
  private fieldFactors(c: RankingConfig): Record<Field, { weight: Float64Array; length: Float64Array }> {
    // Keyed by the two parts of the config they depend on, which a per-query override usually leaves as they are.
    const byLength = this.factorCache.get(c.fields) ?? new WeakMap();
    this.factorCache.set(c.fields, byLength);
    const cached = byLength.get(c.lengthDiscount);
    if (cached) return cached;
    if (this.whole) return this.pooledFactors(c);
    const out = this.writeFactors(newFactors(this.records.length), c);
    byLength.set(c.lengthDiscount, out);
    return out;
  }

  /**
   * `fieldFactors` for an engine over a sharded index, built per query: in arrays all such engines share, holding
   * one engine's records at a time (the records of the one before are cleared first).
   */
  private pooledFactors(c: RankingConfig): Record<Field, { weight: Float64Array; length: Float64Array }> {
    const n = this.records.length;
    if (factorPool?.n !== n) factorPool = { n, ids: [], factors: newFactors(n) };
    const pool = factorPool;
    if (pool.owner === this && pool.fields === c.fields && pool.lengths === c.lengthDiscount) return pool.factors;
    for (const field of FIELDS) for (const id of pool.ids) pool.factors[field].weight[id] = 0;
    Object.assign(pool, { owner: this, fields: c.fields, lengths: c.lengthDiscount, ids: this.present });
    return this.writeFactors(pool.factors, c);
  }

  /** Writes each held record's field weights and length divisors into `factors`. */
  private writeFactors(factors: Factors, c: RankingConfig): Factors {
    for (const field of FIELDS) {
      const { weight, length } = factors[field];
      const b = c.lengthDiscount[field];
      for (const id of this.present) {
        const r = this.records[id];
        if (!r) continue;
        weight[id] = fieldWeights(c, r.kind)[field];
        const rel = field === "body" ? 1 : (this.derived[id]?.relLength[field] ?? 1);
        length[id] = 1 - b + b * rel;
      }
    }
    return factors;
  }

  /** Per fact, how many facts of the same name its page defines (under as many parents), when more than one. */
  private factSpread(): Map<number, number> {
    if (!this.spread) {
      const byName = new Map<string, number[]>();
      this.facts.forEach(([record, name], f) => {
        file(byName, `${record}\u0000${name}`, f);
      });
      this.spread = new Map();
      for (const list of byName.values()) if (list.length > 1) for (const f of list) this.spread.set(f, list.length);
    }
    return this.spread;
  }

  /**
   * Reference facts the query names, best per page and name: scored by the share of the query's identifiers
   * each accounts for, directly or within its field path ("outlierDetection consecutive5xxErrors").
   */
  private referenceHits(
    chunks: readonly FactChunk[],
    kindsMentioned: ReadonlySet<number>,
    text: string,
    c: RankingConfig,
  ): { fact: number; score: number; spaced: boolean }[] {
    if (c.maxReferenceResults <= 0 || chunks.length === 0) return [];
    const bits = new Map<number, number>();
    // Facts found by a whole name or path, not only by an annotation's last part.
    const whole = new Set<number>();
    // Facts named by an identifier or path as written, not only by a kind and a word spaced apart.
    const written = new Set<number>();
    // Facts in a kind the query names beside them ("Telemetry accessLogging"), and their names.
    const inNamedKind = new Set<number>();
    chunks.forEach((chunk, i) => {
      for (const key of chunk.keys)
        for (const f of this.factKeys.get(key) ?? []) {
          if (chunk.capitals && /\p{Ll}/u.test(this.facts[f]?.[1] ?? "")) continue;
          if (chunk.value && this.facts[f]?.[2] === "field") continue;
          // Capitalised words apart join as a camelCase field does; an enum value or a variable is written whole.
          if (chunk.apart && this.facts[f]?.[2] !== "field") continue;
          if (chunk.written && key.startsWith("id:") && !writtenAsFact(chunk.written, this.facts[f])) continue;
          // A short enum value is named only as printed: lower-case "v2" is a version or a subset, not `V2`.
          if (!chunk.capitals && this.facts[f]?.[2] === "enum" && (this.facts[f]?.[1].length ?? 0) <= 3) continue;
          bits.set(f, (bits.get(f) ?? 0) | (1 << i));
          if (!chunk.apart) written.add(f);
          if (!key.startsWith("last:")) whole.add(f);
        }
      // `VirtualService.spec.hosts`: the field path inside the kind it names, and only in that kind.
      if (chunk.inKind)
        for (const f of this.factKeys.get(chunk.inKind.key) ?? []) {
          const term = this.senseIds.get(this.facts[f]?.[6] ?? "");
          if (term === undefined || !this.isKindNamed(term, chunk.inKind)) continue;
          // Written in words, only a field: an enum value or a flag is written as printed.
          if ("name" in chunk.inKind && this.facts[f]?.[2] !== "field") continue;
          bits.set(f, (bits.get(f) ?? 0) | (1 << i));
          whole.add(f);
          inNamedKind.add(f);
          if (chunk.keys.length > 0) written.add(f);
        }
    });
    const best = new Map<string, { fact: number; count: number; pathLength: number }>();
    for (const [f, found] of bits) {
      const fact = this.facts[f];
      if (!fact) continue;
      const [record, name, , , of, path] = fact;
      const context = foldName(`${of} ${path}`);
      // A word written apart after a name ("tags work") is one of the parent's words, not a piece of one ("work"
      // of "workload-entry").
      let words: string[] | undefined;
      let matched = found;
      chunks.forEach((chunk, i) => {
        if (chunk.inKind && "name" in chunk.inKind) {
          words ??= `${of} ${path}`.split(/[\s.]+/).map(foldName);
          if (words.includes(chunk.folded)) matched |= 1 << i;
        } else if (context.includes(chunk.folded)) matched |= 1 << i;
      });
      const count = bitCount(matched);
      const key = `${record}\u0000${name}`;
      const seen = best.get(key);
      if (!seen || count > seen.count || (count === seen.count && path.length < seen.pathLength))
        best.set(key, { fact: f, count, pathLength: path.length });
    }
    // Shares are of the chunks that name some fact: a status code or an acronym that names none ("404", "FQDN")
    // does not make the field the query does name less sure.
    let naming = 0;
    for (const [f, found] of bits) if (written.has(f)) naming |= found;
    const named = Math.max(1, bitCount(naming));
    const homed = new Set<string>();
    for (const { fact } of best.values()) if (this.facts[fact]?.[7]) homed.add(this.facts[fact]?.[1] ?? "");
    // A kind the query names anywhere in it ("workloadSelector for Sidecar") says which kind's field it means.
    if (kindsMentioned.size > 0)
      for (const { fact } of best.values()) {
        const kind = this.senseIds.get(this.facts[fact]?.[6] ?? "");
        if (kind !== undefined && kindsMentioned.has(this.termOf(kind))) inNamedKind.add(fact);
      }
    // So does the noun of a kind of fact: "label `istio.io/rev`" is the label, not the annotation of that name.
    const nouns = new Set(FACT_NOUN_WRITTEN.flatMap(([kind, pattern]) => (pattern.test(text) ? [kind] : [])));
    if (nouns.size > 0)
      for (const { fact } of best.values()) if (nouns.has(this.facts[fact]?.[2] ?? "")) inNamedKind.add(fact);
    const kindNamed = new Set([...inNamedKind].map((f) => this.facts[f]?.[1] ?? ""));
    // A same-named fact of a kind the query does not name comes after, as one away from its home does.
    const away = (f: number) =>
      kindNamed.has(this.facts[f]?.[1] ?? "")
        ? !inNamedKind.has(f)
        : !this.facts[f]?.[7] && homed.has(this.facts[f]?.[1] ?? "");
    // A flag many commands take, none of which the query names, inside a query that says more.
    const saysMore = foldName(text).length;
    const shared = (f: number, count: number) =>
      c.sharedFlag > 0 &&
      count === 1 &&
      this.facts[f]?.[2] === "flag" &&
      (this.factSpread().get(f) ?? 1) >= c.sharedFlag &&
      saysMore > foldName(this.facts[f]?.[1] ?? "").length;
    return [...best.values()]
      .map(({ fact, count }) => {
        const spaced = !written.has(fact) || shared(fact, count);
        return {
          fact,
          spaced,
          score:
            c.referenceName *
            Math.min(1, count / named) ** 2 *
            (whole.has(fact) ? 1 : c.referenceLastPart) *
            (spaced ? c.referenceSpaced : 1) *
            (away(fact) ? c.referenceAway : 1),
        };
      })
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || a.fact - b.fact)
      .slice(0, c.maxReferenceResults);
  }

  /**
   * A field, enum value or flag named exactly belongs to a config kind (`extensionProviders` to MeshConfig): that
   * kind's glossary sense follows the fact, and counts as named, so the pages about the kind are lifted too. When
   * the field's own name is a glossary term (`hosts`), the sense that speaks of that kind (the Istio host field,
   * whose label, definition or cues name VirtualService) comes first of all.
   */
  private addTermsOfFact(
    scored: Scored[],
    hit: { fact: number; score: number },
    why: Map<number, string>,
    c: RankingConfig,
  ): void {
    const fact = this.facts[hit.fact];
    if (!fact) return;
    const kindId = fact[6] ? this.senseIds.get(fact[6]) : undefined;
    const noun = FACT_NOUN[fact[2]] ?? fact[2];
    // An environment variable's term is the program that reads it; any other fact's is the kind that holds it.
    const holder = fact[2] === "env" ? `the program that reads ${noun}` : `the kind that holds ${noun}`;
    if (kindId !== undefined && c.referenceKind > 0)
      this.nameTier(scored, kindId, hit.score * c.referenceKind, why, `${holder} “${fact[1]}”`);
    const kind = kindId === undefined ? undefined : this.records[kindId];
    if (!kind || c.referenceField <= 0) return;
    // A list field is named in the plural (`subsets`), its entry in the singular.
    const names = /[a-z]s$/.test(fact[1]) ? [fact[1], fact[1].slice(0, -1)] : [fact[1]];
    const named = names
      .flatMap((n) => [...(this.nameIndex.get(foldQuery(n)) ?? []), ...(this.compoundIndex.get(foldName(n)) ?? [])])
      .filter((id) => {
        const r = this.records[id];
        return r && r.sense !== null && r.id !== kind.id;
      });
    const kindName = foldName(kind.title);
    const speaksOfKind = named.filter((id) => this.speaksOf(id, kindName));
    for (const id of new Set(speaksOfKind))
      this.nameTier(scored, id, hit.score * c.referenceField, why, `what “${fact[1]}” means in ${kind.title}`);
    // The nearest block on the field's path that the glossary names, in the sense that speaks of the kind:
    // `maxConnectionDuration` sits in `trafficPolicy.connectionPool.tcp`, and `connectionPool` is the pool.
    if (c.referenceParent <= 0) return;
    for (const parent of fact[5].split(".").slice(0, -1).reverse()) {
      // `connectionPool` is written as the glossary's "Connection pool".
      const spaced = foldQuery(spacedCamel(parent));
      const blocks = [
        ...(this.nameIndex.get(foldQuery(parent)) ?? []),
        ...(this.compoundIndex.get(spaced) ?? []),
      ].filter((id) => {
        const r = this.records[id];
        return r?.sense != null && r.id !== kind.id && this.speaksOf(id, kindName);
      });
      for (const id of new Set(blocks))
        this.nameTier(
          scored,
          id,
          hit.score * c.referenceParent,
          why,
          `the ${kind.title} block that holds “${fact[1]}”`,
        );
      if (blocks.length > 0) return;
    }
  }

  /** `twinsFollowErrors`' array of error pages' scores, all 0 between queries; sized again if records grew. */
  private errorScratchFor(): Float64Array {
    if (this.errorScratch?.length !== this.records.length) this.errorScratch = new Float64Array(this.records.length);
    return this.errorScratch;
  }

  /**
   * `liftLinked`'s per-query arrays, zeroed: one set per engine, reused, as a query's garbage is what makes the
   * slowest queries slow. Sized again if the engine's records or links have grown since.
   */
  private linkScratchFor(): LinkScratch {
    let k = this.linkScratch;
    if (
      k?.strength.length !== this.termCount ||
      k.at.length !== this.records.length ||
      k.touched.length !== this.linking.length
    ) {
      k = {
        strength: new Float64Array(this.termCount),
        senseStrength: new Float64Array(this.records.length),
        said: new Uint8Array(this.termCount),
        at: new Int32Array(this.records.length),
        touched: new Uint8Array(this.linking.length),
      };
      this.linkScratch = k;
      return k;
    }
    k.strength.fill(0);
    k.senseStrength.fill(0);
    k.said.fill(0);
    k.at.fill(0);
    k.touched.fill(0);
    return k;
  }

  /** Whether a sense's subtitle, text or a cue writes `name` (folded): the lines are folded once per record. */
  private speaksOf(id: number, name: string): boolean {
    let lines = this.foldedLines.get(id);
    if (!lines) {
      const r = this.records[id];
      lines = r ? [r.subtitle, r.text, ...r.cues].map(foldName) : [];
      this.foldedLines.set(id, lines);
    }
    return lines.some((line) => line.includes(name));
  }

  /** Puts a record in a name tier at `score`, unless it is there already at least as high. */
  private nameTier(scored: Scored[], id: number, score: number, why: Map<number, string>, reason: string): void {
    const rounded = round(score);
    const seen = scored.find((x) => x.id === id);
    if (seen?.named && seen.score >= rounded) return;
    if (seen) {
      seen.score = Math.max(seen.score, rounded);
      seen.match = "linked";
      seen.named = true;
    } else scored.push({ id, kind: this.records[id]?.kind ?? "term", score: rounded, match: "linked", named: true });
    why.set(id, reason);
  }

  /**
   * Pages that write a name the query gives exactly (the how-to that sets `numTrustedProxies`) come up beside the
   * reference page that defines it, by how much they use it and how strongly the query names it.
   */
  private liftUses(scored: Scored[], why: Map<number, string>, c: RankingConfig): void {
    if (c.referenceUse <= 0) return;
    const lift = new Map<number, { amount: number; name: string }>();
    for (const hit of scored) {
      if (hit.match !== "reference" || hit.id < this.records.length) continue;
      const fact = this.facts[hit.id - this.records.length];
      if (!fact) continue;
      const share = hit.score / c.referenceName;
      for (const { id, weight } of this.usedBy.get(foldName(fact[1])) ?? []) {
        const amount = c.referenceUse * share * weight;
        if (amount > (lift.get(id)?.amount ?? 0)) lift.set(id, { amount, name: fact[1] });
      }
    }
    for (const [id, { amount, name }] of lift) {
      const seen = scored.find((x) => x.id === id);
      if (seen?.named) continue;
      if (seen) seen.score = round(seen.score + amount);
      else scored.push({ id, kind: "doc", score: round(amount), match: "linked", named: false });
      why.set(id, `uses “${name}”`);
    }
  }

  /**
   * A name the query gives with a value (`ISTIO_META_DNS_CAPTURE=true`, `is-default-class: 'true'`) is a setting
   * being applied, as a how-to writes it: when a page that writes it is the best of the docs pages that do not
   * define it, the page defining it goes just under that page (`referenceAssigned`), after every other lift.
   */
  private yieldToUsers(scored: Scored[], text: string, c: RankingConfig): void {
    if (c.referenceAssigned <= 0) return;
    const lower = text.toLowerCase();
    const assigned: { fact: Scored; users: number[] }[] = [];
    // The pages defining a name the query gives: they are not the how-to the setting comes from.
    const defining = new Set<number>();
    for (const hit of scored) {
      if (hit.match !== "reference" || hit.id < this.records.length) continue;
      const fact = this.facts[hit.id - this.records.length];
      if (!fact) continue;
      defining.add(fact[0]);
      const users = this.usedBy.get(foldName(fact[1])) ?? [];
      if (users.length > 0 && assigns(lower, fact[1].toLowerCase()))
        assigned.push({ fact: hit, users: users.map((u) => u.id) });
    }
    for (const { fact, users } of assigned) {
      let best = 0;
      let other = 0;
      for (const x of scored) {
        if (x.kind !== "doc" || x.id >= this.records.length || defining.has(x.id)) continue;
        if (users.includes(x.id)) best = Math.max(best, x.score);
        else other = Math.max(other, x.score);
      }
      // Only when the query's other words agree: a page writing the setting is the best of the other pages.
      if (best > other && fact.score > best * c.referenceAssigned) fact.score = round(best * c.referenceAssigned);
    }
  }

  /**
   * The terms one side of a comparison names: the longest run of its words that is a term's name or alias
   * ("istio gateway vs kubernetes ingress" -> gateway, ingress), with the folded names that matched.
   */
  private namedTerms(side: string): { slugs: Set<string>; names: string[] } {
    // Each word folded once; a run's fold is its words' run together. Runs longer than any name are not tried:
    // a side of a long paste (a CamelCase run splits into dozens of words) would cost its length cubed.
    const folds = words(side, { keepStopwords: true, query: true }).map((w) => foldQuery(w.raw));
    for (let n = Math.min(folds.length, LONGEST_NAME_WORDS); n >= 1; n--) {
      for (let i = 0; i + n <= folds.length; i++) {
        const name = folds.slice(i, i + n).join("");
        const ids = (this.nameIndex.get(name) ?? []).filter((id) => this.records[id]?.sense !== null);
        if (ids.length > 0) return { slugs: new Set(ids.map((id) => this.records[id]?.id ?? "")), names: [name] };
      }
    }
    return { slugs: new Set(), names: [] };
  }

  /**
   * The query's words as written (a CamelCase kind stays one word), each read as itself or, when the index has
   * no such word, as its closest spelling: "authorisation policy" names AuthorizationPolicy.
   */
  private spelledWords(runs: readonly WordRun[], c: RankingConfig): string[] {
    let corrections = 0;
    return runs.slice(0, 40).map(({ word }) => {
      const lower = word.toLowerCase();
      // No name is a 40-letter word, and a long paste gets a few corrections at most: each scans the vocabulary.
      if (lower.length < c.minTypoLength || lower.length > 40 || this.stemOf.has(lower) || HAS_DIGIT.test(lower))
        return lower;
      if (++corrections > c.maxQueryWords) return lower;
      return closeWords(lower, this.vocabulary.near(lower), 1)[0] ?? lower;
    });
  }

  /**
   * Records of terms the query names inside longer text: its longest runs of words that are a term's name or
   * alias, left to right without overlap (the decoder's matcher, on a query). A run's words are those of `ws`
   * (spelled out) with what `runs` says of each: a two-letter alias in a dotted name ("IO" of IstioOperator in
   * `security.istio.io`) is a domain's part, and no run goes on past a phrase's end ("istiod: remote").
   */
  private mentionedTerms(
    ws: readonly string[],
    runs: readonly WordRun[],
    filler: readonly string[],
  ): Map<number, string> {
    const out = new Map<number, string>();
    if (ws.length < 2) return out;
    // A run's fold is its words' folds run together: each word is folded once, not once per run it is in.
    const folds = ws.map(foldQuery);
    for (let i = 0; i < ws.length; ) {
      let step = 1;
      let longest = Math.min(6, ws.length - i);
      for (let k = 0; k < longest - 1; k++) if (runs[i + k]?.closes) longest = k + 1;
      // The runs from i, longest first: their folds are the prefixes of the longest one's.
      const prefixes: string[] = [];
      let fold = "";
      for (let n = 1; n <= longest; n++) {
        fold += folds[i + n - 1] ?? "";
        prefixes.push(fold);
      }
      for (let n = longest; n >= 1; n--) {
        if (n === 1 && runs[i]?.dotted === true && (ws[i]?.length ?? 0) <= 2) continue;
        let found = false;
        for (const id of this.nameIndex.get(prefixes[n - 1] ?? "") ?? []) {
          if (this.records[id]?.sense === null) continue;
          out.set(id, ws.slice(i, i + n).join(" "));
          found = true;
        }
        if (found) {
          step = n;
          break;
        }
      }
      i += step;
    }
    // A name of two or more words written with one more word inside it ("Istio standard service metrics", "Istio
    // galley dashboard"): the inserted word qualifies the name, it does not break it. A stop or filler word
    // cannot be that word ("gateway and API"), and no clause may end inside.
    for (let g = 1; g + 1 < ws.length; g++) {
      const inserted = ws[g] ?? "";
      if (runs[g - 1]?.closes || runs[g]?.closes || isStopword(inserted) || filler.includes(inserted)) continue;
      // The name's words before the inserted one, then after it: up to five in all.
      let before = "";
      for (let i = g - 1; i >= 0 && g - i <= 4; i--) {
        if (i < g - 1 && runs[i]?.closes) break;
        before = (folds[i] ?? "") + before;
        let after = "";
        for (let j = g + 1; j < ws.length && g - i + (j - g) <= 5; j++) {
          after += folds[j] ?? "";
          for (const id of this.nameIndex.get(before + after) ?? [])
            if (this.records[id]?.sense !== null && !out.has(id))
              out.set(id, [...ws.slice(i, g), ...ws.slice(g + 1, j + 1)].join(" "));
          if (runs[j]?.closes) break;
        }
      }
    }
    return out;
  }

  /**
   * A card that compares terms from two sides of an "X vs Y" question answers it exactly: it leads. A side is
   * covered when the card links the term it names, or when the card's title names it as one of the things it
   * sets against each other ("… vs ztunnel vs waypoint"): a card links one sense per column, but its title says
   * what a reader calls each column.
   */
  private liftComparisons(scored: Scored[], sides: { slugs: Set<string>; forms: string[] }[], c: RankingConfig): void {
    for (const id of this.present) {
      const r = this.records[id];
      if (r?.kind !== "card" || !r.links) continue;
      const columns = r.title.split(VERSUS);
      // Two sides that only the same column names ("k8s service", "istio service" in "Headless Service") are
      // not compared by the card.
      const claimed = new Set<number>();
      const covered = sides.filter((side) => {
        if (r.links?.some((link) => side.slugs.has(splitTermRef(link)[0]))) return true;
        const column = columns.findIndex((text, i) => !claimed.has(i) && side.forms.some((f) => namesRun(text, f)));
        if (column >= 0) claimed.add(column);
        return column >= 0;
      }).length;
      if (covered < 2) continue;
      const score = round(c.comparisonCard * (covered / sides.length));
      const hit = scored.find((x) => x.id === id);
      if (hit) {
        hit.score = Math.max(hit.score, score);
        hit.match = "comparison";
        hit.named = true;
      } else scored.push({ id, kind: r.kind, score, match: "comparison", named: true });
    }
  }

  /**
   * In "X vs Y" or "difference between X and Y", each side's best term comes before the rest of any side's
   * names (a term's further senses, a page titled with the name): both things asked about lead, after the
   * cards comparing them, instead of one side's four senses.
   */
  private sidesTakeTurns(scored: Scored[], sides: { slugs: Set<string> }[]): void {
    const sideOf = (hit: Scored) => {
      const r = this.records[hit.id];
      return r?.sense == null ? -1 : sides.findIndex((side) => side.slugs.has(r.id));
    };
    const best = sides.map(() => undefined as Scored | undefined);
    for (const hit of scored) {
      const side = sideOf(hit);
      if (side < 0 || !hit.named) continue;
      const b = best[side];
      if (!b || byScore(hit, b) < 0) best[side] = hit;
    }
    if (best.some((b) => b === undefined)) return;
    const leaders = new Set(best);
    const floor = Math.min(...best.map((b) => b?.score ?? 0));
    for (const hit of scored)
      if (hit.named && hit.match !== "comparison" && !leaders.has(hit) && hit.score >= floor)
        hit.score = round(floor - 1 + hit.score / 10_000);
  }

  /**
   * Glossary-backed retrieval: a term the query names, or that its words match strongly, lifts the pages,
   * cards, lists and error pages about that term, by how strong the term's match is.
   */
  private liftLinked(scored: Scored[], c: RankingConfig): void {
    let topWords = 0;
    let topTerm = 0;
    for (const hit of scored) {
      if (this.records[hit.id]?.sense == null) continue;
      topTerm = Math.max(topTerm, hit.score);
      if (!hit.named) topWords = Math.max(topWords, hit.score);
    }
    // Per term (by its index in `termIndex`), the strongest match among its senses; and each sense's own.
    const { strength, senseStrength, said, at, touched } = this.linkScratchFor();
    let any = false;
    for (const hit of scored) {
      const t = this.termOf(hit.id);
      if (t < 0) continue;
      const s = hit.named
        ? 1
        : hit.match === "mention"
          ? c.linkFromMention
          : topWords > 0
            ? (c.linkFromWords * hit.score) / topWords
            : 0;
      if (hit.id < senseStrength.length && s > (senseStrength[hit.id] ?? 0)) senseStrength[hit.id] = s;
      if (s > (strength[t] ?? 0)) strength[t] = s;
      // Named by the query's own words, not brought by a name it gives (the kinds that hold a field).
      if ((hit.named && hit.match !== "linked") || hit.match === "mention") said[t] = 1;
      any ||= s > 0;
    }
    if (!any) return;
    // Position + 1 in `scored` of each record's hit (0: none), without a Map per query.
    scored.forEach((x, i) => {
      if (x.id < at.length) at[x.id] = i + 1;
    });
    // A lift reorders the pages about the terms among themselves; it never carries a page over the best term,
    // which is the answer the query named.
    // Only the records about a term with some strength can move: found through each term's list, then visited
    // in record order (a pass over a flag per linking record, cheaper than sorting the list).
    strength.forEach((st, t) => {
      if (st > 0) this.whole?.wantLinks(this.termSlugs[t] ?? "");
    });
    strength.forEach((st, t) => {
      if (st > 0) for (const i of this.linkedBy[t] ?? []) touched[i] = 1;
    });
    for (let i = 0; i < touched.length; i++) {
      if (!touched[i]) continue;
      const id = this.linking[i] ?? -1;
      const r = this.records[id];
      // A comparison card covering several terms the query names answers how they relate, "vs" or not
      // ("ingressgateway and ingress resources"): each further named term it covers adds `cardCovers`; a page
      // about several of them, `pageCovers`.
      let best = 0;
      let namedSum = 0;
      let namedBest = 0;
      let namedCount = 0;
      const senses = this.linkSenses[i] ?? [];
      const terms = this.linkTerms[i] ?? [];
      for (let k = 0; k < terms.length; k++) {
        const t = terms[k] ?? 0;
        const named = senses[k] ?? [];
        let st = 0;
        if (named.length === 0) st = strength[t] ?? 0;
        else for (let j = 0; j < named.length; j++) st = Math.max(st, senseStrength[named[j] ?? 0] ?? 0);
        best = Math.max(best, st);
        if (st >= c.linkFromMention) {
          namedSum += st;
          namedCount += said[t] ?? 0;
          namedBest = Math.max(namedBest, st);
        }
      }
      const others = (r?.kind === "card" ? c.cardCovers : c.pageCovers) * (namedSum - namedBest);
      const amount = c.linkLift * (best + others);
      if (!r || amount <= 0) continue;
      // No read at index -1 for a record without a hit: V8 looks a negative index up as a named property, slowly.
      const pos = at[id] ?? 0;
      const hit = pos > 0 ? scored[pos - 1] : undefined;
      // A card comparing two or more things the query itself names answers how they relate: just after the
      // best term, before the pages about one of them.
      const floor = r.kind === "card" && namedCount >= 2 ? round(topTerm * c.cardRelates) : 0;
      if (!hit)
        scored.push({
          id,
          kind: r.kind,
          score: Math.max(floor, round(Math.min(amount, topTerm))),
          match: "linked",
          named: false,
        });
      else if (!hit.named && hit.score < topTerm)
        hit.score = Math.max(floor, round(Math.min(hit.score + amount, topTerm)));
    }
  }

  /** The best result that is not a term: a docs page, error page, card or list, the query's answering page. */
  private bestPage(scored: readonly Scored[]): Scored | undefined {
    let best: Scored | undefined;
    for (const x of scored)
      if (x.id < this.records.length && this.termOf(x.id) < 0 && (!best || byScore(x, best) < 0)) best = x;
    return best;
  }

  /**
   * The best page of the results (docs, error, card or list) lifts the terms it links, in the order it gives
   * them (an error page lists the term it is about first): the answering page says which terms the question is
   * about, when the query's own words only touch them. A lifted term stays under the page, and only terms the
   * query's words already reach move: a page adds no term of its own.
   */
  private liftTermsOfPage(
    scored: Scored[],
    inWorld: ReadonlySet<number>,
    why: Map<number, string>,
    c: RankingConfig,
    spelled: ReadonlySet<number>,
  ): void {
    if (c.pageTerms <= 0) return;
    const page = this.bestPage(scored);
    if (!page) return;
    const at = this.linking.indexOf(page.id);
    if (at < 0) return;
    const linked = new Set(this.linkTerms[at]);
    const bestOfTerm = new Map<number, Scored>();
    const hitOf = new Map<number, Scored>();
    for (const x of scored) {
      const t = this.termOf(x.id);
      if (t < 0 || x.named || !linked.has(t)) continue;
      hitOf.set(x.id, x);
      const b = bestOfTerm.get(t);
      if (!b || byScore(x, b) < 0) bestOfTerm.set(t, x);
    }
    const ceiling = page.score * PAGE_TERMS_CEILING;
    const before = new Map<Scored, number>();
    const worldTerms = new Set([...inWorld].map((id) => this.termOf(id)));
    const senses = this.linkSenses[at] ?? [];
    (this.linkTerms[at] ?? []).forEach((t, k) => {
      // A link to one sense lifts that sense, not whichever sense of the term the query's words reach best.
      const named = senses[k] ?? [];
      const hit =
        named.length === 0
          ? bestOfTerm.get(t)
          : named.reduce<Scored | undefined>((b, id) => {
              const x = hitOf.get(id);
              return x && (!b || byScore(x, b) < 0) ? x : b;
            }, undefined);
      if (!hit || hit.score >= ceiling) return;
      // The query's own words name another sense's world ("Gateway API Gateway" beside a page linking the Istio
      // Gateway): the page does not carry its sense over the one the query picked.
      if (!inWorld.has(hit.id) && worldTerms.has(t)) return;
      if (!before.has(hit)) before.set(hit, hit.score);
      hit.score = round(Math.min(hit.score + page.score * c.pageTerms * c.pageTermsDecay ** k, ceiling));
      if (!why.has(hit.id)) why.set(hit.id, `linked from “${this.records[page.id]?.title ?? ""}”, the best page found`);
    });
    // A term the query spells out in words of its own ("native sidecar container" beside a pasted cluster name)
    // is what it asks about: a term the page brings passes none of them, though it keeps what its own words earned.
    let spelledLeast = Number.POSITIVE_INFINITY;
    for (const x of scored) if (spelled.has(x.id)) spelledLeast = Math.min(spelledLeast, x.score);
    for (const [hit, was] of before)
      if (!spelled.has(hit.id) && hit.score >= spelledLeast) hit.score = Math.max(was, round(spelledLeast - 0.5));
  }

  /**
   * A message a program prints, pasted, is a question about what went wrong: the pages about that program whose
   * title says they troubleshoot it ("Troubleshoot connectivity issues with ztunnel") lead the docs pages. They do
   * not pass the terms the message names: its words may say what failed better than the program does.
   */
  private liftTroubleshooting(
    scored: Scored[],
    printedBy: ReadonlyMap<number, number>,
    why: Map<number, string>,
    c: RankingConfig,
  ): void {
    if (c.printedTroubleshooting <= 0) return;
    let bestDoc = 0;
    for (const x of scored) if (x.kind === "doc") bestDoc = Math.max(bestDoc, x.score);
    for (const id of printedBy.keys()) {
      const r = this.records[id];
      if (r?.kind !== "term") continue;
      for (const i of this.linkedBy[this.termOf(id)] ?? []) {
        const page = this.linking[i] ?? -1;
        if (this.records[page]?.kind !== "doc" || !this.derived[page]?.titleTokens.has(TROUBLESHOOT)) continue;
        const score = round(bestDoc * c.printedTroubleshooting);
        const hit = scored.find((x) => x.id === page);
        if (hit && hit.score >= score) continue;
        if (hit) hit.score = score;
        else scored.push({ id: page, kind: "doc", score, match: "linked", named: false });
        why.set(page, `troubleshooting ${r.title}, which prints this message`);
      }
    }
  }

  /**
   * The best page found is an error page: the docs page that explains it (the error's `docs_page`) is a docs page
   * to read, next to the one the query's words find best. The words may name a more specific page, so it does
   * not pass that one. Error pages tied with it are found as well ("503 NR cluster_not_found" names two codes),
   * so each brings its own.
   */
  private liftExplaining(scored: Scored[], why: Map<number, string>, c: RankingConfig): void {
    if (c.explainingPage <= 0) return;
    const best = this.bestPage(scored);
    if (best?.kind !== "error") return;
    const errors = scored.filter((x) => x.kind === "error" && x.score >= best.score).map((x) => x.id);
    for (const id of errors) this.whole?.wantExplaining(id);
    let bestDoc = 0;
    for (const x of scored) if (x.kind === "doc") bestDoc = Math.max(bestDoc, x.score);
    if (bestDoc <= 0) return;
    const score = round(bestDoc * c.explainingPage);
    for (const error of errors)
      for (const page of this.explainedBy.get(error) ?? []) {
        const hit = scored.find((x) => x.id === page);
        if (hit && hit.score >= score) continue;
        if (hit) hit.score = score;
        else scored.push({ id: page, kind: "doc", score, match: "linked", named: false });
        why.set(page, `explains ${this.records[error]?.title ?? ""}, the best page found`);
      }
  }

  /** An error code's istio.io page ranks among the docs pages no higher than its error page does (`errorTwin`). */
  private twinsFollowErrors(scored: Scored[], c: RankingConfig): void {
    if (c.errorTwin <= 0 || this.twinOf.size === 0) return;
    // Few results are docs pages of one error: the error pages' scores are read only when one is there.
    let errorScore: Float64Array | undefined;
    // Kept hits are moved down over the dropped ones in one pass (a splice per drop would shift the rest each time).
    let kept = 0;
    for (const x of scored) {
      const error = x.kind === "doc" ? this.twinOf.get(x.id) : undefined;
      if (error !== undefined) {
        // Error pages are neither dropped nor rescored here: read mid-pass, their scores are still right.
        if (!errorScore) {
          errorScore = this.errorScratchFor();
          for (const e of scored) if (e.kind === "error" && e.id < errorScore.length) errorScore[e.id] = e.score;
        }
        const cap = round((errorScore[error] ?? 0) * c.errorTwin);
        if (cap <= 0) continue;
        if (x.score > cap) x.score = cap;
      }
      scored[kept++] = x;
    }
    scored.length = kept;
    // Error pages are all still there: their slots go back to 0 for the next query.
    if (errorScore) for (const e of scored) if (e.kind === "error" && e.id < errorScore.length) errorScore[e.id] = 0;
  }

  /**
   * An HTTP status written in the query ("fails with 403") lifts the error pages seen with it, so the words of
   * the question pick among the few pages that status can mean.
   */
  private liftStatuses(scored: Scored[], text: string, why: Map<number, string>, c: RankingConfig): void {
    const amount = c.statusLift;
    if (amount <= 0) return;
    for (const status of new Set(text.match(/(?<![\w.])[1-5]\d\d(?![\w.])/g) ?? [])) {
      for (const id of this.statusPages.get(status) ?? []) {
        const hit = scored.find((x) => x.id === id);
        if (hit?.named) continue;
        if (hit) hit.score = round(hit.score + amount);
        else scored.push({ id, kind: "error", score: round(amount), match: "linked", named: false });
        why.set(id, `seen with ${status}`);
      }
    }
  }

  /**
   * A page found both as itself and through a fact it defines is one result: the fact (the page at the fact's
   * anchor), at the better of the two scores, so the same page never takes two places.
   */
  private mergeFactPages(scored: Scored[]): void {
    const bestFact = new Map<number, Scored>();
    for (const hit of scored) {
      if (hit.id < this.records.length) continue;
      const page = this.facts[hit.id - this.records.length]?.[0];
      if (page === undefined) continue;
      const seen = bestFact.get(page);
      if (!seen || hit.score > seen.score) bestFact.set(page, hit);
    }
    if (bestFact.size === 0) return;
    for (let i = scored.length - 1; i >= 0; i--) {
      const hit = scored[i];
      const fact = hit ? bestFact.get(hit.id) : undefined;
      if (!hit || !fact) continue;
      fact.score = Math.max(fact.score, hit.score);
      fact.named ||= hit.named;
      scored.splice(i, 1);
    }
  }

  /** A reference fact as a result: the docs page that defines it, at its anchor, saying what it is. */
  private factResult(index: number, score: number): SearchResult[] {
    const fact = this.facts[index];
    const page = fact ? this.records[fact[0]] : undefined;
    if (!fact || !page) return [];
    const [, name, kind, anchor, of, path, , home] = fact;
    const reference: ReferenceFact = {
      name,
      kind,
      ...(anchor ? { anchor } : {}),
      ...(of ? { of } : {}),
      ...(path ? { path } : {}),
    };
    const noun = FACT_NOUN[kind] ?? kind;
    const what = path && path !== name ? path : of ? `${noun} of ${of}` : noun;
    // A flag the page lists under many commands (`--revision` under two dozen istioctl ones) is shown at one.
    const spread = this.factSpread().get(index) ?? 1;
    return [
      {
        kind: page.kind,
        id: page.id,
        sense: null,
        context: null,
        title: name,
        subtitle: `${what} · ${page.title}`,
        url: anchor ? `${page.url.split("#")[0]}#${anchor}` : page.url,
        text: page.text,
        score,
        match: "reference",
        why: home
          ? `the ${noun} this page defines, registered in ${of}'s own code`
          : kind === "flag" && spread > 1 && of
            ? `a flag ${spread} commands on this page take; here, ${of}'s`
            : `the ${noun} this page defines`,
        reference,
      },
    ];
  }

  /**
   * When nothing matches: the terms whose names are closest to the query as a whole (a few letters off, or
   * the query a part of the name), best first.
   */
  nearestNames(query: string, limit = 5): SearchResult[] {
    const q = foldName(query.slice(0, MAX_QUERY_CHARS));
    if (q.length < 2) return [];
    const max = Math.max(2, Math.floor(q.length / 3));
    const best = new Map<string, { id: number; d: number }>();
    for (const id of this.present) {
      const r = this.records[id];
      if (!r || r.sense === null) continue;
      for (const name of [r.title, ...r.aliases]) {
        const n = foldName(name);
        // A name the query is part of (or the reverse) is nearer than a misspelling: each missing letter counts a
        // quarter of an edit.
        const d = n.includes(q) || q.includes(n) ? Math.abs(n.length - q.length) / 4 : editDistance(q, n, max);
        const seen = best.get(r.id);
        if (d <= max && (!seen || d < seen.d)) best.set(r.id, { id, d });
      }
    }
    return [...best.values()]
      .sort((a, b) => a.d - b.d || a.id - b.id)
      .slice(0, limit)
      .flatMap(({ id }) => {
        const r = this.records[id];
        return r
          ? [
              {
                ...r,
                url: r.url.split("#")[0] ?? r.url,
                score: 0,
                match: "typo" as const,
                why: "a name close to yours",
              },
            ]
          : [];
      })
      .map(({ aliases: _a, codes: _d, cues: _c, keywords: _k, headings: _h, links: _l, order: _o, ...rest }) => rest);
  }

  /** The best results for a query, best first (at most `limit`). */
  search(query: string, opts: SearchOptions = {}): SearchResult[] {
    return this.searchWithTotal(query, opts).results;
  }

  /** The best results and how many records matched in all, for an honest count. */
  searchWithTotal(query: string, opts: SearchOptions = {}): { results: SearchResult[]; total: number } {
    const c = opts.ranking ? { ...this.config, ...opts.ranking } : this.config;
    const limit = opts.limit ?? 20;
    // istioctl's short subcommands read as written in full: its reference and its terms' names spell them out.
    const pasted = spellIstioctl(query.slice(0, MAX_QUERY_CHARS));
    // Pasted structures (an access-log line, an Envoy cluster name, a SPIFFE id...) are read as what they name;
    // the prose around them is read word by word.
    const structures = structureNames(pasted);
    const prose = structures.spans.length > 0 ? blankSpans(pasted, structures.spans) : pasted;
    // "X vs Y" compares X and Y: its "vs" joins the sides, it is no VirtualService (which "vs" alone names). A
    // query that is a record's whole name compares nothing, whatever its "or" ("… the right host or port?").
    const compared = this.nameIndex.has(foldQuery(prose)) ? { sides: [], connectors: [] } : comparedSides(prose);
    const text = compared.connectors.length > 0 ? blankSpans(prose, compared.connectors) : prose;
    const folded = foldQuery(text);
    // Codes and messages written as printed (IST0132, a whole error message) surely name their records; their
    // words still find related pages, but a dotted name inside one is no CRD (a webhook's "namespace.…istio.io").
    // kubectl's "Error from server (InternalError)" gives the API server's reason, not an analyzer's code name.
    const codeHits = this.findCodes(blankSpans(pasted, apiStatusReasons(pasted)));
    const codeNamed = new Set(codeHits.map((h) => h.owner));
    const shortCode = this.shortCodes.get(pasted.trim());
    if (shortCode !== undefined) codeNamed.add(shortCode);
    // A message as a tool prints it, whatever fills its varying parts ("Referenced gateway not found"), with
    // where it starts in the paste.
    const printedBy = new Map<number, number>();
    // Only the needles the paste holds as words are tried: one look-up per word, not one search per needle.
    const held: { order: number; patterns: { id: number; pattern: RegExp }[] }[] = [];
    for (const [word] of pasted.toLowerCase().matchAll(LETTER_RUN)) {
      const group = this.printed.get(word);
      if (group && !held.includes(group)) held.push(group);
    }
    held.sort((a, b) => a.order - b.order);
    for (const { patterns } of held)
      for (const { id, pattern } of patterns) {
        const m = pattern.exec(pasted);
        if (!m) continue;
        codeNamed.add(id);
        printedBy.set(id, Math.min(m.index, printedBy.get(id) ?? m.index));
      }
    // Short codes written where flags go: "503 UF,URX", "the NR flag", or a list of nothing but known codes.
    for (const group of writtenFlags(pasted)) {
      const known = group.flags.flatMap((f) => {
        const id = this.shortCodes.get(f.code);
        return id === undefined ? [] : [id];
      });
      if (group.cued || known.length === group.flags.length) for (const id of known) codeNamed.add(id);
    }
    const outsideCodes = blankSpans(
      text,
      codeHits.map((h): [number, number] => [h.start, h.end]),
    );
    // Names the query carries besides itself: the codes in a pasted structure and the kind a CRD name names
    // count as the record's own name; the kind of structure pasted ("Envoy cluster") as one of its other names.
    // A pasted istio.io docs address names its page, whichever release's or language's copy it is.
    const addressed = docsPathsIn(pasted).map((p) => foldQuery(`/latest/docs/${p ? `${p}/` : ""}`));
    // A Go API type in a pasted error (`v1alpha1.IstioOperatorSpec`) names its kind as surely as a CRD name does.
    const goTypes = goTypeKinds(outsideCodes).filter((k) => (this.compoundIndex.get(k)?.length ?? 0) > 0);
    const namedExactly = [
      ...structures.codes.map(foldQuery),
      ...addressed,
      ...crdKinds(outsideCodes),
      ...goTypes,
    ].filter(Boolean);
    const queryNames = folded ? [folded] : [];
    const namedLoosely = structures.kinds.map(foldQuery);
    // A context word that is itself a term's name ("VirtualService") is what the query asks about, not its world.
    // A pasted `apiVersion:` names its group's world (gateway.networking.k8s.io: Gateway API), and the words of
    // the group's name ("networking") are not the query's.
    const groups = apiGroups(text);
    const signals = contextSignals(blankSpans(text, groups.spans), [...structures.contexts, ...groups.contexts]).filter(
      (sig) => sig.named || !this.nameIndex.has(foldQuery(sig.word)),
    );
    const unique = (list: Word[]) => [...new Map(list.map((w) => [w.stem, w])).values()].slice(0, c.maxQueryWords);
    // A query of stop words alone ("the", "how to") has no words to score: only a record named so is found.
    const queryWords = unique(words(this.segmented(text, c), { query: true }));
    // "X vs Y", "difference between X and Y": the terms on each side, and the cards that compare them.
    const named = compared.sides.map((side) => {
      const terms = this.namedTerms(side);
      // A card's title writes a column without the world it belongs to ("Gateway API Gateway", not "Kubernetes …").
      const bare = side.replace(QUALIFIER, "");
      return { ...terms, forms: [...new Set([...terms.names, foldQuery(side), foldQuery(bare)])].filter(Boolean) };
    });
    // "X or Y" without a question mark compares only when each side is a term's name and nothing more ("istio
    // gateway or gateway api"; not "503 or 504", nor "restart or redeploy the workload").
    const nameOnly = (side: string, names: string[]) =>
      names.includes(foldQuery(side)) || names.includes(foldQuery(side.replace(QUALIFIER, "")));
    const sides =
      compared.loose && named.some((side, i) => !nameOnly(compared.sides[i] ?? "", side.names)) ? [] : named;
    for (const side of sides) namedExactly.push(...side.names);
    if (
      queryWords.length === 0 &&
      !folded &&
      namedExactly.length === 0 &&
      namedLoosely.length === 0 &&
      codeNamed.size === 0
    )
      return { results: [], total: 0 };
    const tokens = queryWords.map((w) => w.stem);
    // A pasted manifest's envelope keys (`kind:`, `spec:`) are its shape, said as little as filler: "kind:
    // Sidecar" asks nothing about kind, the local cluster tool.
    const envelope = new Set([...text.matchAll(ENVELOPE_KEY)].map((m) => m[1]?.toLowerCase()));
    const wordWeights = queryWords.map((w) =>
      c.fillerWords.includes(w.raw) || envelope.has(w.raw) ? c.fillerWeight : 1,
    );
    const totalWeight = wordWeights.reduce((a, b) => a + b, 0);
    // A kind written as one word is long ("destinationrules"); shorter runs are ordinary words.
    const compoundWords = text
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 8)
      .map(foldQuery);
    const compounded = new Set(compoundWords.flatMap((w) => this.compoundIndex.get(w) ?? []));
    // The last word may still be being typed, unless the query ends in a space or punctuation.
    const typing = /[\p{L}\p{N}]$/u.test(text);
    const { hits, commonBits, uncommonFound } = this.wordHits(queryWords, wordWeights, typing, c);
    const { matched } = this.scratch;

    // A name typed with a slip ("VirutalService") is still that name.
    const runs = wordRuns(text);
    const spelled = this.spelledWords(runs, c);
    const respelled = foldQuery(spelled.join(" "));
    if (respelled && respelled !== folded && this.nameIndex.has(respelled)) namedExactly.push(respelled);
    // Records the query names without sharing a word with them (a flag inside a pasted log line) join the hits.
    // Word hits are those with matched bits; the few records added by name are tracked apart (no Set of all hits).
    const added = new Set<number>();
    const inHits = {
      has: (id: number) => (matched[id] ?? 0) !== 0 || added.has(id),
      add: (id: number) => added.add(id),
    };
    for (const id of codeNamed) {
      if (!inHits.has(id)) {
        inHits.add(id);
        hits.push(id);
      }
    }
    // Only records with one of these names can be in a name tier: the rest skip those checks.
    const nameCandidates = new Set<number>();
    for (const name of [...queryNames, ...namedExactly, ...namedLoosely]) {
      for (const id of this.nameIndex.get(name) ?? []) {
        nameCandidates.add(id);
        if (!inHits.has(id)) {
          inHits.add(id);
          hits.push(id);
        }
      }
    }
    const fromStructure = new Set(structures.codes.map(foldQuery));
    /** Why each result matched, in words a reader can check: the alias, the code, the corrected spelling. */
    const why = new Map<number, string>();
    // Terms the query mentions by name inside a longer question ("TLS origination with an egress gateway").
    const mentioned = this.mentionedTerms(spelled, runs, c.fillerWords);
    const namesWritten = [...queryNames, ...namedExactly, ...namedLoosely];
    for (const phrase of mentioned.values()) namesWritten.push(foldQuery(phrase));
    const aliasedElsewhere = this.aliasesWrittenByOneSense(
      new Set([...nameCandidates, ...mentioned.keys()]),
      namesWritten,
    );
    for (const id of this.sensesNamedByCue(mentioned, text)) aliasedElsewhere.add(id);
    // A world word inside the very name the query writes ("Envoy clusters") picks that sense, whatever other
    // world words the query holds ("Istio creates unnecessary Envoy clusters"): per term so pinned, the words.
    const pinnedBy = new Map<number, Set<string>>();
    for (const [id, phrase] of mentioned) {
      const inside = ` ${phrase.toLowerCase()} `;
      const own = signals.filter((sig) => inside.includes(` ${sig.word} `));
      const context = this.records[id]?.context;
      if (context != null && own.some((sig) => sig.context === context))
        pinnedBy.set(this.termOf(id), new Set(own.map((sig) => sig.word)));
    }
    // A world word written just before a name whose senses live in different worlds ("k8s ingress with …
    // injecting sidecar") speaks for that name: it picks that term's sense, and no other term's where there is a
    // choice of worlds.
    const spokenFor = new Map<string, number>();
    const spaced = ` ${worded(text)} `;
    for (const [id, phrase] of mentioned) {
      const term = this.termOf(id);
      const worlds = this.termContexts[term];
      if (!worlds || worlds.size < 2) continue;
      for (const sig of signals)
        if (sig.word && worlds.has(sig.context) && spaced.includes(` ${sig.word} ${worded(phrase)} `)) {
          spokenFor.set(sig.word, term);
          pinnedBy.set(term, new Set([...(pinnedBy.get(term) ?? []), sig.word]));
        }
    }
    for (const id of mentioned.keys()) {
      if (!inHits.has(id)) {
        inHits.add(id);
        hits.push(id);
      }
    }

    // Identifier-shaped words of the query (`exportTo`, `LEAST_REQUEST`, `SDS`), folded. Unlike the chunks that may
    // name reference fields, an acronym counts here: written so, it surely names its term.
    // A setting written key=value with a key shaped like a label's (`istio-injection=enabled`) is an identifier,
    // and so is its key, unless a sense's cues write the whole setting (`istio.io/rev=prod-stable` is a tag's).
    const identifiers = new Set(
      text.split(/\s+/).flatMap((w) => {
        const bare = w.replace(/^\W+|\W+$/gu, "");
        const key = /^([\p{L}\p{N}][\w./-]*[-./][\w./-]*)=/u.exec(bare)?.[1];
        const whole = IDENTIFIER.test(bare) || key ? [foldName(w)] : [];
        return key && !this.cueNames.has(foldName(w)) ? [...whole, foldName(key)] : whole;
      }),
    );
    // Senses whose cues write an identifier of the query as it is written.
    const cueNamed = new Set<number>();
    for (const word of c.cueIdentifier > 0 ? identifiers : [])
      for (const id of this.cueNames.get(word) ?? []) {
        cueNamed.add(id);
        if (!inHits.has(id)) {
          inHits.add(id);
          hits.push(id);
        }
      }
    // The parts of what was pasted that may name reference facts; a word the index knows as prose (gRPC, HTTP,
    // STRICT) names one only as the whole query.
    const chunks = factChunks(
      pasted,
      (w) => this.stemOf.has(w),
      (name) => this.nameIndex.has(name),
    );
    const { scored, inWorld } = this.scoreHits(hits, {
      c,
      tokens,
      wordWeights,
      totalWeight,
      typing,
      commonBits,
      uncommonFound,
      folded,
      namedExactly,
      namedLoosely,
      spelled,
      respelled,
      addressed,
      fromStructure,
      identifiers,
      nameCandidates,
      codeNamed,
      printedBy,
      mentioned,
      aliasedElsewhere,
      cueNamed,
      compounded,
      signals,
      pinnedBy,
      spokenFor,
      why,
    });
    // A sense the query names by its own alias or cue phrase comes before its term's other senses, however many
    // of the question's words those others happen to hold.
    if (aliasedElsewhere.size > 0) {
      const best = new Map<number, number>();
      for (const hit of scored) {
        const t = this.termOf(hit.id);
        if (t >= 0 && !aliasedElsewhere.has(hit.id) && (hit.match === "mention" || hit.named))
          best.set(t, Math.max(best.get(t) ?? 0, hit.score));
      }
      for (const hit of scored) {
        const top = aliasedElsewhere.has(hit.id) ? best.get(this.termOf(hit.id)) : undefined;
        if (top !== undefined && hit.score >= top) hit.score = round(top * 0.99);
      }
    }
    const kindsMentioned = new Set([...mentioned.keys()].map((id) => this.termOf(id)));
    for (const hit of this.referenceHits(chunks, kindsMentioned, text, c)) {
      const id = this.records.length + hit.fact;
      // A field named by its kind and a word spaced apart is a docs match among the others; the kind it belongs
      // to is named by the query's own words already.
      scored.push({ id, kind: "doc", score: round(hit.score), match: "reference", named: !hit.spaced });
      if (!hit.spaced) this.addTermsOfFact(scored, hit, why, c);
    }
    this.liftUses(scored, why, c);
    if (sides.length >= 2) {
      this.liftComparisons(scored, sides, c);
      this.sidesTakeTurns(scored, sides);
    }
    // Page to terms first: a term the answering page brings then lifts its own pages like any other.
    this.liftTermsOfPage(scored, inWorld, why, c, spelledOut(mentioned, text));
    this.liftLinked(scored, c);
    this.liftTroubleshooting(scored, printedBy, why, c);
    this.liftExplaining(scored, why, c);
    this.liftStatuses(scored, pasted, why, c);
    this.twinsFollowErrors(scored, c);
    this.yieldToUsers(scored, text, c);
    this.mergeFactPages(scored);
    return { results: this.ordered(scored, limit, tokens, why, c), total: scored.length };
  }

  /**
   * Every record a query word (or its prefix, typo or stem variants) reaches, its summed score in
   * `scratch.total`, the words it holds as bits in `scratch.matched` (exact ones in `scratch.exact`). Also which
   * words nearly every record holds, and whether some record holds another of the words.
   */
  private wordHits(
    queryWords: Word[],
    wordWeights: number[],
    typing: boolean,
    c: RankingConfig,
  ): { hits: number[]; commonBits: number; uncommonFound: boolean } {
    const lastWord = queryWords.length - 1;
    // Per-record sums live in typed arrays indexed by record id (no Map or Set per hit): the hot loop of a query.
    const { word: wordScore, perWord, total: totalScore, matched, exact } = this.scratch;
    const hits: number[] = [];
    const total = this.whole?.total ?? this.records.length;
    // The query words nearly every record holds, and whether some record holds another of its words.
    let commonBits = 0;
    let uncommonFound = false;
    queryWords.forEach((qw, ti) => {
      const found: number[] = [];
      // Question and complaint words ("why", "not working", "issue") say little about what is asked.
      const filler = wordWeights[ti] ?? 1;
      for (const { word, quality } of this.variants(qw, typing && ti === lastWord, c)) {
        const ids = this.scoreWord(this.lookup(word, c.candidatesPerWord), quality, c);
        if (ids.length === 0) continue;
        const df = this.whole?.df(word) || ids.length;
        const idf = Math.log(1 + total / df);
        if (quality === 1 && df > total * c.commonWords.share && df >= c.commonWords.minRecords) commonBits |= 1 << ti;
        for (const id of ids) {
          const s = (wordScore[id] ?? 0) * idf * filler;
          wordScore[id] = 0;
          if (quality === 1) exact[id] = (exact[id] ?? 0) | (1 << ti);
          if (s > (perWord[id] ?? 0)) {
            if ((perWord[id] ?? 0) === 0) found.push(id);
            perWord[id] = s;
          }
        }
      }
      // A filler word ("why", an envelope key) held by few records is no reason to drop the common words' finds.
      if (found.length > 0 && !(commonBits & (1 << ti)) && filler === 1) uncommonFound = true;
      for (const id of found) {
        if ((matched[id] ?? 0) === 0) hits.push(id);
        totalScore[id] = (totalScore[id] ?? 0) + (perWord[id] ?? 0);
        matched[id] = (matched[id] ?? 0) | (1 << ti);
        perWord[id] = 0;
      }
    });

    return { hits, commonBits, uncommonFound };
  }

  /** Scores every hit of a query: the name tiers first, then word matches with their world and cue. */
  private scoreHits(hits: number[], q: HitContext): { scored: Scored[]; inWorld: Set<number> } {
    const {
      c,
      tokens,
      wordWeights,
      totalWeight,
      typing,
      commonBits,
      uncommonFound,
      folded,
      namedExactly,
      namedLoosely,
      spelled,
      respelled,
      addressed,
      fromStructure,
      identifiers,
      nameCandidates,
      codeNamed,
      printedBy,
      mentioned,
      aliasedElsewhere,
      cueNamed,
      compounded,
      signals,
      pinnedBy,
      spokenFor,
      why,
    } = q;
    const { total: totalScore, matched, exact } = this.scratch;
    const lastWord = tokens.length - 1;
    // Score every hit first; only the results that make the cut get a heading, a URL and an object to return.
    const scored: Scored[] = [];
    // The senses whose world the query's own words name.
    const inWorld = new Set<number>();
    const phraseOfTokens = tokens.length > 1 ? tokens.join(" ") : "";
    let fillerBits = 0;
    wordWeights.forEach((w, ti) => {
      if (w < 1) fillerBits |= 1 << ti;
    });
    // Neighbouring query words, neither a filler word, as they would be written in a title.
    // The pages holding them are marked once per query, not looked up per hit.
    const { pairedIn } = this.scratch;
    const paired: number[] = [];
    for (let ti = 1; (c.titlePair !== 1 || c.headingPair !== 1) && ti < tokens.length; ti++)
      if ((wordWeights[ti] ?? 1) === 1 && (wordWeights[ti - 1] ?? 1) === 1) {
        const pair = `${tokens[ti - 1]} ${tokens[ti]}`;
        for (const id of this.titlePairs.get(pair) ?? []) {
          if (!pairedIn[id]) paired.push(id);
          pairedIn[id] = IN_TITLE;
        }
        for (const id of this.headingPairs.get(pair) ?? [])
          if (!pairedIn[id]) {
            paired.push(id);
            pairedIn[id] = IN_HEADING;
          }
      }
    const phraseBits = new Map<string, number>();
    const bareMentions: Scored[] = [];
    const evidenced = new Set<number>();
    const allTokens = tokens.length >= 32 ? -1 : (1 << tokens.length) - 1;
    for (const id of hits) {
      const wordsScore = totalScore[id] ?? 0;
      const matchedBits = matched[id] ?? 0;
      const exactBits = exact[id] ?? 0;
      totalScore[id] = 0;
      matched[id] = 0;
      exact[id] = 0;
      const maybeNamed = nameCandidates.has(id) || codeNamed.has(id);
      // Reached by none but the words nearly every record holds (`RankingConfig.commonWords`).
      if (
        uncommonFound &&
        matchedBits !== 0 &&
        (matchedBits & ~commonBits) === 0 &&
        !maybeNamed &&
        !mentioned.has(id) &&
        !cueNamed.has(id) &&
        !compounded.has(id)
      )
        continue;
      const r = this.records[id];
      const d = this.derived[id];
      if (!r || !d) continue;
      // The share of the query's words the record holds, filler words counting for their weight.
      let held = 0;
      for (let ti = 0; ti < tokens.length; ti++) if (matchedBits & (1 << ti)) held += wordWeights[ti] ?? 1;
      const coverage = totalWeight > 0 ? held / totalWeight : 0;
      let score = wordsScore * coverage * coverage;
      let match: MatchKind =
        (matchedBits & ~exactBits) === 0
          ? "words"
          : typing && (matchedBits & ~exactBits) === 1 << lastWord
            ? "prefix"
            : "typo";
      const share = tierShare(c, r.kind);
      let named = true;
      if (
        maybeNamed &&
        (codeNamed.has(id) ||
          (folded && d.primary.includes(folded)) ||
          // Named inside a longer query, a sense another sense's cue phrase rules out is no exact name.
          (namedIn(namedExactly, d.primary) && !aliasedElsewhere.has(id)))
      ) {
        // The query is the record's own name: senses keep the order the author chose. A code read out of a
        // pasted structure (a flag in a log line) or written as such is surely that code, whatever its kind's share.
        const sure = codeNamed.has(id) || namedIn(namedExactly, d.primary) ? 1 : share;
        // A program named by a message it prints comes after the page about that very message, if there is one.
        const printer = printedBy.has(id) && r.kind === "term";
        // A wrapped error prints the outer message first ("Schema validation error: <the rule broken>"): of two
        // messages pasted, the one written first leads.
        const later = Math.min(printedBy.get(id) ?? 0, 100) / 1000;
        score = codeNamed.has(id) ? c.codeName - (printer ? 0.5 : 0) - later : sure * c.exactName - r.order;
        // A name typed with a slip is found as surely, and says it was corrected.
        match = respelled && d.primary.includes(respelled) && !d.primary.includes(folded) ? "typo" : "exact-name";
        if (match === "typo") why.set(id, `read as “${spelled.join(" ")}”`);
        else if (r.kind === "doc" && d.primary.some((n) => addressed.includes(n)))
          why.set(id, "the page at the address you pasted");
        else if (!d.primary.includes(folded) && d.primary.some((n) => fromStructure.has(n)))
          why.set(id, "named in what you pasted");
        else if (printedBy.has(id))
          why.set(id, r.kind === "term" ? `${r.title} prints this message` : "its message, as the tool prints it");
        else if (codeNamed.has(id) && !d.primary.includes(folded)) why.set(id, "its code, written as printed");
      } else if (
        maybeNamed &&
        !(aliasedElsewhere.has(id) && d.subtitleFold !== folded) &&
        ((folded && d.names.includes(folded)) ||
          namedIn(namedExactly, d.names) ||
          namedIn(namedLoosely, d.names) ||
          namedIn(namedLoosely, d.primary))
      ) {
        // An alias or label: the sense whose own words match best comes first, always below the exact names.
        const isLabel = r.sense !== null && d.subtitleFold === folded;
        const words = (c.otherNameCap * score) / (score + c.otherNameHalf);
        score = share * (c.otherName + words + (isLabel ? c.labelBonus : 0));
        match = isLabel ? "label" : "alias";
        const alias = [...r.aliases, ...(r.codes ?? [])].find((a) => {
          const f = foldQuery(a);
          return f === folded || namedExactly.includes(f) || namedLoosely.includes(f);
        });
        if (alias && !isLabel) why.set(id, `also written “${alias}”`);
      } else {
        named = false;
        // A title holding the whole phrase holds every word, so only records matching all of them are read.
        if (phraseOfTokens && matchedBits === allTokens && d.titlePhrase.includes(phraseOfTokens))
          score *= c.titlePhrase;
        // Two of the query's words side by side in a page's title ("canary upgrade", "gateway api") say what the
        // page is about more surely than the same words apart.
        else if (pairedIn[id] === IN_TITLE) score *= c.titlePair;
        // The same in one of its headings: a section about it.
        else if (pairedIn[id] === IN_HEADING) score *= c.headingPair;
      }
      const phrase = aliasedElsewhere.has(id) ? undefined : mentioned.get(id);
      if (!named && phrase !== undefined) {
        // Written as an identifier (`exportTo` in a complaint about it), the name is as sure as a field's name:
        // a name tier of its own, just above the fields.
        if (identifiers.has(foldName(phrase))) {
          score = c.identifierName + score / 1000;
          named = true;
        } else score += c.mentionedName;
        match = "mention";
        why.set(id, `your query names “${phrase}”`);
      }
      // The query's own words name the sense's world ("Kubernetes cluster", "envoy endpoint", a pasted Envoy
      // cluster name): inside a name tier the sense leads its siblings; among word matches it counts for more.
      const term = this.termOf(id);
      const pinned = pinnedBy.get(term);
      let inContext = false;
      if (r.context !== null)
        for (const sig of signals)
          if (
            sig.context === r.context &&
            !d.titleTokens.has(sig.stem) &&
            (pinned === undefined || pinned.has(sig.word)) &&
            ((spokenFor.get(sig.word) ?? term) === term || (this.termContexts[term]?.size ?? 0) < 2)
          )
            inContext = true;
      if (inContext) {
        inWorld.add(id);
        score = named ? score + share * c.contextName : score * (1 + c.contextWords);
      }
      // An identifier the query writes that the sense lists among its cues (`config_dump`, `topology.istio.io/…`).
      if (!named && cueNamed.has(id)) score += c.cueIdentifier;
      // A kind written as one word inside pasted text: "kubectl get destinationrules.networking.istio.io".
      if (!named && r.sense !== null && compounded.has(id)) score += c.compoundName;
      const hit: Scored = { id, kind: r.kind, score: round(score), match, named };
      scored.push(hit);
      if (match === "mention" && !named && phrase !== undefined) {
        // Nothing but the name itself (and filler) speaks for this sense: its words' score is the accident of
        // how often its text repeats the name.
        const bare =
          !inContext &&
          !cueNamed.has(id) &&
          !compounded.has(id) &&
          (matchedBits & ~this.phraseBits(phrase, tokens, phraseBits) & ~fillerBits) === 0;
        if (bare) bareMentions.push(hit);
        else evidenced.add(this.termOf(id));
      }
    }
    for (const id of paired) pairedIn[id] = 0;
    // A term the query mentions by name alone, with no word, world or cue that tells its senses apart
    // ("retries is not working"), keeps its senses in the author's order, as its exact name would.
    const bareBest = new Map<number, number>();
    for (const hit of bareMentions) {
      const t = this.termOf(hit.id);
      if (!evidenced.has(t)) bareBest.set(t, Math.max(bareBest.get(t) ?? 0, hit.score));
    }
    // Among such senses a topic's (networking, TLS/PKI, observability, the everyday one) comes after the term's
    // Istio sense: asked here, "TLS origination" or "trust domain" is how Istio does it before the idea itself.
    const istioBare = new Set<number>();
    for (const hit of bareMentions)
      if (bareBest.has(this.termOf(hit.id)) && this.records[hit.id]?.context === "istio")
        istioBare.add(this.termOf(hit.id));
    for (const hit of bareMentions) {
      const t = this.termOf(hit.id);
      const best = bareBest.get(t);
      if (best === undefined) continue;
      const context = this.records[hit.id]?.context;
      const topic = context != null && context !== "istio" && !WORLDS.has(context);
      hit.score = topic && istioBare.has(t) ? round(best * c.topicAfterIstio) : best;
    }
    return { scored, inWorld };
  }

  /**
   * The scored hits in their final order, the first `limit` shaped as results. Apart from the scoring so that a
   * change in what one query reaches does not throw away the compiled scoring loop.
   */
  private ordered(
    scored: Scored[],
    limit: number,
    tokens: string[],
    why: Map<number, string>,
    c: RankingConfig,
  ): SearchResult[] {
    // Below the name tiers, a term's further senses make room for other terms and pages: each sense after its
    // term's best one counts for less, so one word with four senses cannot fill the first page alone. Only the
    // senses of one term are ordered for it, not the whole list.
    const senseHits = new Uint16Array(this.termCount);
    for (const hit of scored) {
      const t = hit.named ? -1 : this.termOf(hit.id);
      if (t >= 0) senseHits[t] = (senseHits[t] ?? 0) + 1;
    }
    const sensesOf = new Map<number, Scored[]>();
    for (const hit of scored) {
      const t = hit.named ? -1 : this.termOf(hit.id);
      if (t < 0 || (senseHits[t] ?? 0) < 2) continue;
      const list = sensesOf.get(t);
      if (list) list.push(hit);
      else sensesOf.set(t, [hit]);
    }
    for (const list of sensesOf.values()) {
      list.sort(byScore).forEach((hit, n) => {
        hit.score = round(hit.score * c.senseDecay ** n);
      });
    }
    blendKinds(scored, c.kindBlend);
    return topOf(scored, Math.max(0, limit), byScore).flatMap(({ id, score, match }) => {
      if (id >= this.records.length) return this.factResult(id - this.records.length, score);
      const r = this.records[id];
      const d = this.derived[id];
      if (!r || !d) return [];
      const heading = r.headings
        ? bestHeading(
            r.headings,
            d.headingTokens,
            tokens.filter((t) => !d.titleTokens.has(t)),
          )
        : undefined;
      const res: SearchResult = {
        kind: r.kind,
        id: r.id,
        sense: r.sense,
        context: r.context,
        title: r.title,
        subtitle: r.subtitle,
        url: heading ? `${r.url.split("#")[0]}#${heading.anchor}` : r.url,
        text: r.text,
        score,
        match,
        ...(heading ? { heading } : {}),
        ...(why.has(id)
          ? { why: why.get(id) }
          : match === "linked"
            ? { why: "about a term your query names" }
            : match === "comparison"
              ? { why: "compares what you asked about" }
              : {}),
      };
      return [res];
    });
  }
}

/** A reference fact as the engine holds it: as shipped, with its kind's sense (`slug#sense`, or "") spelled out. */
export type Fact = [
  record: number,
  name: string,
  kind: string,
  anchor: string,
  of: string,
  path: string,
  term: string,
  home: boolean,
];

/** One scored hit; `named` when it is in a name tier (the query names it), whatever `match` says about how. */
/** Whether one of the names is in the list. */
function namedIn(names: readonly string[], list: readonly string[]): boolean {
  return names.some((n) => list.includes(n));
}

/** What scoring a query's hits reads: its words, the names it writes, and what its structures name. */
type HitContext = {
  c: RankingConfig;
  /** The query's words (stems), their weights (filler below 1) and the sum of those. */
  tokens: string[];
  wordWeights: number[];
  totalWeight: number;
  /** The last word may still be being typed. */
  typing: boolean;
  /** Words nearly every record holds (bits), and whether some record holds another of the query's words. */
  commonBits: number;
  uncommonFound: boolean;
  /** The query folded whole, the names it writes exactly or loosely, and its words respelled. */
  folded: string;
  namedExactly: string[];
  namedLoosely: string[];
  spelled: string[];
  respelled: string;
  addressed: string[];
  fromStructure: Set<string>;
  identifiers: Set<string>;
  /** Records the query may name, names by code or printed message, mentions inside a longer question. */
  nameCandidates: Set<number>;
  codeNamed: Set<number>;
  /** Records named by a message they print or explain, with where in the paste the message starts. */
  printedBy: Map<number, number>;
  mentioned: Map<number, string>;
  aliasedElsewhere: Set<number>;
  cueNamed: Set<number>;
  compounded: Set<number>;
  signals: Signal[];
  pinnedBy: Map<number, Set<string>>;
  /** World words written just before one term's name, with that term: they speak for it alone. */
  spokenFor: Map<string, number>;
  /** Why each result matched, filled in as hits are scored. */
  why: Map<number, string>;
};

type Scored = { id: number; kind: SearchRecord["kind"]; score: number; match: MatchKind; named: boolean };

/** Best first; ties keep the build's record order, so a term's senses come in the order its file gives them. */
const byScore = (a: Scored, b: Scored) => b.score - a.score || a.id - b.id;

/** A term a page lifts stays just under that page (`RankingConfig.pageTerms`). */
const PAGE_TERMS_CEILING = 0.99;

/** Whether a result matched the whole query (or an identifier in it) as one of its names, not by its words. */
export function isNameMatch(match: MatchKind): boolean {
  return match === "exact-name" || match === "label" || match === "alias" || match === "reference";
}

/**
 * The contexts a query's words name, each with the word's stem (a term's own name is no signal for it): a
 * context word (kubectl, istioctl, envoy, httproute...), a context named outright, or a pasted structure's.
 */
type Signal = { context: Context; word: string; stem: string; named: boolean };

/** A word written as a kind is: capitalised parts run together (`EnvoyFilter`, `PeerAuthentication`). */
const KIND_WORD = /\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+/gu;

/**
 * The mentioned terms whose name the query writes as two or more words apart ("native sidecar container"), or as
 * a kind is written (`EnvoyFilter`, also inside `v1alpha3.EnvoyFilter`), not as another identifier
 * (`ambient.istio.io/redirection`) or a single word: what the reader asks about, or the object a pasted message
 * is about.
 */
function spelledOut(mentioned: ReadonlyMap<number, string>, text: string): Set<number> {
  const lower = text.toLowerCase();
  const out = new Set<number>();
  const kinds = new Set((text.match(KIND_WORD) ?? []).map(foldQuery));
  for (const [id, phrase] of mentioned) {
    const apart = wordsApart(phrase);
    if (apart?.test(lower)) out.add(id);
    else if (kinds.has(foldQuery(phrase))) out.add(id);
  }
  return out;
}

/**
 * A name of two or more words as a pattern of those words apart (null for one word). The same names recur from
 * query to query, so their patterns are kept, up to a bound: the phrases are the user's words.
 */
const apartPatterns = new Map<string, RegExp | null>();
function wordsApart(phrase: string): RegExp | null {
  let apart = apartPatterns.get(phrase);
  if (apart === undefined) {
    // `worded` leaves letters, digits, "_" and "-": nothing a pattern reads as syntax outside a class.
    const words = worded(phrase).split(" ");
    apart =
      words.length < 2 ? null : new RegExp(`(?:^|[^\\p{L}\\p{N}])${words.join("\\s+")}(?:$|[^\\p{L}\\p{N}])`, "u");
    if (apartPatterns.size >= 2048) apartPatterns.clear();
    apartPatterns.set(phrase, apart);
  }
  return apart;
}

/** Lower-case words joined by single spaces, as context words are looked for. */
function worded(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, " ")
    .trim();
}

function contextSignals(text: string, fromStructures: readonly Context[]): Signal[] {
  const lower = ` ${worded(text)} `;
  const out: Signal[] = fromStructures.map((context) => ({ context, word: "", stem: "", named: true }));
  for (const context of CONTEXTS) {
    const candidates = [
      ...CONTEXT_WORDS[context].map((word) => ({ word, named: false })),
      ...CONTEXT_NAMES[context].map((word) => ({ word, named: true })),
    ];
    for (const { word, named } of candidates) {
      if (lower.includes(` ${word} `)) out.push({ context, word, stem: stem(word.split(" ").pop() ?? word), named });
    }
  }
  return out;
}

/**
 * Whether `text` writes `name` followed by a value, as a setting is written: `name=value`, or `name: value` with a
 * quoted, boolean or numeric value (`name: what is it` is a question). Both lower case.
 */
function assigns(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[\p{L}\p{N}_.-]/u.test(text[at - 1] ?? "")) continue;
    if (ASSIGNED_VALUE.test(text.slice(at + name.length))) return true;
  }
  return false;
}
const ASSIGNED_VALUE = /^(?:\s*=\s*[^\s=]|:\s*(?:"[^"]*"|'[^']*'|true\b|false\b|\d))/;

/** Files an item (a record id, a pattern) under a key of a lookup table, in the order given. */
function file<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** An HTTP status code as an error page lists it among what it is seen with. */
const HTTP_STATUS = /^[1-5]\d\d$/;
/** A run of letters: printed messages are looked up by such a word of theirs (`printedMatcher`'s needle). */
const LETTER_RUN = /\p{L}+/gu;

/** A title word that says a page troubleshoots what it is about ("Troubleshoot…", "Troubleshooting…"), as indexed. */
const TROUBLESHOOT = stem("troubleshoot");

/** A leading word that names a context, not a thing ("Kubernetes Gateway API", "Istio sidecar"). */
const QUALIFIER = new RegExp(
  `^\\s*(?:${Object.values(CONTEXT_NAMES)
    .flat()
    .filter((n) => /^[a-z0-9]+$/.test(n))
    .join("|")})\\s+`,
  "i",
);

/** Every index at which `needle` starts in `text`. */
function indexesOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** Whether some run of a text's words, folded as a query is, is `name` ("the ingress gateway" has "ingressgateway"). */
function namesRun(text: string, name: string): boolean {
  const ws = text.split(/\s+/);
  for (let i = 0; i < ws.length; i++)
    for (let j = i + 1; j <= ws.length; j++) if (foldQuery(ws.slice(i, j).join(" ")) === name) return true;
  return false;
}

/**
 * The sides of a comparison question: "X vs Y (vs Z)", "difference between X and Y", "compare X and Y",
 * "X or Y" (loose unless asked as a question: the caller keeps it only when each side names a term). None when
 * the query compares nothing. The connectors are the spans of "vs" that join sides, which are no words of the
 * query.
 */
export function comparedSides(text: string): { sides: string[]; connectors: [number, number][]; loose?: true } {
  const t = text.trim().replace(/[?!.]+$/, "");
  const between = /\bdifference(?:s)?\s+(?:between\s+)?(.+?)\s+(?:and|vs\.?|versus)\s+(.+)$/i.exec(t);
  if (between?.[1] && between[2]) return { sides: [between[1], between[2]], connectors: [] };
  const compare = /\bcompar(?:e|ing)\s+(.+?)\s+(?:and|with|to)\s+(.+)$/i.exec(t);
  if (compare?.[1] && compare[2]) return { sides: [compare[1], compare[2]], connectors: [] };
  // "vs" joins two sides when a content word stands on each ("zipkin vs jaeger"); after "does" or before
  // "is" it is the VirtualService's short name ("why does vs not apply").
  const joins = [...text.matchAll(new RegExp(VERSUS.source, "gi"))];
  const joinsSides = (m: RegExpExecArray) =>
    words(text.slice(0, m.index).split(/\s+/).at(-1) ?? "").length > 0 &&
    words(text.slice(m.index + m[0].length).split(/\s+/)[0] ?? "").length > 0;
  if (joins.length > 0 && joins.every(joinsSides))
    return { sides: t.split(VERSUS), connectors: joins.map((m): [number, number] => [m.index, m.index + m[0].length]) };
  const or = /^(?:should i use\s+|use\s+)?(.+?)\s+or\s+(.+)$/i.exec(t);
  // "should or should not", "whether or not", "is or isn't": one thing and its negation, not two things.
  const before = or?.[1]?.split(/\s+/).at(-1)?.toLowerCase();
  const after = or?.[2]?.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (after === "not" || after === before || /n['’]t$/.test(after)) return { sides: [], connectors: [] };
  if (or?.[1] && or[2]) return { sides: [or[1], or[2]], connectors: [], ...(!/\?\s*$/.test(text) && { loose: true }) };
  return { sides: [], connectors: [] };
}

/** Kinds named by CRD names in the query: `authorizationpolicies.security.istio.io` -> `authorizationpolicy`. */
function crdKinds(text: string): string[] {
  return [...text.matchAll(CRD_NAME)].flatMap(
    // A Service's DNS name (istiod.istio-system.svc) has the same shape but no API group.
    (m) => (m[1] && m[2]?.includes(".") && !/(?:^|\.)svc(?:\.|$)/.test(m[2]) ? [foldQuery(m[1])] : []),
  );
}

/** A Kubernetes API type's Go name: a kind, then Spec, Status or List (`VirtualServiceSpec`, `GatewayList`). */
const GO_TYPE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*?)(?:Spec|Status|List)(?![\p{L}\p{N}])/gu;

/** Kinds named by Go API type names in the query, folded: `v1alpha1.IstioOperatorSpec` -> `istiooperator`. */
function goTypeKinds(text: string): string[] {
  return [...text.matchAll(GO_TYPE)].flatMap((m) => (m[1] ? [foldQuery(m[1])] : []));
}

/**
 * Whether an identifier as written can be the fact it folds to. Folding drops dots and underscores, but a dot
 * parts a domain or a path (`cluster.local` is no `clusterLocal` field), and a kind written in camel case is no
 * constant (`HTTPRoute` is the Gateway API kind, not EnvoyFilter's `HTTP_ROUTE` nor the `http.route` path).
 */
function writtenAsFact(written: string, fact: Fact | undefined): boolean {
  if (!fact) return false;
  const [, name, kind, , of, path] = fact;
  const dots = (s: string) => s.split(".").length;
  const folded = foldName(written);
  const message = of.split(".").pop();
  const forms = [name, path, ...(kind === "field" && message ? [`${message}.${name}`] : [])].filter(
    (form) => foldName(form) === folded,
  );
  const camelKind = /^\p{Lu}/u.test(written) && /\p{Ll}/u.test(written) && !written.includes("_");
  return forms.some(
    (form) => dots(form) === dots(written) && !(camelKind && form.includes("_") && !/\p{Ll}/u.test(form)),
  );
}

/** Keys a fact is found under: its name (a flag with its dashes, a command whole) and its field path. */
export function referenceKeys([, name, kind, , of, path]: Fact): string[] {
  if (kind === "flag") return [`-${foldName(name)}`];
  if (kind === "command") return [`cmd:${foldName(name)}`];
  const keys = [`id:${foldName(name)}`];
  if (path.includes(".")) keys.push(`id:${foldName(path)}`);
  // As the reference page heads it: the message, then the field (`MutualTLS.mode`, `ConnectionPoolSettings.tcp`).
  const message = of.split(".").pop();
  if (kind === "field" && message) keys.push(`id:${foldName(`${message}.${name}`)}`);
  // An annotation is often written by its last part alone ("the excludeInboundPorts annotation"), when that part
  // reads as an identifier; "inject" alone is a word.
  const last = name.split("/").pop() ?? "";
  if ((kind === "annotation" || kind === "label") && last !== name && IDENTIFIER.test(last))
    keys.push(`last:${foldName(last)}`);
  // A name of three camelCase parts or more is no word, typed in lower case too ("excludeinboundports").
  for (const n of new Set([name, last])) if (CAMEL_COMPOUND.test(n)) keys.push(`low:${foldName(n)}`);
  return keys;
}

/** Most known words a long lower-case word is read as (`segmented`). */
const MAX_SEGMENTS = 4;

/** An identifier of three camelCase parts or more (`excludeInboundPorts`, `holdApplicationUntilProxyStarts`). */
const CAMEL_COMPOUND = /^\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}$/u;

/** What each kind of reference fact is called in a sentence. */
const FACT_NOUN: Record<string, string> = {
  field: "field",
  enum: "enum value",
  annotation: "annotation",
  label: "label",
  command: "command",
  flag: "flag",
  env: "environment variable",
  metric: "metric",
  "metric-label": "metric label",
};

/** Each kind of fact's noun as a query writes it, singular or plural ("label", "annotations"). */
const FACT_NOUN_WRITTEN = Object.entries(FACT_NOUN).map(
  ([kind, noun]) => [kind, new RegExp(`(?<![\\p{L}-])${noun}s?(?![\\p{L}-])`, "iu")] as const,
);

/**
 * The parts of a query that may name reference facts, each with the keys to look it up under. A pasted
 * `sidecar.istio.io/inject: "false"` or `--revision=canary` yields its name; a plain word counts only when it
 * is the whole query, so a question's prose never summons fields.
 */
type FactChunk = {
  folded: string;
  keys: string[];
  capitals: boolean;
  /**
   * For `Kind.spec.path`: the path's key and the kind whose facts alone it may name, by its title folded
   * (`kind`) or, written in words, by one of its names as a query folds it (`name`).
   */
  inKind?: { key: string; kind: string } | { key: string; name: string };
  /** Written as a YAML key's value (`type: ExternalName`): it names no field. */
  value?: true;
  /** Written as words apart ("Extension Providers" for `extensionProviders`): as sure as a kind and a word apart. */
  apart?: true;
  /** The identifier as written, when it is one: it names a fact only with the fact's dots (`writtenAsFact`). */
  written?: string;
};

/**
 * A word of a text, split on anything but letters and digits, whether it sits in a dotted name, and whether a
 * clause ends after it.
 */
type WordRun = { word: string; dotted: boolean; closes: boolean };

/** Punctuation that ends a clause when it ends a token: "istiod: remote error" is no "istiod-remote". */
const CLOSING = /[:;,.!?]$/u;

/**
 * A text's words in order, each marked when its token is a dotted name (`security.istio.io`), and when a
 * clause ends after it (its token's last word, before a colon, semicolon, comma or full stop).
 */
function wordRuns(text: string): WordRun[] {
  return text
    .normalize("NFKC")
    .split(/\s+/)
    .flatMap((token) => {
      const dotted = /[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(token);
      const parts = token.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const closes = CLOSING.test(token);
      return parts.map((word, i) => ({ word, dotted, closes: closes && i === parts.length - 1 }));
    });
}

/**
 * Where a text names API groups, and the worlds of those groups: `apiVersion:` values (`core` for `v1`) and the
 * group of a CRD name (`gateways.gateway.networking.k8s.io` is the Gateway API's, whatever "k8s" says alone).
 */
function apiGroups(text: string): { spans: [number, number][]; contexts: Context[] } {
  const spans: [number, number][] = [];
  const contexts: Context[] = [];
  for (const m of text.matchAll(/apiVersion:\s*["']?(?:([a-z0-9.-]+)\/)?v\d\w*/gu)) {
    spans.push([m.index, m.index + m[0].length]);
    const context = groupContext(m[1] ?? "core");
    if (context) contexts.push(context);
  }
  for (const m of text.matchAll(CRD_NAME)) {
    const [name, plural = "", group = ""] = m;
    const context = group.includes(".") ? groupContext(group) : null;
    if (!context) continue;
    spans.push([m.index + plural.length + 1, m.index + name.length]);
    contexts.push(context);
  }
  return { spans, contexts };
}

/** The keys of every Kubernetes object's envelope. */
const ENVELOPE = ["apiVersion", "kind", "metadata", "spec", "status"];

/** The envelope's keys, folded. */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set(ENVELOPE.map(foldName));

/** An envelope key written as a YAML key (`kind:`), where a value may follow. */
const ENVELOPE_KEY = new RegExp(`(?<![\\w.-])(${ENVELOPE.join("|")}):(?=\\s|$)`, "g");

/** Every context's outright name (kubernetes, k8s, envoy, x509...). */
const WORLD_NAMES: ReadonlySet<string> = new Set(Object.values(CONTEXT_NAMES).flat());

/** Quotes, brackets and punctuation around a word as written ("`exportTo`,", "(Providers?)"). */
const EDGE_MARKS = /^["'`([{<]+|["'`)\]}>,;:.!?]+$/gu;

function factChunks(
  text: string,
  isWord: (lower: string) => boolean,
  isName: (folded: string) => boolean,
): FactChunk[] {
  // A word after a YAML key (`type: ExternalName`) is that key's value: it may be an enum value, never a field.
  const tokens = text
    .split(/\s+/)
    .map((raw, i, list) => ({
      c: raw.split("=")[0]?.replace(EDGE_MARKS, "") ?? "",
      value: i > 0 && /^\p{L}[\w.-]*:$/u.test(list[i - 1] ?? "") && !raw.endsWith(":"),
    }))
    .filter((t) => t.c.length >= 2);
  const all = tokens.map((t) => t.c);
  const values = new Set(tokens.filter((t) => t.value).map((t) => t.c));
  // A glossary name and then a word, spaced ("virtualservice hosts", "destination rules tls"): the field of that
  // name's kind, if it is a kind with such a field, as `VirtualService.hosts` names it.
  const spaced: FactChunk[] = [];
  for (let i = 0; i < all.length - 1; i++)
    for (const span of [1, 2]) {
      const field = all[i + span];
      const name = foldQuery(all.slice(i, i + span).join(" "));
      if (!field || !/^\p{L}[\p{L}\d]*$/u.test(field) || !name || !isName(name)) continue;
      spaced.push({
        folded: foldName(field),
        keys: [],
        capitals: false,
        inKind: { key: `id:${foldName(field)}`, name },
      });
    }
  // Numbers (a status, a version) name no fact, and an acronym the index knows as a word (HTTP, gRPC) is a word.
  const acronym = (c: string) => /^\p{Ll}?\p{Lu}+s?$/u.test(c) && isWord(c.toLowerCase());
  const raw = all.length > 1 ? all.filter((c) => !/^[\d.,:]+$/.test(c) && !acronym(c)) : all;
  const whole = foldName(text);
  const chunks = raw.flatMap((c): FactChunk[] => {
    const folded = foldName(c);
    // Beside other words, a world's name is that world however it is shaped ("k8s" is Kubernetes, not
    // IstioOperator's `k8s` field), and a key every Kubernetes object has (`apiVersion:` of a pasted manifest) is
    // its envelope, not a field of its kind.
    if (!folded || (raw.length > 1 && (WORLD_NAMES.has(c.toLowerCase()) || ENVELOPE_KEYS.has(folded)))) return [];
    // Written in capitals ("TLS", "STRICT"), it names a value or variable written so, never a lower-case field.
    const capitals = /\p{Lu}/u.test(c) && !/\p{Ll}/u.test(c);
    if (/^--?\p{L}/u.test(c)) return [{ folded, keys: [`-${folded}`], capitals: false }];
    // A plain word names a fact only as the whole query: "TLS gateway" is two words of prose, as "tls gateway" is,
    // though the acronym is left out above.
    if (IDENTIFIER.test(c) || all.length === 1) {
      const [kind, ...rest] = c.split(".");
      if (rest[0] === "spec") rest.shift();
      // The kind as written or typed in lower case (`virtualservice.spec.hosts`), if the glossary names it so.
      const inKind =
        kind && (/^\p{Lu}/u.test(kind) || isName(foldQuery(kind))) && rest.length > 0
          ? { inKind: { key: `id:${foldName(rest.join("."))}`, kind: foldName(kind) } }
          : {};
      return [
        {
          folded,
          keys: [`id:${folded}`, `last:${folded}`],
          capitals,
          written: c,
          ...inKind,
          ...(values.has(c) && { value: true }),
        },
      ];
    }
    // An identifier typed in lower case ("excludeinboundports") is found by the name it folds to, if that name has
    // three camelCase parts or more: no word of prose folds so.
    return [{ folded, keys: /^\p{Ll}{12,}$/u.test(c) ? [`low:${folded}`] : [], capitals }];
  });
  if (whole && raw.length > 1) chunks.push({ folded: whole, keys: [`cmd:${whole}`], capitals: false });
  // Two or three capitalised words that a camelCase field joins ("Extension Providers", "Discovery Selectors"),
  // unless they are a glossary name ("Service Account" is the term, whatever fields share its name). Only words
  // written side by side: "Mesh - External" is a title's two parts, not `MESH_EXTERNAL`.
  const side = text.split(/\s+/);
  for (let i = 0; i < side.length - 1; i++)
    for (const span of [2, 3]) {
      const written = side.slice(i, i + span);
      const words = written.map((w) => w.replace(EDGE_MARKS, ""));
      // Quotes and punctuation may close the run, not break it.
      const joined = words.every(
        (w, k) =>
          /^\p{Lu}\p{Ll}{2,}$/u.test(w) &&
          (k === 0 || written[k]?.startsWith(w)) &&
          (k === span - 1 || written[k]?.endsWith(w)),
      );
      if (words.length < span || !joined) continue;
      if (isName(foldQuery(words.join(" ")))) continue;
      const folded = words.join("").toLowerCase();
      chunks.push({ folded, keys: [`id:${folded}`], capitals: false, apart: true });
    }
  return [...chunks.filter((c) => c.keys.length > 0), ...spaced];
}

/** The first `k` items in `order`, as `list.sort(order).slice(0, k)` gives them, without sorting the whole list. */
export function topOf<T>(list: T[], k: number, order: (a: T, b: T) => number): T[] {
  if (list.length <= k * 4) return list.sort(order).slice(0, k);
  const top: T[] = [];
  for (let n = 0; n < list.length; n++) {
    const item = list[n] as T;
    const last = top[top.length - 1];
    if (top.length === k && last !== undefined && order(item, last) >= 0) continue;
    // Insert in place: k is small (a page of results), so a linear shift beats a heap.
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && order(item, top[i - 1] as T) < 0) {
      top[i] = top[i - 1] as T;
      i--;
    }
    top[i] = item;
  }
  return top;
}

/** Scores are kept to three decimals at every step, so the CLI's JSON and the ranking agree. */
function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * Terms, docs pages and lists are scored on different fields, so their raw scores do not compare well: a
 * term's name outweighs a page's headings even when the question is about the page. Below the name tiers,
 * each result's score is blended with its standing within its own kind, so the best page sits near the best
 * term when it is nearly as strong for its kind.
 */
function blendKinds(results: Scored[], blend: number): void {
  let top = 0;
  // A plain object per query, not a Map: this runs over every hit of every query.
  const topOfKind: Partial<Record<Scored["kind"], number>> = {};
  for (const r of results) {
    if (r.named) continue;
    if (r.score > top) top = r.score;
    if (r.score > (topOfKind[r.kind] ?? 0)) topOfKind[r.kind] = r.score;
  }
  if (top <= 0) return;
  for (const r of results) {
    if (r.named) continue;
    const kindTop = topOfKind[r.kind] ?? 0;
    const within = kindTop > 0 ? r.score / kindTop : 0;
    const overall = r.score / top;
    r.score = round(top * (blend * within + (1 - blend) * overall));
  }
}

/** The heading of a docs page that shares the most query words (beyond its title's), if any. */
function bestHeading(headings: Heading[], headingTokens: Set<string>[], tokens: string[]): Heading | undefined {
  let best: Heading | undefined;
  let bestCount = 0;
  headings.forEach((h, i) => {
    const words = headingTokens[i];
    const count = words ? tokens.filter((t) => words.has(t)).length : 0;
    if (count > bestCount) {
      best = h;
      bestCount = count;
    }
  });
  return best;
}
