import { spawn } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import type { Content } from "../lib/content/load";
import { siteRecords } from "../lib/content/load";
import { buildSiteSearchIndex } from "../lib/content/search-index";
import { buildDecoderData } from "../lib/decoder/data";
import { createDecoder } from "../lib/decoder/decode";
import { createMatcher } from "../lib/decoder/matcher";
import { createReader } from "../lib/decoder/read";
import { measureDecoder, readPassages } from "../lib/eval/passages";
import { type LabelledQuery, measure, readQuerySet } from "../lib/eval/queries";
import { type LabelledQuery as RealQuery, readQueryFile } from "../lib/eval/query-set";
import { buildSearchIndex, SearchEngine, splitSearchIndex } from "../lib/search/engine";
import { parseSearchIndex } from "../lib/search/schema";
import { buildShardedIndex, ShardedSearch } from "../lib/search/shards";
import type { IndexableRecord, SearchResult } from "../lib/search/types";
import { readSearchIndex } from "../lib/search/wire";
import { firstLoadJs } from "../scripts/page-weight";
import { browserTimings } from "./browser";
import { firstVisits } from "./first-visit";
import { builtSite, customRecords, pagefindQuality, pagefindSpeed, recordPages } from "./pagefind";
import { flexsearchDefault, fuse, minisearch, minisearchJustified, orama } from "./peers";
import { type FileScores, peerCorpus, peerRanking, peerRecords, scoreQueryFile, scoreRanking } from "./quality";
import type { Results, ScaleStep, ShardedAgreement } from "./report";
import { scaleBrowser } from "./scale-browser";
import { syntheticCorpus, syntheticQueries } from "./synthetic";
import { log, ms, pct, time } from "./util";

export type QuerySets = Record<"terms" | "docs", LabelledQuery[]> & {
  real?: RealQuery[];
  realFile?: string;
  /** Further real-query sets reported beside the headline one, each in its own table. */
  also?: { file: string; queries: RealQuery[] }[];
};

/** The real-query set the bench reports by default (its test part is the headline). */
export const REAL_QUERIES = path.join("bench", "queries", "real.json");
/** Real-query sets gathered later from threads the first never used, reported beside it by default. */
export const MORE_REAL_QUERIES = [
  path.join("bench", "queries", "real2.json"),
  path.join("bench", "queries", "real3.json"),
];

/**
 * The query sets every engine is measured on: the two regression sets, and a JSON query file (the real-query
 * set, or any file given with `--queries`, in the shape `lib/eval/query-set.ts` reads).
 */
export function querySets(file: string | undefined = REAL_QUERIES): QuerySets {
  return {
    terms: readQuerySet(path.join("bench", "queries", "glossary.tsv")),
    docs: readQuerySet(path.join("bench", "queries", "docs.tsv")),
    ...(file ? { real: readQueryFile(file), realFile: file } : {}),
    ...(file === REAL_QUERIES ? { also: MORE_REAL_QUERIES.map((f) => ({ file: f, queries: readQueryFile(f) })) } : {}),
  };
}

export function machine(): Results["machine"] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

export function corpus(content: Content, records: IndexableRecord[]): Results["corpus"] {
  return {
    records: records.length,
    terms: content.glossary.length,
    docsPages: content.docsMap?.pages.length ?? 0,
    lists: content.readingLists.length,
  };
}

/**
 * Search quality of Mesh Atlas and every peer on the same records and queries, and the speed of each: the
 * part `--only engines` re-runs.
 */
export async function engines(
  content: Content,
  sets: QuerySets,
): Promise<Pick<Results, "quality" | "meshAtlasDocsMixedList" | "speed" | "pagefind" | "real" | "realAlso">> {
  const records = siteRecords(content);
  // Peers get every record and every reference fact as a record of its page: the same knowledge our index has.
  const corpus = peerCorpus(records);
  const real: Record<string, FileScores> = {};
  const [data, buildMs] = time(() => buildSiteSearchIndex(content));
  const json = JSON.stringify(data);
  const [engine, loadMs] = time(() => SearchEngine.fromData(parseSearchIndex(JSON.parse(json), "index")));
  log("quality: Mesh Atlas and peers");
  const quality: Results["quality"] = {
    "Mesh Atlas": await scoreRanking(async (q, limit) => engine.search(q, { limit }), sets),
  };
  if (sets.real) real["Mesh Atlas"] = await scoreQueryFile(async (q) => engine.search(q, { limit: 400 }), sets.real);
  const also = (sets.also ?? []).map(() => ({}) as Record<string, FileScores>);
  for (const [i, set] of (sets.also ?? []).entries())
    (also[i] ?? {})["Mesh Atlas"] = await scoreQueryFile(async (q) => engine.search(q, { limit: 400 }), set.queries);
  // The same docs questions on the mixed list the CLI prints (terms and pages together).
  const mixed = Object.fromEntries(
    (["held-out", "all"] as const).map((split) => {
      const chosen = split === "all" ? sets.docs : sets.docs.filter((q) => q.split === "held-out");
      const { misses: _m, ...q } = measure(chosen, (text) => engine.search(text, { limit: 10 }));
      return [split, q];
    }),
  );
  // Speed of our engine in Node, warm from the passes above, over every query five times; taken before any peer
  // is built, as each peer's is taken beside its own index only, not in a heap holding the others'.
  const allQueries = [...sets.terms, ...sets.docs].map((q) => q.query);
  const latencies: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of allQueries) latencies.push(time(() => engine.search(q, { limit: 10 }))[1]);
  }
  const peerSpeed: Results["speed"]["peers"] = {};
  for (const peer of [flexsearchDefault(), minisearch(), minisearchJustified(), fuse(), orama()]) {
    log(peer.name);
    const t0 = performance.now();
    await peer.build(peerRecords(corpus));
    const built = performance.now() - t0;
    // Latency is taken on the quality pass itself: every query once, the engine already warm from building.
    const lat: number[] = [];
    const ranking = peerRanking(peer, corpus);
    quality[peer.name] = await scoreRanking(async (q, limit) => {
      const t = performance.now();
      const r = await ranking(q, limit);
      lat.push(performance.now() - t);
      return r;
    }, sets);
    if (sets.real) real[peer.name] = await scoreQueryFile((q) => ranking(q, 400), sets.real);
    for (const [i, set] of (sets.also ?? []).entries())
      (also[i] ?? {})[peer.name] = await scoreQueryFile((q) => ranking(q, 400), set.queries);
    peerSpeed[peer.name] = { buildMs: ms(built), medianMs: ms(pct(lat, 0.5)), p95Ms: ms(pct(lat, 0.95)) };
  }

  // Pagefind searches only in a browser, so it runs in Chromium on a bundle its Node API writes: the same
  // records (the row in every table), then, for quality alone, the same records as custom records and out/.
  log("Pagefind: the records, in Chromium");
  const PAGEFIND = "Pagefind (HTML page per record)";
  const pagefindMain = await pagefindSpeed(recordPages(peerRecords(corpus)), corpus, sets, 5);
  quality[PAGEFIND] = pagefindMain.quality;
  if (pagefindMain.real) real[PAGEFIND] = pagefindMain.real;
  pagefindMain.also?.forEach((scores, i) => {
    (also[i] ?? {})[PAGEFIND] = scores;
  });
  log("Pagefind: custom records and the built out/ (quality only)");
  const pagefindOthers = [
    await pagefindQuality(customRecords(peerRecords(corpus)), corpus, { terms: sets.terms, docs: sets.docs }),
    await pagefindQuality(builtSite("out", records), records, { terms: sets.terms, docs: sets.docs }),
  ];

  const heapBefore = process.memoryUsage().heapUsed;
  const [firstEngine, firstLoad] = time(() =>
    SearchEngine.fromData(
      ["out/search-index.json", "out/search-index-rest.json"].map((file) =>
        parseSearchIndex(JSON.parse(readFileSync(file, "utf8")), file),
      ),
    ),
  );
  const [, firstQuery] = time(() => firstEngine.search("cluster", { limit: 10 }));
  const heapAfter = process.memoryUsage().heapUsed;
  return {
    quality,
    meshAtlasDocsMixedList: mixed,
    speed: {
      meshAtlas: {
        buildMs: ms(buildMs),
        loadFromJsonMs: ms(loadMs),
        queryMedianMs: ms(pct(latencies, 0.5)),
        queryP95Ms: ms(pct(latencies, 0.95)),
        firstQueryWithLoadMs: ms(firstLoad + firstQuery),
        heapAfterLoadMB: Math.round(((heapAfter - heapBefore) / 2 ** 20) * 10) / 10,
      },
      peers: peerSpeed,
    },
    pagefind: { main: { name: PAGEFIND, ...pagefindMain }, others: pagefindOthers },
    ...(sets.real ? { real: { file: sets.realFile ?? "", queries: sets.real.length, engines: real } } : {}),
    ...(sets.also?.length
      ? {
          realAlso: sets.also.map((set, i) => ({
            file: set.file,
            queries: set.queries.length,
            engines: also[i] ?? {},
          })),
        }
      : {}),
  };
}

/**
 * The reader (terms, codes, structure parts) on 100 KB of the real passages and log lines run together, the
 * size of a long pasted log: the median of 5 runs after one warm-up.
 */
export function decoderSpeed(content: Content): NonNullable<Results["decoderSpeed"]> {
  log("decoder speed");
  const data = buildDecoderData(content);
  const read = createReader(data);
  const match = createMatcher(data);
  const unit = readPassages(path.join("bench", "passages", "real.json"))
    .map((p) => p.text)
    .join("\n\n");
  const text = unit.repeat(Math.ceil(100_000 / Math.max(1, unit.length))).slice(0, 100_000);
  const median = (f: () => unknown) => {
    f();
    return ms(
      pct(
        Array.from({ length: 5 }, () => time(f)[1]),
        0.5,
      ),
    );
  };
  return { chars: text.length, matchMs: median(() => match(text)), readMs: median(() => read(text)) };
}

/**
 * The decoder on the labelled passages: the real-passage sets' tuning and test parts (`real` the headline;
 * `real2`, `real3` and `real4` written later, each from threads no earlier set used), and the older regression set.
 */
export function decoderQuality(content: Content): Results["decoder"] {
  log("decoder");
  const decode = createDecoder(buildDecoderData(content));
  const out: Results["decoder"] = {};
  const sets: [string, string][] = [
    ["real", path.join("bench", "passages", "real.json")],
    ["real2", path.join("bench", "passages", "real2.json")],
    ["real3", path.join("bench", "passages", "real3.json")],
    ["real4", path.join("bench", "passages", "real4.json")],
    ["regression", path.join("bench", "passages", "passages.json")],
  ];
  for (const [name, file] of sets) {
    const passages = readPassages(file);
    for (const split of ["tuning", "held-out"] as const) {
      const { errors: _e, ...q } = measureDecoder(
        passages.filter((p) => p.split === split),
        decode,
      );
      out[`${name} ${split === "held-out" ? "test" : "tuning"}`] = q;
    }
  }
  appendFileSync(path.join("bench", "queries", "test-looks.log"), `${new Date().toISOString()} passages bench\n`);
  return out;
}

const size = (file: string) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf).length };
};

/** One built page of each type, for what the browser downloads. */
const PAGES: Record<string, string> = {
  home: "index.html",
  "glossary A-Z": "glossary/index.html",
  term: "glossary/cluster/index.html",
  search: "search/index.html",
  compare: "compare/gateways/index.html",
  crosswalk: "crosswalk/index.html",
  "docs map": "docs-map/index.html",
  "docs map section": "docs-map/tasks/index.html",
  "reading list": "reading-lists/security/index.html",
  decoder: "decode/index.html",
  "short link": "go/vs/index.html",
  "404": "404.html",
};

/** What the browser downloads: the search index, the decoder data, and each page type's code and page data. */
export function sizes(): Results["size"] {
  const weights = Object.entries(PAGES).map(([k, p]) => [k, firstLoadJs("out", p)] as const);
  return {
    searchIndex: size("out/search-index.json"),
    searchIndexRest: size("out/search-index-rest.json"),
    decoderData: size("out/decoder.json"),
    firstLoadJsGzip: Object.fromEntries(weights.map(([k, w]) => [k, w.gzip])),
    pageDataGzip: Object.fromEntries(weights.map(([k, w]) => [k, w.data])),
  };
}

/**
 * The engine at 1x, 10x and 30x the real corpus's size (about 700, 7,000 and 20,000 records; terms have two or
 * three senses, the rest docs pages), split into the parts the browser loads, as the site splits its own.
 */
export async function scaleSteps(records: IndexableRecord[]): Promise<ScaleStep[]> {
  const inBrowser = await scaleBrowser();
  const steps: ScaleStep[] = [];
  try {
    for (const [terms, docs] of [
      [110, 430],
      [1_100, 4_300],
      [3_200, 12_000],
    ] as const) {
      log(`scale: ${terms} terms + ${docs} docs pages`);
      const corpus = syntheticCorpus(records, terms, docs);
      const queries = syntheticQueries(corpus, 200);
      // The sharded index first, while the process holds no whole-index engine: its query times are not to pay
      // for another engine's garbage collection.
      const sharded = await shardedStep(corpus, queries);
      const shardedBrowser = await inBrowser.measureSharded(sharded.files, queries);
      const heapBefore = process.memoryUsage().heapUsed;
      const [parts, buildMs] = time(() => splitSearchIndex(corpus, (r) => r.kind !== "doc"));
      const [first = "{}", rest = "{}"] = parts.map((p) => JSON.stringify(p));
      // The check the browser runs on a downloaded part (what first results wait for), not Node's full one.
      const [, firstLoadMs] = time(() => SearchEngine.fromData(readSearchIndex(JSON.parse(first), "first")));
      const engine = SearchEngine.fromData(parts);
      const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
      const lat = queries.map((q) => time(() => engine.search(q, { limit: 10 }))[1]);
      const firstGz = gzipSync(first).length;
      const browser = await inBrowser.measure(first, rest, queries);
      steps.push({
        records: corpus.length,
        buildMs: ms(buildMs),
        heapMB: Math.round(heapMB),
        firstQueryGzip: firstGz,
        sessionGzip: firstGz + gzipSync(rest).length,
        firstLoadMs: ms(firstLoadMs),
        queryP95Ms: ms(pct(lat, 0.95)),
        browserFirstResultsMs: ms(browser.firstResultsMs),
        browserQueryP95Ms: ms(browser.queryP95Ms),
        sharded: {
          ...sharded.step,
          browserFirstResultsMs: ms(shardedBrowser.firstResultsMs),
          browserQueryP95Ms: ms(shardedBrowser.queryP95Ms),
        },
      });
    }
  } finally {
    await inBrowser.close();
  }
  return steps;
}

/**
 * The corpus as a sharded index (lib/search/shards.ts), searched from memory: what a first query and a session of
 * its first 10 queries fetch (each file once, gzip), first results (reading the head, the first query's files
 * and ranking, past the downloads), and query p95 once a query's files are fetched.
 */
async function shardedStep(
  corpus: IndexableRecord[],
  queries: string[],
): Promise<{ files: Map<string, string>; step: NonNullable<ScaleStep["sharded"]> }> {
  const [files, buildMs] = time(() => buildShardedIndex(corpus));
  const gzip = new Map<string, number>();
  const gzipOf = (p: string) => gzip.get(p) ?? gzip.set(p, gzipSync(files.get(p) ?? "").length).get(p) ?? 0;
  let fetched = 0;
  const sharded = await ShardedSearch.open(async (p) => {
    const text = files.get(p);
    if (text !== undefined) fetched += gzipOf(p);
    return text;
  });
  const headGzip = fetched;
  const t0 = performance.now();
  const first = await ShardedSearch.open(async (p) => files.get(p));
  await first.searchWithTotal(queries[0] ?? "mesh", { limit: 10 });
  const firstResultsMs = performance.now() - t0;
  await sharded.searchWithTotal(queries[0] ?? "mesh", { limit: 10 });
  const firstGzip = fetched;
  for (const q of queries.slice(1, 10)) await sharded.searchWithTotal(q, { limit: 10 });
  const sessionGzip = fetched;
  for (const q of queries) await sharded.searchWithTotal(q, { limit: 10 });
  const lat: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await sharded.searchWithTotal(q, { limit: 10 });
    lat.push(performance.now() - t);
  }
  return {
    files,
    step: {
      buildMs: ms(buildMs),
      files: files.size,
      totalGzip: [...files.keys()].reduce((n, p) => n + gzipOf(p), 0),
      headGzip,
      firstQueryGzip: firstGzip,
      sessionGzip,
      firstResultsMs: ms(firstResultsMs),
      queryP95Ms: ms(pct(lat, 0.95)),
    },
  };
}

/**
 * The real corpus as a sharded index against the whole index: on how many of the real and regression queries
 * the top 10 (ids, links, scores) and the top 5's order are the same. Compares two engines' answers, not
 * answers with expectations, so it measures no split.
 */
export async function shardedAgreement(records: IndexableRecord[], queries: string[]): Promise<ShardedAgreement> {
  const whole = SearchEngine.fromData(JSON.parse(JSON.stringify(buildSearchIndex(records))));
  const files = buildShardedIndex(records);
  const sharded = await ShardedSearch.open(async (p) => files.get(p));
  const key = (r: SearchResult) => `${r.id}#${r.sense ?? ""} ${r.url} ${r.score}`;
  let top10 = 0;
  let top5 = 0;
  for (const q of queries) {
    const a = whole.search(q, { limit: 10 }).map(key);
    const b = (await sharded.searchWithTotal(q, { limit: 10 })).results.map(key);
    if (a.join("\n") === b.join("\n")) top10++;
    const ids = (list: string[]) =>
      list
        .slice(0, 5)
        .map((x) => x.split(" ")[0])
        .join("\n");
    if (ids(a) === ids(b)) top5++;
  }
  return { queries: queries.length, sameTop10: top10, sameTop5Order: top5 };
}

/** Scale: the engine on a synthetic corpus of 10,000 terms and 10,000 docs pages, whole and sharded. */
export async function scale(records: IndexableRecord[]): Promise<Results["scale"]> {
  log("scale: synthetic corpus");
  const synthetic = syntheticCorpus(records, 10_000, 10_000);
  const queries = syntheticQueries(synthetic, 300);
  // The sharded index first, while the process holds no whole-index engine (see scaleSteps).
  const { step: sharded } = await shardedStep(synthetic, queries);
  const [bigData, bigBuildMs] = time(() => buildSearchIndex(synthetic));
  const bigJson = JSON.stringify(bigData);
  const [bigEngine, bigLoadMs] = time(() => SearchEngine.fromData(readSearchIndex(JSON.parse(bigJson), "synthetic")));
  const bigLat = queries.map((q) => time(() => bigEngine.search(q, { limit: 10 }))[1]);
  return {
    shardedSessionGzip: sharded.sessionGzip,
    shardedFirstResultsMs: sharded.firstResultsMs,
    shardedQueryP95Ms: sharded.queryP95Ms,
    records: synthetic.length,
    buildMs: ms(bigBuildMs),
    loadMs: ms(bigLoadMs),
    indexGzip: gzipSync(bigJson).length,
    queryMedianMs: ms(pct(bigLat, 0.5)),
    queryP95Ms: ms(pct(bigLat, 0.95)),
  };
}

/** Serves out/ with the static server the README starts, until `stop()`. */
export async function serveOut(port: number): Promise<{ base: string; stop(): void }> {
  log("serving out/ for the browser and load tests");
  // In a process group of its own: npx starts the server as a grandchild, which killing npx alone leaves running.
  const server = spawn("npx", ["tsx", "scripts/serve.ts", "--dir", "out", "--port", String(port)], {
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    stop: () => {
      if (server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
    },
  };
}

/** Timings of the real site in Chromium (first results, keystroke to results). */
export async function browser(base: string, sets: QuerySets): Promise<Results["browser"]> {
  try {
    return await browserTimings(
      `${base}/`,
      sets.terms.map((q) => q.query),
    );
  } catch (e) {
    return { error: (e as Error).message.split("\n")[0] ?? "failed" };
  }
}

/** The page types a first visit is measured on: one of each, as a wiki link would open them. */
export const FIRST_VISIT_PATHS = [
  "./",
  "glossary/",
  "glossary/cluster/",
  "search/?q=gateway",
  "docs-map/",
  "docs-map/tasks/",
  "compare/gateways/",
  "crosswalk/",
  "decode/",
  "errors/",
  "errors/uf/",
  "reading-lists/debugging/",
  "go/vs/",
];

export async function firstVisit(base: string): Promise<NonNullable<Results["firstVisit"]>> {
  log(`first visits: ${FIRST_VISIT_PATHS.length} page types`);
  return firstVisits(`${base}/`, FIRST_VISIT_PATHS);
}

/** A load test of four targets, 100 connections each, with the headers a browser sends. */
export async function loadTest(base: string): Promise<Results["load"]> {
  log("load test: 4 targets x 30 s, 100 connections");
  const load: Results["load"] = {};
  for (const [name, url] of Object.entries({
    home: "/",
    term: "/glossary/cluster/",
    "search index": "/search-index.json",
    "JSON API": "/api/terms.json",
  })) {
    const r = await autocannon({
      url: `${base}${url}`,
      // What a browser sends: the server answers with the precompressed file, as it would to a user.
      headers: { "accept-encoding": "br, gzip" },
      connections: 100,
      duration: Number(process.env.BENCH_LOAD_SECONDS ?? 30),
    });
    load[name] = {
      requestsPerSec: Math.round(r.requests.average),
      p99Ms: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    };
  }
  return load;
}
