import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadContent } from "../content/load";
import { buildSiteSearchIndex } from "../content/search-index";
import { KIND_URL_PREFIX, RECORD_KINDS } from "../kinds";
import { SearchEngine, unshipRecords } from "../search/engine";
import { fieldText } from "../search/fields";
import { matchedWords } from "../search/highlight";
import { markWords } from "../search/marks";
import type { SearchIndexData, SearchRecord, SearchResult } from "../search/types";
import { closeWords, editDistance } from "../search/typo";
import { formatProblem } from "../source/problems";
import { fuzzParams, hostileString, hugeString, slowest, withinBudget } from "../testing/hostile-strings";
import { foldQuery, normalizeText, tokenize, words } from "../text/normalize";

const SEARCH_RUNS = 5000;
const HUGE_RUNS = 8;

// Built here rather than through siteEngine() (the same steps) to keep the records the results are checked against.
const { content, problems } = loadContent("content");
if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
const data = JSON.parse(JSON.stringify(buildSiteSearchIndex(content))) as SearchIndexData;
const engine = SearchEngine.fromData(data);
const recordKey = (r: Pick<SearchRecord, "kind" | "id" | "sense">) => `${r.kind}\u0000${r.id}\u0000${r.sense}`;
const shown = unshipRecords(data.records);
const records = new Map(shown.map((r) => [recordKey(r), r]));
/**
 * The reference facts of the docs map, by page id, name and anchor: what a reference result may show. Read from
 * the content, not the index, so an anchor the index spells short must come back whole.
 */
const factKey = (id: string, name: string, anchor: string) => `${id}\u0000${name}\u0000${anchor}`;
const facts = new Set(
  (content.docsMap?.pages ?? []).flatMap((p) => p.reference.map((f) => factKey(p.id, f.name, f.anchor ?? ""))),
);
/** Every name, label and cue of the index, so generated queries hit real records. */
const vocabulary = [...new Set(shown.flatMap((r) => [r.title, r.subtitle, ...r.aliases, ...r.cues]))].filter(Boolean);
/** The engine's own typo vocabulary: the surface words of the shipped fields. */
const surfaceWords = [
  ...new Set(
    shown.flatMap((r) =>
      Object.values(fieldText(r)).flatMap((text) => words(text, { keepStopwords: true }).map((w) => w.raw)),
    ),
  ),
].sort();

/** Where each kind of result may link: the kind's page family (a term at one of its senses), or istio.io. */
const URL_SHAPE: Record<SearchRecord["kind"], RegExp> = Object.fromEntries(
  RECORD_KINDS.map((k) => [
    k,
    new RegExp(
      `^${KIND_URL_PREFIX[k].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}${k === "term" ? "[a-z0-9-]+/#[a-z0-9-]+$" : "[^\\s\"'<>]*$"}`,
    ),
  ]),
) as Record<SearchRecord["kind"], RegExp>;

// V8 compiles the engine's hot paths over its first few hundred calls; the budget is for the code, not the compiler.
for (const name of vocabulary.slice(0, 400)) engine.search(name);

const limits = fc.option(fc.integer({ min: -3, max: 60 }), { nil: undefined });

/** How many results the search properties checked: none would make them vacuous. */
let resultsChecked = 0;

function assertValidResults(query: string, limit: number | undefined, results: SearchResult[]): void {
  resultsChecked += results.length;
  assert.ok(results.length <= Math.max(0, limit ?? 20), `${results.length} results for limit ${limit}`);
  const seen = new Set<string>();
  let previous = Number.POSITIVE_INFINITY;
  for (const r of results) {
    const key = r.reference ? `${recordKey(r)}\u0000${r.reference.name}` : recordKey(r);
    const record = records.get(recordKey(r));
    assert.ok(record, `result ${JSON.stringify(key)} is a record of the index`);
    assert.ok(r.id.length > 0, "non-empty id");
    assert.ok(!seen.has(key), `no duplicate result ${JSON.stringify(key)}`);
    seen.add(key);
    assert.ok(Number.isFinite(r.score), `finite score ${r.score}`);
    assert.ok(r.score <= previous, `sorted best first: ${r.score} after ${previous}`);
    previous = r.score;
    if (r.reference) {
      // A reference fact: its name, place and page come from the index's fact table, never from the query.
      const anchor = r.reference.anchor ?? "";
      assert.ok(facts.has(factKey(r.id, r.reference.name, anchor)), `a fact of the index: ${r.reference.name}`);
      assert.equal(r.title, r.reference.name);
      assert.equal(r.text, record.text);
      assert.equal(r.url, anchor ? `${record.url.split("#")[0]}#${anchor}` : record.url);
      assert.match(r.url, URL_SHAPE[r.kind]);
      continue;
    }
    // What a result shows and links to comes from the content, never from the query: nothing to inject.
    assert.deepEqual(
      [r.title, r.subtitle, r.text, r.context],
      [record.title, record.subtitle, record.text, record.context],
    );
    if (r.heading) {
      assert.ok(
        record.headings?.some((h) => h.anchor === r.heading?.anchor && h.text === r.heading.text),
        "the heading is one of the page's",
      );
      assert.equal(r.url, `${record.url.split("#")[0]}#${r.heading.anchor}`);
    } else assert.equal(r.url, record.url);
    assert.match(r.url, URL_SHAPE[r.kind]);
  }
  // The engine's contract: a query without a single letter or digit finds nothing.
  if (words(query, { keepStopwords: true, query: true }).length === 0) assert.deepEqual(results, []);
}

function search(query: string, limit: number | undefined): SearchResult[] {
  return withinBudget("search", query, () => engine.search(query, limit === undefined ? {} : { limit }));
}

test(`SearchEngine.search: ${SEARCH_RUNS} hostile queries, valid results within budget`, (t) => {
  fc.assert(
    fc.property(hostileString(vocabulary), limits, (query, limit) => {
      assertValidResults(query, limit, search(query, limit));
    }),
    fuzzParams(SEARCH_RUNS),
  );
  t.diagnostic(`slowest search: ${slowest.get("search")?.toFixed(1)} ms; ${resultsChecked} results checked`);
});

test(`SearchEngine.search: ${HUGE_RUNS} queries of 100 KB`, () => {
  fc.assert(
    fc.property(hugeString(vocabulary), limits, (query, limit) => {
      assertValidResults(query, limit, search(query, limit));
    }),
    fuzzParams(HUGE_RUNS, { endOnFailure: true }),
  );
});

const texts = fc.oneof(
  fc.constantFrom(...shown.flatMap((r) => [r.title, r.text])),
  hostileString(vocabulary, { maxFragments: 6 }),
);

function assertValidSegments(text: string, query: string): void {
  const segments = withinBudget("highlight", query, () => {
    const marked = new Set(matchedWords([text], query));
    return markWords(text, (w) => marked.has(w));
  });
  assert.equal(segments.map((s) => s.text).join(""), text, "the segments rebuild the text");
  if (text === "") return;
  segments.forEach((s, i) => {
    assert.ok(s.text.length > 0, "no empty segment");
    assert.notEqual(s.hit, segments[i - 1]?.hit, "hits and gaps alternate");
    if (s.hit) assert.match(s.text, /^[\p{L}\p{N}]+$/u, "a hit is one whole word");
  });
  const hasWord = tokenize(query).some((w) => w.length >= 2);
  if (!hasWord) assert.ok(!segments.some((s) => s.hit), "no word, no hit");
}

test("highlight: 1500 hostile texts and queries, and 4 queries of 100 KB", (t) => {
  fc.assert(fc.property(texts, hostileString(vocabulary), assertValidSegments), fuzzParams(1500));
  fc.assert(fc.property(texts, hugeString(vocabulary), assertValidSegments), fuzzParams(4, { endOnFailure: true }));
  t.diagnostic(`slowest highlight: ${slowest.get("highlight")?.toFixed(1)} ms`);
});

function assertValidNormalised(text: string): void {
  const lists = [{}, { keepStopwords: true }, { query: true }].map((opts) =>
    withinBudget("normalize", text, () => words(text, opts)),
  );
  for (const w of lists.flat()) {
    assert.ok(w.raw.length > 0 && w.stem.length > 0, `empty word in ${JSON.stringify(w)}`);
    assert.doesNotMatch(w.raw + w.stem, /\s/u, "a word holds no white space");
    assert.equal(w.raw, w.raw.toLowerCase(), "lower case");
  }
  // FlexSearch splits the indexed text on single spaces: no empty token may come out of it.
  assert.match(
    withinBudget("normalize", text, () => normalizeText(text)),
    /^(?:\S+(?: \S+)*)?$/u,
  );
  assert.doesNotMatch(
    withinBudget("normalize", text, () => foldQuery(text)),
    /\s/u,
  );
}

test("normalize: 1500 hostile texts and 4 of 100 KB", (t) => {
  fc.assert(fc.property(hostileString(vocabulary), assertValidNormalised), fuzzParams(1500));
  fc.assert(fc.property(hugeString(vocabulary), assertValidNormalised), fuzzParams(4, { endOnFailure: true }));
  t.diagnostic(`slowest normalize: ${slowest.get("normalize")?.toFixed(1)} ms`);
});

/** Optimal string alignment distance, plainly: the reference the early-exit version must agree with. */
function osa(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : i)));
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

test("typo: editDistance agrees with the plain algorithm on 2000 pairs; closeWords on 500 hostile words", (t) => {
  const short = hostileString(surfaceWords, { maxFragments: 2 }).map((s) => s.slice(0, 24));
  fc.assert(
    fc.property(short, short, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
      const d = withinBudget("editDistance", a, () => editDistance(a, b, max));
      const exact = osa(a, b);
      // Its contract: the distance when within max, otherwise any number above max.
      if (exact <= max) assert.equal(d, exact);
      else assert.ok(d > max, `${d} > ${max}`);
    }),
    fuzzParams(2000),
  );
  const vocab = new Set(surfaceWords);
  fc.assert(
    fc.property(hostileString(surfaceWords, { maxFragments: 2 }), (word) => {
      const found = withinBudget("closeWords", word, () => closeWords(word, surfaceWords));
      const max = word.length >= 8 ? 2 : 1;
      assert.ok(found.length <= 3);
      const distances = found.map((w) => {
        assert.ok(vocab.has(w) && w.length >= 3, `${w} is a vocabulary word`);
        return osa(word, w);
      });
      assert.ok(
        distances.every((d, i) => d <= max && d >= (distances[i - 1] ?? 0)),
        `closest first, within ${max}: ${distances}`,
      );
    }),
    fuzzParams(500),
  );
  t.diagnostic(`slowest editDistance: ${slowest.get("editDistance")?.toFixed(1)} ms`);
  t.diagnostic(`slowest closeWords: ${slowest.get("closeWords")?.toFixed(1)} ms`);
});
