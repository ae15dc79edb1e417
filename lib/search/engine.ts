import { Document } from "flexsearch";
import { lowerBoundString } from "../text/bisect";
import { foldQuery, MAX_QUERY_CHARS, normalizeText, tokenize, type Word, words } from "../text/normalize";
import { fieldText, otherNames, primaryNames, type ShippedField } from "./fields";
import {
  FIELDS,
  type Field,
  type Heading,
  type IndexableRecord,
  type RecordKind,
  type SearchIndexData,
  type SearchRecord,
  type SearchResult,
} from "./types";
import { closeWords } from "./typo";

/**
 * Field weights per kind. A term's sense is mostly found by its names; a docs page by its title, then by
 * its headings and keywords, which carry far more of what people ask than its breadcrumb does.
 */
const WEIGHT: Record<RecordKind, Record<Field, number>> = {
  term: { name: 10, aliases: 8, label: 6, short: 3, cues: 3, body: 1 },
  doc: { name: 10, aliases: 5, label: 3, short: 5, cues: 5, body: 2 },
  list: { name: 10, aliases: 6, label: 4, short: 4, cues: 3, body: 1 },
};

/**
 * How much a long field is discounted (as in BM25's b): a word in a three-word title says more about the
 * record than the same word in a twelve-word one.
 */
const LENGTH_DISCOUNT: Record<Field, number> = { name: 0.5, aliases: 0.3, label: 0.3, short: 0.3, cues: 0.3, body: 0 };

const EXACT_NAME_BONUS = 1000;
const EXACT_LABEL_BONUS = 150;
/** Keeps an alias match below a match on the term itself whatever its field score. */
const SENSE_COUNT_CAP = 100;
const PREFIX_QUALITY = 0.5;
const SENSE_DECAY = 0.6;
const KIND_BLEND = 0.5;
const COMPOUND_NAME_BONUS = 25;
const SECONDARY_FIELD_SHARE = 0.25;
const TYPO_QUALITY = 0.6;
const MIN_TYPO_LENGTH = 5;
const MIN_PREFIX_LENGTH = 2;
const MAX_PREFIX_EXPANSIONS = 12;
const CANDIDATES_PER_TOKEN = 1000;
const MAX_QUERY_TOKENS = 12;

type Flex = Document<{ id: number; body: string }>;

const SHIPPED_FIELDS = FIELDS.filter((f): f is ShippedField => f !== "body");

/**
 * The one place that sets FlexSearch's options for the body index: the build exports it, the loader imports it.
 * Whole words only, one resolution slot: the ranking is ours (below), so FlexSearch only has to answer "which
 * records hold this word".
 */
function createBodyIndex(): Flex {
  return new Document({
    encoder: { split: " ", normalize: false, dedupe: false },
    tokenize: "strict",
    resolution: 1,
    document: { id: "id", index: [{ field: "body", tokenize: "strict", resolution: 1 }] },
  });
}

/** Body words worth indexing: each once, and only those the other fields of the record do not hold. */
function bodyTokens(body: string, shipped: Record<ShippedField, string>): string {
  const seen = new Set(Object.values(shipped).join(" ").split(" "));
  const out: string[] = [];
  for (const t of normalizeText(body).split(" ")) {
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out.join(" ");
}

/** Build time: index the records and return what the browser downloads. */
export function buildSearchIndex(input: IndexableRecord[]): SearchIndexData {
  const body = createBodyIndex();
  const records: SearchRecord[] = input.map(({ body: text, ...record }, id) => {
    body.add({ id, body: bodyTokens(text, normalisedFields(record)) });
    return record;
  });
  const exported: Record<string, string> = {};
  body.export((key, data) => {
    exported[key] = data;
  });
  return { version: 2, records, flex: exported };
}

function normalisedFields(r: SearchRecord): Record<ShippedField, string> {
  const text = fieldText(r);
  return Object.fromEntries(SHIPPED_FIELDS.map((f) => [f, normalizeText(text[f])])) as Record<ShippedField, string>;
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
  /** Names made of several words (kinds such as AuthorizationPolicy), folded: found whole inside pasted text. */
  compounds: Set<string>;
  norm: Record<ShippedField, number>;
};
/** Working arrays of one query, one slot per record, left zeroed after each use. */
type Scratch = {
  best: Float64Array;
  sum: Float64Array;
  word: Float64Array;
  perWord: Float64Array;
  total: Float64Array;
  matched: Uint32Array;
};

function bitCount(n: number): number {
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

export type SearchOptions = { limit?: number };

/** The search engine shared by the browser and the CLI. */
export class SearchEngine {
  /**
   * The shipped fields' postings (stem -> record ids, ascending), built on load from the words the loader
   * normalises anyway; the body, a FlexSearch index imported from the build.
   */
  private readonly postings: Record<ShippedField, Map<string, number[]>>;
  private readonly body: Flex;
  private readonly records: SearchRecord[];
  private readonly derived: Derived[];
  /** Sorted surface words of the shipped fields, for prefix expansion and typo correction. */
  private readonly vocabulary: string[];
  /** Surface word -> stem, to look a completed or corrected word up in the index. */
  private readonly stemOf: Map<string, string>;
  private readonly scratch: Scratch;

  private constructor(data: SearchIndexData) {
    this.records = data.records;
    const n = data.records.length;
    this.scratch = {
      best: new Float64Array(n),
      sum: new Float64Array(n),
      word: new Float64Array(n),
      perWord: new Float64Array(n),
      total: new Float64Array(n),
      matched: new Uint32Array(n),
    };
    this.body = createBodyIndex();
    for (const [key, value] of Object.entries(data.flex)) this.body.import(key, value);
    const postings = Object.fromEntries(SHIPPED_FIELDS.map((f) => [f, new Map<string, number[]>()]));
    this.postings = postings as Record<ShippedField, Map<string, number[]>>;
    this.stemOf = new Map();
    // The senses of one term share its name and aliases: normalise each distinct text once (halves load time).
    const wordsOf = memo((text: string) => words(text, { keepStopwords: true }));
    const compoundsOf = memo(
      (names: string) =>
        new Set(
          names
            .split("\n")
            .filter((n) => words(n, { keepStopwords: true, query: true }).length > 1)
            .map(foldQuery),
        ),
    );
    const lengths = data.records.map((r, id) => {
      const len = {} as Record<ShippedField, number>;
      for (const [f, text] of Object.entries(fieldText(r)) as [ShippedField, string][]) {
        // The same words normalizeText gives the build, so a field holds exactly the stems the body index would.
        const ws = wordsOf(text);
        const field = this.postings[f];
        for (const w of ws) {
          this.stemOf.set(w.raw, w.stem);
          const ids = field.get(w.stem);
          if (!ids) field.set(w.stem, [id]);
          else if (ids[ids.length - 1] !== id) ids.push(id);
        }
        len[f] = Math.max(1, ws.length);
      }
      return len;
    });
    const average = (f: ShippedField) => lengths.reduce((n, l) => n + l[f], 0) / Math.max(1, lengths.length);
    const avg = {
      name: average("name"),
      aliases: average("aliases"),
      label: average("label"),
      short: average("short"),
      cues: average("cues"),
    };
    this.derived = data.records.map((r, i) => {
      const len = lengths[i] as Record<ShippedField, number>;
      const norm = {} as Record<ShippedField, number>;
      for (const f of Object.keys(avg) as ShippedField[]) {
        const b = LENGTH_DISCOUNT[f];
        norm[f] = 1 / (1 - b + (b * len[f]) / avg[f]);
      }
      const compounds = compoundsOf([r.title, ...r.aliases].join("\n"));
      const titleWords = tokenize(r.title, { query: true });
      return {
        titlePhrase: titleWords.join(" "),
        titleTokens: new Set(titleWords),
        headingTokens: (r.headings ?? []).map((h) => new Set(tokenize(h.text, { query: true }))),
        subtitleFold: foldQuery(r.subtitle),
        primary: primaryNames(r),
        names: otherNames(r),
        compounds,
        norm,
      };
    });
    this.vocabulary = [...this.stemOf.keys()].sort();
  }

  static fromData(data: SearchIndexData): SearchEngine {
    return new SearchEngine(data);
  }

  get size(): number {
    return this.records.length;
  }

  /** Record ids holding one word, per field: the shipped fields' postings, then FlexSearch for the body. */
  private lookup(word: string): [Field, number[]][] {
    const out: [Field, number[]][] = [];
    for (const field of SHIPPED_FIELDS) {
      const ids = this.postings[field].get(word);
      if (ids) out.push([field, ids.length > CANDIDATES_PER_TOKEN ? ids.slice(0, CANDIDATES_PER_TOKEN) : ids]);
    }
    for (const { field, result } of this.body.search(word, { limit: CANDIDATES_PER_TOKEN })) {
      out.push([field as Field, result as number[]]);
    }
    return out;
  }

  /** Stems of the vocabulary words that start with `prefix` (shortest words first), for the word being typed. */
  private completions(prefix: string): string[] {
    const found: string[] = [];
    for (let i = lowerBoundString(this.vocabulary, prefix); i < this.vocabulary.length; i++) {
      const w = this.vocabulary[i] ?? "";
      if (!w.startsWith(prefix)) break;
      found.push(w);
    }
    found.sort((a, b) => a.length - b.length);
    return [...new Set(found.map((w) => this.stemOf.get(w) ?? w))].slice(0, MAX_PREFIX_EXPANSIONS);
  }

  /** The stems one query word is looked up under: its own, its completions, or those of close spellings. */
  private variants(word: Word, isLast: boolean): Variant[] {
    const out: Variant[] = [{ word: word.stem, quality: 1 }];
    if (isLast && word.raw.length >= MIN_PREFIX_LENGTH) {
      for (const stem of this.completions(word.raw)) {
        if (stem !== word.stem) out.push({ word: stem, quality: PREFIX_QUALITY });
      }
    }
    if (out.length === 1 && word.raw.length >= MIN_TYPO_LENGTH && this.lookup(word.stem).length === 0) {
      const close = closeWords(word.raw, this.vocabulary).map((w) => this.stemOf.get(w) ?? w);
      return [...new Set(close)].map((stem) => ({ word: stem, quality: TYPO_QUALITY }));
    }
    return out;
  }

  /**
   * What one word earns in each record holding it: its best field counts in full, every other field it also
   * appears in adds a quarter, so a sense whose own label or cues repeat the word beats its siblings. Returns
   * the records touched; their scores are in `this.wordScores` (the caller reads and clears them).
   */
  private scoreWord(fields: [Field, number[]][], quality: number): number[] {
    const { best, sum } = this.scratch;
    const touched: number[] = [];
    for (const [field, ids] of fields) {
      for (const id of ids) {
        const weights = WEIGHT[this.records[id]?.kind ?? "term"];
        const norm = this.derived[id]?.norm;
        const w = weights[field] * quality * (field === "body" || !norm ? 1 : norm[field]);
        if ((sum[id] ?? 0) === 0) touched.push(id);
        sum[id] = (sum[id] ?? 0) + w;
        if (w > (best[id] ?? 0)) best[id] = w;
      }
    }
    for (const id of touched) {
      const b = best[id] ?? 0;
      this.scratch.word[id] = b + ((sum[id] ?? 0) - b) * SECONDARY_FIELD_SHARE;
      best[id] = 0;
      sum[id] = 0;
    }
    return touched;
  }

  search(query: string, opts: SearchOptions = {}): SearchResult[] {
    const limit = opts.limit ?? 20;
    const text = query.slice(0, MAX_QUERY_CHARS);
    const folded = foldQuery(text);
    const unique = (list: Word[]) => [...new Map(list.map((w) => [w.stem, w])).values()].slice(0, MAX_QUERY_TOKENS);
    let queryWords = unique(words(text, { query: true }));
    if (queryWords.length === 0 && folded) queryWords = unique(words(text, { keepStopwords: true, query: true }));
    if (queryWords.length === 0) return [];
    const tokens = queryWords.map((w) => w.stem);
    const compoundWords = text
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 8)
      .map(foldQuery);
    // The last word may still be being typed, unless the query ends in a space or punctuation.
    const typing = /[\p{L}\p{N}]$/u.test(text);

    // Per-record sums live in typed arrays indexed by record id (no Map or Set per hit): the hot loop of a query.
    const { word: wordScore, perWord, total: totalScore, matched } = this.scratch;
    const hits: number[] = [];
    const total = this.records.length;
    queryWords.forEach((qw, ti) => {
      const found: number[] = [];
      for (const { word, quality } of this.variants(qw, typing && ti === tokens.length - 1)) {
        const ids = this.scoreWord(this.lookup(word), quality);
        if (ids.length === 0) continue;
        const idf = Math.log(1 + total / ids.length);
        for (const id of ids) {
          const s = (wordScore[id] ?? 0) * idf;
          wordScore[id] = 0;
          if (s > (perWord[id] ?? 0)) {
            if ((perWord[id] ?? 0) === 0) found.push(id);
            perWord[id] = s;
          }
        }
      }
      for (const id of found) {
        if ((matched[id] ?? 0) === 0) hits.push(id);
        totalScore[id] = (totalScore[id] ?? 0) + (perWord[id] ?? 0);
        matched[id] = (matched[id] ?? 0) | (1 << ti);
        perWord[id] = 0;
      }
    });

    // Score every hit first; only the results that make the cut get a heading, a URL and an object to return.
    const scored: Scored[] = [];
    for (const id of hits) {
      const hitScore = totalScore[id] ?? 0;
      const matchedWords = bitCount(matched[id] ?? 0);
      totalScore[id] = 0;
      matched[id] = 0;
      const r = this.records[id];
      const d = this.derived[id];
      if (!r || !d) continue;
      const coverage = matchedWords / tokens.length;
      let score = hitScore * coverage * coverage;
      if (folded && d.primary.includes(folded)) {
        // The query is the term itself: show its senses in the order the author chose.
        score = (r.kind === "term" ? EXACT_NAME_BONUS : EXACT_NAME_BONUS / 2) - r.order;
      } else if (folded && d.names.includes(folded)) {
        // An alias or label: the sense whose own words match best comes first.
        score += (r.kind === "term" ? EXACT_NAME_BONUS : EXACT_NAME_BONUS / 2) - SENSE_COUNT_CAP;
        if (r.kind === "term" && d.subtitleFold === folded) score += EXACT_LABEL_BONUS;
      } else if (tokens.length > 1 && d.titlePhrase.includes(tokens.join(" "))) {
        score *= 1.5;
      }
      // A kind written as one word inside pasted text: "kubectl get destinationrules.networking.istio.io".
      if (r.kind === "term" && compoundWords.some((w) => d.compounds.has(w))) score += COMPOUND_NAME_BONUS;
      scored.push({ id, kind: r.kind, score: round(score) });
    }
    // Ties keep the build's record order, so a term's senses come in the order its file gives them.
    const byScore = (a: Scored, b: Scored) => b.score - a.score || a.id - b.id;
    scored.sort(byScore);
    // Below the exact matches, a term's further senses make room for other terms and pages: each sense after
    // its term's best one counts for less, so one word with four senses cannot fill the first page alone.
    const seen = new Map<string, number>();
    for (const hit of scored) {
      if (hit.kind !== "term" || hit.score >= EXACT_NAME_BONUS - SENSE_COUNT_CAP) continue;
      const term = this.records[hit.id]?.id ?? "";
      const n = seen.get(term) ?? 0;
      seen.set(term, n + 1);
      hit.score = round(hit.score * SENSE_DECAY ** n);
    }
    blendKinds(scored);
    return scored
      .sort(byScore)
      .slice(0, Math.max(0, limit))
      .flatMap(({ id, score }) => {
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
          ...(heading ? { heading } : {}),
        };
        return [res];
      });
  }
}

type Scored = { id: number; kind: RecordKind; score: number };

/** Scores are kept to three decimals at every step, so the CLI's JSON and the ranking agree. */
function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * Terms, docs pages and lists are scored on different fields, so their raw scores do not compare well: a
 * term's name outweighs a page's headings even when the question is about the page. Below the exact
 * matches, each result's score is blended with its standing within its own kind, so the best page sits
 * near the best term when it is nearly as strong for its kind.
 */
function blendKinds(results: Scored[]): void {
  const floor = EXACT_NAME_BONUS / 2 - SENSE_COUNT_CAP;
  const ranked = results.filter((r) => r.score < floor);
  const top = Math.max(0, ...ranked.map((r) => r.score));
  if (top <= 0) return;
  const topOfKind = new Map<RecordKind, number>();
  for (const r of ranked) topOfKind.set(r.kind, Math.max(topOfKind.get(r.kind) ?? 0, r.score));
  for (const r of ranked) {
    const within = r.score / (topOfKind.get(r.kind) ?? r.score);
    const overall = r.score / top;
    r.score = round(top * (KIND_BLEND * within + (1 - KIND_BLEND) * overall));
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
