import { Document } from "flexsearch";
import { foldQuery, normalizeText, tokenize } from "./normalize";
import {
  FIELDS,
  type Field,
  type Heading,
  type IndexableRecord,
  type SearchIndexData,
  type SearchRecord,
  type SearchResult,
} from "./types";
import { closeWords } from "./typo";

const WEIGHT: Record<Field, number> = { name: 10, aliases: 8, label: 6, short: 3, cues: 3, body: 1 };
/** Fields matched by prefix (as you type); the rest match whole words only, which keeps the index small. */
const PREFIX_FIELDS: readonly Field[] = ["name", "aliases", "label"];

const EXACT_NAME_BONUS = 1000;
const EXACT_LABEL_BONUS = 150;
/** Keeps an alias match below a match on the term itself whatever its field score. */
const SENSE_COUNT_CAP = 100;
const PREFIX_QUALITY = 0.5;
const SECONDARY_FIELD_SHARE = 0.25;
const TYPO_QUALITY = 0.6;
const MIN_TYPO_LENGTH = 5;
const CANDIDATES_PER_TOKEN = 400;

type Flex = Document<Record<Field | "id", string | number>>;

/** The one place that sets FlexSearch's options: the build exports with it and the browser imports with it. */
function createFlexIndex(): Flex {
  return new Document({
    encoder: { split: " ", normalize: false, dedupe: false },
    document: {
      id: "id",
      index: FIELDS.map((field) => ({
        field,
        tokenize: PREFIX_FIELDS.includes(field) ? ("forward" as const) : ("strict" as const),
      })),
    },
  });
}

/** Build time: normalise the records, index them, and return what the browser downloads. */
export function buildSearchIndex(input: IndexableRecord[]): SearchIndexData {
  const flex = createFlexIndex();
  const records: SearchRecord[] = input.map(({ source, ...rest }, id) => {
    const normalised = Object.fromEntries(FIELDS.map((f) => [f, normalizeText(source[f])])) as Record<Field, string>;
    flex.add({ id, ...normalised });
    const { body: _body, ...fields } = normalised;
    return { ...rest, fields };
  });
  const exported: Record<string, string> = {};
  flex.export((key, data) => {
    exported[key] = data;
  });
  return { version: 1, records, flex: exported };
}

type Hit = { score: number; matched: Set<number> };

export type SearchOptions = { limit?: number };

/** The search engine shared by the browser and the CLI. */
export class SearchEngine {
  private readonly flex: Flex;
  private readonly records: SearchRecord[];
  private readonly fieldTokens: Array<Record<Exclude<Field, "body">, Set<string>>>;
  private readonly vocabulary: string[];

  private constructor(data: SearchIndexData) {
    this.records = data.records;
    this.flex = createFlexIndex();
    for (const [key, value] of Object.entries(data.flex)) this.flex.import(key, value);
    this.fieldTokens = data.records.map(
      (r) =>
        Object.fromEntries(Object.entries(r.fields).map(([f, text]) => [f, new Set(text.split(" "))])) as Record<
          Exclude<Field, "body">,
          Set<string>
        >,
    );
    const vocab = new Set<string>();
    for (const r of this.fieldTokens) for (const set of Object.values(r)) for (const t of set) if (t) vocab.add(t);
    this.vocabulary = [...vocab];
  }

  static fromData(data: SearchIndexData): SearchEngine {
    return new SearchEngine(data);
  }

  get size(): number {
    return this.records.length;
  }

  /** Record ids matching one token in each field, from FlexSearch. */
  private lookup(token: string): Map<Field, Set<number>> {
    const out = new Map<Field, Set<number>>();
    for (const { field, result } of this.flex.search(token, { limit: CANDIDATES_PER_TOKEN })) {
      out.set(field as Field, new Set(result as number[]));
    }
    return out;
  }

  /**
   * The weight one query token earns in one record: its best field counts in full, every other field it
   * also appears in adds a quarter, so a sense whose own label or cues repeat the word beats its siblings.
   */
  private tokenScore(id: number, token: string, fields: Map<Field, Set<number>>, quality: number): number {
    let best = 0;
    let sum = 0;
    const tokens = this.fieldTokens[id];
    for (const [field, ids] of fields) {
      if (!ids.has(id)) continue;
      const exact = field === "body" || !tokens || tokens[field].has(token);
      const w = WEIGHT[field] * quality * (exact ? 1 : PREFIX_QUALITY);
      sum += w;
      if (w > best) best = w;
    }
    return best + (sum - best) * SECONDARY_FIELD_SHARE;
  }

  search(query: string, opts: SearchOptions = {}): SearchResult[] {
    const limit = opts.limit ?? 20;
    const folded = foldQuery(query.slice(0, 500));
    let tokens = [...new Set(tokenize(query.slice(0, 500)))].slice(0, 12);
    if (tokens.length === 0 && folded) tokens = [...new Set(tokenize(query.slice(0, 500), { keepStopwords: true }))];
    if (tokens.length === 0) return [];

    const hits = new Map<number, Hit>();
    const total = this.records.length;
    tokens.forEach((token, ti) => {
      let variants: { word: string; quality: number }[] = [{ word: token, quality: 1 }];
      let fields = this.lookup(token);
      if (fields.size === 0 && token.length >= MIN_TYPO_LENGTH) {
        variants = closeWords(token, this.vocabulary).map((word) => ({ word, quality: TYPO_QUALITY }));
      }
      for (const { word, quality } of variants) {
        if (word !== token) fields = this.lookup(word);
        const ids = new Set<number>();
        for (const list of fields.values()) for (const id of list) ids.add(id);
        if (ids.size === 0) continue;
        const idf = Math.log(1 + total / ids.size);
        for (const id of ids) {
          const s = this.tokenScore(id, word, fields, quality) * idf;
          if (s <= 0) continue;
          const hit = hits.get(id) ?? { score: 0, matched: new Set<number>() };
          if (!hit.matched.has(ti)) {
            hit.score += s;
            hit.matched.add(ti);
          }
          hits.set(id, hit);
        }
      }
    });

    const results: { res: SearchResult; id: number }[] = [];
    for (const [id, hit] of hits) {
      const r = this.records[id];
      if (!r) continue;
      const coverage = hit.matched.size / tokens.length;
      let score = hit.score * coverage * coverage;
      if (folded && r.primary.includes(folded)) {
        // The query is the term itself: show its senses in the order the author chose.
        score = (r.kind === "term" ? EXACT_NAME_BONUS : EXACT_NAME_BONUS / 2) - r.order;
      } else if (folded && r.names.includes(folded)) {
        // An alias or label: the sense whose own words match best comes first.
        score += r.kind === "term" ? EXACT_NAME_BONUS - SENSE_COUNT_CAP : EXACT_NAME_BONUS / 2 - SENSE_COUNT_CAP;
        if (r.kind === "term" && foldQuery(r.subtitle) === folded) score += EXACT_LABEL_BONUS;
      } else if (tokens.length > 1 && r.fields.name.includes(tokens.join(" "))) {
        score *= 1.5;
      }
      const heading = r.headings ? bestHeading(r.headings, tokens) : undefined;
      const res: SearchResult = {
        kind: r.kind,
        id: r.id,
        sense: r.sense,
        context: r.context,
        title: r.title,
        subtitle: r.subtitle,
        url: heading ? `${r.url.split("#")[0]}#${heading.anchor}` : r.url,
        text: r.text,
        score: Math.round(score * 1000) / 1000,
        ...(heading ? { heading } : {}),
      };
      results.push({ res, id });
    }
    // Ties keep the build's record order, so a term's senses come in the order its file gives them.
    return results
      .sort((a, b) => b.res.score - a.res.score || a.id - b.id)
      .slice(0, Math.max(0, limit))
      .map(({ res }) => res);
  }
}

/** The heading of a docs page that shares the most query words, if any. */
function bestHeading(headings: Heading[], tokens: string[]): Heading | undefined {
  let best: Heading | undefined;
  let bestCount = 0;
  for (const h of headings) {
    const words = new Set(tokenize(h.text));
    const count = tokens.filter((t) => words.has(t)).length;
    if (count > bestCount) {
      best = h;
      bestCount = count;
    }
  }
  return best;
}
