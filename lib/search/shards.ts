import type { RecordKind } from "../kinds";
import { splitTermRef } from "../source/term-ref";
import { foldName, MAX_QUERY_CHARS, words } from "../text/normalize";
import {
  bitCount,
  bodyEncoder,
  bodyTokens,
  compoundNames,
  explainingPages,
  type Fact,
  fieldAverages,
  firstLetter,
  type KeyLookup,
  normalisedFields,
  ownCodes,
  recordText,
  referenceKeys,
  SearchEngine,
  type SearchOptions,
  tenthsOfUse,
  termSpellings,
  topOf,
  unshipFact,
  type WholeIndex,
} from "./engine";
import { otherNames, primaryNames, type ShippedField, shippedAnchor } from "./fields";
import { DEFAULT_RANKING, fieldWeights, type RankingConfig } from "./ranking";
import { type IndexableRecord, SEARCH_INDEX_VERSION, type SearchRecord, type SearchResult } from "./types";
import { editDistance } from "./typo";

/*
 * A search index cut so that a query fetches only what it needs, for corpora far larger than the site's own (an
 * organisation's glossary and docs beside Istio's): a small head, buckets of postings and names by key, and one
 * file per record. The same engine ranks: for each query it is built over the records the query needs, with the
 * whole index's statistics, so a record scores as it would in the whole index. Files are static: any host or CDN
 * serves them.
 *
 * - `head.json`: record count, field averages, and the records every query reads (error pages with the codes a
 *   query may carry, comparison cards).
 * - `b/<n>.json`: a bucket of entries by key (a stem's postings, the vocabulary of a first letter, names, fact
 *   keys, the pages that use a name or link a term), the key's hash picking the bucket.
 * - `r/<id>.json`: one record, fetched when a query's lookups name it or its words put it among the best.
 */

/** What the head of a sharded index holds. */
export type ShardHead = {
  version: number;
  total: number;
  buckets: number;
  averages: Record<ShippedField, number>;
  /** Ids of the records every query reads, and those records. */
  always: number[];
  records: SearchRecord[];
  /** Each record's kind, as runs in record order: [kind, how many]... */
  kinds: [RecordKind, number][];
  /** Error page -> the docs pages that explain it (their `explains`), as [error, pages] pairs. */
  explainedBy: [number, number[]][];
};

/**
 * Postings: [records holding the word, record ids as differences, their impacts in tenths (what the word earns
 * in the record before its rarity)], the best by impact when there are more than `maxPostings`. A stem's
 * (`w:`) are those of the shipped fields; a body term's (`x:`), those of the body index, whose terms are
 * FlexSearch's (it splits `503s` into `503` and `s`), as the whole index's body index holds them.
 */
type Postings = [count: number, ids: number[], impacts: number[]];
/** A fact as a bucket holds it: its index in the whole index, the fact, and its kind's sense record (-1: none). */
type BucketFact = [index: number, fact: Fact, term: number];
type Bucket = Record<string, unknown>;
/** A record's file: the record, and for a term's sense the records about the term (a match on it lifts them). */
type RecordFile = [record: SearchRecord, linkedBy: number[]];

/** Postings read: ids as they are, impacts in tenths, and whether more records hold the word than are listed. */
type Decoded = { count: number; ids: number[]; impacts: number[]; capped: boolean };
const decodedCache = new WeakMap<Postings, Decoded>();

function decoded(p: Postings | undefined): Decoded | undefined {
  if (!p) return undefined;
  let d = decodedCache.get(p);
  if (!d) {
    let id = 0;
    const ids = p[1].map((delta) => {
      id += delta;
      return id;
    });
    d = { count: p[0], ids, impacts: p[2], capped: p[0] > ids.length };
    decodedCache.set(p, d);
  }
  return d;
}

/** The key a word's completions are filed under: its first two letters. */
function prefixKey(word: string): string {
  return [...word].slice(0, 2).join("");
}

export type ShardOptions = {
  /** Buckets the keyed entries are spread over. Default: as many as there are keys. */
  buckets?: number;
  /** Postings kept per stem, those with the highest impact. Default: the ranking's `candidatesPerWord`. */
  maxPostings?: number;
};

/** FNV-1a over UTF-16 code units: which bucket holds a key. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/**
 * Build time: the files of a sharded index over `input` (path -> JSON text), ranked by `config`'s field weights.
 * Record ids are positions in `input`, as in `buildSearchIndex`.
 */
export function buildShardedIndex(
  input: IndexableRecord[],
  options: ShardOptions = {},
  config: RankingConfig = DEFAULT_RANKING,
): Map<string, string> {
  const maxPostings = options.maxPostings ?? config.candidatesPerWord;
  const entries = new Map<string, unknown>();
  const push = <T>(key: string, value: T) => {
    const list = entries.get(key) as T[] | undefined;
    if (list) list.push(value);
    else entries.set(key, [value]);
  };
  const wordsOf = (text: string) => words(text, { keepStopwords: true });
  const texts = input.map((r) => recordText(r, wordsOf));
  const averages = fieldAverages(texts.map((t) => t.lengths));
  // Key (`w:stem`, `x:term`) -> [record, impact], in record order; the vocabulary: surface word -> stem.
  const postings = new Map<string, [number, number][]>();
  const add = (key: string, id: number, impact: number) => {
    const list = postings.get(key);
    if (list) list.push([id, impact]);
    else postings.set(key, [[id, impact]]);
  };
  const encoder = bodyEncoder();
  const vocabulary = new Map<string, string>();
  input.forEach((r, id) => {
    const { fields, lengths } = texts[id] ?? { fields: [], lengths: averages };
    const weights = fieldWeights(config, r.kind);
    const earned = new Map<string, { best: number; sum: number }>();
    const earn = (stem: string, w: number) => {
      const e = earned.get(stem) ?? { best: 0, sum: 0 };
      // A word counts once per field however often the field repeats it, as the engine's postings do.
      e.sum += w;
      e.best = Math.max(e.best, w);
      earned.set(stem, e);
    };
    for (const [f, ws] of fields) {
      const b = config.lengthDiscount[f];
      const w = weights[f] / (1 - b + b * (lengths[f] / averages[f]));
      for (const stem of new Set(ws.map((x) => x.stem))) earn(stem, w);
      for (const x of ws) vocabulary.set(x.raw, x.stem);
    }
    for (const [stem, { best, sum }] of earned) add(`w:${stem}`, id, best + (sum - best) * config.secondaryFieldShare);
    const body = bodyTokens(r.body, normalisedFields(r));
    for (const term of new Set(body ? encoder.encode(body) : [])) add(`x:${term}`, id, weights.body);
  });
  for (const [key, list] of postings) {
    const kept = list.length > maxPostings ? [...list].sort((a, b) => b[1] - a[1]).slice(0, maxPostings) : list;
    kept.sort((a, b) => a[0] - b[0]);
    let last = 0;
    const value: Postings = [
      list.length,
      kept.map(([id]) => {
        const d = id - last;
        last = id;
        return d;
      }),
      kept.map(([, impact]) => Math.max(1, Math.round(impact * 10))),
    ];
    entries.set(key, value);
  }
  // The vocabulary twice: by its first two letters (what a prefix completes to) and by first letter and length
  // (what a word may be a slip for), each word with its stem.
  const vocabularyFiles = new Map<string, string[]>();
  for (const raw of [...vocabulary.keys()].sort()) {
    for (const key of [`p:${prefixKey(raw)}`, `s:${firstLetter(raw)}${[...raw].length}`]) {
      const list = vocabularyFiles.get(key);
      if (list) list.push(raw);
      else vocabularyFiles.set(key, [raw]);
    }
  }
  for (const [key, list] of vocabularyFiles) entries.set(key, [list, list.map((w) => vocabulary.get(w) ?? w)]);
  const senseIds = new Map<string, number>();
  const linkedBy = new Map<string, number[]>();
  const termNames = new Map<string, [string[], number[]]>();
  input.forEach((r, id) => {
    if (r.sense === null) return;
    // Terms' names by first letter, for the names nearest a query that found nothing.
    for (const name of new Set([r.title, ...r.aliases].map(foldName))) {
      const key = `N:${firstLetter(name)}`;
      const [names, ids] = termNames.get(key) ?? termNames.set(key, [[], []]).get(key) ?? [[], []];
      names.push(name);
      ids.push(id);
    }
    senseIds.set(`${r.id}#${r.sense}`, id);
    for (const name of compoundNames([r.title, ...r.aliases].join("\n"))) push(`c:${name}`, id);
  });
  let factCount = 0;
  const useWeights = new Map<string, [number, number][]>();
  input.forEach((r, id) => {
    for (const name of new Set([...primaryNames(r), ...otherNames(r)])) push(`n:${name}`, id);
    if (r.sense === null)
      for (const slug of new Set((r.links ?? []).map((link) => splitTermRef(link)[0]))) {
        const list = linkedBy.get(slug);
        if (list) list.push(id);
        else linkedBy.set(slug, [id]);
      }
    for (const f of r.reference ?? []) {
      const of = f.of ?? "";
      const fact = unshipFact(
        [id, f.name, f.kind, shippedAnchor(f.anchor ?? "", f.name, f.kind, of), of, f.path ?? ""],
        [],
        0,
      );
      fact[6] = f.term ?? "";
      const entry: BucketFact = [factCount++, fact, f.term ? (senseIds.get(f.term) ?? -1) : -1];
      for (const key of new Set(referenceKeys(fact))) push(`f:${key}`, entry);
    }
    for (const u of r.uses ?? []) {
      const key = foldName(u.name);
      const list = useWeights.get(key) ?? [];
      list.push([id, tenthsOfUse(u.weight)]);
      useWeights.set(key, list);
    }
  });
  for (const [key, list] of useWeights) entries.set(`u:${key}`, list.flat());
  for (const [key, value] of termNames) entries.set(key, value);
  // About one key per bucket: a lookup fetches little more than its own entry, and a key no record has finds no file.
  const bucketCount = options.buckets ?? Math.max(1, entries.size);
  const buckets: Bucket[] = Array.from({ length: bucketCount }, () => ({}));
  for (const [key, value] of entries) {
    const bucket = buckets[bucketOf(key, bucketCount)];
    if (bucket) bucket[key] = value;
  }
  // Codes and comparisons are read from every record that has them, whatever the query's words.
  const spelledByTerms = termSpellings(input);
  const always = input.flatMap((r, id) =>
    r.kind === "card" || ownCodes(r, spelledByTerms).length > 0 || r.patterns?.length ? [id] : [],
  );
  const shipped = ({ body: _b, reference: _r, uses: _u, ...record }: IndexableRecord): SearchRecord => record;
  const kinds: [RecordKind, number][] = [];
  for (const r of input) {
    const last = kinds[kinds.length - 1];
    if (last?.[0] === r.kind) last[1]++;
    else kinds.push([r.kind, 1]);
  }
  const head: ShardHead = {
    version: SEARCH_INDEX_VERSION,
    kinds,
    explainedBy: [...explainingPages(input.entries())],
    total: input.length,
    buckets: bucketCount,
    averages,
    always,
    records: always.flatMap((id) => {
      const r = input[id];
      return r ? [shipped(r)] : [];
    }),
  };
  const files = new Map<string, string>([["head.json", JSON.stringify(head)]]);
  buckets.forEach((b, n) => {
    if (Object.keys(b).length > 0) files.set(`b/${n}.json`, JSON.stringify(b));
  });
  input.forEach((r, id) => {
    const piece: RecordFile = [shipped(r), r.sense === null ? [] : (linkedBy.get(r.id) ?? [])];
    files.set(`r/${id}.json`, JSON.stringify(piece));
  });
  return files;
}

/**
 * Reads one file of a sharded index by its path (`head.json`, `b/3.json`): from a server, a disk or memory;
 * undefined when there is no such file (a bucket no key fell in).
 */
export type ReadShard = (path: string) => Promise<string | undefined>;

export type ShardedSearchOptions = SearchOptions & {
  /**
   * Records a query's words may bring in beyond those its lookups name: the best by their words' impacts and
   * rarity, before the engine ranks them in full. Default 30.
   */
  candidates?: number;
  /**
   * Besides, the best of each kind of record: the engine weighs each result against the best of its kind too
   * (`kindBlend`), so a page or a list can rank high on words that score low against a term's. Default 5.
   */
  candidatesPerKind?: number;
};

/** Rounds of fetching a query may take: lookups, then the records they name, then the records those lift. */
const MAX_ROUNDS = 6;

/**
 * A sharded index being searched: fetches the buckets and records each query needs, once, and ranks with the
 * engine over the records that query needs (the same records whatever was fetched before, so the same results).
 */
export class ShardedSearch {
  private readonly buckets = new Map<number, Bucket>();
  private readonly records: SearchRecord[] = [];
  private readonly facts: Fact[] = [];
  /** For each loaded sense, the records about its term. */
  private readonly linkedBy: number[][] = [];
  /** Error page -> the docs pages that explain it. */
  private readonly explainedBy: Map<number, number[]>;
  private readonly pending = new Map<string, Promise<void>>();
  private readonly encoder = bodyEncoder();
  /** A stem's records by the body index, once every bucket its terms sit in is loaded: they change no more. */
  private readonly bodies = new Map<string, Decoded | undefined>();
  /** How many records hold a stem, once its buckets are loaded (what every query's rarity reads). */
  private readonly dfs = new Map<string, number>();
  /** The kind of each record, by id. */
  private readonly kinds: RecordKind[];
  private working?: { sum: Float64Array; held: Uint32Array };
  private shown?: SearchRecord[];

  /** Per-record working arrays for picking candidates, left zeroed after each use. */
  private scratch(total: number): { sum: Float64Array; held: Uint32Array } {
    this.working ??= { sum: new Float64Array(total), held: new Uint32Array(total) };
    return this.working;
  }

  private constructor(
    private readonly read: ReadShard,
    private readonly head: ShardHead,
    private readonly config: RankingConfig,
  ) {
    this.kinds = head.kinds.flatMap(([kind, count]) => Array<RecordKind>(count).fill(kind));
    this.explainedBy = new Map(head.explainedBy);
    head.always.forEach((id, i) => {
      const r = head.records[i];
      if (r) this.records[id] = r;
    });
  }

  /** Opens a sharded index by reading its head. */
  static async open(read: ReadShard, config: RankingConfig = DEFAULT_RANKING): Promise<ShardedSearch> {
    const text = await read("head.json");
    if (text === undefined) throw new Error("head.json: not found");
    const head = JSON.parse(text) as ShardHead;
    if (head.version !== SEARCH_INDEX_VERSION)
      throw new Error(`head.json: a search index of version ${head.version}, this code reads ${SEARCH_INDEX_VERSION}`);
    return new ShardedSearch(read, head, config);
  }

  /** The best results for a query and how many records its words and names reached. */
  async searchWithTotal(
    query: string,
    opts: ShardedSearchOptions = {},
  ): Promise<{ results: SearchResult[]; total: number }> {
    const wanted = new Set<number>(this.head.always);
    let answer = { results: [] as SearchResult[], total: 0 };
    // The candidates of a round that read every bucket it needed: a later round asking the same stems reads the
    // same postings, so it gets the same candidates without reading them again.
    let settled: { stems: string; best: { ids: number[]; reached: number } } | undefined;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const view = this.view(wanted);
      answer = SearchEngine.fromWhole(view.whole, this.config).searchWithTotal(query, opts);
      // The records were shown to this round's engine only: clear them before anything else can run.
      view.done();
      const stems = view.askedStems();
      const best =
        settled?.stems === stems
          ? settled.best
          : view.bestByWords(query, opts.candidates ?? 30, opts.candidatesPerKind ?? 5);
      settled = view.missing.size === 0 ? { stems, best } : undefined;
      // The count is of every record the query's words reach, not only those fetched (a few more may be named).
      answer.total = Math.max(answer.total, best.reached);
      const more = [...view.wanted, ...best.ids].filter((id) => !wanted.has(id));
      if (view.missing.size === 0 && more.length === 0) break;
      for (const id of more) wanted.add(id);
      await Promise.all([
        ...[...view.missing].map((n) => this.fetchBucket(n)),
        ...more.map((id) => this.fetchRecord(id)),
      ]);
    }
    return answer;
  }

  /**
   * When a query finds nothing: the terms whose names are closest to it, as `SearchEngine.nearestNames` ranks
   * them, among the names that start with the query's first letter (the rest would mean reading every name).
   */
  async nearestNames(query: string, limit = 5): Promise<SearchResult[]> {
    const q = foldName(query.slice(0, MAX_QUERY_CHARS));
    if (q.length < 2) return [];
    const key = `N:${firstLetter(q)}`;
    const n = bucketOf(key, this.head.buckets);
    await this.fetchBucket(n);
    const [names = [], ids = []] = (this.buckets.get(n)?.[key] as [string[], number[]] | undefined) ?? [];
    // Within the engine's distance (a name the query is part of, or the reverse, is always near).
    const max = Math.max(2, Math.floor(q.length / 3));
    const near = new Set(
      ids.filter((_, i) => {
        const name = names[i] ?? "";
        return name.includes(q) || q.includes(name) || editDistance(q, name, max) <= max;
      }),
    );
    await Promise.all([...near].map((id) => this.fetchRecord(id)));
    return SearchEngine.fromWhole(this.view(near).whole, this.config).nearestNames(query, limit);
  }

  private fetchBucket(n: number): Promise<void> {
    return this.once(`b/${n}.json`, (text) => {
      const bucket = text === undefined ? {} : (JSON.parse(text) as Bucket);
      this.buckets.set(n, bucket);
      for (const [key, value] of Object.entries(bucket)) {
        if (!key.startsWith("f:")) continue;
        for (const [index, fact] of value as BucketFact[]) this.facts[index] = fact;
      }
    });
  }

  private fetchRecord(id: number): Promise<void> {
    if (this.records[id]) return Promise.resolve();
    return this.once(`r/${id}.json`, (text) => {
      if (text === undefined) throw new Error(`r/${id}.json: not found`);
      const [record, linkedBy] = JSON.parse(text) as RecordFile;
      this.records[id] = record;
      this.linkedBy[id] = linkedBy;
    });
  }

  /** Fetches a file once; a failed fetch is forgotten, so the next query tries again. */
  private once(path: string, use: (text: string | undefined) => void): Promise<void> {
    let p = this.pending.get(path);
    if (!p) {
      p = this.read(path).then(use);
      p.catch(() => this.pending.delete(path));
      this.pending.set(path, p);
    }
    return p;
  }

  /**
   * The whole index as one query's engine sees it: the records in `wanted` (loaded), the buckets loaded so far;
   * what the engine looks up in a bucket not loaded yet is noted in `missing`, a record a lookup names in `wanted`.
   */
  private view(present: ReadonlySet<number>) {
    const missing = new Set<number>();
    const wanted = new Set<number>();
    const asked = new Set<string>();
    const { total } = this.head;
    // One array the length of the index, reused: a round's engine sees the records of `present` in it.
    this.shown ??= new Array(total);
    const records = this.shown;
    for (const id of present) {
      const r = this.records[id];
      if (r) records[id] = r;
    }
    const done = () => {
      for (const id of present) delete records[id];
    };
    const entry = <T>(key: string): T | undefined => {
      const n = bucketOf(key, this.head.buckets);
      const bucket = this.buckets.get(n);
      if (!bucket) {
        missing.add(n);
        return undefined;
      }
      return bucket[key] as T | undefined;
    };
    const want = (ids: readonly number[]) => {
      for (const id of ids) if (!present.has(id)) wanted.add(id);
    };
    const ids = (prefix: string): KeyLookup<number[]> => ({
      get: (key) => {
        const list = entry<number[]>(prefix + key);
        if (list) want(list);
        return list;
      },
      has: (key) => entry(prefix + key) !== undefined,
    });
    // A stem's records: through the shipped fields, and through the body index (all of the stem's body terms).
    const fieldPostings = (stem: string) => decoded(entry<Postings>(`w:${stem}`));
    const loaded = (key: string) => this.buckets.has(bucketOf(key, this.head.buckets));
    const bodyPostings = (stem: string): Decoded | undefined => {
      if (this.bodies.has(stem)) return this.bodies.get(stem);
      const terms = [...new Set(this.encoder.encode(stem))];
      const lists = terms.map((term) => decoded(entry<Postings>(`x:${term}`)));
      const [first, ...rest] = lists;
      let body = first;
      if (first && rest.length > 0) {
        const sets = rest.map((l) => new Set(l?.ids ?? []));
        const keep = first.ids.map((id) => sets.every((set) => set.has(id)));
        body = {
          count: Math.min(...lists.map((l) => l?.count ?? 0)),
          ids: first.ids.filter((_, i) => keep[i]),
          impacts: first.impacts.filter((_, i) => keep[i]),
          capped: lists.some((l) => l?.capped),
        };
      }
      if (terms.every((term) => loaded(`x:${term}`))) this.bodies.set(stem, body);
      return body;
    };
    const df = (stem: string) => {
      asked.add(stem);
      let count = this.dfs.get(stem);
      if (count === undefined) {
        const fields = fieldPostings(stem);
        const body = bodyPostings(stem);
        count =
          fields?.capped || body?.capped
            ? Math.max(fields?.count ?? 0, body?.count ?? 0)
            : new Set([...(fields?.ids ?? []), ...(body?.ids ?? [])]).size;
        // A count read before the stem's buckets are loaded is this round's only.
        if (loaded(`w:${stem}`) && this.bodies.has(stem)) this.dfs.set(stem, count);
      }
      return count;
    };
    const vocabulary = (key: string): [string[], string[]] => entry<[string[], string[]]>(key) ?? [[], []];
    const lengthKey = (raw: string, length: number) => `s:${firstLetter(raw)}${length}`;
    const stemOf = (raw: string) => {
      const [list, stems] = vocabulary(lengthKey(raw, [...raw].length));
      const i = list.indexOf(raw);
      return i < 0 ? undefined : stems[i];
    };
    // Whether the spelling list a word would be in is loaded: only then can this round tell if the index has it.
    const knows = (word: string) => this.buckets.has(bucketOf(lengthKey(word, [...word].length), this.head.buckets));
    const whole: WholeIndex = {
      total,
      averages: this.head.averages,
      records,
      present: [...present].filter((id) => records[id] !== undefined).sort((a, b) => a - b),
      facts: this.facts,
      df,
      body: (stem) => {
        // Every stem the engine looks up counts for the candidates, whether or not a loaded record holds it.
        asked.add(stem);
        return bodyPostings(stem)?.ids ?? [];
      },
      completions: (prefix) => vocabulary(`p:${prefixKey(prefix)}`)[0],
      near: (word) => {
        // The engine asks for a word's slips before this round knows the word: its own length's list first, and
        // the four around it only for a word that list lacks (a word the index has is never read as a slip).
        const length = [...word].length;
        const own = entry<[string[], string[]]>(lengthKey(word, length));
        if (!knows(word) || own?.[0].includes(word)) return [];
        return [-2, -1, 0, 1, 2].flatMap((d) => (length + d > 0 ? vocabulary(lengthKey(word, length + d))[0] : []));
      },
      stemOf: { get: stemOf, has: (raw) => stemOf(raw) !== undefined },
      knows,
      names: ids("n:"),
      compounds: ids("c:"),
      factKeys: {
        get: (key) => {
          const list = entry<BucketFact[]>(`f:${key}`);
          if (!list) return undefined;
          for (const [, fact, term] of list) want(term >= 0 ? [fact[0], term] : [fact[0]]);
          return list.map(([index]) => index);
        },
        has: (key) => entry(`f:${key}`) !== undefined,
      },
      usedBy: {
        get: (key) => {
          const flat = entry<number[]>(`u:${key}`);
          if (!flat) return undefined;
          const out: { id: number; weight: number }[] = [];
          for (let k = 0; k + 1 < flat.length; k += 2) out.push({ id: flat[k] ?? 0, weight: (flat[k + 1] ?? 0) / 10 });
          want(out.map((u) => u.id));
          return out;
        },
        has: (key) => entry(`u:${key}`) !== undefined,
      },
      wantLinks: (slug) => {
        for (const id of present)
          if (records[id]?.id === slug && records[id]?.sense !== null) want(this.linkedBy[id] ?? []);
      },
      wantExplaining: (error) => want(this.explainedBy.get(error) ?? []),
    };
    /**
     * The records the query's words reach best (impact times rarity, summed over words), and how many they reach.
     */
    const bestByWords = (query: string, k: number, perKind: number): { ids: number[]; reached: number } => {
      // As the engine weighs a record by the share of the query's words it holds, squared: each stem looked up
      // counts for the query word it is, or completes, or else as a word of its own (a corrected spelling).
      const queryWords = words(query, { query: true });
      const groups = new Map<string, number>();
      for (const stem of asked) {
        const i = queryWords.findIndex((w) => w.stem === stem || stem.startsWith(w.raw));
        groups.set(stem, i >= 0 ? i : queryWords.length + groups.size);
      }
      const groupCount = Math.max(1, new Set(groups.values()).size);
      const { sum, held } = this.scratch(total);
      const touched: number[] = [];
      for (const stem of asked) {
        const idf = Math.log(1 + total / Math.max(1, df(stem)));
        const bit = 1 << Math.min(31, groups.get(stem) ?? 0);
        for (const p of [fieldPostings(stem), bodyPostings(stem)]) {
          if (!p) continue;
          for (let i = 0; i < p.ids.length; i++) {
            const id = p.ids[i] ?? 0;
            if (held[id] === 0) touched.push(id);
            sum[id] = (sum[id] ?? 0) + (p.impacts[i] ?? 0) * idf;
            held[id] = (held[id] ?? 0) | bit;
          }
        }
      }
      // Scores by record id in the working array (`sum`), ids alone in the lists: no object per record reached.
      const byKind = new Map<RecordKind | undefined, number[]>();
      for (const id of touched) {
        const share = bitCount(held[id] ?? 0) / groupCount;
        sum[id] = (sum[id] ?? 0) * share * share;
        held[id] = 0;
        const kind = this.kinds[id];
        const list = byKind.get(kind);
        if (list) list.push(id);
        else byKind.set(kind, [id]);
      }
      const order = (a: number, b: number) => (sum[b] ?? 0) - (sum[a] ?? 0) || a - b;
      const best = new Set(topOf([...touched], k, order));
      for (const list of byKind.values()) for (const id of topOf(list, perKind, order)) best.add(id);
      for (const id of touched) sum[id] = 0;
      return { ids: [...best], reached: touched.length };
    };
    /** The stems this round looked up, as one key. */
    const askedStems = () => [...asked].sort().join(" ");
    return { whole, missing, wanted, bestByWords, askedStems, done };
  }
}
